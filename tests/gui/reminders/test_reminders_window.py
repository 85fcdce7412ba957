"""Reminders in the real window: the panel, its answers, Settings, the tray and closing."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

from planner.domain.model import Item, Schedule, Status
from planner.domain.reminder_rules import Outcome, QuietHours
from planner.services.settings import TOLD_ABOUT_TRAY, read_setting
from tests.helpers.clock import DAY, RunningClock, berlin


def test_a_due_reminder_shows_the_panel_and_done_answers_it(qtbot, store, walk, open_window):
    window = open_window(RunningClock(berlin(8, 29, 59)))
    panel = window.presenter.panel
    assert panel.isHidden()
    qtbot.waitUntil(panel.isVisible, timeout=4000)
    assert panel.heading.text() == "Reminder"
    assert panel.titles() == ["Walk"]
    (row,) = panel.rows
    qtbot.mouseClick(row.done_button, Qt.MouseButton.LeftButton)
    # The row says what was done, in its place, and the rows close up a moment later.
    assert row.outcome.text() == "Done"
    assert panel.rows == []
    (answer,) = store.checkoffs.between(DAY, DAY)
    assert answer.status is Status.DONE
    assert store.reminder_log.for_item(walk.id)[0].outcome is Outcome.DONE
    # Today shows it done at once.
    assert window.today_page.row_for(walk.id).entry.answered
    qtbot.waitUntil(panel.isHidden, timeout=3000)


def test_skip_from_the_panel_and_an_answer_on_today_clears_it(qtbot, store, walk, open_window):
    (water,) = store.items.add_many(
        [Item("Water", Schedule.daily(), reminders=(time(8, 30),))],
        today=date(2026, 4, 1),
        now=berlin(8, 0),
    )
    window = open_window(RunningClock(berlin(8, 30, 3)))
    panel = window.presenter.panel
    assert panel.titles() == ["Walk", "Water"]
    assert panel.heading.text() == "2 reminders"
    walk_row, water_row = panel.rows
    qtbot.mouseClick(walk_row.skip_button, Qt.MouseButton.LeftButton)
    assert store.checkoffs.between(DAY, DAY)[0].status is Status.SKIPPED
    assert walk_row.outcome.text() == "Skipped"
    # Answered on the Today page instead: the panel lets go of it.
    qtbot.mouseClick(window.today_page.row_for(water.id).done_button, Qt.MouseButton.LeftButton)
    assert water_row.outcome.text() == "Answered"
    assert panel.rows == []
    qtbot.waitUntil(panel.isHidden, timeout=3000)


def test_snooze_from_the_menu_and_at_a_chosen_time(qtbot, store, walk, open_window, when_modal):
    clock = RunningClock(berlin(15, 0))
    store.items.update(Item("Walk", Schedule.daily(), id=walk.id, reminders=(time(15, 0),)))
    window = open_window(clock)
    panel = window.presenter.panel
    (row,) = panel.rows
    panel.fill_snooze_menu(row)
    labels = [a.text() for a in row.snooze_menu.actions() if a.text()]
    assert labels == ["10 minutes", "1 hour", "This evening (19:00)", "At a time I choose…"]
    row.snooze_menu.actions()[0].trigger()
    assert row.outcome.text().startswith("Snoozed until 15:10 today")
    qtbot.waitUntil(panel.isHidden, timeout=3000)
    (entry,) = store.reminder_log.for_item(walk.id)
    assert entry.outcome is Outcome.SNOOZED
    assert entry.snoozed_until - berlin(15, 10) < timedelta(seconds=2)
    assert window.presenter.reminders.next_reminder() == entry.snoozed_until

    # Shown again after the snooze, then snoozed to a chosen clock time.
    clock.jump(timedelta(minutes=10, seconds=1))
    window.presenter.reminders.replan("due")
    (row,) = panel.rows

    def choose(dialog):
        # The time field has the keyboard, its text chosen: typing replaces it at once.
        field = dialog.time_field
        seen.append((dialog.focusWidget() is field, field.selectedText() == field.text()))
        qtbot.keyClicks(field, "7:15")
        assert dialog.result_label.text() == "You'll be reminded at 07:15 tomorrow."
        qtbot.keyClick(dialog.time_field, Qt.Key.Key_Return)

    seen: list[tuple[bool, bool]] = []
    when_modal(choose)
    panel.fill_snooze_menu(row)
    row.snooze_menu.actions()[-1].trigger()
    assert seen == [(True, True)]
    (entry,) = store.reminder_log.for_item(walk.id)
    assert entry.snoozed_until == berlin(7, 15, day=DAY + timedelta(days=1))


def test_clicking_a_reminder_opens_its_item_on_today(qtbot, store, walk, open_window):
    window = open_window(RunningClock(berlin(8, 30, 3)))
    window.show_page(1)
    (row,) = window.presenter.panel.rows
    qtbot.mouseClick(row.title_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.today_page
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is window.today_page.row_for(walk.id).done_button
    )


def test_without_a_tray_a_reminder_brings_the_window_forward(qtbot, store, walk, open_window):
    window = open_window(RunningClock(berlin(8, 29, 59)))
    window.showMinimized()
    qtbot.waitUntil(lambda: window.presenter.panel.isVisible(), timeout=4000)
    assert not window.isMinimized()


def test_one_missed_summary_after_a_long_sleep_and_marks_for_older_ones(
    qtbot, store, walk, open_window
):
    (tea,) = store.items.add_many(
        [Item("Tea", Schedule.daily(), reminders=(time(7, 0),))],
        today=date(2026, 4, 1),
        now=berlin(6, 0),
    )
    clock = RunningClock(berlin(6, 30))
    window = open_window(clock)
    clock.jump(timedelta(hours=13))  # asleep from 06:30 to 19:30
    window.presenter.reminders.heartbeat()
    panel = window.presenter.panel
    assert panel.titles() == ["Walk"]  # 11 hours late: in the summary
    assert panel.heading.text() == (
        "While the app was closed or the computer was asleep, this reminder came due"
    )
    tea_row = window.today_page.row_for(tea.id)
    missed = tea_row.findChild(type(panel.heading), "MissedReminder")
    assert missed.text() == "The reminder at 07:00 came while the app was closed"


def test_settings_save_quiet_hours_and_a_pause(qtbot, store, walk, open_window):
    window = open_window(RunningClock(berlin(8, 0)))
    window.show_page("settings")
    page = window.page("settings")
    assert page.quiet_check.isChecked()  # on by default, 22:00 to 07:00
    assert (page.quiet_start.time().toString("HH:mm"), page.quiet_end.time().toString("HH:mm")) == (
        "22:00",
        "07:00",
    )
    page.quiet_end.setTime(page.quiet_end.time().fromString("08:45", "HH:mm"))
    assert window.presenter.reminders.quiet_hours() == QuietHours(time(22, 0), time(8, 45))
    assert window.presenter.reminders.next_reminder() == berlin(8, 45)  # 08:30 waits for the end
    page.quiet_check.setChecked(False)
    assert window.presenter.reminders.quiet_hours() is None
    assert window.presenter.reminders.next_reminder() == berlin(8, 30)

    assert page.pause_status.text() == "Reminders are on."
    page.resume_date.setDate(page.resume_date.date().fromString("2026-05-07", "yyyy-MM-dd"))
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert page.pause_status.text() == "Reminders are paused. They come back on Thursday 7 May."
    assert window.presenter.reminders.next_reminder() is None  # nothing in the next two days
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    assert page.pause_status.text() == "Reminders are on."
    assert window.presenter.reminders.next_reminder() == berlin(8, 30)


def test_start_when_i_log_in_writes_and_removes_the_autostart_entry(
    qtbot, store, walk, open_window, tmp_path
):
    window = open_window(RunningClock(berlin(8, 0)))
    window.show_page("settings")
    check = window.page("settings").findChild(QCheckBox, "AutostartCheck")
    entry = Path.home() / "config" / "autostart" / "between-checkups.desktop"
    assert not check.isChecked()
    check.setChecked(True)
    text = entry.read_text()
    assert "Exec=" in text
    assert "main.py --minimized" in text
    check.setChecked(False)
    assert not entry.exists()


# Offscreen Qt has no tray; showing the icon there logs this, harmlessly.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_with_a_tray_closing_hides_and_says_so_once(qtbot, store, walk, open_window, monkeypatch):
    monkeypatch.setattr("planner.ui.reminders.presenter.tray_available", lambda: True)
    window = open_window(RunningClock(berlin(8, 0)), tray=True)
    messages: list[str] = []
    window.presenter.tray.showMessage = lambda title, *args: messages.append(title)
    window.close()
    assert window.isHidden()
    assert messages == ["Between Checkups is still running"]
    assert read_setting(store, TOLD_ABOUT_TRAY) is True
    window.bring_forward()
    window.close()
    assert messages == ["Between Checkups is still running"]  # told once only
    titles = [a.text() for a in window.presenter.tray.menu.actions()]
    assert titles[:2] == ["Open Between Checkups", "How are you? Check in…"]
    assert "○  Walk" in titles
    assert titles[-2:] == ["Pause reminders…", "Quit"]

    window.presenter.tray.menu.actions()[1].trigger()  # the evening check-in, from the tray
    qtbot.waitUntil(window.isVisible)
    assert window.current_page() is window.page("journal")
    qtbot.waitUntil(lambda: window.page("journal").isAncestorOf(QApplication.focusWidget()))


# Offscreen Qt has no tray; showing the icon there logs this, harmlessly.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_with_a_tray_a_reminder_is_a_tray_message_and_fills_the_panel(
    qtbot, store, walk, open_window, monkeypatch
):
    monkeypatch.setattr("planner.ui.reminders.presenter.tray_available", lambda: True)
    clock = RunningClock(berlin(8, 29, 59))
    window = open_window(clock, tray=True)
    messages: list[tuple[str, str]] = []
    window.presenter.tray.showMessage = lambda title, text, *args: messages.append((title, text))
    qtbot.waitUntil(lambda: bool(messages), timeout=4000)
    assert messages == [("Reminder", "Walk")]
    assert window.presenter.panel.titles() == ["Walk"]
    assert window.findChild(QPushButton, "ReminderDone") is not None


def test_panel_and_settings_are_named_and_not_cut_off_at_150_percent_text(
    qtbot, store, walk, open_window, large_text
):
    from tests.helpers.widgets import clipped, unnamed

    store.items.add_many(
        [Item("Write down three questions for the next visit", Schedule.daily(),
              reminders=(time(8, 30),))],
        today=date(2026, 4, 1),
        now=berlin(8, 0),
    )  # fmt: skip
    window = open_window(RunningClock(berlin(8, 30, 3)))
    window.resize(1000, 720)
    panel = window.presenter.panel
    assert len(panel.rows) == 2
    QApplication.processEvents()
    assert clipped(panel) == []
    assert unnamed(panel) == []
    window.show_page("settings")
    QApplication.processEvents()
    assert clipped(window.page("settings")) == []
    assert unnamed(window.page("settings")) == []


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_while_the_tray_is_not_there_closing_quits(qtbot, store, walk, open_window, monkeypatch):
    window = open_window(RunningClock(berlin(8, 0)), tray=True)  # offscreen: no tray
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window.close()
    assert window.isHidden()
    assert quits == [True]
    assert store.settings.get(TOLD_ABOUT_TRAY.key) is None  # nothing said about a tray


def test_all_done_for_two_reminders_of_one_item_answers_it_once(qtbot, store, walk, open_window):
    store.items.update(
        Item("Walk", Schedule.daily(), id=walk.id, reminders=(time(8, 30), time(8, 31)))
    )
    window = open_window(RunningClock(berlin(8, 31, 5)))
    panel = window.presenter.panel
    assert len(panel.rows) == 2
    panel.answer_all("done")
    assert panel.rows == []
    qtbot.waitUntil(panel.isHidden, timeout=3000)
    (answer,) = store.checkoffs.between(DAY, DAY)
    assert answer.status is Status.DONE
