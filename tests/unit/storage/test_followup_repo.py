"""The follow-up schedules' table: phases as JSON, rebase, order, and what deleting a
schedule does to its checkups."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time

from planner.domain.followup import FollowupSchedule, Phase, Rebase
from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.storage.store import Store

NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
ZONE = "Europe/Berlin"
VISITS = FollowupSchedule(
    CheckupKind.ONCOLOGIST,
    "Oncologist",
    (Phase(3, 24), Phase(6, 36), Phase(12, None)),
    lead_days=28,
    source="Dr. Weber, Oct 2026",
)
BLOOD = FollowupSchedule(CheckupKind.BLOOD_TEST, "CEA", (Phase(3, 60),))


def planned(schedule_id: int, number: int, day: date) -> Checkup:
    return Checkup(
        day,
        CheckupKind.ONCOLOGIST,
        ZONE,
        status=CheckupStatus.PLANNED,
        schedule_id=schedule_id,
        number=number,
        due_on=day,
    )


def test_schedules_round_trip_with_their_phases_rebase_and_order(store: Store) -> None:
    saved = store.followup.replace_all([VISITS, BLOOD], NOW)
    assert [s.position for s in saved] == [0, 1]
    assert all(s.id is not None for s in saved)
    assert store.followup.all() == saved
    visits = store.followup.all()[0]
    assert visits.phases == VISITS.phases
    assert (visits.lead_days, visits.source, visits.rebase) == (28, "Dr. Weber, Oct 2026", None)
    (text,) = store.connection.execute(
        "SELECT phases FROM followup_schedules WHERE id = ?", (visits.id,)
    ).fetchone()
    assert json.loads(text) == [
        {"every_months": 3, "months": 24},
        {"every_months": 6, "months": 36},
        {"every_months": 12, "months": None},
    ]
    store.followup.set_rebase(visits.id, Rebase(3, date(2026, 11, 2)))
    assert store.followup.all()[0].rebase == Rebase(3, date(2026, 11, 2))
    store.followup.set_rebase(visits.id, None)
    assert store.followup.all()[0].rebase is None


def test_saving_the_list_again_updates_reorders_adds_and_deletes(store: Store) -> None:
    visits, _blood = store.followup.replace_all([VISITS, BLOOD], NOW)
    scan = FollowupSchedule(
        CheckupKind.SCAN, "CT", (Phase(12, 36),), rebase=Rebase(1, date(2027, 6, 1))
    )
    changed = replace(visits, title="Oncologist visit", phases=(Phase(4, 12),))
    again = store.followup.replace_all([scan, changed], NOW)
    assert [(s.title, s.position) for s in store.followup.all()] == [
        ("CT", 0),
        ("Oncologist visit", 1),
    ]
    assert store.followup.all() == again
    assert again[1].id == visits.id  # the same row, changed
    assert again[1].phases == (Phase(4, 12),)
    assert again[0].rebase == Rebase(1, date(2027, 6, 1))
    assert [s.title for s in store.followup.all()] == ["CT", "Oncologist visit"]  # CEA went


def test_deleting_a_schedule_removes_its_planned_checkups_and_keeps_its_booked_ones(
    store: Store,
) -> None:
    visits, blood = store.followup.replace_all([VISITS, BLOOD], NOW)
    assert visits.id is not None
    assert blood.id is not None
    store.checkups.apply_plan(
        [
            planned(visits.id, 1, date(2026, 8, 1)),
            planned(visits.id, 2, date(2026, 11, 1)),
            planned(blood.id, 1, date(2026, 8, 1)),
        ],
        [],
        [],
        NOW,
    )
    first, second = (c for c in store.checkups.planned() if c.schedule_id == visits.id)
    store.checkups.update(
        replace(first, status=CheckupStatus.BOOKED, at=time(9, 0), day=date(2026, 8, 3))
    )
    store.followup.replace_all([blood], NOW)
    # The booked one keeps its date and time, and no longer names the deleted schedule.
    (kept,) = [c for c in store.checkups.all() if c.id == first.id]
    assert (kept.day, kept.at, kept.status, kept.schedule_id) == (
        date(2026, 8, 3),
        time(9, 0),
        CheckupStatus.BOOKED,
        None,
    )
    # The planned one is gone from the list (kept as removed, for calendars to cancel).
    assert [c.schedule_id for c in store.checkups.planned()] == [blood.id]
    (gone,) = [c for c in store.checkups.everything() if c.id == second.id]
    assert (gone.status, gone.uid, gone.sequence) == (
        CheckupStatus.REMOVED,
        second.uid,
        second.sequence + 1,
    )
