"""Questions for the care team: add, reorder, mark asked, answer; and the check-ins
marked for the care team since the last checkup, which gather beside them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from planner.domain.journal import Checkup, JournalEntry
from planner.domain.questions import (
    Question,
    asked_at_checkup,
    checkup_for_asking,
    clean_question,
    next_visit,
    open_questions,
)
from planner.services.changes import Area, Changes

if TYPE_CHECKING:
    from planner.services.checklist import ChecklistService
    from planner.storage.store import Store

#: Check-ins for the care team are gathered from at most this long ago (no checkup yet).
CARE_NOTES_SPAN = timedelta(days=120)


class QuestionService:
    """Every write is announced on the bus as a questions change."""

    def __init__(self, store: Store, checklist: ChecklistService) -> None:
        self._store = store
        self._checklist = checklist
        self.bus = checklist.bus

    def today(self) -> date:
        return self._checklist.today()

    def _changed(self, origin: object) -> None:
        self.bus.publish(Changes.of(Area.QUESTIONS, origin=origin))

    # --- Reading -----------------------------------------------------------------

    def all(self) -> list[Question]:
        return self._store.questions.all()

    def open(self) -> list[Question]:
        """Not asked yet: for the next checkup, in the person's order."""
        return open_questions(self.all())

    def next_visit(self) -> Checkup | None:
        """The checkup the open questions are for."""
        return next_visit(self._store.checkups.shown(), self._checklist.today())

    def asked_by_checkup(self) -> list[tuple[Checkup | None, list[Question]]]:
        """Past checkups' questions with their answers, newest checkup first (questions
        whose checkup was removed come last, under None)."""
        questions = [q for q in self.all() if q.asked]
        checkups = {c.id: c for c in self._store.checkups.everything()}
        shown = {c.id for c in self._store.checkups.shown()}
        groups: list[tuple[Checkup | None, list[Question]]] = []
        ids = {q.checkup_id for q in questions if q.checkup_id in shown}
        for checkup in sorted(
            (checkups[i] for i in ids if i is not None), key=lambda c: c.day, reverse=True
        ):
            assert checkup.id is not None
            groups.append((checkup, asked_at_checkup(questions, checkup.id)))
        rest = [q for q in questions if q.checkup_id not in shown]
        if rest:
            groups.append((None, rest))
        return groups

    def care_checkins(self) -> list[JournalEntry]:
        """Check-ins marked "For my care team" since the last booked checkup before today
        began (or the last four months), oldest first. Those written on that checkup's day
        before its time were for that checkup, and are not gathered again."""
        today = self._checklist.today()
        past = [c for c in self._store.checkups.all() if c.day < today]
        if not past:
            return self._store.journal.care_team_entries(today - CARE_NOTES_SPAN, today)
        last = max(past, key=lambda c: c.starts())
        began = last.starts()
        entries = self._store.journal.care_team_entries(last.day, today)
        return [e for e in entries if e.day > last.day or e.at >= began]

    # --- Changing ------------------------------------------------------------------

    def add(self, text: str, *, origin: object = None) -> Question:
        """Add a question at the end of the list (raises QuestionError for empty text)."""
        saved = self._store.questions.add(Question(clean_question(text)), self._checklist.now())
        self._changed(origin)
        return saved

    def edit(self, question: Question, text: str, *, origin: object = None) -> Question:
        saved = self._store.questions.update(
            replace(question, text=clean_question(text)), self._checklist.now()
        )
        self._changed(origin)
        return saved

    def answer(self, question: Question, answer: str, *, origin: object = None) -> Question:
        saved = self._store.questions.update(
            replace(question, answer=answer.strip()), self._checklist.now()
        )
        self._changed(origin)
        return saved

    def set_asked(self, question: Question, asked: bool, *, origin: object = None) -> Question:
        """Mark asked (at the checkup of the last week, or else the next one) or not asked."""
        now = self._checklist.now()
        if asked:
            at = checkup_for_asking(self._store.checkups.shown(), self._checklist.today())
            changed = replace(question, asked_at=now, checkup_id=at.id if at else None)
        else:
            changed = replace(question, asked_at=None, checkup_id=None)
        saved = self._store.questions.update(changed, now)
        self._changed(origin)
        return saved

    def delete(self, question: Question, *, origin: object = None) -> None:
        assert question.id is not None
        self._store.questions.delete(question.id)
        self._changed(origin)

    def move(self, question: Question, new_index: int, *, origin: object = None) -> None:
        """Move an open question to ``new_index`` among the open ones."""
        ids = [q.id for q in self.open() if q.id is not None]
        if question.id not in ids:
            return
        ids.remove(question.id)
        ids.insert(max(0, min(new_index, len(ids))), question.id)
        self._store.questions.reorder(ids)
        self._changed(origin)

    def reorder(self, ids: Sequence[int], *, origin: object = None) -> None:
        self._store.questions.reorder(list(ids))
        self._changed(origin)
