"""Schema upgrades: a backup first, one transaction each, and a failed one changes nothing."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.domain.model import Item, Schedule
from planner.storage.database import Store, StoreError
from planner.storage.migrations import MIGRATIONS, split_statements

NOW = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)
V2 = """
ALTER TABLE items ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO notes (body) VALUES ('semi;colon');
"""
BROKEN_V2 = """
ALTER TABLE items ADD COLUMN colour TEXT;
INSERT INTO settings (key, value) VALUES ('half', 'done');
UPDATE no_such_table SET x = 1;
"""


def make_v1(db_path: Path) -> None:
    store = Store.open(db_path, migrations=MIGRATIONS[:1])
    store.items.add(Item("Tea", Schedule.daily()), today=date(2024, 1, 1), now=NOW)
    store.settings.set("theme", "dark")
    store.close()


def test_split_statements_respects_quotes_and_triggers() -> None:
    script = (
        "CREATE TABLE t (x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN "
        "UPDATE t SET x = 'a;b'; END;\nINSERT INTO t VALUES (';')"
    )
    assert len(split_statements(script)) == 3
    assert len(split_statements(MIGRATIONS[0])) == 5


def test_upgrade_backs_up_and_keeps_data(db_path: Path) -> None:
    make_v1(db_path)
    store = Store.open(db_path, migrations=[MIGRATIONS[0], V2])
    try:
        assert not store.is_new
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == 2
        assert [i.title for i in store.items.active()] == ["Tea"]
        assert store.settings.get("theme") == "dark"
        row = store.connection.execute("SELECT colour FROM items").fetchone()
        assert row == ("blue",)
        assert store.connection.execute("SELECT body FROM notes").fetchall() == [("semi;colon",)]
    finally:
        store.close()
    (backup,) = db_path.parent.glob("planner.db.before-v2-*.bak")
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
        Store.open(db_path, migrations=[MIGRATIONS[0], BROKEN_V2])
    assert "Nothing was changed" in caught.value.message
    assert db_path.read_bytes() == before
    store = Store.open(db_path, migrations=MIGRATIONS[:1])
    try:
        assert store.settings.get("half") is None
        columns = [r[1] for r in store.connection.execute("PRAGMA table_info(items)")]
        assert "colour" not in columns
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        store.close()


def test_fresh_database_gets_no_backup(db_path: Path) -> None:
    Store.open(db_path, migrations=[MIGRATIONS[0], V2]).close()
    assert list(db_path.parent.glob("*.bak")) == []
