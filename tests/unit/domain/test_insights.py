"""The Insights maths: ranges, the 7-day average, thinning long series, checklist patterns."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.insights import (
    DayPoint,
    Pattern,
    Range,
    checklist_patterns,
    downsample,
    range_start,
    rolling_average,
    shown_span,
)
from planner.domain.journal import Checkup, CheckupKind

TODAY = date(2026, 11, 25)
D0 = date(2026, 1, 1)


def day(offset: int) -> date:
    return D0 + timedelta(days=offset)


# --- Ranges --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "start"),
    [
        (Range.DAYS_30, date(2026, 10, 27)),
        (Range.DAYS_90, date(2026, 8, 28)),
        (Range.YEAR, date(2025, 11, 26)),
        (Range.ALL, None),
    ],
)
def test_each_range_starts_so_that_it_holds_that_many_days_with_today(choice, start):
    assert range_start(choice, TODAY, []) == start
    if start is not None:
        assert (TODAY - start).days + 1 == int(choice.value)


def test_since_last_checkup_starts_on_the_day_of_the_latest_one_not_in_the_future():
    checkups = [
        Checkup(date(2026, 12, 1), CheckupKind.SCAN, "UTC"),
        Checkup(date(2026, 9, 3), CheckupKind.BLOOD_TEST, "UTC"),
        Checkup(date(2026, 10, 14), CheckupKind.ONCOLOGIST, "UTC"),
    ]
    assert range_start(Range.SINCE_CHECKUP, TODAY, checkups) == date(2026, 10, 14)
    assert range_start(Range.SINCE_CHECKUP, date(2026, 10, 14), checkups) == date(2026, 10, 14)
    assert range_start(Range.SINCE_CHECKUP, date(2026, 10, 13), checkups) == date(2026, 9, 3)


def test_since_last_checkup_with_none_yet_shows_everything():
    assert range_start(Range.SINCE_CHECKUP, TODAY, []) is None
    future = [Checkup(date(2026, 12, 1), CheckupKind.SCAN, "UTC")]
    assert range_start(Range.SINCE_CHECKUP, TODAY, future) is None


@pytest.mark.parametrize("choice", list(Range))
def test_a_range_longer_than_the_data_starts_at_the_first_check_in(choice):
    first = TODAY - timedelta(days=4)  # a new person's fifth day
    assert shown_span(choice, TODAY, [], first) == (first, TODAY)


def test_a_range_shorter_than_the_data_keeps_its_own_start():
    first = date(2024, 1, 1)
    assert shown_span(Range.DAYS_30, TODAY, [], first) == (date(2026, 10, 27), TODAY)
    assert shown_span(Range.ALL, TODAY, [], first) == (first, TODAY)
    scan = Checkup(date(2026, 10, 14), CheckupKind.SCAN, "UTC")
    assert shown_span(Range.SINCE_CHECKUP, TODAY, [scan], first) == (date(2026, 10, 14), TODAY)


def test_with_no_check_in_yet_the_span_is_the_range_or_today():
    assert shown_span(Range.DAYS_30, TODAY, [], None) == (date(2026, 10, 27), TODAY)
    assert shown_span(Range.ALL, TODAY, [], None) == (TODAY, TODAY)


@given(
    offset=st.integers(-400, 400),
    choice=st.sampled_from(list(Range)),
)
def test_the_span_never_starts_before_the_first_check_in_nor_after_today(offset, choice):
    first = TODAY - timedelta(days=offset)
    start, end = shown_span(choice, TODAY, [], first)
    assert end == TODAY
    assert start <= TODAY
    assert start >= min(first, TODAY)


def test_ranges_are_stable_codes():
    assert [r.value for r in Range] == ["30", "90", "365", "checkup", "all"]


# --- The 7-day average ---------------------------------------------------------


def test_rolling_average_covers_seven_calendar_days_weighted_by_check_ins():
    points = [
        DayPoint(day(0), 2.0, 4.0, 1),
        DayPoint(day(2), 4.0, 8.0, 3),
        DayPoint(day(7), 5.0, 0.0, 1),  # day 0 is now eight days back: left out
    ]
    assert rolling_average(points) == [
        (day(0), 2.0, 4.0),
        (day(2), 3.5, 7.0),
        (day(7), 4.25, 6.0),
    ]


def test_the_seventh_day_back_is_still_in_the_window():
    points = [DayPoint(day(0), 1.0, 10.0), DayPoint(day(6), 5.0, 0.0)]
    assert rolling_average(points)[-1] == (day(6), 3.0, 5.0)


def test_rolling_average_of_nothing_and_of_one_day():
    assert rolling_average([]) == []
    assert rolling_average([DayPoint(day(3), 4.0, 2.0, 2)]) == [(day(3), 4.0, 2.0)]


def points_strategy(max_size: int = 80):
    """Day points on distinct, increasing days."""
    return st.lists(
        st.tuples(
            st.integers(0, 400),
            st.floats(1, 5),
            st.floats(0, 10),
            st.integers(1, 4),
        ),
        max_size=max_size,
        unique_by=lambda t: t[0],
    ).map(lambda rows: [DayPoint(day(o), m, w, n) for o, m, w, n in sorted(rows)])


@given(points=points_strategy(), days=st.integers(1, 30))
def test_rolling_average_matches_a_direct_weighted_mean(points, days):
    averaged = rolling_average(points, days)
    assert [d for d, _, _ in averaged] == [p.day for p in points]
    for (_, mood, worry), point in zip(averaged, points, strict=True):
        window = [p for p in points if point.day - timedelta(days=days) < p.day <= point.day]
        count = sum(p.count for p in window)
        assert mood == pytest.approx(sum(p.mood * p.count for p in window) / count)
        assert worry == pytest.approx(sum(p.worry * p.count for p in window) / count)


# --- Thinning long series -----------------------------------------------------


def test_downsample_keeps_short_series_as_they_are():
    points = [DayPoint(day(i), 3.0, 2.0) for i in range(5)]
    assert downsample(points, 5) == points
    assert downsample([], 3) == []


def test_downsample_merges_neighbours_into_weighted_means():
    points = [
        DayPoint(day(0), 1.0, 0.0, 1),
        DayPoint(day(1), 4.0, 9.0, 3),
        DayPoint(day(2), 5.0, 5.0, 1),
        DayPoint(day(3), 2.0, 1.0, 1),
    ]
    assert downsample(points, 2) == [
        DayPoint(day(1), 3.25, 6.75, 4),
        DayPoint(day(3), 3.5, 3.0, 2),
    ]


def test_downsample_needs_room_for_one_point():
    with pytest.raises(ValueError, match="positive"):
        downsample([DayPoint(day(0), 3.0, 3.0)], 0)


@given(points=points_strategy(200), most=st.integers(1, 60))
def test_downsample_keeps_order_totals_and_means(points, most):
    thin = downsample(points, most)
    assert len(thin) <= most
    if len(points) <= most:
        assert thin == points
    days = [p.day for p in thin]
    assert days == sorted(set(days))
    assert set(days) <= {p.day for p in points}
    assert sum(p.count for p in thin) == sum(p.count for p in points)
    assert sum(p.mood * p.count for p in thin) == pytest.approx(
        sum(p.mood * p.count for p in points)
    )
    assert sum(p.worry * p.count for p in thin) == pytest.approx(
        sum(p.worry * p.count for p in points)
    )
    if points:
        low, high = min(p.mood for p in points), max(p.mood for p in points)
        assert all(low - 1e-9 <= p.mood <= high + 1e-9 for p in thin)


# --- Checklist patterns ---------------------------------------------------------


def month_of_points(good_days: set[int], count: int = 28) -> list[DayPoint]:
    """``count`` days with a check-in: mood 4 on ``good_days``, 3 on the others."""
    return [DayPoint(day(i), 4.0 if i in good_days else 3.0, 5.0) for i in range(count)]


def test_a_pattern_needs_fourteen_days_on_each_side():
    points = month_of_points(set(range(14)))
    walk = {day(i) for i in range(14)}
    (pattern,) = checklist_patterns(points, {"Walk": walk})
    assert (pattern.with_item, pattern.without_item) == (4.0, 3.0)
    assert (pattern.days_with, pattern.days_without) == (14, 14)
    thirteen = {day(i) for i in range(13)}
    assert checklist_patterns(points, {"Walk": thirteen}) == []
    assert checklist_patterns(points, {"Walk": {day(i) for i in range(15)}}) == []


def test_only_days_with_a_check_in_count():
    points = month_of_points(set(), count=20)  # days 0..19 have check-ins
    # Done on 20 days, but only 6 of them have a check-in.
    done = {day(i) for i in range(14, 34)}
    assert checklist_patterns(points, {"Stretch": done}) == []


def test_patterns_with_the_largest_difference_come_first():
    points = [DayPoint(day(i), 2.0 + (i % 2) * 2.0, 5.0) for i in range(40)]
    odd = {day(i) for i in range(40) if i % 2}  # mood 4 against 2
    first_half = {day(i) for i in range(20)}  # mood 3 against 3
    patterns = checklist_patterns(points, {"Half": first_half, "Odd": odd, "None": set()})
    assert [p.title for p in patterns] == ["Odd", "Half"]
    even = {day(i) for i in range(40) if i % 2 == 0}  # mood 2 against 4: also a difference of 2
    assert [p.title for p in checklist_patterns(points, {"Half": first_half, "Even": even})] == [
        "Even",
        "Half",
    ]


def test_a_pattern_keeps_the_numbers_it_rests_on():
    pattern = Pattern("Walk 20 minutes", 3.94, 3.21, 15, 20)
    assert (pattern.with_item, pattern.without_item) == (3.94, 3.21)
    assert (pattern.days_with, pattern.days_without) == (15, 20)


def test_no_check_ins_no_patterns():
    assert checklist_patterns([], {"Walk": {day(0)}}) == []
    assert checklist_patterns(month_of_points(set()), {}) == []
