"""Reminder times: the evening check-in and the quiet hours (no pop-ups at night)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QTimeEdit, QVBoxLayout, QWizardPage

from planner.domain.quiet_hours import QuietHours
from planner.ui.first_start.choices import FirstStartChoices
from planner.ui.first_start.labels import note
from planner.ui.kit.fields import named


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _time_edit(name: str, accessible: str, at: time) -> QTimeEdit:
    edit = named(QTimeEdit(), name, accessible)
    edit.setDisplayFormat(QCoreApplication.translate("Formatting", "HH:mm"))
    edit.setMinimumWidth(90)
    edit.setTime(_qtime(at))
    return edit


class TimesPage(QWizardPage):
    """Good defaults (8 pm, quiet 10 pm to 7 am); change them or move on."""

    def __init__(self, choices: FirstStartChoices) -> None:
        super().__init__()
        self.setObjectName("FirstStartTimes")
        self._choices = choices
        self.setTitle(self.tr("Reminder times"))
        self.setSubTitle(self.tr("You can change these any time in Settings."))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        checkin = choices.checkin_time
        self.checkin_on = named(
            QCheckBox(self.tr("Remind me to check in every &evening at")),
            "FirstStartCheckInOn",
            self.tr("Evening check-in reminder on"),
        )
        self.checkin_on.setChecked(checkin is not None)
        self.checkin_time = _time_edit(
            "FirstStartCheckInTime", self.tr("Evening check-in time"), checkin or time(20, 0)
        )
        grid.addWidget(self.checkin_on, 0, 0)
        grid.addWidget(self.checkin_time, 0, 1)
        quiet = choices.quiet_hours
        self.quiet_on = named(
            QCheckBox(self.tr("&Quiet hours: no reminder pop-ups from")),
            "FirstStartQuietOn",
            self.tr("Quiet hours on"),
        )
        self.quiet_on.setChecked(quiet is not None)
        self.quiet_start = _time_edit(
            "FirstStartQuietStart",
            self.tr("Quiet hours start"),
            quiet.start if quiet else time(22, 0),
        )
        self.quiet_end = _time_edit(
            "FirstStartQuietEnd", self.tr("Quiet hours end"), quiet.end if quiet else time(7, 0)
        )
        grid.addWidget(self.quiet_on, 1, 0)
        grid.addWidget(self.quiet_start, 1, 1)
        grid.addWidget(QLabel(self.tr("to")), 1, 2)
        grid.addWidget(self.quiet_end, 1, 3)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        self.checkin_on.toggled.connect(self.checkin_time.setEnabled)
        self.quiet_on.toggled.connect(self.quiet_start.setEnabled)
        self.quiet_on.toggled.connect(self.quiet_end.setEnabled)
        self.checkin_time.setEnabled(self.checkin_on.isChecked())
        self.quiet_start.setEnabled(self.quiet_on.isChecked())
        self.quiet_end.setEnabled(self.quiet_on.isChecked())
        layout.addWidget(
            note(
                self.tr("Reminders that fall due in quiet hours wait and are shown when they end."),
                "QuietNote",
                muted=True,
            )
        )
        layout.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        on = self.checkin_on.isChecked()
        self._choices.checkin_time = _time(self.checkin_time.time()) if on else None
        quiet = self.quiet_on.isChecked()
        self._choices.quiet_hours = (
            QuietHours(_time(self.quiet_start.time()), _time(self.quiet_end.time()))
            if quiet
            else None
        )
        return True
