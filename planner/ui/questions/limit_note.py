"""The line under a question field that says its limit plainly, as the text nears it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from planner.ui.kit.text_fields import LineField
from planner.ui.kit.theme import colors
from planner.ui.questions.question_words import question_limit, question_room

#: The count of characters shows once a question is this full (of its limit).
SHOW_FROM = 0.8


class LimitNote(QLabel):
    """Hidden while a question is short; "420 of 500 characters used" near the limit;
    at the limit (typed or pasted), that anything longer was left out."""

    def __init__(self, field: LineField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setObjectName("QuestionLimit")
        self.setWordWrap(True)
        self.setVisible(False)
        field.textChanged.connect(self.update_for)

    def update_for(self, text: str) -> None:
        limit = self._field.maxLength()
        used = len(text)
        if used >= limit:
            self.setText(question_limit(limit))
            self.setStyleSheet(f"color: {colors()['missed']}; font-weight: 600;")
        elif used >= limit * SHOW_FROM:
            self.setText(question_room(used, limit))
            self.setStyleSheet(f"color: {colors()['muted']};")
        self.setVisible(used >= limit * SHOW_FROM)
