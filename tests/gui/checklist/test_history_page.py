"""The History page: streaks, rate, strength and the month calendar."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from planner.domain.model import CheckOff, Status
from planner.ui.checklist.history_page import HistoryPage
from tests.helpers.clock import TODAY


def test_shows_streaks_rate_strength_and_marks(qtbot, shown, service, store, items):
    water = items[0]
    for n in range(1, 11):  # the ten days before today, all done
        store.checkoffs.record(CheckOff(water.id, TODAY - timedelta(days=n), Status.DONE))
    store.checkoffs.record(CheckOff(water.id, TODAY - timedelta(days=11), Status.SKIPPED))
    page = shown(HistoryPage(service), 900, 800)
    page.choose(water.id)
    assert page.current.value.text() == "10 days"
    assert page.best.value.text() == "10 days"
    # Created 1 Nov: days 1..13 missed, 14 skipped (excused), 15..24 done.
    assert page.rate.value.text() == f"{round(10 / 23 * 100)}%"
    assert page.calendar.title.text() == "November 2026"
    assert page.calendar.mark_of(TODAY - timedelta(days=1)) == "done"
    assert page.calendar.mark_of(TODAY - timedelta(days=11)) == "skipped"
    assert page.calendar.mark_of(date(2026, 11, 3)) == "missed"
    assert page.calendar.mark_of(TODAY) == "pending"
    assert not page.calendar.next_button.isEnabled()


def test_weekday_item_is_not_missed_on_its_days_off(qtbot, shown, service, items):
    page = shown(HistoryPage(service), 900, 800)
    page.choose(items[2].id)  # Stretch: Mondays and Fridays
    assert page.calendar.mark_of(date(2026, 11, 24)) == "not_due"  # a Tuesday
    assert page.calendar.mark_of(date(2026, 11, 23)) == "missed"  # a Monday


def test_moving_between_months(qtbot, shown, service, items):
    page = shown(HistoryPage(service), 900, 800)
    qtbot.mouseClick(page.calendar.prev_button, Qt.MouseButton.LeftButton)
    assert page.calendar.title.text() == "October 2026"
    assert page.calendar.mark_of(date(2026, 10, 15)) == "before_start"
    qtbot.mouseClick(page.calendar.next_button, Qt.MouseButton.LeftButton)
    assert page.calendar.title.text() == "November 2026"


def test_updates_after_an_answer_elsewhere(qtbot, shown, service, items):
    page = shown(HistoryPage(service), 900, 800)
    page.choose(items[0].id)
    assert page.current.value.text() == "0 days"
    service.mark_done(items[0], TODAY - timedelta(days=1))
    service.mark_done(items[0], TODAY)
    assert page.current.value.text() == "2 days"
    assert page.calendar.mark_of(TODAY) == "done"


def test_shows_when_a_reminder_came_and_when_it_was_answered(qtbot, shown, service, store, items):
    from datetime import UTC, datetime, time

    from planner.domain.reminder_sources import ReminderSource
    from planner.domain.reminders import DueReminder

    water = items[0]
    day = TODAY - timedelta(days=1)  # Tuesday 24 November, New York (UTC-5)
    due = datetime(2026, 11, 24, 13, 30, tzinfo=UTC)  # 08:30 local
    reminded = DueReminder(due, day, time(8, 30), ReminderSource.item(water.id))
    store.reminder_log.mark_shown([reminded], due)
    store.checkoffs.record(
        CheckOff(water.id, day, Status.DONE, recorded_at=datetime(2026, 11, 24, 14, 10, tzinfo=UTC))
    )
    page = shown(HistoryPage(service), 900, 900)
    page.choose(water.id)
    assert page.reminder_lines.text() == "Tue 24 Nov: Reminded at 08:30, done at 09:10"
    page.choose(items[2].id)  # no reminder times, none logged: the section is not shown
    assert page.reminders_panel.isHidden()
