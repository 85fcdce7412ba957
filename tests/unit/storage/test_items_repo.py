"""Items round-trip through SQLite unchanged, and keep their order through moves and archiving."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from planner.domain.model import Category, Item, Schedule, Target
from planner.storage.store import Store

TODAY = date(2024, 3, 4)
NOW = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)

SCHEDULES = [
    Schedule.daily(),
    Schedule.on_weekdays(0, 2, 6),
    Schedule.per_week(3),
    Schedule.every_n_days(14, date(2024, 2, 29)),
    Schedule.once(date(2024, 12, 31)),
]


def titles(items: list[Item]) -> list[str]:
    return [i.title for i in items]


@pytest.mark.parametrize("schedule", SCHEDULES, ids=lambda s: s.kind.value)
@pytest.mark.parametrize("target", [None, Target(20.0, "minutes"), Target(2.5, "")])
def test_round_trip_every_schedule_and_target(
    store: Store, schedule: Schedule, target: Target | None
) -> None:
    item = Item(
        "Walk outside",
        schedule,
        why="Energy",
        details="Around the park",
        category=Category.MOVEMENT,
        target=target,
        plan_key="walk",
    )
    saved = store.items.add(item, today=TODAY, now=NOW)
    assert saved.id is not None
    expected = replace(item, id=saved.id, position=0, created_on=TODAY)
    assert saved == expected
    assert store.items.get(saved.id) == expected


def test_created_on_kept_when_given(store: Store) -> None:
    item = Item("Tea", Schedule.daily(), created_on=date(2023, 1, 2))
    assert store.items.add(item, today=TODAY, now=NOW).created_on == date(2023, 1, 2)


def test_naive_now_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="aware"):
        store.items.add(Item("Tea", Schedule.daily()), today=TODAY, now=datetime(2024, 1, 1))
    assert store.items.active() == []


def test_add_many_keeps_order_after_existing(store: Store) -> None:
    store.items.add(Item("first", Schedule.daily()), today=TODAY, now=NOW)
    added = store.items.add_many(
        [Item(t, Schedule.daily()) for t in ("b", "c", "a")], today=TODAY, now=NOW
    )
    assert [(i.title, i.position) for i in added] == [("b", 1), ("c", 2), ("a", 3)]
    assert titles(store.items.active()) == ["first", "b", "c", "a"]


def test_move_renumbers_and_clamps(store: Store) -> None:
    a, b, c, d = store.items.add_many(
        [Item(t, Schedule.daily()) for t in "abcd"], today=TODAY, now=NOW
    )
    assert d.id is not None
    assert a.id is not None
    store.items.move(d.id, 0)
    assert titles(store.items.active()) == ["d", "a", "b", "c"]
    store.items.move(d.id, 99)
    assert titles(store.items.active()) == ["a", "b", "c", "d"]
    store.items.move(a.id, -5)
    store.items.move(a.id, 2)
    active = store.items.active()
    assert titles(active) == ["b", "c", "a", "d"]
    assert [i.position for i in active] == [0, 1, 2, 3]


def test_archive_and_restore_positions(store: Store) -> None:
    a, b, c = store.items.add_many([Item(t, Schedule.daily()) for t in "abc"], today=TODAY, now=NOW)
    assert a.id is not None
    assert b.id is not None
    store.items.archive(b.id, now=NOW)
    store.items.archive(a.id, now=NOW + timedelta(minutes=1))
    assert [(i.title, i.position) for i in store.items.active()] == [("c", 0)]
    archived = store.items.archived()
    assert titles(archived) == ["a", "b"]
    assert all(i.archived for i in archived)
    store.items.restore(b.id)
    assert [(i.title, i.position) for i in store.items.active()] == [("c", 0), ("b", 1)]
    assert not store.items.get(b.id).archived
    store.items.restore(b.id)
    assert titles(store.items.active()) == ["c", "b"]
    with pytest.raises(KeyError):
        store.items.move(a.id, 0)


def test_update_changes_content_not_order(store: Store) -> None:
    a, b = store.items.add_many(
        [Item(t, Schedule.daily(), plan_key=t) for t in "ab"], today=TODAY, now=NOW
    )
    edited = replace(
        a,
        title="A2",
        why="why",
        details="more",
        category=Category.REST,
        schedule=Schedule.per_week(2),
        target=Target(8, "glasses"),
        position=9,
        plan_key="changed",
    )
    saved = store.items.update(edited)
    assert saved == replace(edited, position=0, plan_key="a")
    assert titles(store.items.active()) == ["A2", "b"]
    cleared = store.items.update(replace(saved, target=None))
    assert cleared.target is None


def test_unknown_id(store: Store) -> None:
    ghost = Item("ghost", Schedule.daily(), id=404)
    with pytest.raises(KeyError):
        store.items.get(404)
    with pytest.raises(KeyError):
        store.items.update(ghost)
    with pytest.raises(KeyError):
        store.items.update(replace(ghost, id=None))
    with pytest.raises(KeyError):
        store.items.archive(404, now=NOW)
    with pytest.raises(KeyError):
        store.items.restore(404)
    with pytest.raises(KeyError):
        store.items.move(404, 0)


def test_a_restored_item_goes_back_to_its_old_place_not_the_end(store: Store) -> None:
    items = store.items.add_many([Item(t, Schedule.daily()) for t in "abcde"], today=TODAY, now=NOW)
    c = items[2]
    assert c.id is not None
    store.items.archive(c.id, now=NOW)
    assert titles(store.items.active()) == ["a", "b", "d", "e"]
    store.items.restore(c.id)  # the archive's undo
    assert [(i.title, i.position) for i in store.items.active()] == [
        ("a", 0),
        ("b", 1),
        ("c", 2),
        ("d", 3),
        ("e", 4),
    ]
    # Archived, then the list shrinks: back at the end (its old place is past the end).
    store.items.archive(c.id, now=NOW)
    for other in items[:2] + items[3:4]:
        assert other.id is not None
        store.items.archive(other.id, now=NOW)
    store.items.restore(c.id)
    assert titles(store.items.active()) == ["e", "c"]
