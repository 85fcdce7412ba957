"""Today's card when a checkup is less than two weeks away: how long until it, and
"Prepare for my checkup" right there (the check-in card just below has "Add a question")."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from planner.domain.journal import next_checkup
from planner.services.changes import Area
from planner.services.journal import JournalService
from planner.ui.kit.page import ChangeWatch
from planner.ui.kit.theme import scaled_font
from planner.ui.kit.wrapped_label import WrappedLabel

#: The card shows when a booked checkup is this close.
SOON = timedelta(days=14)


class CheckupSoonCard(QFrame):
    """Shown only while a booked checkup is within two weeks.

    Signals:
        prepare_requested(): "Prepare for my checkup".
    """

    prepare_requested = Signal()

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self._journal = journal
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(8)
        self.heading = WrappedLabel("")
        self.heading.setObjectName("CheckupSoon")
        self.heading.setFont(scaled_font(self.heading, 1.0, bold=True))
        box.addWidget(self.heading)
        self.text = WrappedLabel(
            self.tr(
                "A short summary of the weeks since your last checkup can help you and your "
                "care team. Write down what you want to ask, too."
            )
        )
        self.text.setObjectName("CheckupSoonText")
        self.text.setProperty("role", "muted")
        box.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.prepare_button = QPushButton(self.tr("Prepare for my checkup"))
        self.prepare_button.setObjectName("TodayPrepareCheckup")
        self.prepare_button.setAccessibleName(self.tr("Prepare for my checkup"))
        self.prepare_button.clicked.connect(self.prepare_requested)
        row.addWidget(self.prepare_button)
        row.addStretch(1)
        box.addLayout(row)
        ChangeWatch(journal.bus, self, self.refresh, (Area.CHECKUPS,))
        self.setVisible(False)

    def refresh(self) -> None:
        today = self._journal.today()
        upcoming = next_checkup(self._journal.checkups(), today)
        soon = upcoming is not None and upcoming.day - today <= SOON
        if upcoming is not None and soon:
            # Which checkup and when is the check-in card's line, just below: not said twice.
            days = upcoming.days_until(today)
            if days == 0:
                self.heading.setText(self.tr("Your checkup is today"))
            elif days == 1:
                self.heading.setText(self.tr("Your checkup is tomorrow"))
            else:
                self.heading.setText(self.tr("Your checkup is coming up in the next two weeks"))
            self.setAccessibleName(self.heading.text())
        self.setVisible(soon)
