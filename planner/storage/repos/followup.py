"""Follow-up schedules: kind, title, phases (as JSON text), the "book it" lead, a rebase."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from planner.domain.followup import FollowupSchedule, Phase, Rebase
from planner.domain.journal import CheckupKind
from planner.storage.repos.checkups import unplan_schedule
from planner.storage.repos.journal import stamp

if TYPE_CHECKING:
    from planner.storage.db import Database

_COLUMNS = "id, kind, title, phases, lead_days, source, rebase_number, rebase_on, position"


def phases_text(phases: tuple[Phase, ...]) -> str:
    return json.dumps([{"every_months": p.every_months, "months": p.months} for p in phases])


def phases_from(text: str) -> tuple[Phase, ...]:
    return tuple(
        Phase(int(p["every_months"]), None if p["months"] is None else int(p["months"]))
        for p in json.loads(text)
    )


def _schedule(row: tuple[Any, ...]) -> FollowupSchedule:
    sid, kind, title, phases, lead, source, number, on, position = row
    rebase = Rebase(number, date.fromisoformat(on)) if number is not None else None
    return FollowupSchedule(
        kind=CheckupKind(kind),
        title=title,
        phases=phases_from(phases),
        lead_days=lead,
        source=source,
        rebase=rebase,
        id=sid,
        position=position,
    )


def _values(s: FollowupSchedule) -> tuple[Any, ...]:
    rebase = s.rebase
    return (
        s.kind.value,
        s.title.strip(),
        phases_text(s.phases),
        s.lead_days,
        s.source,
        rebase.number if rebase else None,
        rebase.on.isoformat() if rebase else None,
    )


class FollowupRepository:
    """The follow-up schedules in the person's order; each write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def all(self) -> list[FollowupSchedule]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM followup_schedules ORDER BY position, id"
        )
        return [_schedule(r) for r in rows]

    def replace_all(
        self, schedules: list[FollowupSchedule], now: datetime
    ) -> list[FollowupSchedule]:
        """Save the whole list as given: rows with an id are updated, the others added,
        and saved rows missing from the list deleted: their booked checkups keep their
        dates, their planned ones are removed (nothing would plan or book them any more)."""
        saved: list[FollowupSchedule] = []
        with self._db.transaction() as conn:
            keep = {s.id for s in schedules if s.id is not None}
            for (sid,) in conn.execute("SELECT id FROM followup_schedules").fetchall():
                if sid not in keep:
                    unplan_schedule(conn, sid)
                    conn.execute("DELETE FROM followup_schedules WHERE id = ?", (sid,))
            for position, schedule in enumerate(schedules):
                if schedule.id is None:
                    cur = conn.execute(
                        f"INSERT INTO followup_schedules ({_COLUMNS.split(', ', 1)[1]}, "
                        "created_at_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*_values(schedule), position, stamp(now)),
                    )
                    saved.append(replace(schedule, id=cur.lastrowid, position=position))
                else:
                    conn.execute(
                        "UPDATE followup_schedules SET kind = ?, title = ?, phases = ?, "
                        "lead_days = ?, source = ?, rebase_number = ?, rebase_on = ?, "
                        "position = ? WHERE id = ?",
                        (*_values(schedule), position, schedule.id),
                    )
                    saved.append(replace(schedule, position=position))
        return saved

    def set_rebase(self, schedule_id: int, rebase: Rebase | None) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE followup_schedules SET rebase_number = ?, rebase_on = ? WHERE id = ?",
                (
                    rebase.number if rebase else None,
                    rebase.on.isoformat() if rebase else None,
                    schedule_id,
                ),
            )
