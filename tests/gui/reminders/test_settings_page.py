"""Settings: the care team's contact with the plain safety words beside it, private
reminders, kind wording, and status lines that go once they are no longer true."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    PRIVATE_REMINDERS,
    RESUME_ON,
    read_setting,
)
from planner.ui.kit.text_fields import LineField
from tests.helpers.clock import DAY, RunningClock, berlin


def settings_page(open_window, clock=None):
    window = open_window(clock or RunningClock(berlin(9, 0)))
    window.show_page("settings")
    return window, window.page("settings")


def finish_typing(qtbot, field: LineField, text: str) -> None:
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()


def test_the_care_teams_contact_is_saved_when_each_field_is_finished(
    qtbot, store, walk, open_window
):
    window, page = settings_page(open_window)
    care = page.care
    for field in (care.name, care.phone, care.after_hours):
        assert isinstance(field, LineField)
        assert field.maxLength() == 80
    finish_typing(qtbot, care.name, "Breast clinic, nurse Sam")
    finish_typing(qtbot, care.phone, "555 0100")
    finish_typing(qtbot, care.after_hours, "555 0199")
    assert read_setting(store, CARE_TEAM_NAME) == "Breast clinic, nurse Sam"
    assert read_setting(store, CARE_PHONE) == "555 0100"
    assert read_setting(store, CARE_PHONE_AFTER_HOURS) == "555 0199"
    # A pasted line break never gets into a phone number.
    QApplication.clipboard().setText("555\r\n0100\t12")
    care.phone.selectAll()
    care.phone.paste()
    care.phone.editingFinished.emit()
    assert read_setting(store, CARE_PHONE) == "555 0100 12"


def test_next_to_the_phone_numbers_it_says_plainly_what_the_app_is_not(
    qtbot, store, walk, open_window
):
    window, page = settings_page(open_window)
    warning = page.findChild(QLabel, "EmergencyNote")
    assert warning.text() == (
        "This app is not for emergencies, and nobody reads what you write in it. "
        "In an emergency, call your local emergency number."
    )
    # In the same panel as the numbers.
    assert warning.parentWidget() is page.care.phone.parentWidget()


def test_a_contact_changed_elsewhere_shows_here_but_not_over_what_is_being_typed(
    qtbot, store, walk, open_window
):
    window, page = settings_page(open_window)
    settings = window.presenter.reminders.settings
    settings.set(CARE_TEAM_NAME, "Oncology nurses")
    assert page.care.name.text() == "Oncology nurses"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.care.phone.setFocus()
    qtbot.keyClicks(page.care.phone, "555")
    settings.set(CARE_TEAM_NAME, "Oncology nurses, ward 4")
    assert page.care.phone.text() == "555"  # left alone while typed in


def test_private_reminders_is_a_checkbox_that_is_saved(qtbot, store, walk, open_window):
    window, page = settings_page(open_window)
    check = page.findChild(QCheckBox, "PrivateReminders")
    assert not check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert read_setting(store, PRIVATE_REMINDERS) is True
    note = page.findChild(QLabel, "PrivateNote").text()
    assert "A reminder from Between Checkups" in note


def test_the_questions_are_offered_every_two_weeks_in_plain_words(qtbot, store, walk, open_window):
    window, page = settings_page(open_window)
    widgets = page.findChildren(QLabel) + page.findChildren(QCheckBox)
    texts = " ".join(w.text() for w in widgets)
    assert "two-weekly" not in texts
    assert page.screens_check.text() == "Ask about mood and worry every two weeks"


def test_the_pause_line_goes_once_the_day_comes_and_follows_a_pause_made_elsewhere(
    qtbot, store, walk, open_window
):
    clock = RunningClock(berlin(9, 0))
    window, page = settings_page(open_window, clock)
    reminders = window.presenter.reminders
    reminders.pause_until(DAY + timedelta(days=1))  # from the tray, say
    assert page.pause_status.text() == "Reminders are paused. They come back on Tuesday 5 May."
    clock.jump(timedelta(days=1))
    window.today_page._service.notice_new_day()  # the app notices the new day
    assert page.pause_status.text() == "Reminders are on."
    assert read_setting(store, RESUME_ON) is not None  # the date passed; nothing to undo
    assert not window.today_page.pause_note.isVisible()
