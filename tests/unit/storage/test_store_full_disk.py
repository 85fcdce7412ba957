"""A full disk never reports "saved": the write fails in plain words and nothing is half-done."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.services.problems import describe
from planner.storage.errors import SaveFailed
from planner.storage.store import Store

TODAY = date(2024, 3, 4)
NOW = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)
DISK_FULL = "The disk is full, so this was not saved. Free some space and try again."


def fill_disk(store: Store) -> None:
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages + 3}")


def test_full_disk_saves_nothing(store: Store) -> None:
    (kept,) = store.items.add_many([Item("kept", Schedule.daily())], today=TODAY, now=NOW)
    assert kept.id is not None
    store.checkoffs.record(CheckOff(kept.id, TODAY, Status.DONE, recorded_at=NOW))
    store.settings.set("theme", "dark")
    fill_disk(store)
    big = [Item(f"big {n} " + "x" * 4000, Schedule.daily()) for n in range(40)]
    with pytest.raises(SaveFailed) as caught:
        store.items.add_many(big, today=TODAY, now=NOW)
    assert describe(caught.value) == DISK_FULL
    with pytest.raises(SaveFailed) as caught:
        store.settings.set("theme", "y" * 100_000)
    assert describe(caught.value) == DISK_FULL
    assert not store.connection.in_transaction
    assert store.items.active() == [kept]
    assert store.settings.all() == {"theme": "dark"}
    assert store.checkoffs.count() == 1
    assert store.integrity_ok()
    store.connection.execute("PRAGMA max_page_count = 1073741823")
    assert len(store.items.add_many(big, today=TODAY, now=NOW)) == 40


def insert_then(store: Store, second: str) -> None:
    """Insert a setting, then run a second statement in the same transaction."""
    with store.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
        conn.execute(second)


def test_our_own_bugs_roll_back_and_propagate_as_they_are(store: Store) -> None:
    # A broken constraint is the app's mistake, not the disk's: it is not dressed up as
    # "could not be saved" (the excepthook logs it), and nothing is half-written.
    with pytest.raises(sqlite3.IntegrityError):
        insert_then(store, "INSERT INTO settings (key, value) VALUES ('a', 'c')")
    assert store.settings.all() == {}
    assert not store.connection.in_transaction


def test_a_locked_file_is_the_environments_fault_and_says_not_saved(
    store: Store, db_path: Path
) -> None:
    store.connection.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(SaveFailed) as caught:
            store.settings.set("theme", "dark")
        assert "could not be saved" in describe(caught.value)
        assert "Nothing was changed" in describe(caught.value)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert store.settings.all() == {}


def test_non_database_errors_roll_back_unchanged(store: Store) -> None:
    def failing_write() -> None:
        with store.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
            raise LookupError("programming error")

    with pytest.raises(LookupError, match="programming error"):
        failing_write()
    assert store.settings.all() == {}
    assert not store.connection.in_transaction
