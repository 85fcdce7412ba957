"""When reminders fall due: local clock times turned into instants, schedule-aware.

Reminder times are wall-clock times in the person's zone. Around daylight-saving
changes: a time that does not exist that day moves forward by the gap (02:30 ->
03:30), and a time that happens twice is used once, at its first occurrence.
Python's ``fold=0`` rule (PEP 495) gives exactly that, so both come from one
conversion; the property tests hold it to the rule in many zones.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from planner.domain.model import CheckOff, Item, ScheduleKind, Status
from planner.domain.progress import once_settled
from planner.domain.reminder_sources import CHECKIN, ReminderSource
from planner.domain.schedule import is_due_on, planned_day, week_start


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of the wall-clock time ``at`` on ``day`` in ``zone``."""
    return datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone).astimezone(UTC)


def next_due(at: time, after: datetime, zone: ZoneInfo) -> datetime:
    """The first instant strictly after ``after`` when the local clock shows ``at``."""
    if after.tzinfo is None:
        raise ValueError("after must be an aware datetime")
    day = after.astimezone(zone).date() - timedelta(days=1)
    while True:
        instant = local_instant(day, at, zone)
        if instant > after:
            return instant
        day += timedelta(days=1)


@dataclass(frozen=True, order=True)
class DueReminder:
    """One reminder: when it falls due, for which local day and clock time, from which source."""

    instant: datetime
    day: date
    at: time
    source: ReminderSource


def _wants_reminder(item: Item, day: date, answers: dict[date, CheckOff]) -> bool:
    """Whether ``item`` should remind on local ``day``, given the answers known so far."""
    if day in answers:
        return False  # answered (done, partly or skipped): never remind again that day
    schedule = item.schedule
    if schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        # Partly done days count as times, as on Today: the week's goal is reached.
        monday = week_start(day)
        counted = (Status.DONE, Status.PARTIAL)
        times = sum(1 for d, c in answers.items() if monday <= d < day and c.status in counted)
        return times < schedule.times_per_week
    if schedule.kind is ScheduleKind.ONCE:
        return day == schedule.due and once_settled(answers.values()) is None
    if schedule.kind is ScheduleKind.EVERY_N_DAYS:
        # On the day it is planned for (it stays on Today after that, without pop-ups).
        return day == planned_day(schedule, (d for d in answers if d < day))
    return is_due_on(schedule, day)


def _due_in_span(
    source: ReminderSource,
    times: Sequence[time],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    wanted: Callable[[date], bool],
) -> Iterator[DueReminder]:
    """The reminders of ``source`` at ``times`` due in (start, end], in order, on the local
    days ``wanted`` says yes to, at most one per day and time."""
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    slots = sorted(set(times))
    # Two slots can meet at one instant when a gap moves one onto the other (02:30 and
    # 03:30 on a spring-forward day): the person gets one reminder, not two.
    seen: set[datetime] = set()
    day = first
    while day <= last:
        if wanted(day):
            for at in slots:
                instant = local_instant(day, at, zone)
                if start < instant <= end and instant not in seen:
                    seen.add(instant)
                    yield DueReminder(instant, day, at, source)
        day += timedelta(days=1)


def reminders_between(
    item: Item,
    times: Sequence[time],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    answers: Sequence[CheckOff] = (),
) -> Iterator[DueReminder]:
    """Every reminder of ``item`` due in (start, end], in order, at most one per day and time.

    ``answers`` are the item's known check-offs; a day already answered gets none.
    """
    if item.id is None or item.archived or not times:
        return
    by_day = {c.day: c for c in answers}
    source = ReminderSource.item(item.id)
    yield from _due_in_span(
        source, times, start, end, zone, lambda day: _wants_reminder(item, day, by_day)
    )


def checkin_reminders(
    at: time, start: datetime, end: datetime, zone: ZoneInfo, checked_in: Collection[date]
) -> Iterator[DueReminder]:
    """The evening check-in at ``at`` every local day in (start, end] not in ``checked_in``."""
    return _due_in_span(CHECKIN, (at,), start, end, zone, lambda day: day not in checked_in)


class ClockProblem(StrEnum):
    """What is wrong with a typed clock time; the screens say it in words."""

    NOT_A_TIME = "not_a_time"  # not hours and minutes: "9.3o", "930", "nine"
    HOUR_TOO_BIG = "hour_too_big"  # "25:00"
    MINUTE_TOO_BIG = "minute_too_big"  # "9:75"
    TOO_MANY = "too_many"  # more than MAX_REMINDER_TIMES


class ClockTimeError(ValueError):
    """A clock time that cannot be read: ``problem`` says why, ``text`` is what was typed.

    (The message is English, for logs and the command line; screens use ``problem``.)
    """

    def __init__(self, problem: ClockProblem, text: str = "") -> None:
        messages = {
            ClockProblem.NOT_A_TIME: f"'{text}' is not a time of day; write it like 9:00 or 19:30.",
            ClockProblem.HOUR_TOO_BIG: f"'{text}' is not a time of day; hours go from 0 to 23.",
            ClockProblem.MINUTE_TOO_BIG: f"'{text}' is not a time of day; minutes go to 59.",
            ClockProblem.TOO_MANY: f"Please choose at most {MAX_REMINDER_TIMES} reminder times.",
        }
        super().__init__(messages[problem])
        self.problem = problem
        self.text = text


def parse_clock_time(text: str) -> time:
    """Read a 24-hour clock time, "9:00" or "08:30" (H:MM or HH:MM); anything else is a
    ``ClockTimeError`` saying what is wrong."""
    text = text.strip()
    parts = text.split(":")
    if (
        len(parts) != 2
        or not all(p.isascii() and p.isdigit() for p in parts)
        or len(parts[0]) not in (1, 2)
        or len(parts[1]) != 2
    ):
        raise ClockTimeError(ClockProblem.NOT_A_TIME, text)
    hour, minute = int(parts[0]), int(parts[1])
    if hour > 23:
        raise ClockTimeError(ClockProblem.HOUR_TOO_BIG, text)
    if minute > 59:
        raise ClockTimeError(ClockProblem.MINUTE_TOO_BIG, text)
    return time(hour, minute)


#: At most this many reminder times per item (the plan file holds the same limit).
MAX_REMINDER_TIMES = 6


def parse_clock_times(text: str) -> tuple[time, ...]:
    """Read "9:00, 19:30" (commas, semicolons or spaces between): sorted, each once, at
    most six. Empty text is no reminders; anything else wrong is a ``ClockTimeError``."""
    parts = [p for p in text.replace(",", " ").replace(";", " ").split() if p]
    times = tuple(sorted({parse_clock_time(p) for p in parts}))
    if len(times) > MAX_REMINDER_TIMES:
        raise ClockTimeError(ClockProblem.TOO_MANY)
    return times
