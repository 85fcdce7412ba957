"""The Insights loader: spans, daily series, checkup marks, worry by phase and patterns."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.insights import Range
from planner.domain.journal import Checkup, CheckupKind, JournalEntry, Mood, Phase
from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.services.insights import MAX_POINTS, load_insights
from planner.storage.store import Store

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
ZONE = ZoneInfo("America/New_York")
TODAY = date(2026, 11, 25)


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data" / "planner.db")
    yield opened
    opened.close()


def check_in(store: Store, day: date, mood: int, worry: int, hour: int = 20) -> None:
    at = datetime.combine(day, time(hour), ZONE)
    store.journal.add(JournalEntry(Mood(mood), worry, day, at, ZONE.key), NOW)


def many_check_ins(store: Store, days: int, mood: int = 3, worry: int = 4) -> None:
    """One check-in a day for ``days`` days up to today, in one transaction."""
    rows = []
    for n in range(days):
        day = TODAY - timedelta(days=n)
        at = datetime.combine(day, time(20), ZONE).astimezone(UTC).isoformat()
        rows.append((day.isoformat(), at, ZONE.key, mood, worry, at))
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO journal_entries (day, at_utc, zone, mood, worry, updated_at_utc) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def load(store: Store, choice: Range = Range.ALL):
    return load_insights(store, choice, TODAY, ZONE)


def test_an_empty_journal_gives_an_empty_span_of_the_chosen_length(store):
    data = load(store, Range.DAYS_90)
    assert data.empty
    assert not data.any_entries
    assert (data.first, data.last) == (TODAY - timedelta(days=89), TODAY)
    assert data.points == data.averages == data.patterns == ()
    assert data.mood is None
    assert data.worry is None
    assert [(p.phase, p.worry, p.count) for p in data.phases] == [
        (Phase.BEFORE, None, 0),
        (Phase.WAITING, None, 0),
        (Phase.AFTER, None, 0),
    ]


def test_daily_means_and_the_seven_day_average(store):
    check_in(store, TODAY - timedelta(days=2), 2, 8, hour=9)
    check_in(store, TODAY - timedelta(days=2), 4, 2, hour=21)
    check_in(store, TODAY, 5, 1)
    data = load(store)
    assert [(p.day, p.mood, p.worry, p.count) for p in data.points] == [
        (TODAY - timedelta(days=2), 3.0, 5.0, 2),
        (TODAY, 5.0, 1.0, 1),
    ]
    # Today's average weighs all three check-ins of the week.
    assert data.averages[-1].mood == pytest.approx(11 / 3)
    assert data.averages[-1].worry == pytest.approx(11 / 3)
    assert data.count == 3
    assert data.mood == pytest.approx(11 / 3)


def test_the_span_of_each_range(store):
    check_in(store, TODAY - timedelta(days=500), 3, 3)
    check_in(store, TODAY, 3, 3)
    store.checkups.add(Checkup(TODAY - timedelta(days=40), CheckupKind.SCAN, ZONE.key), NOW)
    store.checkups.add(Checkup(TODAY + timedelta(days=10), CheckupKind.SCAN, ZONE.key), NOW)
    firsts = {choice: load(store, choice).first for choice in Range}
    assert firsts == {
        Range.DAYS_30: TODAY - timedelta(days=29),
        Range.DAYS_90: TODAY - timedelta(days=89),
        Range.YEAR: TODAY - timedelta(days=364),
        Range.SINCE_CHECKUP: TODAY - timedelta(days=40),
        Range.ALL: TODAY - timedelta(days=500),
    }
    assert load(store, Range.DAYS_30).count == 1
    assert load(store, Range.ALL).count == 2


def test_since_a_checkup_made_today_holds_only_today(store):
    check_in(store, TODAY - timedelta(days=1), 2, 9)
    check_in(store, TODAY, 4, 2)
    store.checkups.add(Checkup(TODAY, CheckupKind.BLOOD_TEST, ZONE.key), NOW)
    data = load(store, Range.SINCE_CHECKUP)
    assert (data.first, data.last) == (TODAY, TODAY)
    assert data.count == 1
    assert data.any_entries


def test_long_histories_are_thinned_without_losing_check_ins(store):
    many_check_ins(store, 3650)
    data = load(store)
    assert len(data.points) <= MAX_POINTS
    assert len(data.averages) <= MAX_POINTS
    assert sum(p.count for p in data.points) == data.count == 3650
    assert data.points[0].day < TODAY - timedelta(days=3600)


def test_checkup_marks_and_waiting_spans_in_local_time_clipped_to_the_span(store):
    many_check_ins(store, 30)
    inside = Checkup(
        TODAY - timedelta(days=10),
        CheckupKind.BLOOD_TEST,
        ZONE.key,
        at=time(10, 30),
        results_on=TODAY - timedelta(days=6),
    )
    straddling = Checkup(
        TODAY - timedelta(days=35),
        CheckupKind.SCAN,
        ZONE.key,
        results_on=TODAY - timedelta(days=25),
    )
    # Made while travelling: shown at the wall-clock time it was at home.
    abroad = Checkup(TODAY - timedelta(days=3), CheckupKind.OTHER, "Europe/Paris", at=time(15))
    for checkup in (inside, straddling, abroad):
        store.checkups.add(checkup, NOW)
    data = load(store, Range.DAYS_30)
    first = datetime.combine(TODAY - timedelta(days=29), time(0))
    assert data.checkups == (
        datetime.combine(TODAY - timedelta(days=10), time(10, 30)),
        datetime.combine(TODAY - timedelta(days=3), time(9)),
    )
    assert data.waiting == (
        (first, datetime.combine(TODAY - timedelta(days=24), time(0))),
        (
            datetime.combine(TODAY - timedelta(days=10), time(10, 30)),
            datetime.combine(TODAY - timedelta(days=5), time(0)),
        ),
    )


def test_worry_before_while_waiting_and_after_results(store):
    checkup_day = TODAY - timedelta(days=30)
    results_on = checkup_day + timedelta(days=4)
    scan = Checkup(checkup_day, CheckupKind.SCAN, ZONE.key, at=time(9), results_on=results_on)
    store.checkups.add(scan, NOW)
    check_in(store, checkup_day - timedelta(days=20), 3, 1)  # other times: not in any tile
    check_in(store, checkup_day - timedelta(days=5), 3, 7)  # before
    check_in(store, checkup_day - timedelta(days=1), 3, 9)  # before
    check_in(store, checkup_day, 3, 8, hour=8)  # before: the scan is at nine
    check_in(store, checkup_day, 3, 10, hour=20)  # waiting
    check_in(store, checkup_day + timedelta(days=4), 3, 6)  # waiting: results day
    check_in(store, checkup_day + timedelta(days=5), 3, 2)  # after
    data = load(store)
    assert [(p.phase, p.worry, p.count) for p in data.phases] == [
        (Phase.BEFORE, 8.0, 3),
        (Phase.WAITING, 8.0, 2),
        (Phase.AFTER, 2.0, 1),
    ]
    # The last 30 days start the day after the scan: only the results day and after.
    recent = load(store, Range.DAYS_30)
    assert [(p.worry, p.count) for p in recent.phases] == [(None, 0), (6.0, 1), (2.0, 1)]


def _walk_days(store: Store, days_done: int, days_total: int, status: Status = Status.DONE):
    walk = store.items.add(
        Item("Walk", Schedule.daily()), today=TODAY - timedelta(days=60), now=NOW
    )
    for n in range(days_total):
        day = TODAY - timedelta(days=n)
        check_in(store, day, 4 if n < days_done else 3, 3)
        if n < days_done:
            store.checkoffs.record(CheckOff(walk.id, day, status, recorded_at=NOW))
        elif n % 3 == 0:
            store.checkoffs.record(CheckOff(walk.id, day, Status.SKIPPED, recorded_at=NOW))
    return walk


def test_a_pattern_needs_two_weeks_on_each_side(store):
    _walk_days(store, days_done=14, days_total=28)
    (pattern,) = load(store).patterns
    assert (pattern.title, pattern.days_with, pattern.days_without) == ("Walk", 14, 14)
    assert (pattern.with_item, pattern.without_item) == (4.0, 3.0)


def test_no_pattern_with_thirteen_days_on_one_side(store):
    _walk_days(store, days_done=13, days_total=28)
    assert load(store).patterns == ()


def test_partly_done_counts_as_done_and_archived_items_keep_their_pattern(store):
    walk = _walk_days(store, days_done=14, days_total=28, status=Status.PARTIAL)
    store.items.archive(walk.id, now=NOW)
    assert [p.title for p in load(store).patterns] == ["Walk"]


def test_patterns_only_use_the_chosen_range(store):
    _walk_days(store, days_done=14, days_total=28)
    assert load(store, Range.DAYS_30).patterns != ()
    # A week later the last 30 days hold only 9 of the days without a walk.
    assert load_insights(store, Range.DAYS_30, TODAY + timedelta(days=7), ZONE).patterns == ()
