"""The person's checkups: booked, planned by a follow-up schedule, or removed.

``all()`` is the booked ones (what the journal's periods and phases are counted from);
``planned()`` the ones a schedule made that are not booked yet; ``everything()`` every
row, removed ones too (the calendar export cancels their events). Removing a checkup
keeps only what a calendar needs to cancel it: its place and note are emptied. A planned
checkup the schedule no longer has also lets go of its schedule and visit number, so the
plan can add that visit again later; one the person removed keeps them.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.storage.repos.journal import stamp

if TYPE_CHECKING:
    from planner.storage.db import Database

_COLUMNS = (
    "id, day, at, zone, kind, place, results_on, note, title, status, schedule_id, number, "
    "due_on, uid, sequence"
)
_WRITTEN = (
    "day, at, zone, kind, place, results_on, note, title, status, schedule_id, number, due_on"
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _checkup(row: tuple[Any, ...]) -> Checkup:
    (cid, day, at, zone, kind, place, results_on, note, title, status, schedule_id, number,
     due_on, uid, sequence) = row  # fmt: skip
    return Checkup(
        id=cid,
        day=date.fromisoformat(day),
        at=time.fromisoformat(at) if at else None,
        zone=zone,
        kind=CheckupKind(kind),
        place=place,
        results_on=_day(results_on),
        note=note,
        title=title,
        status=CheckupStatus(status),
        schedule_id=schedule_id,
        number=number,
        due_on=_day(due_on),
        uid=uid or "",
        sequence=sequence,
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
        c.title,
        c.status.value,
        c.schedule_id,
        c.number,
        c.due_on.isoformat() if c.due_on else None,
    )


def _unplan(conn: sqlite3.Connection, where: str, args: Sequence[Any]) -> None:
    """Planned checkups the schedule no longer has: removed (a calendar cancels their
    events) and let go of their schedule and visit number. Unlike a checkup the person
    removed, which keeps them so the schedule never plans that visit again, the plan may
    then add the visit anew when it comes back (the anchor set again, a schedule changed
    back, a visit moved back inside the planning window)."""
    conn.execute(
        "UPDATE checkups SET status = 'removed', place = '', note = '', schedule_id = NULL, "
        f"number = NULL, sequence = sequence + 1 WHERE status = 'planned' AND {where}",
        tuple(args),
    )


def unplan_schedule(conn: sqlite3.Connection, schedule_id: int) -> None:
    """Remove the planned checkups of a schedule that is being deleted (booked ones stay)."""
    _unplan(conn, "schedule_id = ?", (schedule_id,))


def new_uid() -> str:
    """A calendar UID, made once per checkup."""
    return f"{uuid.uuid4().hex}@between-checkups"


class CheckupRepository:
    """Checkups in date order; each write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def _select(self, where: str, args: Sequence[Any] = ()) -> list[Checkup]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM checkups WHERE {where} ORDER BY day, coalesce(at, ''), id",
            tuple(args),
        )
        return [_checkup(r) for r in rows]

    def all(self) -> list[Checkup]:
        """The booked checkups, past and coming."""
        return self._select("status = 'booked'")

    def planned(self) -> list[Checkup]:
        """The checkups a follow-up schedule planned that are not booked yet."""
        return self._select("status = 'planned'")

    def shown(self) -> list[Checkup]:
        """Booked and planned: what the Checkups page lists."""
        return self._select("status != 'removed'")

    def everything(self) -> list[Checkup]:
        """Every row, removed ones too (for the calendar export and the plan's bookkeeping)."""
        return self._select("1")

    def get(self, checkup_id: int) -> Checkup | None:
        found = self._select("id = ?", (checkup_id,))
        return found[0] if found else None

    def add(self, checkup: Checkup, now: datetime) -> Checkup:
        with self._db.transaction() as conn:
            return self._insert(conn, checkup, now)

    def _insert(self, conn: sqlite3.Connection, checkup: Checkup, now: datetime) -> Checkup:
        uid = checkup.uid or new_uid()
        cur = conn.execute(
            f"INSERT INTO checkups ({_WRITTEN}, uid, sequence, created_at_utc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*_values(checkup), uid, checkup.sequence, stamp(now)),
        )
        return replace(checkup, id=cur.lastrowid, uid=uid)

    def update(self, checkup: Checkup) -> Checkup:
        """Save the checkup's fields; its calendar SEQUENCE goes up when what a calendar
        shows changed (see ``Checkup.calendar_fields``)."""
        with self._db.transaction() as conn:
            return self._update(conn, checkup)

    def _update(self, conn: sqlite3.Connection, checkup: Checkup) -> Checkup:
        assert checkup.id is not None
        before = self.get(checkup.id)
        sequence = checkup.sequence
        if before is not None:
            sequence = max(sequence, before.sequence)
            if before.calendar_fields() != checkup.calendar_fields():
                sequence = before.sequence + 1
        uid = checkup.uid or (before.uid if before else "") or new_uid()
        sets = ", ".join(f"{name.strip()} = ?" for name in _WRITTEN.split(","))
        conn.execute(
            f"UPDATE checkups SET {sets}, uid = ?, sequence = ? WHERE id = ?",
            (*_values(checkup), uid, sequence, checkup.id),
        )
        return replace(checkup, uid=uid, sequence=sequence)

    def remove(self, checkup_id: int) -> None:
        """Take a checkup off the list: kept as removed, with its place and note emptied,
        so a calendar export can cancel its event (and a schedule does not plan it again)."""
        with self._db.transaction() as conn:
            self._remove(conn, checkup_id)

    def _remove(self, conn: sqlite3.Connection, checkup_id: int) -> None:
        conn.execute(
            "UPDATE checkups SET status = 'removed', place = '', note = '', "
            "sequence = sequence + 1 WHERE id = ? AND status != 'removed'",
            (checkup_id,),
        )

    # The old name, for the journal's delete (removed, as above).
    delete = remove

    def apply_plan(
        self,
        add: Sequence[Checkup],
        move: Sequence[tuple[int, date]],
        remove: Sequence[int],
        now: datetime,
    ) -> None:
        """A follow-up schedule's planned checkups, changed in one transaction. Only
        planned rows are moved or removed (a checkup booked meanwhile is the person's)."""
        with self._db.transaction() as conn:
            for checkup in add:
                self._insert(conn, checkup, now)
            for checkup_id, due in move:
                day = due.isoformat()
                conn.execute(
                    "UPDATE checkups SET sequence = sequence + (day != ?), day = ?, "
                    "due_on = ? WHERE id = ? AND status = 'planned'",
                    (day, day, day, checkup_id),
                )
            for checkup_id in remove:
                _unplan(conn, "id = ?", (checkup_id,))

    def save_many(self, checkups: Sequence[Checkup]) -> None:
        """Save several existing checkups in one transaction (a booking and the planned
        ones counted again from it)."""
        with self._db.transaction() as conn:
            for checkup in checkups:
                self._update(conn, checkup)
