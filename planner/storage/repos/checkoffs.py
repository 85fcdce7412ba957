"""Saving and reading the person's answers (done, partial, skipped) per item and local day."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from planner.domain.model import CheckOff, SkipReason, Status

if TYPE_CHECKING:
    from planner.storage.db import Database

_COLUMNS = "item_id, day, status, amount, skip_reason, recorded_at_utc, zone, skip_note"
_STREAM_BATCH = 500


def _checkoff_from_row(row: tuple[Any, ...]) -> CheckOff:
    """Build a domain CheckOff from a row selected with _COLUMNS."""
    item_id, day, status, amount, skip_reason, recorded_at, zone, skip_note = row
    return CheckOff(
        item_id=item_id,
        day=date.fromisoformat(day),
        status=Status(status),
        amount=amount,
        skip_reason=SkipReason(skip_reason) if skip_reason else None,
        recorded_at=datetime.fromisoformat(recorded_at),
        zone=zone,
        skip_note=skip_note or None,
    )


class CheckOffRepository:
    """Answers for (item, day): at most one each; recording again replaces the answer."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def record(self, checkoff: CheckOff) -> CheckOff:
        """Save (or replace) the answer for its item and day; returns it once COMMIT returned.

        ``recorded_at`` must be time zone aware (it is stored in UTC); None means now.
        """
        moment = checkoff.recorded_at or datetime.now(UTC)
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("recorded_at must be a time zone aware datetime")
        saved = replace(checkoff, recorded_at=moment.astimezone(UTC))
        assert saved.recorded_at is not None
        values = (
            saved.item_id,
            saved.day.isoformat(),
            Status(saved.status).value,
            saved.amount,
            SkipReason(saved.skip_reason).value if saved.skip_reason else None,
            saved.recorded_at.isoformat(),
            saved.zone,
            saved.skip_note or None,
        )
        with self._db.transaction() as conn:
            known = conn.execute("SELECT 1 FROM items WHERE id = ?", (saved.item_id,))
            if known.fetchone() is None:
                raise KeyError(saved.item_id)
            conn.execute(
                f"INSERT INTO checkoffs ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (item_id, day) DO UPDATE SET status = excluded.status, "
                "amount = excluded.amount, skip_reason = excluded.skip_reason, "
                "recorded_at_utc = excluded.recorded_at_utc, zone = excluded.zone, "
                "skip_note = excluded.skip_note",
                values,
            )
        return saved

    def undo(self, item_id: int, day: date) -> None:
        """Remove the answer for an item and day (secure_delete overwrites the old bytes)."""
        with self._db.transaction() as conn:
            conn.execute(
                "DELETE FROM checkoffs WHERE item_id = ? AND day = ?", (item_id, day.isoformat())
            )

    def get(self, item_id: int, day: date) -> CheckOff | None:
        """The answer for one item and day, or None when there is none."""
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM checkoffs WHERE item_id = ? AND day = ?",
            (item_id, day.isoformat()),
        ).fetchone()
        return None if row is None else _checkoff_from_row(row)

    def between(self, start: date, end: date) -> list[CheckOff]:
        """All answers from start to end inclusive, ordered by day then item."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM checkoffs WHERE day BETWEEN ? AND ? ORDER BY day, item_id",
            (start.isoformat(), end.isoformat()),
        )
        return [_checkoff_from_row(r) for r in rows]

    def done_days(self, start: date, end: date) -> dict[int, set[date]]:
        """Per item, the days from start to end it was done or partly done (no objects
        per answer: ten years of a checklist are tens of thousands of rows)."""
        rows = self._conn.execute(
            "SELECT item_id, day FROM checkoffs WHERE day BETWEEN ? AND ? "
            "AND status IN ('done', 'partial')",
            (start.isoformat(), end.isoformat()),
        )
        days: dict[int, set[date]] = {}
        parse = date.fromisoformat
        for item_id, day in rows:
            days.setdefault(item_id, set()).add(parse(day))
        return days

    def for_item(
        self, item_id: int, start: date | None = None, end: date | None = None
    ) -> list[CheckOff]:
        """One item's answers, optionally limited to start..end inclusive, ordered by day."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM checkoffs WHERE item_id = ? "
            "AND (? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?) ORDER BY day",
            (
                item_id,
                *(2 * [start.isoformat() if start else None]),
                *(2 * [end.isoformat() if end else None]),
            ),
        )
        return [_checkoff_from_row(r) for r in rows]

    def for_items(self, item_ids: Sequence[int]) -> list[CheckOff]:
        """All answers of the given items in one query, ordered by day then item."""
        if not item_ids:
            return []
        marks = ", ".join("?" for _ in item_ids)
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM checkoffs WHERE item_id IN ({marks}) ORDER BY day, item_id",
            tuple(item_ids),
        )
        return [_checkoff_from_row(r) for r in rows]

    def all(self) -> Iterator[CheckOff]:
        """Every answer ordered by day then item, streamed in batches (for export)."""
        cursor = self._conn.execute(f"SELECT {_COLUMNS} FROM checkoffs ORDER BY day, item_id")
        try:
            while batch := cursor.fetchmany(_STREAM_BATCH):
                yield from (_checkoff_from_row(r) for r in batch)
        finally:
            cursor.close()

    def count(self) -> int:
        """How many answers are saved."""
        return int(self._conn.execute("SELECT COUNT(*) FROM checkoffs").fetchone()[0])
