"""The start-up prompt for a journal locked with a passphrase (also after the idle lock).

The app shows it before it opens the store; reminders start only after it is unlocked,
and the prompt says so. A wrong passphrase is said in the prompt, plainly; nothing is
changed or moved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.services.passphrase import Remembered, prompt_text, start_note, unlock
from planner.ui.kit.fields import error_label
from planner.ui.kit.ops import run_op


class UnlockDialog(QDialog):
    """Ask for the passphrase; accepted once it opened the journal (the key is held)."""

    def __init__(
        self, database: Path, remembered: Remembered, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockDialog")
        self.setWindowTitle(self.tr("Unlock your journal"))
        self._database = Path(database)
        self._remembered = remembered
        column = QVBoxLayout(self)
        # Its size follows its content, and its lines have room from the start: nothing
        # is squeezed or moves when a message appears.
        column.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        intro = QLabel(prompt_text())
        intro.setObjectName("UnlockPrompt")
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)
        column.addWidget(intro)
        note = start_note(self._database)
        self.note = QLabel(note or "")
        self.note.setObjectName("UnlockNote")
        self.note.setWordWrap(True)
        self.note.setVisible(note is not None)
        column.addWidget(self.note)
        self.field = QLineEdit()
        self.field.setObjectName("UnlockPassphrase")
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        column.addWidget(self.field)
        self.remember = QCheckBox(self.tr("Remember it on this computer"))
        self.remember.setObjectName("UnlockRemember")
        column.addWidget(self.remember)
        self.error = error_label()
        self.error.setText(" ")
        self.error.setVisible(True)
        column.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("UnlockButton")
        self.unlock_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("UnlockQuit")
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.field.setFocus()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.field.selectAll()

    def try_unlock(self) -> None:
        """Check the passphrase; on success keep it (if asked) and close the prompt."""
        text = self.field.text()
        if not text:
            self._say(self.tr("Type your passphrase."))
            return
        done = run_op(self, lambda: unlock(self._database, text, tidy=True), report=self._say)
        if done.error is not None:
            return
        if self.remember.isChecked():
            problem = self._remembered.save()
            if problem is not None:
                from planner.ui.kit.messages import show_problem

                show_problem(self, self.tr("Not remembered"), problem)
        self.accept()
