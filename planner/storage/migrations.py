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

# Version 4: the journal. Check-ins with a full-text index over notes and tags (kept
# in step by triggers), checkups, the two-weekly screens, the care-team notes shown,
# and drafts of what is being written. The reminder log is rebuilt without its link
# to items, so the evening check-in (item 0, not a checklist item) can be logged too.
SCHEMA_V4 = """
CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    zone TEXT NOT NULL,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    worry INTEGER NOT NULL CHECK (worry BETWEEN 0 AND 10),
    energy INTEGER CHECK (energy BETWEEN 0 AND 10),
    sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 1 AND 3),
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    for_care_team INTEGER NOT NULL DEFAULT 0,
    updated_at_utc TEXT NOT NULL
);
CREATE INDEX journal_entries_at ON journal_entries (at_utc, id);
CREATE INDEX journal_entries_day ON journal_entries (day);
CREATE VIRTUAL TABLE journal_search USING fts5(
    note, tags, content='journal_entries', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER journal_entries_ai AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_search (rowid, note, tags) VALUES (new.id, new.note, new.tags);
END;
CREATE TRIGGER journal_entries_ad AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_search (journal_search, rowid, note, tags)
    VALUES ('delete', old.id, old.note, old.tags);
END;
CREATE TRIGGER journal_entries_au AFTER UPDATE OF note, tags ON journal_entries BEGIN
    INSERT INTO journal_search (journal_search, rowid, note, tags)
    VALUES ('delete', old.id, old.note, old.tags);
    INSERT INTO journal_search (rowid, note, tags) VALUES (new.id, new.note, new.tags);
END;
CREATE TABLE checkups (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    at TEXT,
    zone TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('oncologist', 'blood_test', 'scan', 'other')),
    place TEXT NOT NULL DEFAULT '',
    results_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at_utc TEXT NOT NULL
);
CREATE INDEX checkups_day ON checkups (day);
CREATE TABLE screens (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('phq2', 'gad2')),
    answer_1 INTEGER NOT NULL CHECK (answer_1 BETWEEN 0 AND 3),
    answer_2 INTEGER NOT NULL CHECK (answer_2 BETWEEN 0 AND 3),
    day TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    zone TEXT NOT NULL
);
CREATE INDEX screens_at ON screens (at_utc);
CREATE TABLE nudges (
    id INTEGER PRIMARY KEY,
    reason TEXT NOT NULL,
    shown_at_utc TEXT NOT NULL,
    dismissed_at_utc TEXT
);
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    saved_at_utc TEXT NOT NULL
);
CREATE TABLE reminder_log_v4 (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL,
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
INSERT INTO reminder_log_v4 SELECT * FROM reminder_log;
DROP TABLE reminder_log;
ALTER TABLE reminder_log_v4 RENAME TO reminder_log;
CREATE INDEX reminder_log_day ON reminder_log (day);
"""

# Version 5: reminder sources. Each row names the kind of reminder it is about ('item':
# a checklist item's, 'checkin': the evening check-in) and, for an item's, the item,
# with its foreign key back: deleting an item takes its reminders with it. The check-in
# has no item (NULL, never a made-up id). The key is unique over (kind, item, day, time);
# a plain UNIQUE would let NULLs repeat, so a unique index reads a missing item as -1
# (no row has that id), and the repository's upserts name the same expressions.
#
# Old rows: item 0 was the check-in and becomes kind 'checkin'; every other row keeps
# its id, item and times as kind 'item'. A row whose item no longer exists cannot have
# a foreign key and is left out: it belongs to nothing the person can see, and before
# version 4 deleting the item deleted it too (the app archives items, so only a file
# changed by hand has such rows). Written to run with foreign keys on: the new table is
# filled before the old one goes, and nothing refers to the reminder log.
#
# A new kind of reminder (checkups' "book it") is one more step like this one: its own
# nullable column with a foreign key, the kind in the two checks, and the key index.
SCHEMA_V5 = """
CREATE TABLE reminder_log_v5 (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('item', 'checkin')),
    item_id INTEGER REFERENCES items (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    at TEXT NOT NULL,
    due_at_utc TEXT NOT NULL,
    first_shown_at_utc TEXT,
    last_shown_at_utc TEXT,
    outcome TEXT CHECK (outcome IN ('done', 'snoozed', 'skipped', 'missed')),
    outcome_at_utc TEXT,
    snoozed_until_utc TEXT,
    CHECK ((kind = 'item') = (item_id IS NOT NULL))
);
INSERT INTO reminder_log_v5 (
    id, kind, item_id, day, at, due_at_utc, first_shown_at_utc, last_shown_at_utc,
    outcome, outcome_at_utc, snoozed_until_utc
)
SELECT
    id, CASE item_id WHEN 0 THEN 'checkin' ELSE 'item' END, nullif(item_id, 0), day, at,
    due_at_utc, first_shown_at_utc, last_shown_at_utc, outcome, outcome_at_utc,
    snoozed_until_utc
FROM reminder_log
WHERE item_id = 0 OR item_id IN (SELECT id FROM items);
DROP TABLE reminder_log;
ALTER TABLE reminder_log_v5 RENAME TO reminder_log;
CREATE UNIQUE INDEX reminder_log_key ON reminder_log (kind, ifnull(item_id, -1), day, at);
CREATE INDEX reminder_log_day ON reminder_log (day);
CREATE INDEX reminder_log_item ON reminder_log (item_id);
"""

# Version 6: a skip's own words. When a person skips with "Other reason", they may say
# what it was in one line; NULL when they gave none (and for every older answer).
SCHEMA_V6 = """
ALTER TABLE checkoffs ADD COLUMN skip_note TEXT;
"""

# Version 7: checkups prepared. Follow-up schedules (phases kept as JSON text, e.g.
# [{"every_months": 3, "months": 24}, {"every_months": 12, "months": null}]) make
# planned checkups; a checkup now has a status ('booked', 'planned', 'removed': kept
# only so a calendar export can cancel its event and the schedule does not plan it
# again), its schedule and visit number, the plan's due date, an optional title, and
# the calendar event's UID (made once) and SEQUENCE. Every checkup typed before this
# version is booked and gets its UID here. Questions for the care team, each asked at
# one checkup once asked. The reminder log learns two kinds that belong to a checkup
# ('book': book a planned checkup; 'visit': the day before and on the day), with a
# foreign key to checkups; it is rebuilt as in version 5 (same ids and rows).
SCHEMA_V7 = """
CREATE TABLE followup_schedules (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('oncologist', 'blood_test', 'scan', 'other')),
    title TEXT NOT NULL,
    phases TEXT NOT NULL,
    lead_days INTEGER NOT NULL CHECK (lead_days BETWEEN 0 AND 366),
    source TEXT NOT NULL DEFAULT '',
    rebase_number INTEGER,
    rebase_on TEXT,
    position INTEGER NOT NULL,
    created_at_utc TEXT NOT NULL,
    CHECK ((rebase_number IS NULL) = (rebase_on IS NULL))
);
ALTER TABLE checkups ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE checkups ADD COLUMN status TEXT NOT NULL DEFAULT 'booked'
    CHECK (status IN ('booked', 'planned', 'removed'));
ALTER TABLE checkups ADD COLUMN schedule_id INTEGER
    REFERENCES followup_schedules (id) ON DELETE SET NULL;
ALTER TABLE checkups ADD COLUMN number INTEGER;
ALTER TABLE checkups ADD COLUMN due_on TEXT;
ALTER TABLE checkups ADD COLUMN uid TEXT;
ALTER TABLE checkups ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
UPDATE checkups SET uid = lower(hex(randomblob(16))) || '@between-checkups';
CREATE UNIQUE INDEX checkups_uid ON checkups (uid);
CREATE INDEX checkups_schedule ON checkups (schedule_id, number);
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    asked_at_utc TEXT,
    checkup_id INTEGER REFERENCES checkups (id) ON DELETE SET NULL,
    created_at_utc TEXT NOT NULL,
    updated_at_utc TEXT NOT NULL
);
CREATE INDEX questions_checkup ON questions (checkup_id);
CREATE TABLE reminder_log_v7 (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('item', 'checkin', 'book', 'visit')),
    item_id INTEGER REFERENCES items (id) ON DELETE CASCADE,
    checkup_id INTEGER REFERENCES checkups (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    at TEXT NOT NULL,
    due_at_utc TEXT NOT NULL,
    first_shown_at_utc TEXT,
    last_shown_at_utc TEXT,
    outcome TEXT CHECK (outcome IN ('done', 'snoozed', 'skipped', 'missed')),
    outcome_at_utc TEXT,
    snoozed_until_utc TEXT,
    CHECK ((kind = 'item') = (item_id IS NOT NULL)),
    CHECK ((kind IN ('book', 'visit')) = (checkup_id IS NOT NULL))
);
INSERT INTO reminder_log_v7 (
    id, kind, item_id, checkup_id, day, at, due_at_utc, first_shown_at_utc,
    last_shown_at_utc, outcome, outcome_at_utc, snoozed_until_utc
)
SELECT
    id, kind, item_id, NULL, day, at, due_at_utc, first_shown_at_utc, last_shown_at_utc,
    outcome, outcome_at_utc, snoozed_until_utc
FROM reminder_log;
DROP TABLE reminder_log;
ALTER TABLE reminder_log_v7 RENAME TO reminder_log;
CREATE UNIQUE INDEX reminder_log_key
    ON reminder_log (kind, ifnull(item_id, -1), ifnull(checkup_id, -1), day, at);
CREATE INDEX reminder_log_day ON reminder_log (day);
CREATE INDEX reminder_log_item ON reminder_log (item_id);
CREATE INDEX reminder_log_checkup ON reminder_log (checkup_id);
"""

MIGRATIONS: list[str] = [
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_V4,
    SCHEMA_V5,
    SCHEMA_V6,
    SCHEMA_V7,
]


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
