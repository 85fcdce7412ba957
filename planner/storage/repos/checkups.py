"""The person's checkups: a local date, an optional clock time, kind, place, results date."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from planner.domain.journal import Checkup, CheckupKind
from planner.storage.repos.journal import stamp

if TYPE_CHECKING:
    from planner.storage.db import Database

_COLUMNS = "id, day, at, zone, kind, place, results_on, note"


def _checkup(row: tuple[Any, ...]) -> Checkup:
    cid, day, at, zone, kind, place, results_on, note = row
    return Checkup(
        id=cid,
        day=date.fromisoformat(day),
        at=time.fromisoformat(at) if at else None,
        zone=zone,
        kind=CheckupKind(kind),
        place=place,
        results_on=date.fromisoformat(results_on) if results_on else None,
        note=note,
    )


def _values(c: Checkup) -> tuple[Any, ...]:
    return (
        c.day.isoformat(),
        c.at.isoformat(timespec="minutes") if c.at else None,
        c.zone,
        c.kind.value,
        c.place,
        c.results_on.isoformat() if c.results_on else None,
        c.note,
    )


class CheckupRepository:
    """Checkups in date order; each write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def all(self) -> list[Checkup]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM checkups ORDER BY day, coalesce(at, ''), id"
        )
        return [_checkup(r) for r in rows]

    def add(self, checkup: Checkup, now: datetime) -> Checkup:
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO checkups (day, at, zone, kind, place, results_on, note, "
                "created_at_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*_values(checkup), stamp(now)),
            )
        return Checkup(**{**checkup.__dict__, "id": cur.lastrowid})

    def update(self, checkup: Checkup) -> Checkup:
        assert checkup.id is not None
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE checkups SET day = ?, at = ?, zone = ?, kind = ?, place = ?, "
                "results_on = ?, note = ? WHERE id = ?",
                (*_values(checkup), checkup.id),
            )
        return checkup

    def delete(self, checkup_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM checkups WHERE id = ?", (checkup_id,))
