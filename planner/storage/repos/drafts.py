"""Drafts of what is being written, saved as it is typed, so a crash never loses a note."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from planner.storage.repos.journal import stamp

if TYPE_CHECKING:
    from planner.storage.db import Database


class DraftRepository:
    """One draft per key (e.g. the check-in form); the body is the form's own JSON."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        row = self._db.connection.execute(
            "SELECT body FROM drafts WHERE key = ?", (key,)
        ).fetchone()
        return None if row is None else str(row[0])

    def save(self, key: str, body: str, now: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (key, body, saved_at_utc) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET body = excluded.body, "
                "saved_at_utc = excluded.saved_at_utc",
                (key, body, stamp(now)),
            )

    def clear(self, key: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE key = ?", (key,))
