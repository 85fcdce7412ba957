"""Schema upgrades: a backup first, one transaction each, and a failed one changes nothing."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.services.problems import describe
from planner.storage.errors import StoreError
from planner.storage.migrations import MIGRATIONS, split_statements
from planner.storage.store import Store

NOW = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)
# A made-up next migration, appended after the real ones.
EXTRA = """
ALTER TABLE items ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO notes (body) VALUES ('semi;colon');
"""
BROKEN_EXTRA = """
ALTER TABLE items ADD COLUMN colour TEXT;
INSERT INTO settings (key, value) VALUES ('half', 'done');
UPDATE no_such_table SET x = 1;
"""


def make_v1(db_path: Path) -> None:
    """A database as the first release (schema version 1) left it, written with plain SQL."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")  # as the app always left it
    for statement in split_statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO items (title, category, schedule_kind, position, created_on, created_at_utc)"
        " VALUES ('Tea', 'other', 'daily', 0, '2024-01-01', '2024-01-01T09:30:00+00:00')"
    )
    conn.execute(
        "INSERT INTO checkoffs (item_id, day, status, recorded_at_utc, zone)"
        " VALUES (1, '2024-01-02', 'done', '2024-01-02T09:30:00+00:00', 'Europe/Berlin')"
    )
    conn.execute("INSERT INTO settings (key, value) VALUES ('theme', 'dark')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_a_database_from_the_first_release_opens_with_its_data(db_path: Path) -> None:
    make_v1(db_path)
    store = Store.open(db_path)
    try:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        (tea,) = store.items.active()
        assert (tea.title, tea.reminders) == ("Tea", ())
        assert [(c.day, c.status.value) for c in store.checkoffs.for_item(tea.id)] == [
            (date(2024, 1, 2), "done")
        ]
        assert store.settings.get("theme") == "dark"
        assert store.reminder_log.for_item(tea.id) == []
    finally:
        store.close()
    assert len(list((db_path.parent / "backups").glob("planner-*Z-before-v2.db"))) == 1


def test_split_statements_respects_quotes_and_triggers() -> None:
    script = (
        "CREATE TABLE t (x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN "
        "UPDATE t SET x = 'a;b'; END;\nINSERT INTO t VALUES (';')"
    )
    assert len(split_statements(script)) == 3
    assert len(split_statements(MIGRATIONS[0])) == 5


def test_upgrade_backs_up_and_keeps_data(db_path: Path) -> None:
    make_v1(db_path)
    store = Store.open(db_path, migrations=[*MIGRATIONS, EXTRA])
    try:
        assert not store.is_new
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == len(MIGRATIONS) + 1
        assert [i.title for i in store.items.active()] == ["Tea"]
        assert store.settings.get("theme") == "dark"
        row = store.connection.execute("SELECT colour FROM items").fetchone()
        assert row == ("blue",)
        assert store.connection.execute("SELECT body FROM notes").fetchall() == [("semi;colon",)]
    finally:
        store.close()
    (backup,) = (db_path.parent / "backups").glob("planner-*Z-before-v2.db")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA user_version").fetchone() == (1,)
        assert copy.execute("SELECT title FROM items").fetchall() == [("Tea",)]
    finally:
        copy.close()


def test_failed_migration_leaves_file_byte_identical(db_path: Path) -> None:
    make_v1(db_path)
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(db_path, migrations=[*MIGRATIONS, BROKEN_EXTRA])
    assert "Nothing was changed" in describe(caught.value)
    assert db_path.read_bytes() == before
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT value FROM settings WHERE key = 'half'").fetchall() == []
        columns = [r[1] for r in conn.execute("PRAGMA table_info(items)")]
        assert "colour" not in columns
        assert "reminder_times" not in columns  # the real v2 step was rolled back too
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()


def test_fresh_database_gets_no_backup(db_path: Path) -> None:
    Store.open(db_path, migrations=[*MIGRATIONS, EXTRA]).close()
    assert list((db_path.parent / "backups").glob("*.db")) == []


def test_version_6_gives_every_older_answer_an_empty_skip_note(db_path: Path) -> None:
    make_v1(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO checkoffs (item_id, day, status, skip_reason, recorded_at_utc, zone) "
        "VALUES (1, '2024-01-03', 'skipped', 'other', '2024-01-03T10:00:00+00:00', 'UTC')"
    )
    conn.commit()
    conn.close()
    store = Store.open(db_path)
    try:
        done, skipped = store.checkoffs.all()
        assert (done.skip_note, skipped.skip_reason, skipped.skip_note) == (None, "other", None)
        columns = {row[1]: row for row in store.connection.execute("PRAGMA table_info(checkoffs)")}
        assert columns["skip_note"][3] == 0  # nullable
    finally:
        store.close()
