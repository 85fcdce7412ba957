"""Change records: what a write touched, announced once after its commit, with who asked."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from planner.domain.journal import CheckupKind, JournalEntry, Mood
from planner.domain.model import Item, Schedule
from planner.services.changes import Area, Changes
from planner.services.checklist import ChecklistService
from planner.services.journal import JournalService
from planner.services.settings import CARE_PHONE, QUIET_HOURS
from planner.storage.errors import SaveFailed, StoreProblem
from planner.storage.store import Store

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Berlin")


def test_everything_touches_every_area_and_setting():
    every = Changes.all()
    assert every.touches(Area.ITEMS)
    assert every.touches(Area.JOURNAL, Area.CHECKUPS)
    assert every.touches_setting(CARE_PHONE)


def test_a_record_touches_only_its_own_areas():
    answers = Changes.of(Area.ANSWERS)
    assert answers.touches(Area.ANSWERS, Area.ITEMS)
    assert not answers.touches(Area.ITEMS, Area.JOURNAL)
    assert not answers.touches_setting(QUIET_HOURS)


@pytest.fixture
def services(tmp_path, qapp):
    store = Store.open(tmp_path / "planner.db")
    checklist = ChecklistService(store, ZONE, clock=lambda: NOW)
    journal = JournalService(store, checklist)
    seen: list[Changes] = []
    checklist.bus.changed.connect(seen.append)
    yield store, checklist, journal, seen
    store.close()


def test_each_write_publishes_one_record_of_what_it_changed(services):
    store, checklist, journal, seen = services
    me = object()
    item = checklist.save_item(Item("Walk", Schedule.daily()), origin=me)
    checklist.mark_done(item, date(2026, 11, 25), origin=me)
    checklist.undo(item, date(2026, 11, 25))
    journal.save_entry(JournalEntry(Mood(4), 2, date(2026, 11, 25), NOW, ZONE.key))
    journal.save_checkup(journal.new_checkup(day=date(2026, 12, 3), kind=CheckupKind.SCAN))
    journal.set_care_phone("555 0100")
    assert [(sorted(c.areas), c.origin) for c in seen] == [
        ([Area.ITEMS], me),
        ([Area.ANSWERS], me),
        ([Area.ANSWERS], None),
        ([Area.JOURNAL], None),
        ([Area.CHECKUPS], None),
        ([Area.SETTINGS], None),
    ]
    assert seen[-1].settings == {CARE_PHONE.key}


def test_a_write_that_fails_announces_nothing(services, monkeypatch):
    store, checklist, _journal, seen = services
    item = checklist.save_item(Item("Walk", Schedule.daily()))
    seen.clear()

    def full(*_args, **_kwargs):
        raise SaveFailed(StoreProblem.DISK_FULL)

    monkeypatch.setattr(store.checkoffs, "record", full)
    with pytest.raises(SaveFailed):
        checklist.mark_done(item, date(2026, 11, 25))
    assert seen == []


def test_a_new_day_is_announced_once_as_everything(tmp_path, qapp):
    store = Store.open(tmp_path / "planner.db")
    clock = [NOW]
    checklist = ChecklistService(store, ZONE, clock=lambda: clock[0])
    seen: list[Changes] = []
    checklist.bus.changed.connect(seen.append)
    try:
        assert not checklist.notice_new_day()
        clock[0] = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # 00:30 in Berlin
        assert checklist.notice_new_day()
        assert not checklist.notice_new_day()
        assert seen == [Changes.all()]
    finally:
        store.close()
