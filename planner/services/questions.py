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
    asked_there,
    checkup_for_asking,
    clean_question,
    next_visit,
    open_questions,
)
from planner.services.changes import Area, Changes

if TYPE_CHECKING:
    from planner.services.checklist import ChecklistService
    from planner.services.journal import CareContact
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

    def everything(
        self,
    ) -> tuple[
        list[Question],
        Checkup | None,
        list[tuple[Checkup | None, list[Question]]],
        list[JournalEntry],
        CareContact,
    ]:
        """What the Questions page shows, read together: the open questions, the next
        visit, the asked ones by checkup, the check-ins for the care team, who to call."""
        return (
            self.open(),
            self.next_visit(),
            self.asked_by_checkup(),
            self.care_checkins(),
            self.care_contact(),
        )

    def care_contact(self) -> CareContact:
        """Who to call, as entered in Settings (shown with the notes for the care team)."""
        from planner.services.journal import CareContact
        from planner.services.settings import (
            CARE_PHONE,
            CARE_PHONE_AFTER_HOURS,
            CARE_TEAM_NAME,
            read_setting,
        )

        store = self._store
        return CareContact(
            read_setting(store, CARE_TEAM_NAME),
            read_setting(store, CARE_PHONE),
            read_setting(store, CARE_PHONE_AFTER_HOURS),
        )

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

    def asked_on(self, question: Question) -> date | None:
        """The local day a question was marked asked (None while it is open)."""
        if question.asked_at is None:
            return None
        return question.asked_at.astimezone(self._checklist.zone).date()

    def asked_by_checkup(self) -> list[tuple[Checkup | None, list[Question]]]:
        """The asked questions with their answers, under the checkup they were asked at,
        in the person's order; under None, those asked on other days (no checkup that
        week, a checkup taken off the list or moved later), newest first. The groups go
        newest first: a checkup's day, or the day the newest of the others was asked."""
        shown = {c.id: c for c in self._store.checkups.shown()}
        at: dict[int, Checkup] = {}
        others: list[Question] = []
        questions = [q for q in self.all() if q.asked]
        for question in questions:
            checkup = shown.get(question.checkup_id)
            day = self.asked_on(question)
            if checkup is None or checkup.id is None or day is None:
                others.append(question)
            elif asked_there(checkup, day):
                at[checkup.id] = checkup
            else:
                others.append(question)
        kept = {q.id for q in others}
        groups: list[tuple[date, Checkup | None, list[Question]]] = [
            (c.day, c, [q for q in asked_at_checkup(questions, i) if q.id not in kept])
            for i, c in at.items()
        ]
        if others:
            others.sort(key=lambda q: (q.asked_at, q.id or 0), reverse=True)
            groups.append((self.asked_on(others[0]) or date.min, None, others))
        groups.sort(key=lambda g: (g[0], g[1] is not None), reverse=True)
        return [(checkup, qs) for _day, checkup, qs in groups]

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
        """Mark asked (at the checkup of the last week, or at none) or not asked."""
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
