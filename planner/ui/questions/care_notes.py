"""The check-ins marked "For my care team", shown beside the questions for the visit,
with the reminder that nothing is sent and that the app is not for emergencies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from planner.domain.journal import JournalEntry
from planner.ui.kit.screen_words import who_to_call
from planner.ui.kit.theme import scaled_font
from planner.ui.questions.emptying import empty_layout
from planner.ui.questions.question_row import plain_label

if TYPE_CHECKING:
    from planner.services.journal import CareContact
from planner.ui.questions.question_words import (
    checkin_feelings,
    checkin_when,
    not_for_emergencies,
)


def section_label(text: str, name: str, *, muted: bool = False) -> QLabel:
    """A wrapped line of the page (muted for hints and empty lists)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if muted:
        label.setProperty("role", "muted")
    return label


def section_heading(text: str, name: str) -> QLabel:
    heading = section_label(text, name)
    heading.setFont(scaled_font(heading, 1.25, bold=True))
    return heading


class CareCheckin(QFrame):
    """One check-in for the care team: when, mood and worry in words, and the note."""

    def __init__(self, entry: JournalEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("Panel")
        self.setProperty("entryId", entry.id)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 12)
        box.setSpacing(4)
        self.when = QLabel(checkin_when(entry))
        self.when.setObjectName("CareCheckinWhen")
        self.when.setFont(scaled_font(self.when, 1.0, bold=True))
        box.addWidget(self.when)
        self.feelings = section_label(checkin_feelings(entry), "CareCheckinFeelings")
        box.addWidget(self.feelings)
        self.note = plain_label(entry.note, "CareCheckinNote")
        self.note.setVisible(bool(entry.note))
        box.addWidget(self.note)
        parts = [self.when.text(), self.feelings.text(), entry.note]
        between = self.tr(". ", "between the parts of a check-in")
        self.setAccessibleName(between.join(p for p in parts if p))


class CareSection(QWidget):
    """ "From your check-ins for your care team": the check-ins, or what this is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CareSection")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(
            section_heading(self.tr("From your check-ins for your care team"), "CareHeading")
        )
        self.intro = section_label(
            self.tr(
                "Check-ins you marked “For my care team” since your last checkup. You can "
                "read them out or show them at your visit."
            ),
            "CareIntro",
            muted=True,
        )
        box.addWidget(self.intro)
        self.empty = section_label(
            self.tr(
                "None yet. When you check in, you can choose “For my care team”, and the "
                "check-in will wait here for your next visit."
            ),
            "CareEmpty",
            muted=True,
        )
        box.addWidget(self.empty)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(8)
        box.addLayout(self.cards_box)
        self.emergency = section_label(not_for_emergencies(), "EmergencyNote")
        box.addWidget(self.emergency)
        self.cards: list[CareCheckin] = []

    def show_entries(self, entries: list[JournalEntry], contact: CareContact | None = None) -> None:
        if contact is not None:  # who to call, by name and number, then: not for emergencies
            self.emergency.setText(who_to_call(contact))
        empty_layout(self.cards_box)
        self.cards = []
        self.empty.setVisible(not entries)
        self.intro.setVisible(bool(entries))
        for entry in entries:
            card = CareCheckin(entry, self)
            self.cards_box.addWidget(card)
            card.show()  # now: the page's scroll range is known before it is restored
            self.cards.append(card)
