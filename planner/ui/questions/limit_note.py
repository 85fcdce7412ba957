"""The line under a question's field that says its limit plainly, as the text nears it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from planner.ui.kit.theme import colors
from planner.ui.questions.question_words import question_limit, question_room

#: The count of characters shows once a question is this full (of its limit).
SHOW_FROM = 0.8


class LimitNote(QLabel):
    """Hidden while a question is short; "420 of 500 characters used" near the limit;
    at the limit (typed or pasted), that anything longer was left out.

    The field calls ``update_for`` with its text each time it changes."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setObjectName("QuestionLimit")
        self.setWordWrap(True)
        self.setVisible(False)

    def update_for(self, text: str) -> None:
        used = len(text)
        if used >= self.limit:
            self.setText(question_limit(self.limit))
            self.setStyleSheet(f"color: {colors()['missed']}; font-weight: 600;")
        elif used >= self.limit * SHOW_FROM:
            self.setText(question_room(used, self.limit))
            self.setStyleSheet(f"color: {colors()['muted']};")
        self.setVisible(used >= self.limit * SHOW_FROM)
