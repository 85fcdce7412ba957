"""A full disk never reports "saved": the write fails in plain words and nothing is half-done."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.storage.database import SaveFailed, Store

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
    assert caught.value.message == DISK_FULL
    with pytest.raises(SaveFailed, match="disk is full"):
        store.settings.set("theme", "y" * 100_000)
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


def test_other_errors_roll_back_and_propagate(store: Store) -> None:
    with pytest.raises(SaveFailed) as caught:
        insert_then(store, "INSERT INTO settings (key, value) VALUES ('a', 'c')")
    assert "not be saved" in caught.value.message
    assert store.settings.all() == {}
    assert not store.connection.in_transaction


def test_non_database_errors_roll_back_unchanged(store: Store) -> None:
    def failing_write() -> None:
        with store.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
            raise LookupError("programming error")

    with pytest.raises(LookupError, match="programming error"):
        failing_write()
    assert store.settings.all() == {}
    assert not store.connection.in_transaction
