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
from zoneinfo import ZoneInfo

from planner.domain.model import CheckOff, Item, ScheduleKind, Status
from planner.domain.progress import once_settled
from planner.domain.reminder_sources import CHECKIN, ReminderSource
from planner.domain.schedule import is_due_on, week_start


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
        monday = week_start(day)
        done = sum(1 for d, c in answers.items() if monday <= d < day and c.status is Status.DONE)
        return done < schedule.times_per_week
    if schedule.kind is ScheduleKind.ONCE:
        return day == schedule.due and once_settled(answers.values()) is None
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


def parse_clock_time(text: str) -> time:
    """Read "08:30" (24-hour, HH:MM); anything else is a ValueError in plain words."""
    text = text.strip()
    parts = text.split(":")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        raise ValueError(f"'{text}' is not a time of day; write it like 08:30.")
    hour, minute = int(parts[0]), int(parts[1])
    if hour > 23 or minute > 59:
        raise ValueError(f"'{text}' is not a time of day; hours go to 23 and minutes to 59.")
    return time(hour, minute)


#: At most this many reminder times per item (the plan file holds the same limit).
MAX_REMINDER_TIMES = 6


def parse_clock_times(text: str) -> tuple[time, ...]:
    """Read "08:30, 19:00" (commas or spaces between): sorted, each once, at most six.

    Empty text is no reminders. Anything else wrong is a ValueError in plain words.
    """
    parts = [p for p in text.replace(",", " ").replace(";", " ").split() if p]
    times = tuple(sorted({parse_clock_time(p) for p in parts}))
    if len(times) > MAX_REMINDER_TIMES:
        raise ValueError(f"Please choose at most {MAX_REMINDER_TIMES} reminder times.")
    return times
