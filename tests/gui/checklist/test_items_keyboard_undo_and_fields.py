"""Items with the keyboard (Alt+Up/Down keep the list's focus), archiving with an undo
that puts the item back in its place, the editor's fields, and History's words."""

from __future__ import annotations

import time as clock_time
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from planner.domain.model import CheckOff, Item, Schedule, SkipReason, Status
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import ReminderSource
from planner.domain.reminders import DueReminder
from planner.ui.checklist.history_page import HistoryPage
from planner.ui.checklist.item_editor import DETAILS_MAX, TITLE_MAX, ItemEditor
from planner.ui.checklist.items_page import UNDO_MS, ItemsPage
from planner.ui.kit.text_fields import LineField, TextArea
from planner.ui.main_window import MainWindow
from tests.helpers.clock import TODAY

ALT = Qt.KeyboardModifier.AltModifier


def listed(page: ItemsPage) -> list[str]:
    return [page.model.item_at(r).title for r in range(page.model.rowCount())]


def items_in_window(qtbot, service) -> tuple[MainWindow, ItemsPage]:
    """The Items page in the real window (Today is there too, hidden, as in the app)."""
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    # Keyboard shortcuts (Delete, Ctrl+Z) need the window to be the active one.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("items")
    return window, window.page("items")


def test_alt_up_twice_keeps_the_item_chosen_and_the_keyboard_on_the_list(
    qtbot, service, store, items
):
    window, page = items_in_window(qtbot, service)
    page.select(items[2].id)  # Stretch, third
    page.view.setFocus()
    for expected in (
        ["Drink water", "Stretch", "Walk", "Call the clinic"],
        ["Stretch", "Drink water", "Walk", "Call the clinic"],
        ["Stretch", "Drink water", "Walk", "Call the clinic"],  # at the top: stays there
    ):
        qtbot.keyClick(page.view, Qt.Key.Key_Up, ALT)
        qtbot.wait(20)  # a hidden page's refresh would take the focus a moment later
        assert listed(page) == expected
        assert page.selected().title == "Stretch"
        assert window.focusWidget() is page.view  # never Archive, where Space would archive
    qtbot.keyClick(page.view, Qt.Key.Key_Down, ALT)
    qtbot.wait(20)
    assert [i.title for i in store.items.active()][:2] == ["Drink water", "Stretch"]
    assert window.focusWidget() is page.view


def test_delete_archives_with_an_undo_that_puts_the_item_back_in_its_place(
    qtbot, service, store, items
):
    window, page = items_in_window(qtbot, service)
    page.select(items[1].id)  # Walk, second
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Walk" not in listed(page)
    assert page.undo_bar.isVisible()
    assert page.undo_text.text() == "Archived “Walk”."
    assert page.undo_button.text() == "Undo"
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert listed(page) == ["Drink water", "Walk", "Stretch", "Call the clinic"]
    assert page.selected().title == "Walk"
    assert not page.undo_bar.isVisible()
    assert store.items.archived() == []


def test_the_undo_bar_goes_after_a_while_and_ctrl_z_undoes_too(qtbot, service, store, items):
    window, page = items_in_window(qtbot, service)
    assert UNDO_MS >= 8000  # a few seconds: time to read it and reach the button
    page.select(items[0].id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert listed(page)[0] == "Drink water"
    page.select(items[0].id)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    page._undo_timer.setInterval(50)
    page._undo_timer.start()
    qtbot.waitUntil(lambda: not page.undo_bar.isVisible())
    page.undo_archive()  # too late: nothing happens
    assert "Drink water" not in listed(page)


def test_the_editor_uses_clean_one_line_fields_and_a_note_for_the_details(qtbot, items):
    editor = ItemEditor(items[0], TODAY)
    qtbot.addWidget(editor)
    editor.show()
    for field in (editor.title, editor.why, editor.unit, editor.reminder_times):
        assert isinstance(field, LineField)
    assert isinstance(editor.details, TextArea)
    QApplication.clipboard().setText("Walk\r\n=HYPERLINK(x)" + "x" * 1_000_000)
    started = clock_time.monotonic()
    editor.title.selectAll()
    editor.title.paste()
    editor.details.selectAll()
    editor.details.paste()
    assert clock_time.monotonic() - started < 1.0  # a megabyte pasted never stalls
    assert "\r" not in editor.title.text()
    assert "\n" not in editor.title.text()
    assert len(editor.title.text()) <= TITLE_MAX
    assert len(editor.details.toPlainText()) == DETAILS_MAX
    assert editor.trim_note.isVisible()


def test_the_editor_accepts_9_00_and_clears_its_error_once_something_changes(qtbot, items):
    editor = ItemEditor(items[0], TODAY)
    qtbot.addWidget(editor)
    editor.show()
    editor.reminder_times.setText("9:00, 25:00")
    editor.findChild(QPushButton, "SaveItem").click()
    assert editor.error.isVisible()
    qtbot.keyClick(editor.reminder_times, Qt.Key.Key_Backspace)
    assert not editor.error.isVisible()  # no longer true once the person changes it
    editor.reminder_times.setText("9:00")
    editor.findChild(QPushButton, "SaveItem").click()
    assert editor.result_item().reminders == (time(9, 0),)


def test_dates_read_like_the_rest_and_the_goal_unit_hint_reads_as_a_hint(qtbot, items):
    editor = ItemEditor(items[3], TODAY)  # Call the clinic, once by 25 Nov
    qtbot.addWidget(editor)
    editor.due.setDate(QDate(2026, 12, 8))
    assert editor.due.text() == "Tue 8 Dec 2026"
    assert editor.anchor.displayFormat() == editor.due.displayFormat()
    assert editor.unit.placeholderText() == "like minutes"  # not a unit already typed in


def test_history_says_when_a_reminder_was_first_shown_late(qtbot, shown, service, store, items):
    water = items[0]
    day = TODAY - timedelta(days=1)
    due = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # 19:00 in New York, the day before
    reminder = DueReminder(due, day, time(19, 0), ReminderSource.item(water.id))
    store.reminder_log.mark_shown([reminder], due + timedelta(hours=1))  # in the summary
    store.reminder_log.set_outcome([reminder], Outcome.DONE, due + timedelta(hours=1))
    page = shown(HistoryPage(service), 900, 900)
    page.choose(water.id)
    line = page.reminder_lines.text()
    assert line == "Tue 24 Nov: The 19:00 reminder was shown later, at 20:00"
    assert "Reminded at 20:00" not in line


def test_history_lists_the_persons_own_reasons_for_skipping(qtbot, shown, service, store, items):
    water = items[0]
    day = TODAY - timedelta(days=2)
    store.checkoffs.record(
        CheckOff(
            water.id,
            day,
            Status.SKIPPED,
            skip_reason=SkipReason.OTHER,
            skip_note="<b>My daughter came</b>",
        )
    )
    page = shown(HistoryPage(service), 900, 900)
    page.choose(water.id)
    assert page.notes_panel.isVisible()
    assert page.skip_notes.text() == "Mon 23 Nov: <b>My daughter came</b>"  # shown as typed
    assert page.skip_notes.textFormat() == Qt.TextFormat.PlainText
    cell_tip = page.calendar.cells[0].parent().findChildren(QLabel, "DayCell")
    tips = [c.toolTip() for c in cell_tip]
    assert "Skipped: <b>My daughter came</b>" in tips
    page.choose(items[2].id)
    assert page.notes_panel.isHidden()
    _ = Item, Schedule  # (the fixture's items are made of these)
