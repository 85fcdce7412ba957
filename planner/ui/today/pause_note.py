"""Today's line that says reminders are paused, until when, and a button to end it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from planner.services.checklist import ChecklistService
from planner.services.settings import RESUME_ON
from planner.ui.kit.formatting import weekday_day_month
from planner.ui.kit.ops import log_only, run_op


class PauseNote(QWidget):
    """Shown only while reminders are paused; ``refresh`` hides it once they are back
    (turned on again here or in Settings, or the day they come back has come)."""

    def __init__(self, service: ChecklistService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PauseNote")
        self._service = service
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        self.text = QLabel()
        self.text.setObjectName("TodayPaused")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.resume_button = QPushButton(self.tr("Turn them back on"))
        self.resume_button.setObjectName("TodayResume")
        self.resume_button.setAccessibleName(self.tr("Turn reminders back on"))
        self.resume_button.setMinimumHeight(36)
        self.resume_button.clicked.connect(self._resume)
        row.addWidget(self.resume_button)
        self.setVisible(False)

    def refresh(self) -> None:
        settings = self._service.settings
        resume = run_op(None, lambda: settings.get(RESUME_ON), report=log_only).value
        paused = False
        if resume is not None:
            from planner.domain.reminder_rules import is_paused  # loaded only for a pause

            paused = is_paused(self._service.today(), resume)
        if resume is not None and paused:
            self.text.setText(
                self.tr("Reminders are paused. They come back on {day}.").format(
                    day=weekday_day_month(resume)
                )
            )
        self.setVisible(paused)

    def _resume(self) -> None:
        settings = self._service.settings
        run_op(self, lambda: settings.set(RESUME_ON, None, origin=self))
        self.refresh()
