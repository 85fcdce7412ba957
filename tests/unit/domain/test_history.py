from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.history import DayMark, StreakUnit, item_stats, month_marks
from planner.domain.model import CheckOff, Item, Schedule, Status, Target

START = date(2026, 1, 5)  # a Monday


def make(schedule: Schedule, **kw) -> Item:
    return Item(title="Walk", schedule=schedule, id=1, created_on=START, **kw)


def answers(days, status=Status.DONE, amount=None):
    return [CheckOff(item_id=1, day=d, status=status, amount=amount) for d in days]


def days_from(start: date, n: int, step: int = 1):
    return [start + timedelta(days=i * step) for i in range(n)]


def test_mwf_item_is_not_missed_on_tuesday():
    mwf = make(Schedule.on_weekdays(0, 2, 4))
    today = START + timedelta(days=6)
    marks = month_marks(mwf, {START: answers([START])[0]}, 2026, 1, today)
    assert marks[START] is DayMark.DONE
    assert marks[START + timedelta(days=1)] is DayMark.NOT_DUE
    assert marks[START + timedelta(days=2)] is DayMark.MISSED
    assert marks[START - timedelta(days=1)] is DayMark.BEFORE_START
    assert marks[today + timedelta(days=1)] is DayMark.FUTURE


def test_today_unanswered_is_pending_not_missed():
    daily = make(Schedule.daily())
    marks = month_marks(daily, {}, 2026, 1, START)
    assert marks[START] is DayMark.PENDING


def test_daily_streaks_and_break():
    daily = make(Schedule.daily())
    today = START + timedelta(days=9)
    done = days_from(START, 4) + days_from(START + timedelta(days=5), 5)  # day 4 missed
    stats = item_stats(daily, answers(done), today)
    assert stats.best_streak == 5
    assert stats.current_streak == 5  # today not answered yet: not a break
    assert stats.streak_unit is StreakUnit.DAYS


def test_skipped_day_neither_breaks_nor_extends_a_streak():
    daily = make(Schedule.daily())
    checks = answers(days_from(START, 3)) + answers([START + timedelta(days=3)], Status.SKIPPED)
    checks += answers([START + timedelta(days=4)])
    stats = item_stats(daily, checks, START + timedelta(days=4))
    assert stats.current_streak == 4


def test_mwf_streak_ignores_days_off():
    mwf = make(Schedule.on_weekdays(0, 2, 4))
    done = [d for d in days_from(START, 14) if d.weekday() in (0, 2, 4)]
    stats = item_stats(mwf, answers(done), START + timedelta(days=13))
    assert stats.current_streak == 6


def test_times_per_week_is_judged_per_week():
    walk = make(Schedule.per_week(2))
    week1 = [START, START + timedelta(days=3)]  # met
    week2 = [START + timedelta(days=8)]  # one of two: missed week
    week3 = [START + timedelta(days=14), START + timedelta(days=16)]  # met
    today = START + timedelta(days=22)  # week 4 still open
    stats = item_stats(walk, answers(week1 + week2 + week3), today)
    assert stats.current_streak == 1
    assert stats.best_streak == 1
    assert stats.streak_unit is StreakUnit.WEEKS
    assert stats.rate == pytest.approx((1 + 0.5 + 1) / 3)


def test_rate_over_last_four_weeks_excludes_skips_and_counts_partial():
    walk = make(Schedule.daily(), target=Target(20, "minutes"))
    today = START + timedelta(days=60)
    window = days_from(today - timedelta(days=27), 28)
    checks = answers(window[:14]) + answers(window[14:21], Status.SKIPPED)
    checks += answers(window[21:28], Status.PARTIAL, amount=10)
    stats = item_stats(walk, checks, today)
    assert stats.rate == pytest.approx((14 + 7 * 0.5) / 21)


def test_strength_grows_with_practice_and_one_miss_only_dents_it():
    daily = make(Schedule.daily())
    month = days_from(START, 30)
    after_month = item_stats(daily, answers(month), month[-1]).strength
    assert after_month is not None
    assert 0.75 < after_month < 0.85  # 1 - 0.5 ** (30 / 13)
    dented = item_stats(daily, answers(month[:-1]), month[-1]).strength
    assert dented is not None
    assert after_month * 0.9 < dented < after_month


def test_strength_halves_after_about_thirteen_days_of_misses():
    daily = make(Schedule.daily())
    year = days_from(START, 365)
    today = year[-1] + timedelta(days=14)  # 13 missed days; today is still open
    strong = item_stats(daily, answers(year), year[-1]).strength
    faded = item_stats(daily, answers(year), today).strength
    assert strong is not None
    assert faded is not None
    assert faded == pytest.approx(strong / 2, rel=0.01)


def test_one_time_task_has_no_strength():
    task = make(Schedule.once(START))
    assert item_stats(task, answers([START]), START).strength is None


@given(
    pattern=st.lists(st.sampled_from(["done", "partial", "skipped", None]), max_size=120),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
)
def test_stats_stay_in_range(pattern, weekdays):
    walk = make(Schedule.on_weekdays(*weekdays), target=Target(10, "minutes"))
    checks = [
        CheckOff(item_id=1, day=START + timedelta(days=i), status=Status(p), amount=5)
        for i, p in enumerate(pattern)
        if p is not None
    ]
    stats = item_stats(walk, checks, START + timedelta(days=len(pattern)))
    assert 0 <= stats.current_streak <= stats.best_streak <= len(pattern)
    if stats.strength is None:  # nothing settled yet, so nothing to rate either
        assert stats.rate is None
        assert stats.best_streak == 0
    else:
        assert 0.0 <= stats.strength <= 1.0
    assert stats.rate is None or 0.0 <= stats.rate <= 1.0


def test_one_time_task_done_early_is_done_not_missed():
    task = make(Schedule.once(START + timedelta(days=5)))
    checks = answers([START + timedelta(days=1)])
    today = START + timedelta(days=10)
    stats = item_stats(task, checks, today)
    assert stats.rate == 1.0
    assert stats.current_streak == 1
    marks = month_marks(task, {c.day: c for c in checks}, 2026, 1, today)
    assert marks[START + timedelta(days=5)] is DayMark.NOT_DUE
    assert marks[START + timedelta(days=1)] is DayMark.DONE


def test_one_time_task_never_answered_is_missed_after_its_day():
    task = make(Schedule.once(START + timedelta(days=2)))
    stats = item_stats(task, [], START + timedelta(days=5))
    assert stats.rate == 0.0
    marks = month_marks(task, {}, 2026, 1, START + timedelta(days=5))
    assert marks[START + timedelta(days=2)] is DayMark.MISSED


def test_partly_done_day_neither_breaks_nor_extends_a_streak():
    walk = make(Schedule.daily(), target=Target(20, "minutes"))
    checks = answers(days_from(START, 5))
    checks += answers([START + timedelta(days=5)], Status.PARTIAL, amount=15)
    checks += answers(days_from(START + timedelta(days=6), 3))
    stats = item_stats(walk, checks, START + timedelta(days=8))
    assert stats.current_streak == 8
    assert stats.best_streak == 8


def test_times_per_week_item_begun_mid_week_is_not_failed_in_its_first_week():
    walk = Item(
        title="Walk", schedule=Schedule.per_week(3), id=1, created_on=START + timedelta(days=5)
    )  # created on a Saturday
    first = [START + timedelta(days=5), START + timedelta(days=6)]  # 2 of 3 in a short week
    second = [START + timedelta(days=7), START + timedelta(days=8), START + timedelta(days=9)]
    stats = item_stats(walk, answers(first + second), START + timedelta(days=14))
    assert stats.current_streak == 1
    assert stats.rate == 1.0


def test_no_strength_before_anything_is_settled():
    daily = make(Schedule.daily())
    assert item_stats(daily, [], START).strength is None


def test_a_week_reached_with_partly_done_days_is_partly_done_not_missed():
    walk = make(Schedule.per_week(2), target=Target(20, "minutes"))
    done_week = answers([START, START + timedelta(days=1)])
    partly_week = answers([START + timedelta(days=7)]) + answers(
        [START + timedelta(days=8)], Status.PARTIAL, amount=10
    )
    stats = item_stats(walk, done_week + partly_week, START + timedelta(days=15))
    assert stats.current_streak == 1  # a partly done week neither breaks nor extends
    assert stats.rate == (1.0 + 0.75) / 2
