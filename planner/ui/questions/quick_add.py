"""A small window to add one question from anywhere: the shortcut, the tray, Today and
the Journal. It says where the question goes: the list for the next checkup.

After Add it says so ("Added. It is on your list for your next checkup.") and closes by
itself a moment later: type, Enter, done. Enter or Escape closes it at once, and "Add
another" (Alt+A) clears the field for the next question.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.questions import MAX_QUESTION_LENGTH, clean_question
from planner.services.questions import QuestionService
from planner.ui.kit.ops import run_op
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.theme import app_icon, set_icon
from planner.ui.questions.limit_note import LimitNote
from planner.ui.questions.question_row import BUTTON_HEIGHT

#: The window is about this many characters of a question wide.
FIELD_CHARS = 64
#: After a question is added, the window says so for this long, then closes.
CONFIRM_MS = 2000


class QuickQuestion(QDialog):
    """One field, "Add" (the default: Enter adds) and "Cancel"; once added, what became
    of the question, "Add another" and "Close" (the default)."""

    def __init__(self, questions: QuestionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._questions = questions
        self.setObjectName("QuickQuestion")
        self.setWindowTitle(self.tr("Add a question"))
        self.setWindowIcon(app_icon())
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 18, 20, 16)
        box.setSpacing(10)
        caption = QLabel(self.tr("&What would you like to ask your care team?"))
        caption.setObjectName("QuickQuestionCaption")
        caption.setProperty("role", "title")
        caption.setWordWrap(True)
        box.addWidget(caption)
        self.field = LineField(MAX_QUESTION_LENGTH)
        self.field.setObjectName("QuickQuestionField")
        self.field.setAccessibleName(self.tr("Your question"))
        self.field.setPlaceholderText(self.tr("For example: Is this tiredness normal?"))
        self.field.setMinimumHeight(BUTTON_HEIGHT)
        self.field.setMinimumWidth(self.field.fontMetrics().averageCharWidth() * FIELD_CHARS)
        caption.setBuddy(self.field)
        box.addWidget(self.field)
        self.limit = LimitNote(MAX_QUESTION_LENGTH)
        self.field.textChanged.connect(self.limit.update_for)
        box.addWidget(self.limit)
        self.caption = caption
        self.where = QLabel(self.tr("It will be on your list for your next checkup."))
        self.where.setObjectName("QuickQuestionWhere")
        self.where.setProperty("role", "muted")
        self.where.setWordWrap(True)
        box.addWidget(self.where)
        self.added_note = QLabel(self.tr("Added. It is on your list for your next checkup."))
        self.added_note.setObjectName("QuickQuestionAdded")
        self.added_note.setProperty("role", "title")
        self.added_note.setWordWrap(True)
        self.added_note.setVisible(False)
        box.addWidget(self.added_note)
        #: How many questions this window added (it may add several: "Add another").
        self.added = 0
        self._closing = QTimer(self)
        self._closing.setSingleShot(True)
        self._closing.setInterval(CONFIRM_MS)
        self._closing.timeout.connect(self.accept)
        self.finished.connect(self._closing.stop)  # closed at once (Enter, Escape, Close)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("QuickQuestionCancel")
        self.cancel_button.setAccessibleName(self.tr("Close without adding"))
        self.cancel_button.setMinimumHeight(BUTTON_HEIGHT)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.add_button = QPushButton(self.tr("Add"))
        set_icon(self.add_button, "add", "on_accent")
        self.add_button.setObjectName("QuickQuestionAdd")
        self.add_button.setAccessibleName(self.tr("Add the question"))
        self.add_button.setProperty("primary", "true")
        self.add_button.setMinimumHeight(BUTTON_HEIGHT)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self._add)
        self.another_button = QPushButton(self.tr("&Add another"))
        self.another_button.setObjectName("QuickQuestionAnother")
        self.another_button.setAccessibleName(self.tr("Add another question"))
        self.another_button.setMinimumHeight(BUTTON_HEIGHT)
        self.another_button.setAutoDefault(False)
        self.another_button.clicked.connect(self._another)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("QuickQuestionClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setProperty("primary", "true")
        self.close_button.setMinimumHeight(BUTTON_HEIGHT)
        self.close_button.clicked.connect(self.accept)
        for button in (self.cancel_button, self.add_button, self.another_button, self.close_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        self._show_added(False)
        self.field.textChanged.connect(self._update_add)
        self._update_add(self.field.text())
        self.field.setFocus()

    def _update_add(self, text: str) -> None:
        self.add_button.setEnabled(bool(clean_question(text)))

    def _show_added(self, added: bool) -> None:
        """The writing state (field, Cancel, Add) or the added one (Add another, Close)."""
        for widget in (self.caption, self.field, self.where, self.cancel_button, self.add_button):
            widget.setVisible(not added)
        if added:
            self.limit.setVisible(False)
        for widget in (self.added_note, self.another_button, self.close_button):
            widget.setVisible(added)
        self.add_button.setDefault(not added)
        self.close_button.setDefault(added)
        (self.close_button if added else self.field).setFocus()

    def _add(self) -> None:
        text = clean_question(self.field.text())
        if not text or self.added_note.isVisible():
            return
        if not run_op(self, lambda: self._questions.add(text, origin=self)):
            return  # not saved: the box said why, and the words stay in the field to try again
        self.added += 1
        self.field.clear()
        # Said to screen readers too: Close has the keyboard, described by what happened.
        self.close_button.setAccessibleDescription(self.added_note.text())
        self._show_added(True)
        self._closing.start()

    def _another(self) -> None:
        self._closing.stop()
        self._show_added(False)


def ask_for_question(questions: QuestionService, parent: QWidget | None) -> bool:
    """Open the small "Add a question" window; True when a question was added."""
    dialog = QuickQuestion(questions, parent)
    try:
        dialog.exec()  # Escape after adding closes it too: what was added stays added
        return dialog.added > 0
    finally:
        dialog.deleteLater()
