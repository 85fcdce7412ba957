"""The Settings page: quiet hours, pausing reminders, and starting at login."""

from __future__ import annotations

import logging
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.reminder_rules import QuietHours
from planner.services import autostart
from planner.services.reminders import ReminderService
from planner.storage.database import StoreError
from planner.ui.messages import show_problem
from planner.ui.theme import scaled_font, scrolling_page

log = logging.getLogger(__name__)


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _section(layout: QVBoxLayout, title: str, name: str) -> QVBoxLayout:
    panel = QFrame()
    panel.setObjectName("Panel")
    panel.setAccessibleName(title)
    box = QVBoxLayout(panel)
    box.setContentsMargins(20, 16, 20, 16)
    box.setSpacing(10)
    heading = QLabel(title)
    heading.setObjectName(name)
    heading.setFont(scaled_font(heading, 1.15, bold=True))
    box.addWidget(heading)
    layout.addWidget(panel)
    return box


def _note(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class SettingsPage(QWidget):
    """Reminder quiet hours and pause; 'Start when I log in'."""

    def __init__(
        self,
        reminders: ReminderService,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsPage")
        self._reminders = reminders
        self._data_dir = data_dir

        layout = scrolling_page(self, "Settings", spacing=16)

        # Quiet hours.
        quiet = _section(layout, "Quiet hours", "QuietHeading")
        row = QHBoxLayout()
        self.quiet_check = QCheckBox("No reminder pop-ups from")
        self.quiet_check.setObjectName("QuietOn")
        self.quiet_check.setAccessibleName("Quiet hours on")
        self.quiet_start = QTimeEdit()
        self.quiet_start.setObjectName("QuietStart")
        self.quiet_start.setAccessibleName("Quiet hours start")
        self.quiet_end = QTimeEdit()
        self.quiet_end.setObjectName("QuietEnd")
        self.quiet_end.setAccessibleName("Quiet hours end")
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
            edit.setMinimumWidth(90)
        row.addWidget(self.quiet_check)
        row.addWidget(self.quiet_start)
        row.addWidget(QLabel("to"))
        row.addWidget(self.quiet_end)
        row.addStretch(1)
        quiet.addLayout(row)
        quiet.addWidget(
            _note(
                "Reminders that fall due in these hours wait quietly and are shown when they end."
            )
        )

        # Pause.
        pause = _section(layout, "Pause reminders", "PauseHeading")
        self.pause_status = QLabel()
        self.pause_status.setObjectName("PauseStatus")
        self.pause_status.setWordWrap(True)
        pause.addWidget(self.pause_status)
        row = QHBoxLayout()
        row.addWidget(QLabel("Reminders come back on"))
        self.resume_date = QDateEdit()
        self.resume_date.setObjectName("ResumeDate")
        self.resume_date.setAccessibleName("Reminders come back on")
        self.resume_date.setCalendarPopup(True)
        self.resume_date.setDisplayFormat("ddd d MMM yyyy")
        self.resume_date.setMinimumWidth(150)
        row.addWidget(self.resume_date)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName("PauseButton")
        self.pause_button.setAccessibleName("Pause reminders until that day")
        self.pause_button.clicked.connect(self._pause)
        row.addWidget(self.pause_button)
        self.resume_button = QPushButton("Turn reminders back on")
        self.resume_button.setObjectName("ResumeButton")
        self.resume_button.setAccessibleName("Turn reminders back on")
        self.resume_button.clicked.connect(lambda: self._set_pause(None))
        row.addWidget(self.resume_button)
        row.addStretch(1)
        pause.addLayout(row)
        pause.addWidget(
            _note(
                "For a hospital stay or a holiday. Reminders that fall due while paused "
                "are not shown later; your checklist is still there."
            )
        )

        # Start at login.
        start = _section(layout, "Starting the app", "StartHeading")
        self.autostart_check = QCheckBox("Start when I log in (quietly, in the tray)")
        self.autostart_check.setObjectName("AutostartCheck")
        self.autostart_check.setAccessibleName("Start when I log in")
        start.addWidget(self.autostart_check)
        if autostart.supported():
            start.addWidget(
                _note(
                    "So reminders come even if you forget to open the app. You can turn "
                    "this off here at any time.",
                    "AutostartNote",
                )
            )
        else:
            self.autostart_check.setEnabled(False)
            start.addWidget(
                _note("This option is not available on this system yet.", "AutostartNote")
            )
        layout.addStretch(1)

        self.refresh()
        self.quiet_check.toggled.connect(self._save_quiet)
        self.quiet_start.timeChanged.connect(self._save_quiet)
        self.quiet_end.timeChanged.connect(self._save_quiet)
        self.autostart_check.toggled.connect(self._set_autostart)

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Show the saved settings."""
        quiet = self._reminders.quiet_hours()
        for widget in (self.quiet_check, self.quiet_start, self.quiet_end, self.autostart_check):
            widget.blockSignals(True)
        self.quiet_check.setChecked(quiet is not None)
        shown = quiet or QuietHours(time(22, 0), time(7, 0))
        self.quiet_start.setTime(_qtime(shown.start))
        self.quiet_end.setTime(_qtime(shown.end))
        self.quiet_start.setEnabled(quiet is not None)
        self.quiet_end.setEnabled(quiet is not None)
        self.autostart_check.setChecked(autostart.supported() and autostart.is_enabled())
        for widget in (self.quiet_check, self.quiet_start, self.quiet_end, self.autostart_check):
            widget.blockSignals(False)
        self._show_pause()

    def _show_pause(self) -> None:
        today = self._reminders.now().astimezone(self._reminders.zone).date()
        resume = self._reminders.resume_on()
        tomorrow = today + timedelta(days=1)
        self.resume_date.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        if resume is not None and resume > today:
            self.pause_status.setText(
                f"Reminders are paused. They come back on {resume:%A %-d %B}."
            )
            self.resume_date.setDate(QDate(resume.year, resume.month, resume.day))
            self.pause_button.setText("Change")
            self.resume_button.setVisible(True)
        else:
            self.pause_status.setText("Reminders are on.")
            week = today + timedelta(days=7)
            self.resume_date.setDate(QDate(week.year, week.month, week.day))
            self.pause_button.setText("Pause")
            self.resume_button.setVisible(False)

    def _save_quiet(self) -> None:
        on = self.quiet_check.isChecked()
        self.quiet_start.setEnabled(on)
        self.quiet_end.setEnabled(on)
        quiet = QuietHours(_time(self.quiet_start.time()), _time(self.quiet_end.time()))
        try:
            self._reminders.set_quiet_hours(quiet if on else None)
        except StoreError as exc:
            show_problem(self, "Not saved", exc.message)
            self.refresh()

    def _pause(self) -> None:
        chosen = self.resume_date.date()
        self._set_pause(date(chosen.year(), chosen.month(), chosen.day()))

    def _set_pause(self, resume_on: date | None) -> None:
        try:
            self._reminders.pause_until(resume_on)
        except StoreError as exc:
            show_problem(self, "Not saved", exc.message)
        self._show_pause()

    def _set_autostart(self, on: bool) -> None:
        try:
            if on:
                path = autostart.enable(autostart.launch_command(self._data_dir))
                log.info("Start at login turned on (%s)", path)
            else:
                autostart.disable()
                log.info("Start at login turned off")
        except (OSError, ValueError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            show_problem(
                self, "Not changed", f"The start-at-login setting could not be changed ({why})."
            )
        self.refresh()
