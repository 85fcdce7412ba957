"""The reminder panel: nothing moves under the pointer after an answer, Done answers once,
long titles wrap, it takes at most a third of the window, and the snooze dialog."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from planner.domain.model import Item, Schedule, Status, Target
from planner.services.settings import CHECKIN_TIME, PRIVATE_REMINDERS, Settings
from planner.ui.reminders.reminder_panel import SETTLE_MS
from tests.helpers.clock import DAY, RunningClock, berlin
from tests.helpers.widgets import clipped

CLICK = Qt.MouseButton.LeftButton


def add(store, *titles: str, at: time = time(8, 30), **kw) -> list[Item]:
    return store.items.add_many(
        [Item(t, Schedule.daily(), reminders=(at,), **kw) for t in titles],
        today=date(2026, 4, 1),
        now=berlin(8, 0),
    )


def leave(panel) -> None:
    """The pointer leaves the panel."""
    panel.pointer_over = lambda: False
    QApplication.sendEvent(panel, QEvent(QEvent.Type.Leave))


def test_a_double_click_on_done_answers_one_reminder_and_nothing_slides_under_it(
    qtbot, store, walk, open_window
):
    (water,) = add(store, "Water")
    window = open_window(RunningClock(berlin(8, 30, 3)))
    panel = window.presenter.panel
    panel.pointer_over = lambda: True  # the pointer stays where it clicked
    first, second = panel.rows
    qtbot.wait(100)  # the panel was on screen a while before the person clicked
    place = second.geometry()
    point = first.done_button.rect().center()
    qtbot.mouseClick(first.done_button, CLICK, pos=point)
    # The second click lands where the first did: on the first row, now answered.
    target = first.childAt(first.done_button.mapTo(first, point)) or first
    qtbot.mouseClick(
        target, CLICK, pos=target.mapFrom(first, first.done_button.mapTo(first, point))
    )
    qtbot.mouseDClick(target, CLICK)
    assert [a.item_id for a in store.checkoffs.between(DAY, DAY)] == [walk.id]  # Walk only
    assert first.outcome.text() == "Done"
    assert first.isVisible()
    assert not first.done_button.isVisible()
    assert second.geometry() == place  # the second row did not move
    assert panel.rows == [second]
    qtbot.wait(SETTLE_MS + 300)
    assert second.geometry() == place  # the pointer is still there: still nothing moves
    leave(panel)
    assert first not in panel.settled
    qtbot.waitUntil(lambda: second.y() < place.y())  # closed up once the pointer left
    assert store.checkoffs.get(water.id, DAY) is None


def test_done_is_guarded_against_a_second_click_and_a_second_key_press(
    qtbot, store, walk, open_window
):
    add(store, "Water")
    window = open_window(RunningClock(berlin(8, 30, 3)))
    panel = window.presenter.panel
    panel.pointer_over = lambda: True
    first, second = panel.rows
    panel.answer(first, "done")
    panel.answer(first, "done")
    panel.answer(first, "skip")
    assert [a.status for a in store.checkoffs.between(DAY, DAY)] == [Status.DONE]
    # With the keyboard: Space on Done, twice. The focus stays on the answered row.
    window.activateWindow()
    second.done_button.setFocus()
    qtbot.keyClick(second.done_button, Qt.Key.Key_Space)
    focused = window.focusWidget()
    assert focused is second.outcome
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert len(store.checkoffs.between(DAY, DAY)) == 2
    assert second.outcome.accessibleName() == "Water: Done"


def test_done_for_an_item_with_a_goal_records_the_goal(qtbot, store, open_window):
    from planner.services.settings import REMINDERS_SINCE

    Settings(store).set(REMINDERS_SINCE, berlin(0, 0))
    (walk,) = add(store, "Walk", target=Target(20, "minutes"))
    window = open_window(RunningClock(berlin(8, 30, 3)))
    (row,) = window.presenter.panel.rows
    qtbot.mouseClick(row.done_button, CLICK)
    answer = store.checkoffs.get(walk.id, DAY)
    assert (answer.status, answer.amount) == (Status.DONE, 20)
    assert row.outcome.text() == "Done: 20 minutes"
    card = window.today_page.row_for(walk.id)
    assert card.entry.answer.amount == 20


def test_a_long_title_wraps_whole_in_the_panel(qtbot, store, walk, open_window):
    title = (
        "Take a slow walk around the block after lunch, with a friend if you can, and notice "
        "five things you see"
    )
    add(store, title)
    window = open_window(RunningClock(berlin(8, 30, 3)))
    window.resize(1000, 720)
    QApplication.processEvents()
    panel = window.presenter.panel
    row = panel.rows[1]
    label = row.title_button.label
    assert label.text() == title  # never cut or elided
    assert label.height() > 1.5 * label.fontMetrics().height()  # on more than one line
    assert clipped(panel) == []
    assert row.title_button.accessibleName() == f"Open {title}"


def test_seven_reminders_take_a_third_of_a_720_px_window_and_check_in_opens_the_journal(
    qtbot, store, walk, open_window
):
    Settings(store).set(CHECKIN_TIME, time(8, 30))
    add(store, "Water", "Stretch", "Fruit", "Rest", "Pill", "Call a friend")
    window = open_window(RunningClock(berlin(8, 30, 3)))
    window.resize(1000, 720)
    QApplication.processEvents()
    panel = window.presenter.panel
    assert len(panel.rows) == 8  # the check-in and seven items
    qtbot.waitUntil(lambda: panel.height() <= 720 // 3 + 8)
    bar = panel.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the others scroll inside the panel
    last = panel.rows[-1]
    panel.scroll.ensureWidgetVisible(last.done_button)
    assert not last.done_button.visibleRegion().isEmpty()  # every one can be reached
    checkin = next(r for r in panel.rows if r.reminder.is_checkin)
    qtbot.mouseClick(checkin.done_button, CLICK)
    journal = window.page("journal")
    assert window.current_page() is journal
    QApplication.processEvents()
    assert journal.height() >= 720 * 0.6  # the journal keeps most of the window
    save = journal.findChild(QPushButton, "CheckInSave")
    assert save is not None
    assert not save.visibleRegion().isEmpty()


def test_rows_answered_on_today_stay_in_place_until_the_pointer_leaves(
    qtbot, store, walk, open_window
):
    (water,) = add(store, "Water")
    window = open_window(RunningClock(berlin(8, 30, 3)))
    panel = window.presenter.panel
    panel.pointer_over = lambda: True
    first, second = panel.rows
    qtbot.wait(100)
    place = second.geometry()
    qtbot.mouseClick(window.today_page.row_for(walk.id).done_button, CLICK)
    assert first.outcome.text() == "Answered"
    assert second.geometry() == place
    leave(panel)
    qtbot.waitUntil(lambda: len(panel.findChildren(type(first))) == 1)


def test_the_snooze_dialog_takes_typing_at_once_and_says_what_is_wrong(
    qtbot, store, walk, open_window
):
    from planner.ui.reminders.snooze import SnoozeTimeDialog

    window = open_window(RunningClock(berlin(15, 0)))
    dialog = SnoozeTimeDialog("Walk", window.presenter.reminders, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.time_field
    assert dialog.focusWidget() is field
    assert field.selectedText() == field.text() == "15:30"
    qtbot.keyClicks(field, "9:00")  # replaces the selected text, H:MM is fine
    assert dialog.result_label.text() == "You'll be reminded at 09:00 tomorrow."
    field.setText("25:00")
    assert dialog.result_label.text() == "“25:00” is not a time of day: the hours go from 0 to 23."
    assert not dialog.snooze_button.isEnabled()
    field.setText("7.15")
    assert "Write it like 9:00 or 19:30" in dialog.result_label.text()
    # Our own icons, not the platform's stock ones.
    cancel = dialog.findChild(QPushButton, "CancelSnooze")
    assert not dialog.snooze_button.icon().isNull()
    assert cancel.icon().isNull()
    dialog.reject()


# Offscreen Qt has no tray; showing the icon there logs this, harmlessly.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_tray_names_only_new_reminders_and_nothing_when_private(
    qtbot, store, walk, open_window, monkeypatch
):
    from datetime import timedelta

    monkeypatch.setattr("planner.ui.reminders.presenter.tray_available", lambda: True)
    add(store, "Water", at=time(8, 31))
    clock = RunningClock(berlin(8, 30, 3))
    window = open_window(clock, tray=True)
    tray = window.presenter.tray
    messages: list[tuple[str, str]] = []
    tray.showMessage = lambda title, text, *args: messages.append((title, text))
    reminders = window.presenter.reminders
    clock.jump(timedelta(minutes=1))
    reminders.replan("due")
    assert window.presenter.panel.titles() == ["Walk", "Water"]
    assert messages[-1] == ("Reminder", "Water")  # not Walk again: it is in the panel
    count = len(messages)
    reminders.replan("sweep")
    assert len(messages) == count  # nothing new, no message

    Settings(store).set(PRIVATE_REMINDERS, True)
    (tea,) = add(store, "Take the pill", at=time(8, 32))
    clock.jump(timedelta(minutes=1))
    reminders.replan("due")
    assert messages[-1] == ("Between Checkups", "A reminder from Between Checkups")
    tray.fill_menu()
    names = " ".join(a.text() for a in tray.menu.actions())
    assert "Walk" not in names
    assert "Take the pill" not in names
    assert "Take the pill" in window.presenter.panel.titles()  # the window still says


def test_private_desktop_notifications_say_only_that_there_is_one(qtbot, store, walk, open_window):
    shown: list[tuple[str, str, list[tuple[str, str]]]] = []

    class Notifier:
        def show(self, summary, body, actions):
            shown.append((summary, body, list(actions)))
            return True

    Settings(store).set(PRIVATE_REMINDERS, True)
    window = open_window(RunningClock(berlin(8, 29, 59)))
    presenter = window.presenter
    presenter.notifier = Notifier()
    qtbot.waitUntil(lambda: bool(presenter.panel.rows), timeout=4000)
    assert presenter.notify()
    summary, body, actions = shown[-1]
    assert (summary, body) == ("A reminder from Between Checkups", "")
    assert "Walk" not in " ".join(text for _, text in actions)
    assert presenter.panel.titles() == ["Walk"]


def test_the_panel_names_its_parts_and_wraps_at_150_percent(
    qtbot, store, walk, open_window, large_text
):
    from tests.helpers.widgets import unnamed

    add(store, "Write down three questions for the next checkup with the oncologist")
    window = open_window(RunningClock(berlin(8, 30, 3)))
    window.resize(1000, 720)
    QApplication.processEvents()
    panel = window.presenter.panel
    assert clipped(panel) == []
    assert unnamed(panel) == []
    assert panel.mapTo(window, QPoint(0, 0)).y() == 0
