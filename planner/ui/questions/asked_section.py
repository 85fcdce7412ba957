"""The questions asked at a checkup (or on other days, each with its day), with their
answers: "Write the answer" opens a note in place (Save / Cancel), and "Not asked after
all" puts a question back on the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from planner.domain.journal import Checkup
from planner.domain.questions import MAX_ANSWER_LENGTH, Question
from planner.ui.kit.text_fields import TextArea
from planner.ui.kit.theme import colors, scaled_font
from planner.ui.questions.button_row import ButtonRow
from planner.ui.questions.emptying import empty_layout
from planner.ui.questions.in_view import GrowWatch
from planner.ui.questions.question_row import plain_label, row_button, save_cancel_row
from planner.ui.questions.question_words import answer_limit, asked_on, checkup_heading, quoted

#: The answer's note opens this tall (in lines of text); it scrolls inside when longer.
ANSWER_LINES = 4


class AskedRow(QWidget):
    """One asked question: its words, the day it was asked (when at no checkup), its
    answer (or that none is written down yet), and the buttons to write or change the
    answer and to put it back on the list.

    Signals:
        answer_saved(object, str): the question and the answer as written.
        not_asked(object): the question.
        wants_room(QWidget, QWidget): the open answer's note and its Save, to be in view.
    """

    answer_saved = Signal(object, str)
    not_asked = Signal(object)
    wants_room = Signal(QWidget, QWidget)

    def __init__(
        self, question: Question, asked_day: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("AskedQuestion")
        self.setProperty("questionId", question.id)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 6)
        box.setSpacing(6)
        self.text = plain_label(question.text, "AskedText")
        self.text.setFont(scaled_font(self.text, 1.05, bold=True))
        box.addWidget(self.text)
        self.asked_day = QLabel(asked_day)
        self.asked_day.setObjectName("AskedDay")
        self.asked_day.setProperty("role", "muted")
        self.asked_day.setWordWrap(True)
        self.asked_day.setVisible(bool(asked_day))
        box.addWidget(self.asked_day)
        self.answer = plain_label(question.answer, "AskedAnswer")
        self.answer.setVisible(bool(question.answer))
        box.addWidget(self.answer)
        self.no_answer = QLabel(self.tr("No answer written down yet."))
        self.no_answer.setObjectName("NoAnswer")
        self.no_answer.setProperty("role", "muted")
        self.no_answer.setVisible(not question.answer)
        box.addWidget(self.no_answer)
        spoken = (
            self.tr("Asked: {question}. Answer: {answer}").format(
                question=question.text, answer=question.answer
            )
            if question.answer
            else self.tr("Asked: {question}. No answer written down yet.").format(
                question=question.text
            )
        )
        if asked_day:
            spoken = self.tr("{day}. {question}", "when it was asked, then the question").format(
                day=asked_day, question=spoken
            )
        self.setAccessibleName(spoken)
        self._build_editor(box)

        quote = quoted(question.text)
        if question.answer:
            self.answer_button = row_button(
                self.tr("Change the answer"),
                "ChangeAnswer",
                self.tr("Change the answer to: {question}").format(question=quote),
                "edit",
            )
        else:
            self.answer_button = row_button(
                self.tr("Write the answer"),
                "WriteAnswer",
                self.tr("Write the answer to: {question}").format(question=quote),
                "edit",
            )
        self.answer_button.clicked.connect(lambda: self.open_editor())
        self.back_button = row_button(
            self.tr("Not asked after all"),
            "NotAsked",
            self.tr("Not asked after all, put it back on the list: {question}").format(
                question=quote
            ),
            "undo",
        )
        self.back_button.clicked.connect(lambda: self.not_asked.emit(self.question))
        self.buttons = ButtonRow([self.answer_button], [self.back_button])
        box.addWidget(self.buttons)

    def _build_editor(self, box: QVBoxLayout) -> None:
        self.editor = QWidget()
        column = QVBoxLayout(self.editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.field = TextArea(MAX_ANSWER_LENGTH)
        self.field.setObjectName("AnswerField")
        self.field.setAccessibleName(
            self.tr("The answer to: {question}").format(question=quoted(self.question.text))
        )
        self.field.setPlaceholderText(self.tr("What did your care team say?"))
        self.field.setTabChangesFocus(True)  # Tab goes on to Save, as in a form
        lines = self.field.fontMetrics().lineSpacing() * ANSWER_LINES
        self.field.setMinimumHeight(lines + 16)
        self.field.setMaximumHeight(lines * 2 + 16)
        self.field.installEventFilter(self)
        self.field.trimmed.connect(self._trimmed)
        column.addWidget(self.field)
        self.limit = QLabel()
        self.limit.setObjectName("AnswerLimit")
        self.limit.setWordWrap(True)
        self.limit.setProperty("role", "muted")
        self.limit.setVisible(False)
        column.addWidget(self.limit)
        row, self.save_button, self.cancel_button = save_cancel_row(
            (self.tr("Save"), "SaveAnswer", self.tr("Save the answer")),
            (self.tr("Cancel"), "CancelAnswer", self.tr("Close without saving the answer")),
        )
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.close_editor)
        column.addLayout(row)
        self.editor.setVisible(False)
        box.addWidget(self.editor)
        grow = GrowWatch(self.editor)
        grow.grew.connect(lambda: self.wants_room.emit(self.editor, self.save_button))

    # --- writing the answer ----------------------------------------------------

    def open_editor(self, text: str | None = None, *, focus: bool = True) -> None:
        """Open the answer's note (``text``: words typed before the list was redrawn)."""
        self.field.setPlainText(self.question.answer if text is None else text)
        self.field.moveCursor(self.field.textCursor().MoveOperation.End)
        self.limit.setVisible(False)
        self.buttons.setVisible(False)
        self.answer.setVisible(False)
        self.no_answer.setVisible(False)
        self.editor.setVisible(True)
        if focus:
            self.field.setFocus()
            self.wants_room.emit(self.editor, self.save_button)

    def close_editor(self) -> None:
        focus = self.focusWidget()
        had_focus = focus is not None and self.editor.isAncestorOf(focus)
        self.editor.setVisible(False)
        self.answer.setVisible(bool(self.question.answer))
        self.no_answer.setVisible(not self.question.answer)
        self.buttons.setVisible(True)
        if had_focus:
            self.answer_button.setFocus()

    def editing(self) -> bool:
        return not self.editor.isHidden()

    def draft(self) -> str | None:
        """The answer being written, kept when the list is drawn again."""
        return self.field.toPlainText() if self.editing() else None

    def _trimmed(self, limit: int) -> None:
        self.limit.setText(answer_limit(limit))
        self.limit.setVisible(True)

    def _save(self) -> None:
        text = self.field.toPlainText().strip()
        if text == self.question.answer:
            self.close_editor()
            return
        self.answer_saved.emit(self.question, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.field and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key == Qt.Key.Key_Escape or (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                elif key == Qt.Key.Key_Escape:
                    self.close_editor()
                else:
                    self._save()
                return True
        return super().eventFilter(watched, event)

    # --- keyboard ------------------------------------------------------------

    def control(self, role: str) -> QWidget:
        """The control for ``role`` ("answer", "back", "field"), or the nearest one."""
        if self.editing():
            return self.field
        return self.back_button if role == "back" else self.answer_button

    def role_of(self, widget: QWidget) -> str | None:
        if widget is self.answer_button:
            return "answer"
        if widget is self.back_button:
            return "back"
        if widget in (self.field, self.save_button, self.cancel_button):
            return "field"
        return None

    def focus_chain(self) -> list[QWidget]:
        return [
            self.field,
            self.save_button,
            self.cancel_button,
            self.answer_button,
            self.back_button,
        ]


class AskedGroup(QFrame):
    """One checkup's heading and the questions asked there."""

    def __init__(
        self,
        checkup: Checkup | None,
        questions: list[Question],
        days: dict[int | None, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.checkup = checkup
        self.setObjectName("Panel")
        self.setProperty("checkupId", checkup.id if checkup else None)
        heading_text = checkup_heading(checkup)
        self.setAccessibleName(heading_text)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 14)
        box.setSpacing(4)
        self.heading = QLabel(heading_text)
        self.heading.setObjectName("AskedHeading")
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(self.heading, 1.15, bold=True))
        box.addWidget(self.heading)
        self.rows: list[AskedRow] = []
        for index, question in enumerate(questions):
            if index:
                line = QFrame()
                line.setObjectName("AskedDivider")
                line.setFixedHeight(1)
                line.setStyleSheet(f"background: {colors()['border']}; border: none;")
                box.addSpacing(4)
                box.addWidget(line)
                box.addSpacing(4)
            # At no checkup: each question says the day it was asked.
            row = AskedRow(question, (days or {}).get(question.id, "") if checkup is None else "")
            box.addWidget(row)
            self.rows.append(row)


class AskedSection(QWidget):
    """ "Asked at your checkups": a group per checkup and one for the questions asked on
    other days, newest first; or what this is for.

    Signals:
        answer_saved(object, str): a question and its answer as written.
        not_asked(object): a question to put back on the list.
        wants_room(QWidget, QWidget): an open answer's note and its Save, to be in view.
    """

    answer_saved = Signal(object, str)
    not_asked = Signal(object)
    wants_room = Signal(QWidget, QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AskedSection")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        heading = QLabel(self.tr("Asked at your checkups"))
        heading.setObjectName("AskedSectionHeading")
        heading.setWordWrap(True)
        heading.setFont(scaled_font(heading, 1.25, bold=True))
        box.addWidget(heading)
        self.empty = QLabel(
            self.tr(
                "When you mark a question as asked, it is kept here under its checkup. You "
                "can write down the answer, so you have it later."
            )
        )
        self.empty.setObjectName("AskedEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        box.addWidget(self.empty)
        self.groups_box = QVBoxLayout()
        self.groups_box.setSpacing(10)
        box.addLayout(self.groups_box)
        self.groups: list[AskedGroup] = []

    def show_groups(
        self,
        asked: list[tuple[Checkup | None, list[Question]]],
        days: dict[int | None, date] | None = None,
        today: date | None = None,
    ) -> None:
        """Draw ``asked`` (a group of None: asked on other days, on ``days``)."""
        empty_layout(self.groups_box)
        self.groups = []
        self.empty.setVisible(not asked)
        said = {i: asked_on(day, today or day) for i, day in (days or {}).items()}
        for checkup, questions in asked:
            group = AskedGroup(checkup, questions, said, self)
            for row in group.rows:
                row.answer_saved.connect(self.answer_saved)
                row.not_asked.connect(self.not_asked)
                row.wants_room.connect(self.wants_room)
            self.groups_box.addWidget(group)
            group.show()  # now: the page's scroll range is known before it is restored
            self.groups.append(group)

    @property
    def rows(self) -> list[AskedRow]:
        return [row for group in self.groups for row in group.rows]

    def group_of(self, question_id: int | None) -> AskedGroup | None:
        return next(
            (g for g in self.groups if any(r.question.id == question_id for r in g.rows)), None
        )
