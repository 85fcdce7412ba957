"""A small window to add one question from anywhere: the shortcut, the tray, Today and
the Journal. It says where the question goes: the list for the next checkup."""

from __future__ import annotations

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


class QuickQuestion(QDialog):
    """One field, "Add" (the default: Enter adds) and "Cancel"."""

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
        where = QLabel(self.tr("It will be on your list for your next checkup."))
        where.setObjectName("QuickQuestionWhere")
        where.setProperty("role", "muted")
        where.setWordWrap(True)
        box.addWidget(where)

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
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        box.addLayout(buttons)
        self.field.textChanged.connect(self._update_add)
        self._update_add(self.field.text())
        self.field.setFocus()

    def _update_add(self, text: str) -> None:
        self.add_button.setEnabled(bool(clean_question(text)))

    def _add(self) -> None:
        text = clean_question(self.field.text())
        if not text:
            return
        if run_op(self, lambda: self._questions.add(text, origin=self)):
            self.accept()
        # Not saved: the box said why, and the words stay in the field to try again.


def ask_for_question(questions: QuestionService, parent: QWidget | None) -> bool:
    """Open the small "Add a question" window; True when a question was added."""
    dialog = QuickQuestion(questions, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
