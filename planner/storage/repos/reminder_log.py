"""The reminder log: each reminder's due time, when it was shown, and what was done with it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from planner.domain.reminder_rules import LogEntry, Outcome, ReminderKey
from planner.domain.reminder_sources import ReminderSource, SourceKind
from planner.domain.reminders import DueReminder

if TYPE_CHECKING:
    from planner.storage.db import Database

_COLUMNS = (
    "kind, item_id, checkup_id, day, at, due_at_utc, first_shown_at_utc, last_shown_at_utc, "
    "outcome, outcome_at_utc, snoozed_until_utc"
)
#: The expressions of the unique index ``reminder_log_key`` (an upsert names them again).
_KEY = "kind, ifnull(item_id, -1), ifnull(checkup_id, -1), day, at"


def _stamp(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("reminder log times must be time zone aware")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _entry(row: tuple[Any, ...]) -> LogEntry:
    kind, item_id, checkup_id, day, at, due, first, last, outcome, outcome_at, snoozed = row
    due_at = _moment(due)
    assert due_at is not None
    return LogEntry(
        source=ReminderSource(SourceKind(kind), item_id if checkup_id is None else checkup_id),
        day=date.fromisoformat(day),
        at=time.fromisoformat(at),
        due_at=due_at,
        first_shown_at=_moment(first),
        last_shown_at=_moment(last),
        outcome=Outcome(outcome) if outcome else None,
        outcome_at=_moment(outcome_at),
        snoozed_until=_moment(snoozed),
    )


class ReminderLogRepository:
    """Rows keyed by (source, local day, clock time); each write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def since(self, first_day: date) -> dict[ReminderKey, LogEntry]:
        """Every row for local days from ``first_day`` on."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM reminder_log WHERE day >= ?", (first_day.isoformat(),)
        )
        entries = (_entry(row) for row in rows)
        return {e.key: e for e in entries}

    def for_item(self, item_id: int) -> list[LogEntry]:
        """A checklist item's rows, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM reminder_log WHERE kind = ? AND item_id = ? "
            "ORDER BY due_at_utc, id",
            (SourceKind.ITEM.value, item_id),
        )
        return [_entry(row) for row in rows]

    def for_kind(self, kind: SourceKind) -> list[LogEntry]:
        """The rows of one kind of reminder (say, the evening check-in's), oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM reminder_log WHERE kind = ? ORDER BY due_at_utc, id",
            (kind.value,),
        )
        return [_entry(row) for row in rows]

    def pending_snoozes(self) -> list[LogEntry]:
        """Rows snoozed and not shown again since: they are still to come."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM reminder_log WHERE outcome = 'snoozed' AND "
            "(last_shown_at_utc IS NULL OR last_shown_at_utc < snoozed_until_utc)"
        )
        return [_entry(row) for row in rows]

    def all(self) -> list[LogEntry]:
        """Every row, in due-time order (for the export)."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM reminder_log ORDER BY due_at_utc, id")
        return [_entry(row) for row in rows]

    def mark_shown(self, reminders: Iterable[DueReminder], now: datetime) -> None:
        """Record that these reminders were shown at ``now`` (first time or after a snooze)."""
        stamp = _stamp(now)
        with self._db.transaction() as conn:
            for r in reminders:
                conn.execute(
                    f"INSERT INTO reminder_log ({_COLUMNS}) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL) "
                    f"ON CONFLICT ({_KEY}) DO UPDATE SET "
                    "first_shown_at_utc = "
                    "coalesce(first_shown_at_utc, excluded.first_shown_at_utc), "
                    "last_shown_at_utc = excluded.last_shown_at_utc",
                    (*self._key(r), _stamp(r.instant), stamp, stamp),
                )

    def set_outcome(
        self,
        reminders: Iterable[DueReminder],
        outcome: Outcome,
        now: datetime,
        snoozed_until: datetime | None = None,
    ) -> None:
        """Record what became of these reminders (a snooze needs the time it ends)."""
        if (outcome is Outcome.SNOOZED) != (snoozed_until is not None):
            raise ValueError("a snooze, and only a snooze, has an end time")
        stamp, until = _stamp(now), _stamp(snoozed_until)
        with self._db.transaction() as conn:
            for r in reminders:
                conn.execute(
                    f"INSERT INTO reminder_log ({_COLUMNS}) "
                    "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?) "
                    f"ON CONFLICT ({_KEY}) DO UPDATE SET outcome = excluded.outcome, "
                    "outcome_at_utc = excluded.outcome_at_utc, "
                    "snoozed_until_utc = excluded.snoozed_until_utc",
                    (*self._key(r), _stamp(r.instant), outcome.value, stamp, until),
                )

    @staticmethod
    def _key(r: DueReminder) -> tuple[str, int | None, int | None, str, str]:
        source = r.source
        at = r.at.isoformat(timespec="minutes")
        return (source.kind.value, source.item_id, source.checkup_id, r.day.isoformat(), at)
