from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import (
    INTERVAL_DAYS_RANGE,
    TIMES_PER_WEEK_RANGE,
    Schedule,
    ScheduleError,
    ScheduleKind,
    ScheduleProblem,
)
from planner.domain.schedule import due_days, is_due_on, week_start

MON = date(2026, 11, 23)  # a Monday
P = ScheduleProblem


def test_week_runs_monday_to_sunday():
    assert week_start(date(2026, 11, 29)) == MON
    assert week_start(MON) == MON
    assert week_start(date(2026, 11, 30)) == date(2026, 11, 30)


def test_weekday_schedule_is_due_only_on_its_days():
    mwf = Schedule.on_weekdays(0, 2, 4)
    due = [d.weekday() for d in due_days(mwf, MON, MON + timedelta(days=13))]
    assert due == [0, 2, 4, 0, 2, 4]
    assert not is_due_on(mwf, MON + timedelta(days=1))


def test_every_n_days_counts_from_its_first_day():
    sched = Schedule.every_n_days(3, MON)
    assert list(due_days(sched, MON - timedelta(days=5), MON + timedelta(days=7))) == [
        MON,
        MON + timedelta(days=3),
        MON + timedelta(days=6),
    ]


def test_one_time_task_is_due_on_its_day_only():
    sched = Schedule.once(MON)
    assert list(due_days(sched, MON - timedelta(days=3), MON + timedelta(days=3))) == [MON]
    assert list(due_days(sched, MON + timedelta(days=1), MON + timedelta(days=3))) == []


def test_times_per_week_has_no_fixed_days():
    assert not is_due_on(Schedule.per_week(3), MON)


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"kind": ScheduleKind.WEEKDAYS}, ScheduleProblem.NO_WEEKDAYS),
        ({"kind": ScheduleKind.WEEKDAYS, "weekdays": frozenset({7})}, P.WEEKDAY_OUT_OF_RANGE),
        ({"kind": ScheduleKind.TIMES_PER_WEEK, "times_per_week": 8}, P.TIMES_PER_WEEK_OUT_OF_RANGE),
        ({"kind": ScheduleKind.TIMES_PER_WEEK}, P.TIMES_PER_WEEK_OUT_OF_RANGE),
        (
            {"kind": ScheduleKind.EVERY_N_DAYS, "interval_days": 1, "anchor": MON},
            P.INTERVAL_OUT_OF_RANGE,
        ),
        ({"kind": ScheduleKind.EVERY_N_DAYS, "interval_days": 3}, P.NO_FIRST_DAY),
        ({"kind": ScheduleKind.ONCE}, P.NO_DUE_DATE),
    ],
)
def test_impossible_schedules_are_refused_with_what_is_wrong(kwargs, problem):
    with pytest.raises(ScheduleError) as caught:
        Schedule(**kwargs)
    assert caught.value.problem is problem
    assert str(caught.value) == problem.value  # a code for the log, not a sentence


def test_the_bounds_are_the_ones_the_problems_name():
    assert Schedule.per_week(TIMES_PER_WEEK_RANGE[0]).times_per_week == 1
    assert Schedule.per_week(TIMES_PER_WEEK_RANGE[1]).times_per_week == 7
    assert Schedule.every_n_days(INTERVAL_DAYS_RANGE[1], MON).interval_days == 365
    with pytest.raises(ScheduleError):
        Schedule.every_n_days(INTERVAL_DAYS_RANGE[1] + 1, MON)


@given(
    days=st.frozensets(st.integers(0, 6), min_size=1),
    start=st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    span=st.integers(0, 60),
)
def test_weekday_due_days_match_their_weekdays(days, start, span):
    sched = Schedule.on_weekdays(*days)
    end = start + timedelta(days=span)
    found = list(due_days(sched, start, end))
    expected = [
        start + timedelta(days=i)
        for i in range(span + 1)
        if (start + timedelta(days=i)).weekday() in days
    ]
    assert found == expected


@given(
    n=st.integers(2, 365),
    anchor=st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    offset=st.integers(0, 400),
)
def test_every_n_days_gaps_are_exactly_n(n, anchor, offset):
    sched = Schedule.every_n_days(n, anchor)
    days = list(
        due_days(sched, anchor + timedelta(days=offset), anchor + timedelta(days=offset + 3 * n))
    )
    assert len(days) == 3 or len(days) == 4
    assert all((b - a).days == n for a, b in zip(days, days[1:], strict=False))
    assert all((d - anchor).days % n == 0 for d in days)
