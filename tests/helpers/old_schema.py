"""Rows written the way older schema versions kept them, for the migration tests.

The repositories speak the current schema only, so a database of an older version is
filled with plain SQL here.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="milliseconds")


def log_old_reminder(
    conn: sqlite3.Connection,
    item_id: int,
    day: date,
    at: time,
    due: datetime,
    *,
    shown: datetime | None = None,
    last_shown: datetime | None = None,
    outcome: str | None = None,
    outcome_at: datetime | None = None,
    snoozed_until: datetime | None = None,
) -> None:
    """One reminder log row as versions 3 and 4 kept it: keyed by an item id, where version
    4 logged the evening check-in as item 0."""
    conn.execute(
        "INSERT INTO reminder_log (item_id, day, at, due_at_utc, first_shown_at_utc, "
        "last_shown_at_utc, outcome, outcome_at_utc, snoozed_until_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item_id,
            day.isoformat(),
            at.strftime("%H:%M"),
            _stamp(due),
            _stamp(shown),
            _stamp(last_shown or shown),
            outcome,
            _stamp(outcome_at),
            _stamp(snoozed_until),
        ),
    )
