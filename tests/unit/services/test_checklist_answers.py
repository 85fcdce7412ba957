"""What the checklist service records: a goal's amount when Done comes without one (the
reminder panel, a notification), and a skip's own words, kept clean."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest

from planner.domain.model import Item, Schedule, SkipReason, Status, Target
from planner.services.checklist import SKIP_NOTE_MAX, ChecklistService
from planner.services.reminder_plan import Reminder
from planner.services.reminders import ReminderService
from planner.storage.store import Store
from tests.helpers.clock import BERLIN, DAY, berlin

NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data" / "planner.db")
    yield opened
    opened.close()


@pytest.fixture
def walk(store: Store) -> Item:
    (item,) = store.items.add_many(
        [Item("Walk", Schedule.daily(), target=Target(20, "minutes"), reminders=(time(8, 30),))],
        today=date(2026, 4, 1),
        now=NOW,
    )
    return item


def test_done_without_an_amount_records_the_goal_amount_as_done(store, walk):
    service = ChecklistService(store, BERLIN, clock=lambda: NOW)
    saved = service.mark_done(walk, DAY)
    assert (saved.status, saved.amount) == (Status.DONE, 20)
    partly = service.mark_done(walk, DAY, 12)
    assert (partly.status, partly.amount) == (Status.PARTIAL, 12)


def test_done_in_the_reminder_panel_records_the_goal_amount(qtbot, store, walk):
    checklist = ChecklistService(store, BERLIN, clock=lambda: berlin(8, 31))
    reminders = ReminderService(store, checklist, clock=lambda: berlin(8, 31))
    due = next(r for r in _due(store, walk) if r.item is not None and r.item.id == walk.id)
    reminders.done([due])
    answer = store.checkoffs.get(walk.id, DAY)
    assert answer is not None
    assert (answer.status, answer.amount) == (Status.DONE, 20)


def _due(store: Store, walk: Item) -> list[Reminder]:
    from planner.services.reminder_plan import upcoming_reminders

    return upcoming_reminders(store, berlin(8, 0), berlin(9, 0), BERLIN)


def test_a_skip_keeps_its_own_words_only_with_other_reason_on_one_clean_line(store, walk):
    service = ChecklistService(store, BERLIN, clock=lambda: NOW)
    saved = service.skip(walk, DAY, SkipReason.OTHER, "  My daughter\r\ncame\tto visit  ")
    assert saved.skip_note == "My daughter came to visit"
    assert store.checkoffs.get(walk.id, DAY).skip_note == "My daughter came to visit"
    long = service.skip(walk, DAY, SkipReason.OTHER, "x" * 1_000_000)
    assert long.skip_note == "x" * SKIP_NOTE_MAX
    tired = service.skip(walk, DAY, SkipReason.TOO_TIRED, "left over from before")
    assert tired.skip_note is None  # the words belong to "Other reason" only
    assert service.skip(walk, DAY, SkipReason.OTHER, "   ").skip_note is None
