"""The screens asked every two weeks, as answered, and the care-team notes that were shown."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import TYPE_CHECKING

from planner.domain.screens import NudgeReason, ScreenKind, ScreenResult
from planner.storage.repos.journal import stamp

if TYPE_CHECKING:
    from planner.storage.db import Database


class WellbeingRepository:
    """Screens and nudges; each write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def add_screens(self, results: list[ScreenResult]) -> None:
        """Save the screens answered together (all or none)."""
        with self._db.transaction() as conn:
            for r in results:
                conn.execute(
                    "INSERT INTO screens (kind, answer_1, answer_2, day, at_utc, zone) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (r.kind.value, *r.answers, r.day.isoformat(), stamp(r.at), r.zone),
                )

    def screens(self, since: datetime | None = None) -> list[ScreenResult]:
        """Screens answered at or after ``since`` (all when None), oldest first."""
        rows = self._conn.execute(
            "SELECT id, kind, answer_1, answer_2, day, at_utc, zone FROM screens "
            "WHERE at_utc >= ? ORDER BY at_utc, id",
            (stamp(since) if since else "",),
        )
        return [
            ScreenResult(
                id=sid,
                kind=ScreenKind(kind),
                answers=(a1, a2),
                day=date.fromisoformat(day),
                at=datetime.fromisoformat(at),
                zone=zone,
            )
            for sid, kind, a1, a2, day, at, zone in rows
        ]

    def last_screen_day(self) -> date | None:
        row = self._conn.execute("SELECT max(day) FROM screens").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def log_nudge(self, reason: NudgeReason, now: datetime) -> int:
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO nudges (reason, shown_at_utc) VALUES (?, ?)",
                (reason.value, stamp(now)),
            )
        return int(cur.lastrowid or 0)

    def dismiss_nudge(self, nudge_id: int, now: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE nudges SET dismissed_at_utc = ? WHERE id = ?", (stamp(now), nudge_id)
            )

    def last_nudge(self) -> tuple[int, NudgeReason, datetime, datetime | None] | None:
        """The latest note shown: (id, reason, shown at, dismissed at)."""
        row = self._conn.execute(
            "SELECT id, reason, shown_at_utc, dismissed_at_utc FROM nudges "
            "ORDER BY shown_at_utc DESC, id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        nid, reason, shown, dismissed = row
        return (
            nid,
            NudgeReason(reason),
            datetime.fromisoformat(shown),
            datetime.fromisoformat(dismissed) if dismissed else None,
        )

    def nudges(self) -> list[tuple[NudgeReason, datetime, datetime | None]]:
        """Every note shown, oldest first (export)."""
        rows = self._conn.execute(
            "SELECT reason, shown_at_utc, dismissed_at_utc FROM nudges ORDER BY shown_at_utc, id"
        )
        return [
            (NudgeReason(r), datetime.fromisoformat(s), datetime.fromisoformat(d) if d else None)
            for r, s, d in rows
        ]
