"""When a due reminder may pop up: quiet hours, a pause, snoozes, and what counts as missed.

Pure rules for the reminder service: instants are aware datetimes, clock times are
local to ``zone``, and nothing here reads the clock. ``plan_queue`` turns the
reminders due in a span, and the log of what was already shown or answered, into
what to show now, what to sum up as missed, and when to look again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from planner.domain.model import CheckOff, Status
from planner.domain.quiet_hours import QuietHours as QuietHours  # re-exported
from planner.domain.reminder_sources import ReminderSource
from planner.domain.reminders import DueReminder, local_instant

#: Reminders older than this when the app notices them are only marked on Today.
MISSED_SUMMARY_LIMIT = timedelta(hours=12)
#: A reminder noticed this late or less is shown as on time (timers, a busy moment).
ON_TIME_GRACE = timedelta(seconds=90)


def is_paused(day: date, resume_on: date | None) -> bool:
    """Whether reminders are paused on local ``day`` (they come back on ``resume_on``)."""
    return resume_on is not None and day < resume_on


def show_at(
    due: datetime,
    zone: ZoneInfo,
    quiet: QuietHours | None = None,
    resume_on: date | None = None,
) -> datetime | None:
    """The first instant at or after ``due`` when a pop-up for it may be shown.

    Quiet hours hold a reminder until they end. A reminder that falls due on a paused
    day is never shown (None): a week in hospital does not end in a week of pop-ups.
    """
    local = due.astimezone(zone)
    if is_paused(local.date(), resume_on):
        return None
    if quiet is not None and quiet.covers(local.time().replace(tzinfo=None)):
        end_day = local.date()
        if local.time().replace(tzinfo=None) >= quiet.end:
            end_day += timedelta(days=1)  # before midnight: quiet ends tomorrow
        return max(due, local_instant(end_day, quiet.end, zone))
    return due


class Outcome(StrEnum):
    """What became of a reminder, as kept in the reminder log."""

    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"  # never shown: it was too old when the app noticed it


#: A reminder's identity: its source, and the local day and clock time it belongs to. A
#: check-in and an item's reminder at the same day and time are two reminders.
ReminderKey = tuple[ReminderSource, date, time]


def key_of(reminder: DueReminder) -> ReminderKey:
    return (reminder.source, reminder.day, reminder.at)


@dataclass(frozen=True)
class LogEntry:
    """What the reminder log knows about one reminder."""

    source: ReminderSource
    day: date
    at: time
    due_at: datetime
    first_shown_at: datetime | None = None
    last_shown_at: datetime | None = None
    outcome: Outcome | None = None
    outcome_at: datetime | None = None
    snoozed_until: datetime | None = None

    @property
    def key(self) -> ReminderKey:
        return (self.source, self.day, self.at)

    @property
    def reminder(self) -> DueReminder:
        """The reminder this row is about (as it was planned when it fell due)."""
        return DueReminder(self.due_at, self.day, self.at, self.source)

    @property
    def snooze_pending(self) -> bool:
        """Snoozed, and not shown again since."""
        return (
            self.outcome is Outcome.SNOOZED
            and self.snoozed_until is not None
            and (self.last_shown_at is None or self.last_shown_at < self.snoozed_until)
        )


def pop_up_at(
    reminder: DueReminder,
    entry: LogEntry | None,
    zone: ZoneInfo,
    quiet: QuietHours | None = None,
    resume_on: date | None = None,
) -> datetime | None:
    """When ``reminder`` should pop up, or None when it never should (again).

    A reminder pops up once. A snooze asks for one more time, at the moment chosen
    (quiet hours do not hold it: the person picked that time, but a pause does).
    """
    if entry is None:
        return show_at(reminder.instant, zone, quiet, resume_on)
    if entry.snooze_pending:
        assert entry.snoozed_until is not None
        return show_at(entry.snoozed_until, zone, None, resume_on)
    return None


@dataclass(frozen=True)
class ReminderQueue:
    """What to do with the reminders in a span, at one moment."""

    show_now: tuple[DueReminder, ...] = ()  # on time: one grouped notification
    missed: tuple[DueReminder, ...] = ()  # late (closed, asleep): one summary
    only_mark: tuple[DueReminder, ...] = ()  # too old to pop up: logged as missed
    later: Mapping[datetime, tuple[DueReminder, ...]] = field(default_factory=dict)

    @property
    def next_at(self) -> datetime | None:
        return min(self.later, default=None)


def plan_queue(
    due: Iterable[DueReminder],
    log: Mapping[ReminderKey, LogEntry],
    now: datetime,
    zone: ZoneInfo,
    quiet: QuietHours | None = None,
    resume_on: date | None = None,
    *,
    grace: timedelta = ON_TIME_GRACE,
    limit: timedelta = MISSED_SUMMARY_LIMIT,
) -> ReminderQueue:
    """Sort reminders (already known to be unanswered) by what to do with them at ``now``.

    A reminder whose pop-up time came less than ``grace`` ago is on time; up to
    ``limit`` ago it goes into the one missed summary (held until quiet hours end
    when ``now`` falls in them); older ones are only marked.
    """
    # A summary of late reminders waits, too, while quiet hours last.
    hold = show_at(now, zone, quiet) or now  # no pause given, so never None
    show_now: list[DueReminder] = []
    missed: list[DueReminder] = []
    only_mark: list[DueReminder] = []
    later: dict[datetime, list[DueReminder]] = {}
    for reminder in sorted(set(due)):
        at = pop_up_at(reminder, log.get(key_of(reminder)), zone, quiet, resume_on)
        if at is None:
            continue
        if at > now:
            later.setdefault(at, []).append(reminder)
        elif now - at <= grace:
            show_now.append(reminder)
        elif now - at <= limit and hold > now:
            later.setdefault(hold, []).append(reminder)
        elif now - at <= limit:
            missed.append(reminder)
        else:
            only_mark.append(reminder)
    return ReminderQueue(
        show_now=tuple(show_now),
        missed=tuple(missed),
        only_mark=tuple(only_mark),
        later={at: tuple(group) for at, group in sorted(later.items())},
    )


#: "This evening" means this local clock time (offered only while it is a while away).
EVENING = time(19, 0)


class SnoozeChoice(StrEnum):
    """A ready-made snooze (the screens name it; a chosen clock time is theirs too)."""

    TEN_MINUTES = "10_minutes"
    ONE_HOUR = "1_hour"
    THIS_EVENING = "this_evening"  # at EVENING


def snooze_choices(now: datetime, zone: ZoneInfo) -> list[tuple[SnoozeChoice, datetime]]:
    """The ready-made snoozes at ``now``: 10 minutes, 1 hour, and this evening while it is
    at least half an hour away. (A chosen time is offered by the screens.)"""
    choices = [
        (SnoozeChoice.TEN_MINUTES, now + timedelta(minutes=10)),
        (SnoozeChoice.ONE_HOUR, now + timedelta(hours=1)),
    ]
    evening = local_instant(now.astimezone(zone).date(), EVENING, zone)
    if evening - now >= timedelta(minutes=30):
        choices.append((SnoozeChoice.THIS_EVENING, evening))
    return choices


class Shown(StrEnum):
    """How a reminder reached the person, as History tells it."""

    ON_TIME = "on_time"
    LATE = "late"  # first shown well after it fell due: in the missed summary, after sleep
    NEVER = "never"  # too old when the app noticed it: only marked on Today


@dataclass(frozen=True)
class ReminderStory:
    """What became of one reminder, for History: its clock time, how and when it was
    shown, a snooze, and the item's answer that day (with when it was given)."""

    at: time
    shown: Shown
    shown_at: datetime | None = None
    snoozed_until: datetime | None = None
    answer: Status | None = None
    answered_at: datetime | None = None


def reminder_story(
    entry: LogEntry, answer: CheckOff | None, *, grace: timedelta = ON_TIME_GRACE
) -> ReminderStory:
    """The story of the reminder in ``entry``; ``answer`` is the item's answer that day."""
    first = entry.first_shown_at
    if first is None:
        shown = Shown.NEVER
    elif first - entry.due_at > grace:
        shown = Shown.LATE
    else:
        shown = Shown.ON_TIME
    snoozed = entry.snoozed_until if entry.outcome is Outcome.SNOOZED else None
    return ReminderStory(
        at=entry.at,
        shown=shown,
        shown_at=first,
        snoozed_until=snoozed,
        answer=answer.status if answer is not None else None,
        answered_at=answer.recorded_at if answer is not None else None,
    )
