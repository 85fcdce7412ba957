"""The gentle care-team note: shown when the journal service says so, until dismissed.

When a note comes lives in the domain and the service, the wording in
``planner.ui.kit.screen_words``; this banner only shows it, with the care team's contact
as it is in Settings right now. Dismissing it in one place hides it everywhere it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.screens import NudgeReason
from planner.paths import resources_dir
from planner.services.changes import Area
from planner.services.journal import CARE_CONTACT_SETTINGS, JournalService
from planner.ui.kit.ops import run_op
from planner.ui.kit.page import ChangeWatch
from planner.ui.kit.screen_words import nudge_text
from planner.ui.kit.theme import colors, icon

ICON_SIZE = 26


def _icon_name() -> str | None:
    """A plain heart when we have one, else the care heart, else no icon at all."""
    for name in ("heart", "care"):
        if (resources_dir() / "icons" / f"{name}.svg").is_file():
            return name
    return None


def _blend(color: str, base: str, amount: float) -> str:
    """``amount`` of ``color`` over ``base``, for a soft tint that suits light and dark."""
    a, b = QColor(color), QColor(base)
    return QColor(
        round(a.red() * amount + b.red() * (1 - amount)),
        round(a.green() * amount + b.green() * (1 - amount)),
        round(a.blue() * amount + b.blue() * (1 - amount)),
    ).name()


class NudgeBanner(QFrame):
    """A warm, dismissible note suggesting a talk with the care team.

    Signals:
        dismissed(int): this banner's Dismiss button dismissed the note with this id.
    """

    dismissed = Signal(int)

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NudgeBanner")
        self.setAccessibleName(self.tr("A note about support"))
        self._journal = journal
        self.nudge_id: int | None = None
        self._reason: NudgeReason | None = None

        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 12, 12)
        row.setSpacing(12)
        self.icon_label = QLabel()
        self.icon_label.setObjectName("NudgeIcon")
        self.icon_label.setFixedSize(ICON_SIZE, ICON_SIZE)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.heading = QLabel(self.tr("A gentle note"))
        self.heading.setObjectName("NudgeHeading")
        self.heading.setProperty("role", "title")
        column.addWidget(self.heading)
        self.text_label = QLabel()
        self.text_label.setObjectName("NudgeText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)  # the contact as typed
        # Selectable, so the care team's phone number can be copied.
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.text_label)
        row.addLayout(column, 1)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("DismissNudge")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this note"))
        self.dismiss_button.clicked.connect(self.dismiss)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

        # A dismissal anywhere hides the note everywhere.
        ChangeWatch(journal.bus, self, self.refresh, (Area.JOURNAL, Area.SCREENS))
        # A contact changed in Settings shows at once in the note already on screen.
        ChangeWatch(journal.bus, self, self._reword, (), CARE_CONTACT_SETTINGS)
        self.hide()

    def refresh(self) -> None:
        """Ask the journal for the note to show now; hide when there is none."""
        found = self._journal.current_nudge()
        if found is None:
            self.nudge_id = self._reason = None
            self.hide()
            return
        self.nudge_id, self._reason = found
        self._reword()
        self._paint()
        # A banner not yet placed in a page must not open as a window of its own.
        if self.parentWidget() is not None or self.isVisible():
            self.show()

    def _reword(self) -> None:
        """Say the note shown with the care team's contact as it is now."""
        if self._reason is None:
            return
        text = nudge_text(self._reason, self._journal.care_contact())
        self.text_label.setText(text)
        self.setAccessibleDescription(text)

    def text(self) -> str:
        """The note as shown ('' when hidden)."""
        return self.text_label.text() if self.nudge_id is not None else ""

    def dismiss(self) -> None:
        """Mark the note dismissed (logged by the service); every page hides it (the bus)."""
        if self.nudge_id is None:
            self.hide()
            return
        nudge_id = self.nudge_id
        if not run_op(self, lambda: self._journal.dismiss_nudge(nudge_id)):
            return
        self.nudge_id = self._reason = None
        self.hide()
        self.dismissed.emit(nudge_id)

    def _paint(self) -> None:
        """Warm colours from the current theme (light or dark)."""
        c = colors()
        warm = c["partial"]
        self.setStyleSheet(
            f"QFrame#NudgeBanner {{ background: {_blend(warm, c['card'], 0.14)}; "
            f"border: 1px solid {_blend(warm, c['card'], 0.55)}; border-radius: 14px; }}"
            f"QLabel#NudgeText, QLabel#NudgeHeading {{ color: {c['text']}; }}"
        )
        name = _icon_name()
        self.icon_label.setVisible(name is not None)
        if name is not None:
            self.icon_label.setPixmap(icon(name, warm).pixmap(ICON_SIZE, ICON_SIZE))
