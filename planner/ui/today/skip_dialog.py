"""Ask, gently and optionally, why an item is being skipped."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Item, SkipReason
from planner.services.checklist import SKIP_NOTE_MAX
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.words import skip_reason_label


class SkipDialog(QDialog):
    """Skip today's item, with an optional reason; no reason is fine. "Other reason"
    opens a one-line box for the person's own words (kept with the skip)."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SkipDialog")
        self.setWindowTitle(self.tr("Skip for today"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(22, 20, 22, 18)
        heading = QLabel(self.tr("Skip “{title}” today?").format(title=item.title))
        heading.setWordWrap(True)
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Skipping is not failing. If you like, say why (you don't have to):"))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[QRadioButton, SkipReason] = {}
        for reason in SkipReason:
            label = skip_reason_label(reason)
            button = QRadioButton(label)
            button.setObjectName(f"reason_{reason.value}")
            button.setAccessibleName(label)
            button.setMinimumHeight(32)  # a roomy target for tired hands
            button.toggled.connect(lambda on, b=button: self._only(b) if on else None)
            self._group.addButton(button)
            self._buttons[button] = reason
            layout.addWidget(button)
        self.note = LineField(SKIP_NOTE_MAX)
        self.note.setObjectName("SkipNote")
        self.note.setAccessibleName(self.tr("The other reason, in your own words"))
        self.note.setPlaceholderText(self.tr("In your own words, if you like"))
        self.note.setMinimumHeight(36)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        other = next(b for b, r in self._buttons.items() if r is SkipReason.OTHER)
        other.toggled.connect(self._show_note)
        box = QDialogButtonBox()
        self.skip_button = box.addButton(self.tr("Skip it"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button.setObjectName("ConfirmSkip")
        self.skip_button.setAccessibleName(self.tr("Skip it"))
        cancel = box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("CancelSkip")
        cancel.setAccessibleName(self.tr("Cancel"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.skip_button.setDefault(True)

    def _only(self, chosen: QRadioButton) -> None:
        for button in self._buttons:
            if button is not chosen and button.isChecked():
                button.setChecked(False)

    def _show_note(self, on: bool) -> None:
        self.note.setVisible(on)
        self.adjustSize()  # room for the box (and none left over once it goes)
        if on:
            self.note.setFocus()  # ready to type at once; Enter still skips

    def reason(self) -> SkipReason | None:
        """The chosen reason, or None when the person chose none."""
        for button, reason in self._buttons.items():
            if button.isChecked():
                return reason
        return None

    def note_text(self) -> str:
        """The other reason in the person's words ("" unless "Other reason" is chosen)."""
        return self.note.text().strip() if self.reason() is SkipReason.OTHER else ""
