"""Which days an item is due on: pure functions of the schedule and a date."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.model import Schedule, ScheduleKind

#: Schedules whose state today depends on answers from any time before (a one-time task
#: is finished by an answer on any day; an every-N-days item counts from its latest).
NEEDS_ALL_ANSWERS = frozenset({ScheduleKind.ONCE, ScheduleKind.EVERY_N_DAYS})


def week_start(day: date) -> date:
    """The Monday of the week that holds ``day`` (weeks run Monday to Sunday)."""
    return day - timedelta(days=day.weekday())


def is_due_on(schedule: Schedule, day: date) -> bool:
    """Whether a day-based schedule falls due on ``day``.

    An N-times-a-week item has no fixed days, so it is never "due" on a given
    day here; callers judge it per week (see ``progress``). For an every-N-days item
    this is the plan's own rhythm from its first day, before any answer moves it: what
    is due once the person has answered is ``planned_day`` and ``occurrences``.
    """
    kind = schedule.kind
    if kind is ScheduleKind.DAILY:
        return True
    if kind is ScheduleKind.WEEKDAYS:
        return day.weekday() in schedule.weekdays
    if kind is ScheduleKind.EVERY_N_DAYS:
        assert schedule.anchor is not None
        delta = (day - schedule.anchor).days
        return delta >= 0 and delta % schedule.interval_days == 0
    if kind is ScheduleKind.ONCE:
        return day == schedule.due
    return False


def due_days(schedule: Schedule, start: date, end: date) -> Iterator[date]:
    """Every day from ``start`` to ``end`` (both included) the schedule is due on."""
    day = start
    one = timedelta(days=1)
    if schedule.kind is ScheduleKind.ONCE:
        if schedule.due is not None and start <= schedule.due <= end:
            yield schedule.due
        return
    while day <= end:
        if is_due_on(schedule, day):
            yield day
        day += one


def days_between_occurrences(schedule: Schedule) -> float:
    """The average number of calendar days from one occurrence to the next."""
    kind = schedule.kind
    if kind is ScheduleKind.WEEKDAYS:
        return 7 / len(schedule.weekdays)
    if kind is ScheduleKind.EVERY_N_DAYS:
        return float(schedule.interval_days)
    if kind is ScheduleKind.TIMES_PER_WEEK:
        return 7.0
    return 1.0


# --- Every N days: the rhythm counts from each answer --------------------------------
#
# An every-N-days item comes due on its first day (the anchor). The occurrence stays
# open, day after day, until it is answered (done, partly or skipped); the next one is
# planned N days after that answer. Answered on time, every time, this is the plain
# anchor + k * N rhythm; answered two days late, everything after moves two days on.
# Answers before the first day belong to no occurrence (the first day was set later).


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an every-N-days item: the day it was planned for, and the day it
    was answered (None while it is still open). An answer may come early or late."""

    planned: date
    answered: date | None = None


def _answers_from(schedule: Schedule, answered: Iterable[date]) -> list[date]:
    assert schedule.kind is ScheduleKind.EVERY_N_DAYS
    assert schedule.anchor is not None
    return sorted({d for d in answered if d >= schedule.anchor})


def planned_day(schedule: Schedule, answered: Iterable[date]) -> date:
    """The day the open occurrence of an every-N-days item is planned for.

    ``answered``: the days it was answered on so far (give only those before the day in
    question). The first day when there are none; else N days after the latest.
    """
    days = _answers_from(schedule, answered)
    assert schedule.anchor is not None
    if not days:
        return schedule.anchor
    return days[-1] + timedelta(days=schedule.interval_days)


def occurrences(schedule: Schedule, answered: Iterable[date], until: date) -> list[Occurrence]:
    """The occurrences of an every-N-days item up to ``until``, oldest first: each answer
    (up to ``until``) closes one, and the last is still open if it is planned by then."""
    days = [d for d in _answers_from(schedule, answered) if d <= until]
    assert schedule.anchor is not None
    found: list[Occurrence] = []
    planned = schedule.anchor
    for day in days:
        found.append(Occurrence(planned, day))
        planned = day + timedelta(days=schedule.interval_days)
    if planned <= until:
        found.append(Occurrence(planned))
    return found


def lapsed_days(schedule: Schedule, occurrence: Occurrence, today: date) -> list[date]:
    """The days a whole interval went by while ``occurrence`` was open: the planned day
    and every N days after it, up to the answer (or up to today, not included, while it
    is open). An answer within N days of the planned day leaves none."""
    end = occurrence.answered or today
    step = schedule.interval_days
    count = max(0, (end - occurrence.planned).days) // step
    return [occurrence.planned + timedelta(days=i * step) for i in range(count)]
