"""Settings' journal part: the evening check-in reminder and its time, and whether the
questions about mood and worry are offered every two weeks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QCoreApplication, QObject, QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from planner.services.journal import JournalService
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.ops import run_op


def _clock_pattern() -> str:
    return QCoreApplication.translate("Formatting", "HH:mm")


def _note(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class JournalSection(QObject):
    """The journal's two settings, each saved as soon as it changes."""

    def __init__(self, layout: QVBoxLayout, journal: JournalService, page: QWidget) -> None:
        super().__init__(page)
        self._journal: JournalService | None = journal
        self._page = page
        section = titled_panel(layout, self.tr("Journal"), "JournalHeading")
        row = QHBoxLayout()
        self.checkin_check = QCheckBox(self.tr("Remind me to check in every evening"))
        self.checkin_check.setObjectName("CheckInReminderOn")
        self.checkin_check.setAccessibleName(self.tr("Evening check-in reminder on"))
        self.checkin_time = QTimeEdit()
        self.checkin_time.setObjectName("CheckInReminderTime")
        self.checkin_time.setAccessibleName(self.tr("Evening check-in reminder time"))
        self.checkin_time.setDisplayFormat(_clock_pattern())
        self.checkin_time.setMinimumWidth(90)
        section.addWidget(self.checkin_check)  # the time below: room in a narrow window
        row.addWidget(QLabel(self.tr("At")))
        row.addWidget(self.checkin_time)
        row.addStretch(1)
        section.addLayout(row)
        section.addWidget(
            _note(self.tr("It does not come on days you have already checked in."), "CheckInNote")
        )
        self.screens_check = QCheckBox(self.tr("Ask about mood and worry every two weeks"))
        self.screens_check.setObjectName("ScreensOn")
        self.screens_check.setAccessibleName(self.tr("Ask about mood and worry every two weeks"))
        section.addWidget(self.screens_check)
        self.checkin_check.toggled.connect(self._save_checkin_time)
        self.checkin_time.timeChanged.connect(self._save_checkin_time)
        self.screens_check.toggled.connect(self._save_screens)

    def refresh(self) -> None:
        journal = self._journal
        if journal is None:
            return
        at = journal.checkin_time()
        widgets = (self.checkin_check, self.checkin_time, self.screens_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.checkin_check.setChecked(at is not None)
        self.checkin_time.setTime(_qtime(at or time(20, 0)))
        self.checkin_time.setEnabled(at is not None)
        self.screens_check.setChecked(journal.screens_on())
        for widget in widgets:
            widget.blockSignals(False)

    def _journal_save(self, action: Callable[[], object]) -> None:
        if not run_op(self._page, action):
            self.refresh()

    def _save_checkin_time(self) -> None:
        assert self._journal is not None
        on = self.checkin_check.isChecked()
        self.checkin_time.setEnabled(on)
        at = _time(self.checkin_time.time()) if on else None
        self._journal_save(lambda: self._journal.set_checkin_time(at, origin=self._page))  # type: ignore[union-attr]

    def _save_screens(self, on: bool) -> None:
        assert self._journal is not None
        self._journal_save(lambda: self._journal.set_screens_on(on, origin=self._page))  # type: ignore[union-attr]


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
