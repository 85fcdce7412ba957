"""The Today page through real widgets: answer items, undo, targets, weekly progress."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton

from planner.domain.model import SkipReason, Status
from planner.ui.today.today_page import TodayPage
from tests.helpers.clock import TODAY


def titles(page: TodayPage) -> list[str]:
    return [row.entry.item.title for row in page.rows]


def test_lists_items_due_today_with_date_and_count(qtbot, shown, service, items):
    page = shown(TodayPage(service))
    assert titles(page) == ["Drink water", "Walk", "Call the clinic"]
    assert page.date_label.text() == "Wednesday 25 November 2026"
    assert page.summary.text() == "0 of 3 done"


def test_done_is_saved_shown_and_can_be_undone(qtbot, shown, service, store, items):
    page = shown(TodayPage(service))
    water = items[0]
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.rows[0].done_button, Qt.MouseButton.LeftButton)
    saved = store.checkoffs.for_item(water.id)
    assert [(c.day, c.status) for c in saved] == [(TODAY, Status.DONE)]
    row = page.row_for(water.id)
    assert row.findChild(QLabel, "StatusChip").text() == "Done"
    assert page.summary.text() == "1 of 3 done"

    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(row.undo_button, Qt.MouseButton.LeftButton)
    assert store.checkoffs.for_item(water.id) == []
    qtbot.waitUntil(lambda: page.row_for(water.id).done_button.isVisible())
    assert page.summary.text() == "0 of 3 done"


def test_space_on_the_focused_done_button_marks_it_done(qtbot, shown, service, store, items):
    page = shown(TodayPage(service))
    page.activateWindow()
    page.focus_first()
    qtbot.waitUntil(lambda: page.rows[0].done_button.hasFocus())
    with qtbot.waitSignal(service.bus.changed):
        qtbot.keyClick(page.rows[0].done_button, Qt.Key.Key_Space)
    assert store.checkoffs.get(items[0].id, TODAY).status is Status.DONE
    # Focus stays on the same item (now its Undo button), ready for the next key.
    qtbot.waitUntil(lambda: page.row_for(items[0].id).undo_button.hasFocus())


def test_amount_below_target_is_recorded_as_partial(qtbot, shown, service, store, items):
    page = shown(TodayPage(service))
    walk = page.row_for(items[1].id)
    assert walk.findChild(QLabel, "ItemMeta").text() == "0 of 3 this week · Goal: 20 minutes"
    walk.amount.setValue(12)
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(walk.done_button, Qt.MouseButton.LeftButton)
    saved = store.checkoffs.get(items[1].id, TODAY)
    assert (saved.status, saved.amount) == (Status.PARTIAL, 12)
    chip = page.row_for(items[1].id).findChild(QLabel, "StatusChip")
    assert chip.text() == "Partly: 12 of 20 minutes"
    assert page.summary.text() == "0 of 3 done"


def test_meeting_the_target_counts_toward_the_week(qtbot, shown, service, store, items):
    page = shown(TodayPage(service))
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.row_for(items[1].id).done_button, Qt.MouseButton.LeftButton)
    meta = page.row_for(items[1].id).findChild(QLabel, "ItemMeta")
    assert meta.text().startswith("1 of 3 this week")


def test_skip_asks_an_optional_reason_and_records_it(
    qtbot, shown, service, store, items, when_modal
):
    page = shown(TodayPage(service))

    def answer(dialog):
        dialog.findChild(QRadioButton, "reason_too_tired").click()
        dialog.findChild(QPushButton, "ConfirmSkip").click()

    when_modal(answer)
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.rows[0].skip_button, Qt.MouseButton.LeftButton)
    saved = store.checkoffs.get(items[0].id, TODAY)
    assert (saved.status, saved.skip_reason) == (Status.SKIPPED, SkipReason.TOO_TIRED)
    chip = page.row_for(items[0].id).findChild(QLabel, "StatusChip")
    assert chip.text() == "Skipped (too tired)"


def test_cancelling_skip_changes_nothing(qtbot, shown, service, store, items, when_modal):
    page = shown(TodayPage(service))
    when_modal(lambda dialog: dialog.findChild(QPushButton, "CancelSkip").click())
    qtbot.mouseClick(page.rows[0].skip_button, Qt.MouseButton.LeftButton)
    assert store.checkoffs.get(items[0].id, TODAY) is None


def test_show_all_reveals_items_not_due_today(qtbot, shown, service, items):
    page = shown(TodayPage(service))
    assert "Stretch" not in titles(page)
    toggle = page.findChild(QPushButton, "ShowAllButton")
    assert toggle.text() == "Show all items (1 not due today)"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert titles(page)[-1] == "Stretch"
    qtbot.waitUntil(lambda: page.findChild(QLabel, "NotDueHeading").isVisible())


def test_details_expand_and_collapse(qtbot, shown, service, items):
    page = shown(TodayPage(service))
    row = page.rows[0]
    assert row._more.text() == "Why this matters"
    assert not row.details_shown()
    qtbot.mouseClick(row._more, Qt.MouseButton.LeftButton)
    details = row.findChild(QLabel, "ItemDetails")
    qtbot.waitUntil(details.isVisible)
    assert details.text() == "Keep a glass close by."
    assert row._more.text() == "Show less"
    qtbot.mouseClick(row._more, Qt.MouseButton.LeftButton)
    assert not details.isVisible()
    assert row._more.text() == "Why this matters"


def test_a_failed_save_shows_a_plain_message_and_keeps_the_row(
    qtbot, shown, service, store, items, monkeypatch, problems
):
    from planner.storage.errors import SaveFailed, StoreProblem

    def full(*_args, **_kwargs):
        raise SaveFailed(StoreProblem.DISK_FULL)

    monkeypatch.setattr(store.checkoffs, "record", full)
    page = shown(TodayPage(service))
    qtbot.mouseClick(page.rows[0].done_button, Qt.MouseButton.LeftButton)
    assert problems == ["The disk is full, so this was not saved. Free some space and try again."]
    assert page.rows[0].done_button.isVisible()
    assert page.summary.text() == "0 of 3 done"


def _many_daily(store, count: int) -> None:
    from datetime import date as _date

    from planner.domain.model import Item, Schedule
    from tests.helpers.clock import NOW

    many = [Item(f"Item {n}", Schedule.daily()) for n in range(count)]
    store.items.add_many(many, today=_date(2026, 11, 1), now=NOW)


def test_first_rows_builds_one_screenful_and_build_rest_the_others(qtbot, shown, service, store):
    _many_daily(store, 8)
    page = TodayPage(service, first_rows=5)
    assert titles(page) == [f"Item {n}" for n in range(5)]
    assert page.summary.text() == "0 of 8 done"  # the header counts the whole list
    shown(page)
    page.resize(800, 1600)  # far taller than five cards
    qtbot.waitUntil(lambda: page.scroll.viewport().height() > 1200)
    assert all(row.height() <= row.sizeHint().height() + 1 for row in page.rows)  # not stretched
    page.build_rest()
    assert titles(page) == [f"Item {n}" for n in range(8)]
    page.build_rest()  # a second call changes nothing
    assert len(page.rows) == 8


def test_a_change_before_build_rest_keeps_the_list_whole_afterwards(qtbot, shown, service, store):
    _many_daily(store, 7)
    page = shown(TodayPage(service, first_rows=5))
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.rows[0].done_button, Qt.MouseButton.LeftButton)
    assert len(page.rows) == 5
    assert page.summary.text() == "1 of 7 done"
    page.build_rest()
    assert titles(page) == [f"Item {n}" for n in range(7)]
    assert page.rows[0].entry.answered


def test_show_all_comes_after_the_last_card(qtbot, shown, service, store, items):
    """With items not due today, the "Show all items" row ends the list, also when the
    list was built in two steps, and a rebuilt list has exactly one of it."""
    _many_daily(store, 4)
    page = shown(TodayPage(service, first_rows=2))
    assert page.findChildren(QPushButton, "ShowAllButton") == []
    page.build_rest()
    layout = page.list_layout
    last_card = layout.indexOf(page.rows[-1])
    toggle_row = next(i for i in range(layout.count()) if layout.itemAt(i).layout() is not None)
    assert toggle_row > last_card
    page.refresh()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old widgets go
    assert len(page.findChildren(QPushButton, "ShowAllButton")) == 1
