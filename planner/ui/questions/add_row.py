"""The field where a new question is written: Enter or Add puts it on the list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.questions import MAX_QUESTION_LENGTH, clean_question
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.theme import set_icon
from planner.ui.questions.limit_note import LimitNote
from planner.ui.questions.question_row import BUTTON_HEIGHT


class AddRow(QFrame):
    """ "Write a question", the field and Add; empty words add nothing.

    Signals:
        add_requested(str): the question, cleaned (one line, single spaces).
    """

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 14)
        box.setSpacing(8)
        caption = QLabel(self.tr("&Write a question"))
        caption.setObjectName("AddCaption")
        caption.setProperty("role", "title")
        box.addWidget(caption)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.field = LineField(MAX_QUESTION_LENGTH)
        self.field.setObjectName("NewQuestion")
        self.field.setAccessibleName(self.tr("A new question"))
        self.field.setPlaceholderText(self.tr("For example: When will I get my scan results?"))
        self.field.setMinimumHeight(BUTTON_HEIGHT)
        self.field.returnPressed.connect(self._add)
        caption.setBuddy(self.field)
        row.addWidget(self.field, 1)
        self.add_button = QPushButton(self.tr("Add"))
        set_icon(self.add_button, "add", "on_accent")
        self.add_button.setObjectName("AddQuestion")
        self.add_button.setAccessibleName(self.tr("Add the question"))
        self.add_button.setProperty("primary", "true")
        self.add_button.setMinimumHeight(BUTTON_HEIGHT)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.add_button)
        box.addLayout(row)
        self.limit = LimitNote(MAX_QUESTION_LENGTH)
        self.field.textChanged.connect(self.limit.update_for)
        box.addWidget(self.limit)

    def _add(self) -> None:
        text = clean_question(self.field.text())
        self.field.setFocus()
        if text:
            self.add_requested.emit(text)

    def added(self) -> None:
        """The question was saved: an empty field, ready for the next one."""
        self.field.clear()
        self.field.setFocus()
