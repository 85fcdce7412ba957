"""The Questions page: questions for the next checkup, the check-ins marked for the care
team, and the questions asked at past checkups with their answers.

The lists are drawn again after each change (here or elsewhere: the tray, Today, the
Journal), keeping the scroll position, the control that had the keyboard, and any
question or answer being written. Each change made here says so in the status line at
the foot (with Undo); a change made elsewhere clears that line, which may no longer be
true. An editor opened in place is scrolled into view, down to its Save and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.domain.journal import Checkup
from planner.domain.questions import Question
from planner.services.changes import Area, Changes
from planner.services.questions import QuestionService
from planner.ui.kit.ops import OpResult, log_only, run_op
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scaled_font, scrolling_page
from planner.ui.questions.add_row import AddRow
from planner.ui.questions.asked_section import AskedRow, AskedSection
from planner.ui.questions.care_notes import CareSection, section_heading, section_label
from planner.ui.questions.emptying import empty_layout
from planner.ui.questions.in_view import InView
from planner.ui.questions.list_place import (
    FocusSpot,
    RowKey,
    chain_tabs,
    drafts,
    key_of,
    resolve,
    spot_of,
)
from planner.ui.questions.question_row import QuestionRow
from planner.ui.questions.question_words import (
    checkup_heading,
    for_visit,
    not_sent,
    question_count,
)
from planner.ui.questions.undo_bar import UndoBar

Asked = list[tuple[Checkup | None, list[Question]]]


class QuestionsPage(Page):
    """Add, reorder, mark asked, edit and delete the questions for the next checkup; see
    the check-ins for the care team; write down the answers given at past checkups."""

    areas = (Area.QUESTIONS, Area.CHECKUPS, Area.JOURNAL)

    def __init__(self, questions: QuestionService, parent: QWidget | None = None) -> None:
        super().__init__(questions.bus, parent)
        self.setObjectName("QuestionsPage")
        self._questions = questions
        self._acting = False
        self._changed_meanwhile = False
        self._focus_next: FocusSpot | None = None
        self._reveal = False
        #: Since the last "Asked": a double click marks one question, not the next as well.
        self._since_asked = QElapsedTimer()
        #: The row whose words are being saved: not opened again with them once saved.
        self._saving: RowKey | None = None
        self.open_rows: list[QuestionRow] = []

        layout = scrolling_page(self, self.tr("Questions for your care team"), spacing=10)
        scroll = self.findChild(QScrollArea)
        assert scroll is not None
        self.scroll = scroll
        self.scroll.setObjectName("QuestionsScroll")
        self.in_view = InView(scroll)
        self.body = scroll.widget()
        title = self.body.findChild(QLabel, "PageTitle")
        if title is not None:
            title.setWordWrap(True)  # a long title in a narrow window: two lines, no side scroll
        self.for_label = section_label("", "QuestionsFor")
        self.for_label.setFont(scaled_font(self.for_label, 1.15, bold=True))
        layout.addWidget(self.for_label)
        layout.addWidget(section_label(not_sent(), "QuestionsNotSent", muted=True))
        self.add_row = AddRow()
        self.add_row.add_requested.connect(self._add)
        self.field = self.add_row.field
        self.add_button = self.add_row.add_button
        layout.addWidget(self.add_row)

        layout.addSpacing(6)
        heading_row = QHBoxLayout()
        heading_row.setSpacing(12)
        heading = section_heading(self.tr("Your questions"), "OpenHeading")
        heading_row.addWidget(heading)
        self.count_label = section_label("", "QuestionCount", muted=True)
        heading_row.addWidget(self.count_label, 1)
        layout.addLayout(heading_row)
        self.open_empty = section_label(
            self.tr(
                "Nothing on your list yet. When a question comes to mind, write it here: a "
                "few words are enough. At your visit, your list will be ready, so you do not "
                "have to remember it all."
            ),
            "OpenEmpty",
            muted=True,
        )
        layout.addWidget(self.open_empty)
        self.open_box = QVBoxLayout()
        self.open_box.setSpacing(10)
        layout.addLayout(self.open_box)

        layout.addSpacing(14)
        self.care = CareSection()
        layout.addWidget(self.care)
        layout.addSpacing(14)
        self.asked = AskedSection()
        self.asked.answer_saved.connect(self._answer)
        self.asked.not_asked.connect(self._not_asked)
        self.asked.wants_room.connect(self.in_view.show)
        layout.addWidget(self.asked)
        layout.addStretch(1)

        foot = QVBoxLayout()
        foot.setContentsMargins(32, 0, 32, 10)
        self.undo_bar = UndoBar()
        foot.addWidget(self.undo_bar)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.addLayout(foot)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_bar.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.refresh()

    # --- reading and drawing -------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if self._acting:  # this page's own change: drawn once, when it is done
            self._changed_meanwhile = self._changed_meanwhile or changes.touches(*self.areas)
            return
        if changes.origin is not self and changes.touches(Area.QUESTIONS, Area.CHECKUPS):
            # Changed elsewhere: "Added as number 3" and its Undo may no longer be true.
            self.undo_bar.end()
        super().on_changes(changes)

    def refresh(self) -> None:
        """Read the questions, the care-team check-ins and the checkups again, and draw
        them, keeping the scroll position, the keyboard's place and any open editor."""
        q = self._questions
        read = run_op(self, q.everything, report=log_only)
        if read.value is None:
            return
        open_questions, upcoming, asked, care, contact = read.value
        spot, reveal = self._focus_next, self._reveal
        self._focus_next, self._reveal = None, False
        focus = self.focusWidget()
        in_rows = focus is not None and any(r.isAncestorOf(focus) for r in self._all_rows())
        if spot is None and focus is not None and in_rows:
            spot = spot_of(focus, self.open_rows, self.asked_rows)
        typed = drafts(self._all_rows())
        typed.pop(self._saving, None)
        bar = self.scroll.verticalScrollBar()
        scrolled = bar.value()
        if in_rows:
            self.scroll.setFocus()  # parked, so deleting the old rows sends it nowhere

        self.for_label.setText(for_visit(upcoming, q.today()))
        self._draw_open(open_questions)
        self.care.show_entries(care, contact)
        others = next((qs for checkup, qs in asked if checkup is None), [])
        days = {question.id: q.asked_on(question) for question in others}
        self.asked.show_groups(asked, {i: d for i, d in days.items() if d}, q.today())
        for row in self._all_rows():
            if key_of(row) in typed:
                row.open_editor(typed[key_of(row)], focus=False)
        chain_tabs([self.field, self.add_button], self._all_rows(), [self.undo_bar.undo_button])

        column = self.body.layout()
        if column is not None:
            column.activate()
        self.body.adjustSize()
        bar.setValue(scrolled)
        if spot is not None and self.isVisible():
            target = resolve(spot, self.open_rows, self.asked_rows, self.field)
            target.setFocus()
            if reveal:
                self.scroll.ensureWidgetVisible(target, 20, 40)

    def _draw_open(self, questions: list[Question]) -> None:
        empty_layout(self.open_box)
        self.open_rows = []
        self.open_empty.setVisible(not questions)
        self.count_label.setText(question_count(len(questions)) if questions else "")
        for number, question in enumerate(questions, start=1):
            row = QuestionRow(question, number, len(questions), self.body)
            row.move_requested.connect(self._move)
            row.asked_clicked.connect(self._asked)
            row.edit_saved.connect(self._edit)
            row.delete_clicked.connect(self._delete)
            row.wants_room.connect(self.in_view.show)
            self.open_box.addWidget(row)
            row.show()  # now: the scroll range is known before it is restored
            self.open_rows.append(row)

    @property
    def asked_rows(self) -> list[AskedRow]:
        return self.asked.rows

    def _all_rows(self) -> list[QuestionRow | AskedRow]:
        return [*self.open_rows, *self.asked_rows]

    # --- for the window ------------------------------------------------------

    def focus_add_field(self) -> None:
        """Put the keyboard in the field for a new question (from a menu or shortcut)."""
        self.field.setFocus()
        self.scroll.ensureWidgetVisible(self.field, 20, 40)

    def row_for(self, question_id: int) -> QuestionRow | None:
        return next((r for r in self.open_rows if r.question.id == question_id), None)

    def asked_row_for(self, question_id: int) -> AskedRow | None:
        return next((r for r in self.asked_rows if r.question.id == question_id), None)

    # --- actions -------------------------------------------------------------

    def _act(
        self, action: Callable[[], object], spot: FocusSpot | None, *, reveal: bool = True
    ) -> OpResult[object]:
        """Run one change through ``run_op``, then draw the page once, the keyboard going
        to ``spot``; true when it was saved (with the saved value)."""
        self._acting = True
        try:
            done = run_op(self, action)
        finally:
            self._acting = False
        if self._changed_meanwhile:
            self._changed_meanwhile = False
            self._focus_next, self._reveal = spot, reveal
            self.mark_stale()
        return done

    def _current(self, question_id: int | None) -> Question | None:
        """The question as saved now (it may have changed since the row was drawn)."""
        return next((q for q in self._questions.all() if q.id == question_id), None)

    def _index(self, question: Question) -> int:
        return next((i for i, r in enumerate(self.open_rows) if r.question.id == question.id), 0)

    def _add(self, text: str) -> None:
        q = self._questions
        saved = self._act(lambda: q.add(text, origin=self), None).value
        if not isinstance(saved, Question):
            return  # not saved: the words stay in the field
        self.add_row.added()
        self.undo_bar.offer(
            self.tr("Added to your list as number {number}.").format(number=len(self.open_rows)),
            lambda: self._undo(lambda: q.delete(saved, origin=self), FocusSpot("add", None, "")),
        )

    def _undo(self, action: Callable[[], object], spot: FocusSpot | None) -> None:
        self._act(action, spot)

    def _move(self, question: Question, step: int) -> None:
        index = self._index(question)
        new = index + step
        if not 0 <= new < len(self.open_rows):
            return
        row = self.open_rows[index]
        focus = self.focusWidget()
        role = row.role_of(focus) if focus is not None and row.isAncestorOf(focus) else None
        spot = FocusSpot("open", question.id, role or ("up" if step < 0 else "down"), new)
        q = self._questions
        if not self._act(lambda: q.move(question, new, origin=self), spot):
            return
        self.undo_bar.offer(
            self.tr("Moved to number {number}.").format(number=new + 1),
            lambda: self._undo(
                lambda: self._move_back(question.id, index),
                FocusSpot("open", question.id, role or "asked", index),
            ),
        )

    def _move_back(self, question_id: int | None, index: int) -> None:
        current = self._current(question_id)
        if current is not None and not current.asked:
            self._questions.move(current, index, origin=self)

    def _asked(self, question: Question) -> None:
        since = self._since_asked
        if since.isValid() and since.elapsed() < QApplication.doubleClickInterval():
            return  # the second half of a double click, landing on the next question
        since.start()
        index = self._index(question)
        q = self._questions
        # The keyboard goes to the next question's card, not its Asked: a quick second
        # press of Space must not mark that one too.
        spot = FocusSpot("open", None, "card", index)
        current = self._current(question.id) or question
        saved = self._act(lambda: q.set_asked(current, True, origin=self), spot).value
        if not isinstance(saved, Question):
            return
        group = self.asked.group_of(saved.id)
        where = checkup_heading(group.checkup if group else None)
        self.undo_bar.offer(
            self.tr("Marked as asked. You will find it below, under “{checkup}”.").format(
                checkup=where
            ),
            lambda: self._undo(
                lambda: self._set_asked(saved.id, False),
                FocusSpot("open", saved.id, "asked", index),
            ),
        )

    def _set_asked(self, question_id: int | None, asked: bool) -> None:
        current = self._current(question_id)
        if current is not None:
            self._questions.set_asked(current, asked, origin=self)

    def _edit(self, question: Question, text: str) -> None:
        spot = FocusSpot("open", question.id, "edit", self._index(question))
        current = self._current(question.id) or question
        self._saving = (False, question.id)
        try:
            done = self._act(lambda: self._questions.edit(current, text, origin=self), spot)
        finally:
            self._saving = None
        if done:
            self.undo_bar.offer(
                self.tr("Question changed."),
                lambda: self._undo(lambda: self._words_back(current, False), spot),
            )

    def _words_back(self, before: Question, answer: bool) -> None:
        """Put back the words (or the answer) a question had before it was changed."""
        current, q = self._current(before.id), self._questions
        if current is not None and answer:
            q.answer(current, before.answer, origin=self)
        elif current is not None:
            q.edit(current, before.text, origin=self)

    def _delete(self, question: Question) -> None:
        index = self._index(question)
        q = self._questions
        spot = FocusSpot("open", None, "delete", index)
        gone = self._current(question.id) or question
        if not self._act(lambda: q.delete(gone, origin=self), spot):
            return

        def put_back() -> None:
            saved = q.add(gone.text, origin=self)
            q.move(saved, index, origin=self)
            if gone.answer:
                q.answer(saved, gone.answer, origin=self)

        self.undo_bar.offer(
            self.tr("Question deleted."),
            lambda: self._undo(put_back, FocusSpot("open", None, "delete", index)),
        )

    def _answer(self, question: Question, text: str) -> None:
        index = next((i for i, r in enumerate(self.asked_rows) if r.question.id == question.id), 0)
        spot = FocusSpot("asked", question.id, "answer", index)
        current = self._current(question.id) or question
        self._saving = (True, question.id)
        try:
            done = self._act(lambda: self._questions.answer(current, text, origin=self), spot)
        finally:
            self._saving = None
        if done:
            self.undo_bar.offer(
                self.tr("Answer saved."),
                lambda: self._undo(lambda: self._words_back(current, True), spot),
            )

    def _not_asked(self, question: Question) -> None:
        index = next((i for i, r in enumerate(self.asked_rows) if r.question.id == question.id), 0)
        q = self._questions
        # The next asked question's "Write the answer", not its "Not asked after all".
        spot = FocusSpot("asked", None, "answer", index, moved_id=question.id)
        current = self._current(question.id) or question
        saved = self._act(lambda: q.set_asked(current, False, origin=self), spot).value
        if not isinstance(saved, Question):
            return
        self.undo_bar.offer(
            self.tr("Back on your list for your next checkup."),
            lambda: self._undo(
                lambda: self._set_asked(saved.id, True),
                FocusSpot("asked", saved.id, "back", index),
            ),
        )
