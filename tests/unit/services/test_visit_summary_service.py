"""The visit summary read from a real store: what the period needs, and nothing from outside."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.domain.journal import Checkup, CheckupKind, CheckupStatus, JournalEntry, Mood, Phase
from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.domain.questions import Question
from planner.domain.screens import ScreenKind, ScreenResult
from planner.domain.visit_summary import (
    CareContact,
    PhaseWorry,
    SummaryError,
    SummaryProblem,
    VisitSummary,
    default_period,
)
from planner.services import visit_summary as service
from planner.services.settings import CARE_PHONE, CARE_PHONE_AFTER_HOURS, CARE_TEAM_NAME
from planner.services.visit_summary import build_visit_summary, care_contact
from planner.storage.store import Store

ZONE = ZoneInfo("America/New_York")
TODAY = date(2026, 11, 25)
NOW = datetime.combine(TODAY, time(15), ZONE)
SCAN_DAY = date(2026, 11, 1)


def local(on: date, hour: int = 20) -> datetime:
    return datetime.combine(on, time(hour), ZONE)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "planner.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


def check_in(store: Store, on: date, mood: int, worry: int, **kw: object) -> None:
    entry = JournalEntry(Mood(mood), worry, on, local(on), ZONE.key, **kw)
    store.journal.add(entry, NOW)


def answer(store: Store, item_id: int, on: date, status: Status = Status.DONE) -> None:
    store.checkoffs.record(CheckOff(item_id, on, status, recorded_at=local(on), zone=ZONE.key))


def screen(kind: ScreenKind, answers: tuple[int, int], on: date) -> ScreenResult:
    return ScreenResult(kind, answers, on, local(on, 18), ZONE.key)


def fill(store: Store) -> dict[str, int]:
    """A scan with results, a month of check-ins around it, two items, screens, questions."""
    scan = Checkup(SCAN_DAY, CheckupKind.SCAN, ZONE.key, at=time(9), results_on=date(2026, 11, 4))
    store.checkups.add(scan, NOW)
    visit = Checkup(
        date(2026, 12, 3), CheckupKind.ONCOLOGIST, ZONE.key, status=CheckupStatus.PLANNED
    )
    store.checkups.add(visit, NOW)
    check_in(store, date(2026, 10, 1), 1, 10)  # long before: read by nothing
    check_in(store, date(2026, 10, 25), 2, 8)  # before the scan
    check_in(store, SCAN_DAY, 2, 9)  # waiting (after 9:00)
    check_in(store, date(2026, 11, 3), 3, 6, for_care_team=True, note="Waiting is hard")
    check_in(store, date(2026, 11, 10), 4, 3, energy=6, sleep_hours=7.0)
    check_in(store, date(2026, 11, 24), 5, 2, energy=8, sleep_hours=8.0)
    daily = store.items.add(Item("Walk", Schedule.daily()), today=date(2026, 1, 1), now=NOW)
    weekly = store.items.add(
        Item("Weigh in", Schedule.every_n_days(7, date(2026, 1, 5))),
        today=date(2026, 1, 1),
        now=NOW,
    )
    assert daily.id is not None
    assert weekly.id is not None
    answer(store, daily.id, date(2026, 10, 31))  # the day before the period
    answer(store, daily.id, date(2026, 11, 2))
    answer(store, daily.id, date(2026, 11, 3), Status.PARTIAL)
    answer(store, daily.id, date(2026, 11, 4), Status.SKIPPED)
    # Every 7 days: last answered before the period on 30 Oct, so next planned on 6 Nov.
    answer(store, weekly.id, date(2026, 10, 30))
    answer(store, weekly.id, date(2026, 11, 6))
    answer(store, weekly.id, date(2026, 11, 13))
    store.wellbeing.add_screens(
        [
            screen(ScreenKind.PHQ2, (2, 2), date(2026, 11, 3)),
            screen(ScreenKind.GAD2, (0, 1), date(2026, 11, 3)),
            screen(ScreenKind.PHQ2, (3, 3), date(2026, 10, 20)),
        ]
    )
    store.questions.add(Question("Can I travel in spring?"), NOW)
    store.questions.add(
        Question("Asked before", asked_at=NOW - timedelta(days=40), checkup_id=None), NOW
    )
    store.settings.set(CARE_TEAM_NAME.key, "Breast clinic")
    store.settings.set(CARE_PHONE.key, "555 0100")
    store.settings.set(CARE_PHONE_AFTER_HOURS.key, "555 0199")
    return {"daily": daily.id, "weekly": weekly.id}


def made(store: Store) -> tuple[VisitSummary, dict[str, int]]:
    ids = fill(store)
    start, end = default_period(store.checkups.all(), TODAY)
    assert (start, end) == (date(2026, 11, 2), TODAY)
    return build_visit_summary(store, start, end, ZONE.key, TODAY), ids


def test_mood_worry_and_phases_around_the_last_checkup(store: Store):
    s, _ = made(store)
    assert (s.start, s.end, s.made_on, s.zone) == (date(2026, 11, 2), TODAY, TODAY, ZONE.key)
    assert (s.checkins, s.days_with_checkin) == (3, 3)
    assert s.mood_mean == 4.0
    assert s.worry_mean == pytest.approx(11 / 3)
    assert [w.checkins for w in s.weeks] == [1, 1, 0, 1]
    assert s.last_checkup is not None
    assert s.last_checkup.day == SCAN_DAY
    assert s.worry_by_phase == (
        PhaseWorry(Phase.BEFORE, 8.0, 1),
        PhaseWorry(Phase.WAITING, 7.5, 2),
        PhaseWorry(Phase.AFTER, 3.0, 1),
    )
    assert (s.energy_mean, s.energy_count, s.sleep_hours_mean, s.sleep_count) == (7, 2, 7.5, 2)


def test_screens_items_notes_questions_and_contact(store: Store):
    s, ids = made(store)
    assert [(r.kind, r.total, r.positive) for r in s.screens] == [
        (ScreenKind.PHQ2, 4, True),
        (ScreenKind.GAD2, 1, False),
    ]
    by_id = {r.item_id: r for r in s.items}
    walk = by_id[ids["daily"]]
    assert (walk.planned, walk.done, walk.partly, walk.skipped, walk.no_answer) == (23, 1, 1, 1, 20)
    weigh = by_id[ids["weekly"]]
    # 6 and 13 Nov answered; 20 Nov planned and open since.
    assert (weigh.planned, weigh.done, weigh.no_answer) == (3, 2, 1)
    assert [(n.day, n.note) for n in s.care_notes] == [(date(2026, 11, 3), "Waiting is hard")]
    assert [q.text for q in s.questions] == ["Can I travel in spring?"]
    assert s.next_checkup is not None
    assert s.next_checkup.kind is CheckupKind.ONCOLOGIST
    assert s.contact == CareContact("Breast clinic", "555 0100", "555 0199")


def test_an_empty_store_gives_an_empty_summary(store: Store):
    start, end = default_period([], TODAY)
    s = build_visit_summary(store, start, end, "UTC", TODAY)
    assert (s.checkins, s.items, s.screens, s.questions, s.worry_by_phase) == (0, (), (), (), ())
    assert len(s.weeks) == 14
    assert care_contact(store) == CareContact()


def test_a_period_over_a_year_is_refused(store: Store):
    with pytest.raises(SummaryError) as refused:
        build_visit_summary(store, TODAY - timedelta(days=366), TODAY, "UTC", TODAY)
    assert refused.value.problem is SummaryProblem.PERIOD_TOO_LONG


def test_checkins_are_read_page_by_page(store: Store, monkeypatch: pytest.MonkeyPatch):
    whole, _ = made(store)
    monkeypatch.setattr(service, "_PAGE", 2)
    paged = build_visit_summary(store, whole.start, whole.end, ZONE.key, TODAY)
    assert paged == whole


def test_a_past_period_reads_only_its_own_days(store: Store):
    fill(store)
    s = build_visit_summary(store, date(2026, 10, 1), date(2026, 10, 31), ZONE.key, TODAY)
    assert s.checkins == 2  # 1 and 25 October
    assert s.last_checkup is None  # the scan came after the period
    assert [r.day for r in s.screens] == [date(2026, 10, 20)]


def test_made_on_a_worker_thread_with_a_read_only_store(store: Store, db_path: Path):
    fill(store)
    found: list[VisitSummary] = []

    def work() -> None:
        reader = Store.open_readonly(db_path)
        try:
            found.append(build_visit_summary(reader, date(2026, 11, 2), TODAY, ZONE.key, TODAY))
        finally:
            reader.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(10)
    assert found
    assert found[0].checkins == 3
    assert found[0].made_on == TODAY
    assert found[0].weeks[0].start == date(2026, 11, 2)
