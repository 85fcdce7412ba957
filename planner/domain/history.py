"""An item's track record: calendar marks, streaks, recent rate and habit strength.

Everything respects the schedule: a Mon/Wed/Fri item is not missed on a
Tuesday, and an N-times-a-week item is judged per week. Skipped and partial
answers are honest middles: they neither break a streak nor extend it. An
every-N-days occurrence stays open until it is answered (the next counts from the
answer): a late answer counts as done, and only each whole interval that went by
while it was open counts as missed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.domain.model import CheckOff, Item, ScheduleKind, Status
from planner.domain.progress import once_settled
from planner.domain.schedule import (
    days_between_occurrences,
    due_days,
    is_due_on,
    lapsed_days,
    occurrences,
    week_start,
)

#: Loop Habit Tracker's idea: a check-off's weight halves after this many days.
HALF_LIFE_DAYS = 13.0
RATE_WINDOW_DAYS = 28


class DayMark(StrEnum):
    """What the history calendar shows for one day."""

    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    MISSED = "missed"
    PENDING = "pending"  # still open: today, or the day an open occurrence was planned for
    NOT_DUE = "not_due"
    FUTURE = "future"
    BEFORE_START = "before_start"


class StreakUnit(StrEnum):
    """What a streak counts: days (daily items), weeks (N times a week), or occurrences."""

    DAYS = "days"
    WEEKS = "weeks"
    TIMES = "times"


@dataclass(frozen=True)
class ItemStats:
    """The numbers shown beside an item's calendar."""

    current_streak: int
    best_streak: int
    rate: float | None
    strength: float | None
    streak_unit: StreakUnit


def _start(item: Item, checkoffs: Mapping[date, CheckOff]) -> date:
    starts = [d for d in (item.created_on, min(checkoffs, default=None)) if d is not None]
    return min(starts) if starts else date.max


def month_marks(
    item: Item, checkoffs: Mapping[date, CheckOff], year: int, month: int, today: date
) -> dict[date, DayMark]:
    """A mark for every day of one month."""
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    start = _start(item, checkoffs)
    rhythm = _every_n_marks(item, checkoffs, today)
    marks: dict[date, DayMark] = {}
    day = first
    while day < nxt:
        marks[day] = _day_mark(item, checkoffs, day, today, start, rhythm)
        day += timedelta(days=1)
    return marks


def _every_n_marks(
    item: Item, checkoffs: Mapping[date, CheckOff], today: date
) -> dict[date, DayMark] | None:
    """For an every-N-days item, the marks its occurrences give days without an answer:
    missed for each whole interval that went by while one was open, still open for the
    open one's planned day and today. None for other schedules."""
    schedule = item.schedule
    if schedule.kind is not ScheduleKind.EVERY_N_DAYS:
        return None
    marks: dict[date, DayMark] = {}
    for occurrence in occurrences(schedule, checkoffs, today):
        lapsed = lapsed_days(schedule, occurrence, today)
        marks.update((day, DayMark.MISSED) for day in lapsed)
        if occurrence.answered is None:
            if not lapsed:
                marks[occurrence.planned] = DayMark.PENDING
            marks[today] = DayMark.PENDING
    return marks


def _day_mark(
    item: Item,
    checkoffs: Mapping[date, CheckOff],
    day: date,
    today: date,
    start: date,
    rhythm: Mapping[date, DayMark] | None = None,
) -> DayMark:
    answer = checkoffs.get(day)
    if answer is not None:
        return DayMark(answer.status.value)
    if day > today:
        return DayMark.FUTURE
    if day < start:
        return DayMark.BEFORE_START
    if rhythm is not None:
        return rhythm.get(day, DayMark.NOT_DUE)
    if item.schedule.kind is ScheduleKind.TIMES_PER_WEEK or not is_due_on(item.schedule, day):
        return DayMark.NOT_DUE
    if item.schedule.kind is ScheduleKind.ONCE and once_settled(checkoffs.values()):
        return DayMark.NOT_DUE  # finished on another day
    return DayMark.PENDING if day == today else DayMark.MISSED


@dataclass(frozen=True)
class _Outcome:
    """One judged occurrence (a due day, or a week): value 0..1, or None when excused.

    ``partial`` marks an answer of "partly done": it counts for its share in the
    rate and strength but, like a skip, neither breaks nor extends a streak.
    """

    value: float | None
    done: bool
    partial: bool = False


def _value(answer: CheckOff | None, item: Item) -> _Outcome:
    if answer is None:
        return _Outcome(0.0, False)
    if answer.status is Status.DONE:
        return _Outcome(1.0, True)
    if answer.status is Status.PARTIAL:
        if item.target and answer.amount is not None:
            return _Outcome(min(answer.amount / item.target.amount, 1.0), False, partial=True)
        return _Outcome(0.5, False, partial=True)  # the goal was removed after answering
    return _Outcome(None, False)


def _outcomes(
    item: Item, checkoffs: Mapping[date, CheckOff], today: date, since: date | None = None
) -> list[tuple[date, _Outcome]]:
    """Each settled occurrence from the item's start to today, oldest first.

    Today's occurrence counts only once it has been answered: it is not missed yet.
    """
    start = _start(item, checkoffs)
    if since is not None:
        start = max(start, since)
    if start > today:
        return []
    if item.schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        return _week_outcomes(item, checkoffs, today, start)
    if item.schedule.kind is ScheduleKind.ONCE:
        return _once_outcome(item, checkoffs, today)
    if item.schedule.kind is ScheduleKind.EVERY_N_DAYS:
        return _every_n_outcomes(item, checkoffs, today, start)
    result = []
    for day in due_days(item.schedule, start, today):
        answer = checkoffs.get(day)
        if day == today and answer is None:
            continue
        result.append((day, _value(answer, item)))
    return result


def _once_outcome(
    item: Item, checkoffs: Mapping[date, CheckOff], today: date
) -> list[tuple[date, _Outcome]]:
    """A one-time task is judged once: done (on any day), skipped, or missed after its day."""
    due = item.schedule.due
    assert due is not None
    settled = once_settled(checkoffs.values())
    if settled is not None:
        return [(settled.day, _value(settled, item))]
    partial = [c for c in checkoffs.values() if c.status is Status.PARTIAL]
    if partial:
        latest = max(partial, key=lambda c: c.day)
        return [(latest.day, _value(latest, item))]
    return [(due, _Outcome(0.0, False))] if due < today else []


def _every_n_outcomes(
    item: Item, checkoffs: Mapping[date, CheckOff], today: date, start: date
) -> list[tuple[date, _Outcome]]:
    """Each answer of an every-N-days item, on its day, and a miss for each whole
    interval that went by while an occurrence was open (from ``start`` on)."""
    result: list[tuple[date, _Outcome]] = []
    for occurrence in occurrences(item.schedule, checkoffs, today):
        missed = _Outcome(0.0, False)
        result += [(d, missed) for d in lapsed_days(item.schedule, occurrence, today)]
        if occurrence.answered is not None:
            result.append((occurrence.answered, _value(checkoffs[occurrence.answered], item)))
    return [(d, o) for d, o in result if d >= start]


def _week_outcomes(
    item: Item, checkoffs: Mapping[date, CheckOff], today: date, start: date
) -> list[tuple[date, _Outcome]]:
    target = item.schedule.times_per_week
    result = []
    monday = week_start(start)
    this_monday = week_start(today)
    while monday <= this_monday:
        days = [monday + timedelta(days=i) for i in range(7)]
        answers = [checkoffs[d] for d in days if d in checkoffs]
        done = sum(1 for a in answers if a.status is Status.DONE)
        partial = sum(_value(a, item).value or 0.0 for a in answers if a.status is Status.PARTIAL)
        partly = sum(1 for a in answers if a.status is Status.PARTIAL)
        skipped = sum(1 for a in answers if a.status is Status.SKIPPED)
        # A partly done day counts as one of the week's times (as on Today), and a week
        # reached with partly done days is partly done: it neither breaks nor extends.
        reached = done + partly >= target
        if monday == this_monday and not reached:
            break  # the week is still open
        if monday < start and not reached:
            # The item began mid-week: a short first week is not held against it.
            monday += timedelta(days=7)
            continue
        if done >= target:
            result.append((monday, _Outcome(1.0, True)))
        elif reached:
            share = min((done + partial) / target, 1.0)
            result.append((monday, _Outcome(share, False, partial=True)))
        elif done + skipped >= target:
            result.append((monday, _Outcome(None, False)))
        else:
            result.append((monday, _Outcome(min((done + partial) / target, 1.0), False)))
        monday += timedelta(days=7)
    return result


def streaks(outcomes: Iterable[tuple[date, _Outcome]]) -> tuple[int, int]:
    """(current, best) runs of done occurrences; excused ones neither break nor add."""
    current = best = 0
    for _, outcome in outcomes:
        if outcome.done:
            current += 1
            best = max(best, current)
        elif outcome.value is not None and not outcome.partial:
            current = 0
    return current, best


def strength(item: Item, outcomes: Iterable[tuple[date, _Outcome]]) -> float | None:
    """Habit strength from 0 to 1 by exponential smoothing over occurrences.

    The factor per occurrence is chosen so that, in calendar time, a check-off's
    weight halves after about ``HALF_LIFE_DAYS`` days whatever the schedule.
    """
    factor = 0.5 ** (days_between_occurrences(item.schedule) / HALF_LIFE_DAYS)
    score: float | None = None
    for _, outcome in outcomes:
        if outcome.value is None:
            continue
        score = (score or 0.0) * factor + outcome.value * (1 - factor)
    return score


def recent_rate(item: Item, checkoffs: Mapping[date, CheckOff], today: date) -> float | None:
    """Share of the last four weeks' settled occurrences that were done (None if none)."""
    if item.schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        since = week_start(today) - timedelta(days=RATE_WINDOW_DAYS)
    else:
        since = today - timedelta(days=RATE_WINDOW_DAYS - 1)
    values = [o.value for _, o in _outcomes(item, checkoffs, today, since) if o.value is not None]
    if not values:
        return None
    return sum(values) / len(values)


def item_stats(item: Item, checkoffs: Iterable[CheckOff], today: date) -> ItemStats:
    """Streaks, four-week rate and strength for one item's whole history."""
    by_day = {c.day: c for c in checkoffs}
    outcomes = _outcomes(item, by_day, today)
    current, best = streaks(outcomes)
    kind = item.schedule.kind
    once = kind is ScheduleKind.ONCE
    unit = StreakUnit.WEEKS if kind is ScheduleKind.TIMES_PER_WEEK else StreakUnit.TIMES
    if kind is ScheduleKind.DAILY:
        unit = StreakUnit.DAYS
    return ItemStats(
        current_streak=current,
        best_streak=best,
        rate=recent_rate(item, by_day, today),
        strength=None if once else strength(item, outcomes),
        streak_unit=unit,
    )
