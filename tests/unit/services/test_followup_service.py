"""The follow-up service: a saved schedule becomes planned checkups with due dates, kept in
step as the schedule, the anchor and the days change, while booked ones stay put."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.followup import (
    Anchor,
    FollowupError,
    FollowupProblem,
    FollowupSchedule,
    Phase,
    Rebase,
    add_months,
)
from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.services.changes import Area, Changes
from planner.services.checklist import ChecklistService
from planner.services.followup import FollowupService
from planner.services.settings import FOLLOWUP_ANCHOR_EVENT, FOLLOWUP_ANCHOR_ON
from planner.storage.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
#: Monday 4 May 2026, 10:00 in Berlin.
NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
END = Anchor("End of treatment", date(2026, 1, 10))
EVERY_3 = FollowupSchedule(CheckupKind.ONCOLOGIST, "Oncologist", (Phase(3, 24), Phase(6, 36)))
BLOOD = FollowupSchedule(CheckupKind.BLOOD_TEST, "CEA", (Phase(6, 24),), lead_days=7)


class Clock:
    def __init__(self) -> None:
        self.at = NOW

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data" / "planner.db")
    yield opened
    opened.close()


@pytest.fixture
def followup(qtbot, store: Store, clock: Clock) -> FollowupService:
    return FollowupService(store, ChecklistService(store, BERLIN, clock=clock.now))


def published(service: FollowupService) -> list[Changes]:
    seen: list[Changes] = []
    service.bus.changed.connect(seen.append)
    return seen


def dates(service: FollowupService, schedule_id: int | None = None) -> dict[int | None, date]:
    return {
        c.number: c.day
        for c in service.planned()
        if schedule_id is None or c.schedule_id == schedule_id
    }


def from_anchor(anchor: date, months: list[int]) -> dict[int | None, date]:
    return {n: add_months(anchor, m) for n, m in enumerate(months, start=1)}


EVERY_3_MONTHS = [3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60]


def test_saving_a_schedule_plans_its_checkups_with_due_dates(followup: FollowupService) -> None:
    seen = published(followup)
    followup.save(END, [EVERY_3])
    assert followup.anchor() == END
    (saved,) = followup.schedules()
    # Visit 1 (10 April) has passed; from today two years ahead: 10 July 2026 .. 10 January 2028.
    expected = from_anchor(END.on, EVERY_3_MONTHS)
    assert dates(followup) == {n: expected[n] for n in range(2, 9)}
    first = followup.planned()[0]
    assert (first.status, first.kind, first.title, first.zone, first.at) == (
        CheckupStatus.PLANNED,
        CheckupKind.ONCOLOGIST,
        "Oncologist",
        "Europe/Berlin",
        None,
    )
    assert (first.schedule_id, first.number, first.due_on) == (saved.id, 2, date(2026, 7, 10))
    assert first.uid
    (change,) = seen  # one announcement for all of it
    assert change.touches(Area.CHECKUPS)
    assert change.settings == {FOLLOWUP_ANCHOR_EVENT.key, FOLLOWUP_ANCHOR_ON.key}


def test_the_anchors_event_is_kept_on_one_line(followup: FollowupService) -> None:
    followup.save(Anchor("End of\n  chemotherapy\t", END.on), [EVERY_3])
    anchor = followup.anchor()
    assert anchor is not None
    assert anchor.event == "End of chemotherapy"


def test_changing_the_schedule_moves_planned_checkups_but_never_booked_ones(
    followup: FollowupService, store: Store
) -> None:
    followup.save(END, [EVERY_3])
    (saved,) = followup.schedules()
    visit_2, visit_3, *_ = followup.planned()
    booked = followup.book(visit_2, date(2026, 7, 14), time(9, 30), place="Clinic")
    followup.save(END, [replace(saved, phases=(Phase(4, 24),))])
    again = [c for c in store.checkups.all() if c.id == booked.id]
    assert [(c.day, c.at, c.place, c.status) for c in again] == [
        (date(2026, 7, 14), time(9, 30), "Clinic", CheckupStatus.BOOKED)
    ]
    # Visit 2 is booked; 1 (10 May) is new, 3..6 moved to every four months.
    assert dates(followup) == {
        1: date(2026, 5, 10),
        3: date(2027, 1, 10),
        4: date(2027, 5, 10),
        5: date(2027, 9, 10),
        6: date(2028, 1, 10),
    }
    moved = [c for c in followup.planned() if c.id == visit_3.id]
    assert [(c.day, c.due_on) for c in moved] == [(date(2027, 1, 10), date(2027, 1, 10))]


def test_booking_and_counting_from_here_moves_the_later_planned_ones(
    followup: FollowupService,
) -> None:
    followup.save(END, [EVERY_3])
    before = dates(followup)
    visit_3 = next(c for c in followup.planned() if c.number == 3)
    real = date(2026, 11, 2)  # due 10 October
    assert followup.moved_from_plan(visit_3, real)
    assert not followup.moved_from_plan(visit_3, visit_3.due_on)
    saved = followup.book(visit_3, real, time(11, 0), count_from_here=True)
    assert (saved.status, saved.day, saved.due_on) == (
        CheckupStatus.BOOKED,
        real,
        date(2026, 10, 10),
    )
    (schedule,) = followup.schedules()
    assert schedule.rebase == Rebase(3, real)
    after = dates(followup)
    assert after[2] == before[2]  # earlier ones as they were
    assert 3 not in after  # booked now
    assert after[4] == date(2027, 2, 2)  # three months after the real visit
    assert after[8] == date(2028, 2, 2)  # and so on, by the same steps (plan: 10 January)
    # Without "count from here", a later booking keeps the plan's dates.
    visit_4 = next(c for c in followup.planned() if c.number == 4)
    followup.book(visit_4, date(2027, 3, 1), None)
    assert dates(followup)[5] == date(2027, 5, 2)


def test_a_booking_counted_from_before_the_anchor_is_refused_and_nothing_is_saved(
    followup: FollowupService,
) -> None:
    followup.save(END, [EVERY_3])
    visit_2 = followup.planned()[0]
    with pytest.raises(FollowupError) as raised:
        followup.book(visit_2, date(2025, 12, 1), None, count_from_here=True)
    assert raised.value.problem is FollowupProblem.REBASE_BEFORE_ANCHOR
    assert followup.planned()[0] == visit_2  # still planned, on its date
    assert followup.schedules()[0].rebase is None


def test_an_anchor_after_a_counted_visit_is_refused_and_nothing_is_saved(
    followup: FollowupService,
) -> None:
    followup.save(END, [EVERY_3])
    visit_2 = followup.planned()[0]
    followup.book(visit_2, date(2026, 7, 20), None, count_from_here=True)
    (schedule,) = followup.schedules()
    planned = followup.planned()
    with pytest.raises(FollowupError) as raised:
        followup.save(Anchor("Surgery", date(2026, 8, 1)), [replace(schedule, title="Visits")])
    assert raised.value.problem is FollowupProblem.REBASE_BEFORE_ANCHOR
    assert followup.anchor() == END
    assert followup.schedules() == [schedule]
    assert followup.planned() == planned
    assert not followup.sync()  # and planning still works


def test_clearing_the_anchor_and_setting_it_again_brings_the_planned_checkups_back(
    followup: FollowupService,
) -> None:
    followup.save(END, [EVERY_3])
    first = dates(followup)
    (schedule,) = followup.schedules()
    followup.save(None, [schedule])
    assert followup.planned() == []
    assert followup.anchor() is None
    followup.save(END, [schedule])
    assert dates(followup) == first


def test_a_schedule_changed_and_changed_back_plans_every_visit_again(
    followup: FollowupService,
) -> None:
    followup.save(END, [EVERY_3])
    first = dates(followup)
    (schedule,) = followup.schedules()
    followup.save(END, [replace(schedule, phases=(Phase(3, 12),))])  # visits 5.. go
    assert sorted(dates(followup)) == [2, 3, 4]
    followup.save(END, [schedule])
    assert dates(followup) == first


def test_a_checkup_the_person_removed_is_not_planned_again(
    followup: FollowupService, store: Store
) -> None:
    followup.save(END, [EVERY_3])
    visit_2 = followup.planned()[0]
    store.checkups.remove(visit_2.id)
    assert not followup.sync()
    assert 2 not in dates(followup)
    followup.save(Anchor(END.event, date(2026, 1, 20)), followup.schedules())  # moved anchor
    assert 2 not in dates(followup)
    assert dates(followup)[3] == date(2026, 10, 20)


def test_deleting_a_schedule_takes_its_planned_checkups_and_keeps_booked_ones(
    followup: FollowupService, store: Store
) -> None:
    followup.save(END, [EVERY_3, BLOOD])
    visits, blood = followup.schedules()
    blood_1 = next(c for c in followup.planned() if c.schedule_id == blood.id)
    booked = followup.book(blood_1, date(2026, 7, 13), time(8, 0))
    followup.save(END, [visits])
    assert {c.schedule_id for c in followup.planned()} == {visits.id}
    assert [(c.id, c.day, c.status) for c in store.checkups.all()] == [
        (booked.id, date(2026, 7, 13), CheckupStatus.BOOKED)
    ]


def test_new_visits_are_planned_as_days_pass_and_past_planned_ones_stay(
    followup: FollowupService, clock: Clock
) -> None:
    followup.save(END, [EVERY_3])
    visit_2 = followup.planned()[0]
    clock.at = NOW + timedelta(days=120)  # 1 September: visit 2 (10 July) passed unbooked
    seen = published(followup)
    assert followup.sync()
    assert seen == [Changes.of(Area.CHECKUPS)]
    assert followup.planned()[0] == visit_2  # not booked, still there, not moved
    assert max(dates(followup)) == 9  # 10 July 2028 came within two years
    assert not followup.sync()
    assert len(seen) == 1


def test_a_checkup_typed_by_hand_is_not_touched_by_the_plan(
    followup: FollowupService, store: Store
) -> None:
    mine = store.checkups.add(
        Checkup(date(2026, 7, 10), CheckupKind.ONCOLOGIST, "Europe/Berlin"), NOW
    )
    followup.save(END, [EVERY_3])
    followup.save(None, followup.schedules())
    assert store.checkups.all() == [mine]
