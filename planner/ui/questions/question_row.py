"""One open question: its number and words, Move up / Move down, Asked, Edit, Delete.

Edit turns the words into a field in place (Enter saves, Escape puts the words back).
Alt+Up and Alt+Down move the question from any of its buttons. The card itself can hold
the keyboard (not a Tab stop): after a question is marked asked, the next one's card has
it, where Space or Enter does nothing, so a second quick press marks nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.questions import MAX_QUESTION_LENGTH, Question, clean_question
from planner.ui.kit.fields import error_label
from planner.ui.kit.text_fields import TextArea
from planner.ui.kit.theme import colors, scaled_font, set_icon
from planner.ui.kit.wrapped_label import WrappedLabel
from planner.ui.questions.button_row import ButtonRow
from planner.ui.questions.in_view import GrowWatch
from planner.ui.questions.limit_note import LimitNote
from planner.ui.questions.question_words import quoted

#: Every button of a row is at least this tall: an easy target for tired hands.
BUTTON_HEIGHT = 40
#: The field for changing a question opens this many lines tall (it grows to twice that).
EDIT_LINES = 2


def plain_label(text: str, name: str) -> WrappedLabel:
    """A wrapped label that shows the person's words as typed (never as markup)."""
    label = WrappedLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def row_button(text: str, name: str, accessible: str, icon: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setAutoDefault(False)
    if icon is not None:
        set_icon(button, icon)
    return button


def save_cancel_row(
    save: tuple[str, str, str], cancel: tuple[str, str, str]
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """An inline editor's Save (primary) and Cancel, each (text, object name, spoken name),
    side by side on the left."""
    row = QHBoxLayout()
    row.setSpacing(8)
    save_button = row_button(*save)
    save_button.setProperty("primary", "true")
    cancel_button = row_button(*cancel)
    row.addWidget(save_button)
    row.addWidget(cancel_button)
    row.addStretch(1)
    return row, save_button, cancel_button


class QuestionRow(QFrame):
    """A card for one open question.

    Signals:
        move_requested(object, int): the question and the step (-1 up, 1 down).
        asked_clicked(object): the question.
        edit_saved(object, str): the question and its new words.
        delete_clicked(object): the question.
        wants_room(QWidget, QWidget): the open field and its Save, to be in view.
    """

    move_requested = Signal(object, int)
    asked_clicked = Signal(object)
    edit_saved = Signal(object, str)
    delete_clicked = Signal(object)
    wants_room = Signal(QWidget, QWidget)

    def __init__(
        self, question: Question, number: int, count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("Panel")
        self.setProperty("questionId", question.id)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # given the keyboard, never tabbed to
        self.setStyleSheet(f"QFrame#Panel:focus {{ border: 2px solid {colors()['accent']}; }}")
        self.setAccessibleName(
            self.tr("Question {number} of {count}: {text}").format(
                number=number, count=count, text=question.text
            )
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 12)
        box.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(12)
        self.number = QLabel(
            self.tr("{number}.", "a question's place in the list").format(number=number)
        )
        self.number.setObjectName("QuestionNumber")
        self.number.setFont(scaled_font(self.number, 1.15, bold=True))
        self.number.setProperty("role", "title")
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        self.text = plain_label(question.text, "QuestionText")
        self.text.setFont(scaled_font(self.text, 1.1))
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.text)
        self.editor = self._build_editor()
        words.addWidget(self.editor)
        grow = GrowWatch(self.editor)
        grow.grew.connect(lambda: self.wants_room.emit(self.editor, self.save_button))
        top.addLayout(words, 1)
        box.addLayout(top)

        self._build_buttons(box, number, count)
        # Alt+Up / Alt+Down from any of the row's buttons (the field has its own keys).
        for button in (
            self.up_button,
            self.down_button,
            self.asked_button,
            self.edit_button,
            self.delete_button,
        ):
            button.installEventFilter(self)

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        editor.setObjectName("QuestionEditor")
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        # A wrapping field, so a long question can be read whole while it is changed; it
        # is kept as one line (Enter saves, a pasted line break becomes a space).
        self.field = TextArea(MAX_QUESTION_LENGTH)
        self.field.setObjectName("EditQuestionField")
        self.field.setAccessibleName(self.tr("Change the question"))
        self.field.setTabChangesFocus(True)
        self.field.setFont(scaled_font(self.field, 1.1))  # as large as the words it holds
        line = self.field.fontMetrics().lineSpacing()
        self.field.setMinimumHeight(line * EDIT_LINES + 16)
        self.field.setMaximumHeight(line * EDIT_LINES * 2 + 16)
        self.field.installEventFilter(self)
        column.addWidget(self.field)
        self.limit = LimitNote(MAX_QUESTION_LENGTH)
        self.field.textChanged.connect(lambda: self.limit.update_for(self.field.toPlainText()))
        column.addWidget(self.limit)
        self.problem = error_label()
        self.problem.setObjectName("EditQuestionProblem")
        column.addWidget(self.problem)
        row, self.save_button, self.cancel_button = save_cancel_row(
            (self.tr("Save"), "SaveQuestion", self.tr("Save the question")),
            (self.tr("Cancel"), "CancelQuestionEdit", self.tr("Keep the question as it was")),
        )
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.close_editor)
        column.addLayout(row)
        editor.setVisible(False)
        return editor

    def _build_buttons(self, box: QVBoxLayout, number: int, count: int) -> None:
        quote = quoted(self.question.text)
        self.up_button = row_button(
            "", "MoveQuestionUp", self.tr("Move up: {question}").format(question=quote), "up"
        )
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.setEnabled(number > 1)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(self.question, -1))
        self.down_button = row_button(
            "", "MoveQuestionDown", self.tr("Move down: {question}").format(question=quote), "down"
        )
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.setEnabled(number < count)
        self.down_button.clicked.connect(lambda: self.move_requested.emit(self.question, 1))
        for button in (self.up_button, self.down_button):
            button.setMinimumWidth(BUTTON_HEIGHT + 8)
        self.asked_button = row_button(
            self.tr("Asked"),
            "MarkAsked",
            self.tr("Mark as asked: {question}").format(question=quote),
            "done",
        )
        self.asked_button.setToolTip(self.tr("I asked this at my checkup"))
        self.asked_button.clicked.connect(lambda: self.asked_clicked.emit(self.question))
        self.edit_button = row_button(
            self.tr("Edit"),
            "EditQuestion",
            self.tr("Edit: {question}").format(question=quote),
            "edit",
        )
        self.edit_button.clicked.connect(lambda: self.open_editor())
        self.delete_button = row_button(
            self.tr("Delete"),
            "DeleteQuestion",
            self.tr("Delete: {question}").format(question=quote),
        )
        self.delete_button.clicked.connect(lambda: self.delete_clicked.emit(self.question))
        self.buttons = ButtonRow(
            [self.up_button, self.down_button],
            [self.asked_button, self.edit_button, self.delete_button],
        )
        box.addWidget(self.buttons)

    # --- editing in place ----------------------------------------------------

    def open_editor(self, text: str | None = None, *, focus: bool = True) -> None:
        """Show the words in a field (``text``: words typed before the list was redrawn)."""
        self.field.setPlainText(self.question.text if text is None else text)
        self.field.moveCursor(self.field.textCursor().MoveOperation.End)
        self.problem.setVisible(False)
        self.text.setVisible(False)
        self.buttons.setVisible(False)
        self.editor.setVisible(True)
        if focus:
            self.field.setFocus()
            self.wants_room.emit(self.editor, self.save_button)

    def close_editor(self) -> None:
        had_focus = self.editor.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.editor.setVisible(False)
        self.text.setVisible(True)
        self.buttons.setVisible(True)
        if had_focus:
            self.edit_button.setFocus()

    def editing(self) -> bool:
        return not self.editor.isHidden()

    def draft(self) -> str | None:
        """The words in the open field, kept when the list is drawn again."""
        return self.field.toPlainText() if self.editing() else None

    def _save(self) -> None:
        text = clean_question(self.field.toPlainText())
        if not text:
            self.problem.setText(
                self.tr("A question needs a few words. To take it off the list, use Delete.")
            )
            self.problem.setVisible(True)
            return
        if text == self.question.text:
            self.close_editor()
            return
        self.edit_saved.emit(self.question, text)

    # --- keyboard ------------------------------------------------------------

    def _controls(self) -> dict[str, QWidget]:
        return {
            "card": self,
            "up": self.up_button,
            "down": self.down_button,
            "asked": self.asked_button,
            "edit": self.edit_button,
            "delete": self.delete_button,
            "field": self.field,
            "save": self.field,
            "cancel": self.field,
        }

    def control(self, role: str) -> QWidget:
        """The control for ``role`` ("card", "up", "down", "asked", "edit", "delete",
        "field") if a person can reach it now, else the nearest one that they can."""
        if self.editing():
            return self.field
        chosen = self._controls().get(role)
        if chosen is not None and chosen is not self.field and chosen.isEnabled():
            return chosen
        if role == "up" and self.down_button.isEnabled():
            return self.down_button
        if role == "down" and self.up_button.isEnabled():
            return self.up_button
        return self.asked_button

    def role_of(self, widget: QWidget) -> str | None:
        """Which control ``widget`` is (the field's Save and Cancel count as the field)."""
        if widget in (self.save_button, self.cancel_button):
            return "field"
        return next((role for role, w in self._controls().items() if w is widget), None)

    def focus_chain(self) -> list[QWidget]:
        """The row's controls in Tab order (the card first: Tab from it goes to them)."""
        return [
            self,
            self.up_button,
            self.down_button,
            self.asked_button,
            self.edit_button,
            self.delete_button,
            self.field,
            self.save_button,
            self.cancel_button,
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        if watched is self.field:
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # ours: the window must not take Escape or Enter
                elif key == Qt.Key.Key_Escape:
                    self.close_editor()
                else:
                    self._save()
                return True
            return super().eventFilter(watched, event)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key)
        # Arrow keys may come flagged as keypad keys; Alt is what matters.
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if step and modifiers == Qt.KeyboardModifier.AltModifier:
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # ours: no shortcut or mnemonic may take it
            elif (step < 0 and self.up_button.isEnabled()) or (
                step > 0 and self.down_button.isEnabled()
            ):
                self.move_requested.emit(self.question, step)
            return True
        return super().eventFilter(watched, event)
