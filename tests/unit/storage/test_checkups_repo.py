"""The checkups' table since version 7: status, calendar UID and SEQUENCE, removing, and
the follow-up plan's changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.storage.store import Store

NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
ZONE = "Europe/Berlin"


def booked(day: date, **kw: object) -> Checkup:
    return Checkup(day, CheckupKind.SCAN, ZONE, **kw)


def planned(day: date, number: int = 1, schedule_id: int | None = None) -> Checkup:
    return Checkup(
        day,
        CheckupKind.BLOOD_TEST,
        ZONE,
        title="CEA",
        status=CheckupStatus.PLANNED,
        schedule_id=schedule_id,
        number=number,
        due_on=day,
    )


def test_a_checkup_round_trips_with_its_new_fields_and_a_uid_made_once(store: Store) -> None:
    saved = store.checkups.add(
        booked(date(2026, 6, 1), at=time(9, 30), place="City Hospital", title="Mammogram"), NOW
    )
    assert saved.uid.endswith("@between-checkups")
    assert saved.sequence == 0
    assert store.checkups.get(saved.id) == saved
    other = store.checkups.add(booked(date(2026, 6, 2)), NOW)
    assert other.uid != saved.uid
    again = store.checkups.update(replace(saved, uid="", place="Clinic"))  # a uid not carried along
    assert again.uid == saved.uid
    assert store.checkups.get(saved.id) == again


def test_sequence_rises_only_when_what_a_calendar_shows_changes(store: Store) -> None:
    saved = store.checkups.add(booked(date(2026, 6, 1), at=time(9, 30)), NOW)
    note = store.checkups.update(
        replace(saved, note="Bring the old images", results_on=date(2026, 6, 8))
    )
    assert note.sequence == 0
    assert store.checkups.update(note).sequence == 0  # saved unchanged
    steps = [
        {"day": date(2026, 6, 2)},
        {"at": time(10, 0)},
        {"place": "City Hospital"},
        {"title": "CT"},
        {"kind": CheckupKind.ONCOLOGIST},
    ]
    current = note
    for number, change in enumerate(steps, start=1):
        current = store.checkups.update(replace(current, **change))
        assert current.sequence == number
        assert store.checkups.get(saved.id).sequence == number
    # A stale copy (sequence 0) cannot take the sequence back down.
    assert store.checkups.update(replace(note, note="again")).sequence > len(steps)


def test_removing_keeps_the_uid_and_empties_place_and_note_once(store: Store) -> None:
    saved = store.checkups.add(
        booked(date(2026, 6, 1), at=time(9, 30), place="City Hospital", note="Fasting"), NOW
    )
    store.checkups.remove(saved.id)
    store.checkups.remove(saved.id)  # twice is once
    gone = store.checkups.get(saved.id)
    assert gone is not None
    assert (gone.status, gone.uid, gone.place, gone.note, gone.sequence) == (
        CheckupStatus.REMOVED,
        saved.uid,
        "",
        "",
        1,
    )
    assert (gone.day, gone.at, gone.kind) == (saved.day, saved.at, saved.kind)
    assert store.checkups.all() == store.checkups.shown() == []
    assert store.checkups.everything() == [gone]


def test_the_lists_hold_booked_planned_and_removed_ones_as_named(store: Store) -> None:
    later = store.checkups.add(booked(date(2026, 9, 1)), NOW)
    sooner = store.checkups.add(booked(date(2026, 6, 1), at=time(14, 0)), NOW)
    morning = store.checkups.add(booked(date(2026, 6, 1), at=time(8, 0)), NOW)
    store.checkups.apply_plan(
        [planned(date(2026, 7, 1)), planned(date(2026, 8, 1), 2)], [], [], NOW
    )
    plan1, plan2 = store.checkups.planned()
    gone = store.checkups.add(booked(date(2026, 6, 15)), NOW)
    store.checkups.remove(gone.id)
    assert [c.id for c in store.checkups.all()] == [morning.id, sooner.id, later.id]
    assert [c.id for c in store.checkups.planned()] == [plan1.id, plan2.id]
    assert [c.day for c in store.checkups.planned()] == [date(2026, 7, 1), date(2026, 8, 1)]
    assert [c.id for c in store.checkups.shown()] == [
        morning.id,
        sooner.id,
        plan1.id,
        plan2.id,
        later.id,
    ]
    assert [c.id for c in store.checkups.everything()] == [
        morning.id,
        sooner.id,
        gone.id,
        plan1.id,
        plan2.id,
        later.id,
    ]


def test_the_plan_moves_and_removes_only_planned_checkups(store: Store) -> None:
    store.checkups.apply_plan(
        [planned(date(2026, 7, 1)), planned(date(2026, 8, 1), 2), planned(date(2026, 9, 1), 3)],
        [],
        [],
        NOW,
    )
    first, second, third = store.checkups.planned()
    mine = store.checkups.update(replace(second, status=CheckupStatus.BOOKED, at=time(9, 0)))
    store.checkups.apply_plan(
        [],
        [(first.id, date(2026, 7, 6)), (second.id, date(2026, 8, 6)), (third.id, third.day)],
        [second.id],
        NOW,
    )
    moved = store.checkups.get(first.id)
    assert moved is not None
    assert (moved.day, moved.due_on, moved.sequence) == (date(2026, 7, 6), date(2026, 7, 6), 1)
    assert store.checkups.get(second.id) == mine  # booked meanwhile: neither moved nor removed
    assert store.checkups.get(third.id).sequence == 0  # same day
    store.checkups.apply_plan([], [], [third.id], NOW)
    gone = store.checkups.get(third.id)
    assert gone is not None
    assert (gone.status, gone.uid, gone.sequence) == (CheckupStatus.REMOVED, third.uid, 1)
