"""The schema, as an ordered list of migrations: entry i takes user_version i to i + 1."""

from __future__ import annotations

import sqlite3

SCHEMA_V1 = """
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    plan_key TEXT,
    title TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    schedule_kind TEXT NOT NULL,
    weekdays INTEGER NOT NULL DEFAULT 0,
    times_per_week INTEGER NOT NULL DEFAULT 0,
    interval_days INTEGER NOT NULL DEFAULT 0,
    anchor_date TEXT,
    due_date TEXT,
    target_amount REAL,
    target_unit TEXT,
    position INTEGER NOT NULL,
    archived_at_utc TEXT,
    created_on TEXT NOT NULL,
    created_at_utc TEXT NOT NULL
);
CREATE INDEX items_active_position ON items (archived_at_utc, position);
CREATE TABLE checkoffs (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'partial', 'skipped')),
    amount REAL,
    skip_reason TEXT,
    recorded_at_utc TEXT NOT NULL,
    zone TEXT NOT NULL,
    UNIQUE (item_id, day)
);
CREATE INDEX checkoffs_day ON checkoffs (day);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Version 2: reminder times per item, as "HH:MM" separated by commas ("" for none).
SCHEMA_V2 = """
ALTER TABLE items ADD COLUMN reminder_times TEXT NOT NULL DEFAULT '';
"""

# Version 3: the reminder log. One row per reminder (item, local day, clock time):
# when it fell due, when it was shown (first and last, for snoozes) and what the
# person did with it. Times are UTC ISO 8601.
SCHEMA_V3 = """
CREATE TABLE reminder_log (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    at TEXT NOT NULL,
    due_at_utc TEXT NOT NULL,
    first_shown_at_utc TEXT,
    last_shown_at_utc TEXT,
    outcome TEXT CHECK (outcome IN ('done', 'snoozed', 'skipped', 'missed')),
    outcome_at_utc TEXT,
    snoozed_until_utc TEXT,
    UNIQUE (item_id, day, at)
);
CREATE INDEX reminder_log_day ON reminder_log (day);
"""

MIGRATIONS: list[str] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3]


def split_statements(script: str) -> list[str]:
    """Cut a migration script into single statements, so they can run inside one transaction."""
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \t\r\n;"):
        statements.append(pending.strip().rstrip(";"))
    return statements
