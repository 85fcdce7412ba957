"""Which days an item is due on: pure functions of the schedule and a date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from planner.domain.model import Schedule, ScheduleKind


def week_start(day: date) -> date:
    """The Monday of the week that holds ``day`` (weeks run Monday to Sunday)."""
    return day - timedelta(days=day.weekday())


def is_due_on(schedule: Schedule, day: date) -> bool:
    """Whether a day-based schedule falls due on ``day``.

    An N-times-a-week item has no fixed days, so it is never "due" on a given
    day here; callers judge it per week (see ``progress``).
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
