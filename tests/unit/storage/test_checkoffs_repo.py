"""Answers are one per item and day, replaceable, undoable, and read back in day order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from planner.domain.model import CheckOff, Item, Schedule, SkipReason, Status
from planner.storage.store import Store
from tests.helpers.storage import item_ids

TODAY = date(2024, 3, 4)
NOW = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)

D1 = date(2024, 3, 1)


def answer(item_id: int, day: date, status: Status = Status.DONE) -> CheckOff:
    return CheckOff(item_id, day, status, recorded_at=NOW, zone="Europe/Berlin")


def test_record_round_trip_and_replace(store: Store) -> None:
    (item,) = item_ids(store, 1)
    berlin = timezone(timedelta(hours=1))
    first = CheckOff(
        item, D1, Status.PARTIAL, amount=12.5, recorded_at=NOW.astimezone(berlin), zone="X/Y"
    )
    saved = store.checkoffs.record(first)
    assert saved.recorded_at == NOW
    assert saved.recorded_at.utcoffset() == timedelta(0)
    assert store.checkoffs.between(D1, D1) == [saved]
    second = CheckOff(
        item, D1, Status.SKIPPED, skip_reason=SkipReason.NOT_WELL, recorded_at=NOW, zone="UTC"
    )
    store.checkoffs.record(second)
    assert store.checkoffs.for_item(item) == [second]
    assert store.checkoffs.get(item, D1) == second
    assert store.checkoffs.count() == 1


def test_record_needs_aware_time_and_known_item(store: Store) -> None:
    (item,) = item_ids(store, 1)
    with pytest.raises(ValueError, match="aware"):
        store.checkoffs.record(CheckOff(item, D1, Status.DONE, recorded_at=datetime(2024, 1, 1)))
    with pytest.raises(KeyError):
        store.checkoffs.record(answer(item + 100, D1))
    assert store.checkoffs.count() == 0
    filled = store.checkoffs.record(CheckOff(item, D1, Status.DONE))
    assert filled.recorded_at is not None
    assert filled.recorded_at.tzinfo is not None


def test_undo(store: Store) -> None:
    a, b = item_ids(store, 2)
    store.checkoffs.record(answer(a, D1))
    store.checkoffs.record(answer(b, D1))
    store.checkoffs.undo(a, D1)
    store.checkoffs.undo(a, D1)
    assert [(c.item_id, c.day) for c in store.checkoffs.between(D1, D1)] == [(b, D1)]
    assert store.checkoffs.get(a, D1) is None


def test_ranges_are_inclusive_and_ordered(store: Store) -> None:
    a, b = item_ids(store, 2)
    days = [D1 + timedelta(days=n) for n in range(5)]
    for day in reversed(days):
        store.checkoffs.record(answer(b, day))
        store.checkoffs.record(answer(a, day))
    between = store.checkoffs.between(days[1], days[3])
    assert [(c.day, c.item_id) for c in between] == [(d, i) for d in days[1:4] for i in (a, b)]
    assert [c.day for c in store.checkoffs.for_item(a)] == days
    assert [c.day for c in store.checkoffs.for_item(a, start=days[3])] == days[3:]
    assert [c.day for c in store.checkoffs.for_item(a, end=days[1])] == days[:2]
    assert [c.day for c in store.checkoffs.for_item(b, days[2], days[2])] == [days[2]]


def test_all_streams_in_day_then_item_order(store: Store) -> None:
    a, b = item_ids(store, 2)
    days = [D1 + timedelta(days=n) for n in range(1200)]
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO checkoffs (item_id, day, status, recorded_at_utc, zone) "
            "VALUES (?, ?, 'done', ?, 'UTC')",
            [(i, d.isoformat(), NOW.isoformat()) for d in reversed(days) for i in (b, a)],
        )
    stream = store.checkoffs.all()
    assert not isinstance(stream, list)
    result = [(c.day, c.item_id) for c in stream]
    assert result == [(d, i) for d in days for i in (a, b)]
    assert store.checkoffs.count() == 2400


def test_settings(store: Store) -> None:
    assert store.settings.get("theme") is None
    assert store.settings.get("theme", "light") == "light"
    store.settings.set("theme", "dark")
    store.settings.set("theme", "high contrast")
    store.settings.set("zone", "Europe/Oslo")
    assert store.settings.get("theme") == "high contrast"
    assert store.settings.all() == {"theme": "high contrast", "zone": "Europe/Oslo"}


def test_for_items_reads_several_items_in_one_go(store) -> None:
    from datetime import UTC, date, datetime

    from planner.domain.model import CheckOff, Status

    now = datetime(2026, 1, 1, tzinfo=UTC)
    a, b, c = store.items.add_many(
        [Item(n, Schedule.daily()) for n in "ABC"], today=date(2026, 1, 1), now=now
    )
    for item, day in ((a, 3), (b, 1), (c, 2), (a, 1)):
        store.checkoffs.record(CheckOff(item.id, date(2026, 1, day), Status.DONE, recorded_at=now))
    found = store.checkoffs.for_items([a.id, b.id])
    assert [(x.item_id, x.day.day) for x in found] == [(a.id, 1), (b.id, 1), (a.id, 3)]
    assert store.checkoffs.for_items([]) == []


def test_done_days_counts_done_and_partly_done_in_range(store: Store) -> None:
    first, second = item_ids(store, 2)
    day = date(2026, 3, 2)
    store.checkoffs.record(answer(first, day))
    store.checkoffs.record(answer(first, day + timedelta(days=1), Status.PARTIAL))
    store.checkoffs.record(answer(first, day + timedelta(days=2), Status.SKIPPED))
    store.checkoffs.record(answer(second, day + timedelta(days=5)))  # outside the range
    assert store.checkoffs.done_days(day, day + timedelta(days=4)) == {
        first: {day, day + timedelta(days=1)}
    }


def test_a_skips_own_words_round_trip_and_an_answer_without_any_reads_none(store: Store) -> None:
    (item,) = item_ids(store, 1)
    skipped = CheckOff(
        item,
        D1,
        Status.SKIPPED,
        skip_reason=SkipReason.OTHER,
        recorded_at=NOW,
        skip_note="My daughter came to visit 💛",
    )
    assert store.checkoffs.record(skipped).skip_note == "My daughter came to visit 💛"
    assert store.checkoffs.get(item, D1).skip_note == "My daughter came to visit 💛"
    store.checkoffs.record(answer(item, D1))  # done after all: the note goes
    assert store.checkoffs.get(item, D1).skip_note is None
