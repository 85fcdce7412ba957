"""Questions for the care team, in the person's order, each asked at one checkup once asked."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from planner.domain.questions import Question
from planner.storage.repos.journal import stamp

if TYPE_CHECKING:
    from planner.storage.db import Database

_COLUMNS = "id, text, position, answer, asked_at_utc, checkup_id"


def _question(row: tuple[Any, ...]) -> Question:
    qid, text, position, answer, asked, checkup_id = row
    return Question(
        id=qid,
        text=text,
        position=position,
        answer=answer,
        asked_at=datetime.fromisoformat(asked) if asked else None,
        checkup_id=checkup_id,
    )


class QuestionRepository:
    """Each write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def all(self) -> list[Question]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM questions ORDER BY position, id")
        return [_question(r) for r in rows]

    def get(self, question_id: int) -> Question | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM questions WHERE id = ?", (question_id,)
        ).fetchone()
        return None if row is None else _question(row)

    def add(self, question: Question, now: datetime) -> Question:
        """Add at the end of the list."""
        with self._db.transaction() as conn:
            (last,) = conn.execute("SELECT coalesce(max(position), -1) FROM questions").fetchone()
            cur = conn.execute(
                f"INSERT INTO questions ({_COLUMNS.split(', ', 1)[1]}, created_at_utc, "
                "updated_at_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    question.text,
                    last + 1,
                    question.answer,
                    stamp(question.asked_at) if question.asked_at else None,
                    question.checkup_id,
                    stamp(now),
                    stamp(now),
                ),
            )
        return replace(question, id=cur.lastrowid, position=last + 1)

    def update(self, question: Question, now: datetime) -> Question:
        assert question.id is not None
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE questions SET text = ?, answer = ?, asked_at_utc = ?, checkup_id = ?, "
                "updated_at_utc = ? WHERE id = ?",
                (
                    question.text,
                    question.answer,
                    stamp(question.asked_at) if question.asked_at else None,
                    question.checkup_id,
                    stamp(now),
                    question.id,
                ),
            )
        return question

    def delete(self, question_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM questions WHERE id = ?", (question_id,))

    def reorder(self, ids: Sequence[int]) -> None:
        """Put the questions in this order; the ones not named follow them, in the order
        they had (so no two questions share a place)."""
        with self._db.transaction() as conn:
            rows = conn.execute("SELECT id FROM questions ORDER BY position, id")
            known = [qid for (qid,) in rows]
            present = set(known)
            named = list(dict.fromkeys(qid for qid in ids if qid in present))
            chosen = set(named)
            rest = [qid for qid in known if qid not in chosen]
            for position, qid in enumerate(named + rest):
                conn.execute("UPDATE questions SET position = ? WHERE id = ?", (position, qid))
