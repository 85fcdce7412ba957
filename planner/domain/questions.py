"""Questions for the care team: written down between checkups, asked at one, answered.

A question that has not been asked belongs to the next checkup, whichever that is: it
moves on by itself when a checkup passes without it being asked. Marking it asked ties
it to the checkup of the last week it was asked at (see ``checkup_for_asking``), which
keeps it, with its answer, from then on; with no such checkup it was asked on a day of
its own (no checkup at all: never one that has not happened yet). Nothing here reads
the clock.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from planner.domain.journal.checkups import Checkup, CheckupKind, CheckupStatus

MAX_QUESTION_LENGTH = 500
MAX_ANSWER_LENGTH = 4000
#: A question marked asked this many days after a checkup was asked at that checkup.
ASKED_AFTER_DAYS = 7


class QuestionProblem(StrEnum):
    """Why a question cannot be saved as given."""

    EMPTY = "empty"
    TOO_LONG = "too_long"  # limit: MAX_QUESTION_LENGTH
    ANSWER_TOO_LONG = "answer_too_long"  # limit: MAX_ANSWER_LENGTH


class QuestionError(ValueError):
    def __init__(self, problem: QuestionProblem, limit: int | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.limit = limit


@dataclass(frozen=True)
class Question:
    """One question; ``asked_at`` and ``checkup_id`` are set when it was asked."""

    text: str
    position: int = 0
    answer: str = ""
    asked_at: datetime | None = None
    checkup_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise QuestionError(QuestionProblem.EMPTY)
        if len(self.text) > MAX_QUESTION_LENGTH:
            raise QuestionError(QuestionProblem.TOO_LONG, MAX_QUESTION_LENGTH)
        if len(self.answer) > MAX_ANSWER_LENGTH:
            raise QuestionError(QuestionProblem.ANSWER_TOO_LONG, MAX_ANSWER_LENGTH)
        if self.asked_at is not None and self.asked_at.tzinfo is None:
            raise ValueError("asked_at must be an aware datetime")

    @property
    def asked(self) -> bool:
        return self.asked_at is not None


#: Unicode categories that break or garble a one-line question: control characters,
#: line and paragraph separators, lone surrogates (which cannot even be saved).
_BREAKING = frozenset({"Cc", "Cs", "Zl", "Zp"})


def clean_question(text: str) -> str:
    """A question as kept: one line, single spaces, no control characters. Invisible
    format characters are kept inside words (the joiner in an emoji such as a family,
    the direction marks of Arabic or Hebrew), but a text of nothing else is empty."""
    kept = "".join(" " if unicodedata.category(ch) in _BREAKING else ch for ch in text)
    cleaned = " ".join(kept.split())
    if all(unicodedata.category(ch) == "Cf" or ch == " " for ch in cleaned):
        return ""
    return cleaned


def _for_questions(checkups: Iterable[Checkup]) -> list[Checkup]:
    """The checkups questions can be asked at: booked or planned, visits first."""
    return [c for c in checkups if c.status is not CheckupStatus.REMOVED]


def next_visit(checkups: Iterable[Checkup], today: date) -> Checkup | None:
    """The checkup the open questions are for: the next oncologist visit from today on
    (booked before planned on the same day), or else the next checkup of any kind."""
    ahead = sorted(
        (c for c in _for_questions(checkups) if c.day >= today),
        key=lambda c: (c.day, not c.booked, c.at is None, c.at, c.id or 0),
    )
    visits = [c for c in ahead if c.kind is CheckupKind.ONCOLOGIST]
    chosen = visits or ahead
    return chosen[0] if chosen else None


def checkup_for_asking(checkups: Iterable[Checkup], today: date) -> Checkup | None:
    """The checkup a question marked asked today was asked at: a booked checkup today or
    in the last ``ASKED_AFTER_DAYS`` days (the latest, oncologist visits first). None when
    there is none: the question was asked on another day, at no checkup (never at one
    still to come)."""
    recent = sorted(
        (
            c
            for c in checkups
            if c.booked and today - timedelta(days=ASKED_AFTER_DAYS) <= c.day <= today
        ),
        key=lambda c: (c.kind is CheckupKind.ONCOLOGIST, c.day, c.id or 0),
    )
    return recent[-1] if recent else None


def asked_there(checkup: Checkup, asked_on: date) -> bool:
    """Whether a question marked asked on ``asked_on`` can have been asked at ``checkup``:
    not when the checkup is later (its day was moved, or an older version of the app
    tied the question to the next checkup)."""
    return checkup.day <= asked_on


def open_questions(questions: Sequence[Question]) -> list[Question]:
    """The questions not asked yet, in the person's order."""
    return sorted((q for q in questions if not q.asked), key=lambda q: (q.position, q.id or 0))


def asked_at_checkup(questions: Sequence[Question], checkup_id: int) -> list[Question]:
    """The questions asked at one checkup, in the person's order."""
    return sorted(
        (q for q in questions if q.asked and q.checkup_id == checkup_id),
        key=lambda q: (q.position, q.id or 0),
    )
