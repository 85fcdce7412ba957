"""The Items page and the item editor through real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton

from planner.domain.model import Item, Schedule, ScheduleKind, Target
from planner.ui.checklist.item_editor import ItemEditor
from planner.ui.checklist.item_model import ItemListModel
from planner.ui.checklist.items_page import ItemsPage
from tests.helpers.clock import TODAY


def listed(page: ItemsPage) -> list[str]:
    return [page.model.item_at(r).title for r in range(page.model.rowCount())]


def test_item_model_passes_qt_model_checks(qtmodeltester, items):
    model = ItemListModel(items)
    qtmodeltester.check(model)
    assert model.data(model.index(1)) == "Walk"


def test_add_an_item_with_chosen_weekdays_and_a_target(
    qtbot, shown, service, store, items, when_modal
):
    page = shown(ItemsPage(service))

    def fill(editor):
        qtbot.keyClicks(editor.findChild(QLineEdit, "TitleInput"), "Breathing exercise")
        editor.findChild(QLineEdit, "WhyInput").setText("Slow breaths calm the body.")
        kind = editor.findChild(QComboBox, "ScheduleInput")
        kind.setCurrentIndex(kind.findData(ScheduleKind.WEEKDAYS))
        for name in ("Day0", "Day2", "Day4"):
            editor.findChild(QCheckBox, name).setChecked(True)
        editor.findChild(QCheckBox, "HasTarget").setChecked(True)
        editor.amount.setValue(5)
        editor.findChild(QLineEdit, "TargetUnit").setText("minutes")
        editor.findChild(QPushButton, "SaveItem").click()

    when_modal(fill)
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    saved = store.items.active()[-1]
    assert saved.title == "Breathing exercise"
    assert saved.schedule == Schedule.on_weekdays(0, 2, 4)
    assert saved.target == Target(5, "minutes")
    assert listed(page)[-1] == "Breathing exercise"
    assert page.selected().id == saved.id


def test_editor_refuses_an_empty_title_and_no_weekdays(qtbot):
    editor = ItemEditor(None, TODAY)
    qtbot.addWidget(editor)
    editor.show()
    editor.findChild(QPushButton, "SaveItem").click()
    error = editor.findChild(QLabel, "EditorError")
    assert error.text() == "Please give the item a title."
    assert editor.isVisible()
    editor.title.setText("Stretch")
    editor.kind.setCurrentIndex(editor.kind.findData(ScheduleKind.WEEKDAYS))
    editor.findChild(QPushButton, "SaveItem").click()
    assert error.text() == "Choose at least one day of the week."
    assert editor.result_item() is None
    editor.close()


def test_edit_changes_schedule_and_keeps_history(qtbot, shown, service, store, items, when_modal):
    from planner.domain.model import CheckOff, Status

    store.checkoffs.record(CheckOff(items[0].id, date(2026, 11, 20), Status.DONE))
    page = shown(ItemsPage(service))
    page.select(items[0].id)

    def change(editor):
        editor.kind.setCurrentIndex(editor.kind.findData(ScheduleKind.TIMES_PER_WEEK))
        editor.times.setValue(4)
        editor.findChild(QPushButton, "SaveItem").click()

    when_modal(change)
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert store.items.get(items[0].id).schedule == Schedule.per_week(4)
    assert len(store.checkoffs.for_item(items[0].id)) == 1


def test_cancel_in_editor_changes_nothing(qtbot, shown, service, store, items, when_modal):
    page = shown(ItemsPage(service))
    page.select(items[0].id)

    def cancel(editor):
        editor.title.setText("Something else")
        editor.findChild(QPushButton, "CancelItem").click()

    when_modal(cancel)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert store.items.get(items[0].id).title == "Drink water"


def test_reorder_with_buttons_and_keys(qtbot, shown, service, store, items):
    page = shown(ItemsPage(service))
    page.select(items[0].id)
    assert not page.up_button.isEnabled()
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in store.items.active()][:2] == ["Walk", "Drink water"]
    assert page.selected().id == items[0].id
    page.activateWindow()
    qtbot.waitActive(page)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.title for i in store.items.active()][:2] == ["Drink water", "Walk"]


def test_archive_keeps_history_and_restore_puts_it_back(qtbot, shown, service, store, items):
    page = shown(ItemsPage(service))
    page.select(items[1].id)
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert "Walk" not in listed(page)
    assert [i.title for i in store.items.archived()] == ["Walk"]

    page.show_archived.setChecked(True)
    assert listed(page) == ["Walk"]
    qtbot.waitUntil(lambda: page.restore_button.isVisible())
    assert not page.add_button.isVisible()
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert store.items.archived() == []
    # Back where it was (second), not at the end of the list.
    assert [i.title for i in store.items.active()] == [
        "Drink water",
        "Walk",
        "Stretch",
        "Call the clinic",
    ]


def test_editor_loads_every_field_of_an_item(qtbot):
    item = Item(
        "Walk",
        Schedule.every_n_days(3, date(2026, 11, 2)),
        why="Why",
        details="Details",
        target=Target(2.5, "km"),
        id=7,
    )
    editor = ItemEditor(item, TODAY)
    qtbot.addWidget(editor)
    editor.findChild(QPushButton, "SaveItem").click()
    assert editor.result_item() == item


def test_archiving_keeps_the_selection_in_place(qtbot, shown, service, store, items):
    page = shown(ItemsPage(service))
    page.select(items[2].id)  # Stretch, third in the list
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert page.selected().title == "Call the clinic"  # the next one, not the first


def test_editing_an_item_keeps_its_reminder_times(qtbot, service, store, items):
    from dataclasses import replace
    from datetime import time

    store.items.update(replace(items[0], reminders=(time(8, 30),)))
    editor = ItemEditor(store.items.get(items[0].id), TODAY)
    qtbot.addWidget(editor)
    editor.title.setText("Drink a glass of water")
    editor.findChild(QPushButton, "SaveItem").click()
    assert editor.result_item().reminders == (time(8, 30),)


def test_reminder_times_are_edited_in_the_editor_with_plain_errors(qtbot, service, store, items):
    from datetime import time

    editor = ItemEditor(store.items.get(items[0].id), TODAY)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.reminder_times.text() == ""
    qtbot.keyClicks(editor.reminder_times, "19:00, 25:00")
    editor.findChild(QPushButton, "SaveItem").click()
    error = editor.findChild(QLabel, "EditorError")
    assert error.text() == "Remind me at: “25:00” is not a time of day: the hours go from 0 to 23."
    assert editor.result_item() is None
    editor.reminder_times.setText("19:00 8.30")
    editor.findChild(QPushButton, "SaveItem").click()
    assert error.text() == (
        "Remind me at: “8.30” is not a time of day. Write it like 9:00 or 19:30."
    )
    editor.reminder_times.setText("19:00, 8:30")  # H:MM is fine
    editor.findChild(QPushButton, "SaveItem").click()
    saved = service.save_item(editor.result_item())
    assert store.items.get(saved.id).reminders == (time(8, 30), time(19, 0))
    reopened = ItemEditor(store.items.get(saved.id), TODAY)
    qtbot.addWidget(reopened)
    assert reopened.reminder_times.text() == "08:30, 19:00"
