"""Restoring a backup: checked first, a safety backup of the data as it was, then one
atomic swap; a refused backup changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from planner.domain.model import Item, Schedule
from planner.storage.backups import BackupError, BackupProblem, list_backups
from planner.storage.migrations import MIGRATIONS
from planner.storage.opening import family
from planner.storage.restoring import back_up, restore_backup
from planner.storage.store import Store
from tests.helpers.storage import NOW, TODAY

KNOWN = len(MIGRATIONS)
LATER = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)


def add(path: Path, *titles: str) -> None:
    store = Store.open(path)
    try:
        for title in titles:
            store.items.add(Item(title, Schedule.daily()), today=TODAY, now=NOW)
    finally:
        store.close()


def titles(path: Path) -> list[str]:
    store = Store.open_readonly(path)
    try:
        return [i.title for i in store.items.active()]
    finally:
        store.close()


@pytest.fixture
def saved(db_path: Path) -> Path:
    """A backup holding "Walk"; the live data has "Walk" and "Tea" since."""
    add(db_path, "Walk")
    made = back_up(db_path, LATER)
    assert made is not None
    add(db_path, "Tea")
    return made.path


def test_a_restore_puts_the_backup_back_and_keeps_the_data_as_it_was(
    db_path: Path, saved: Path
) -> None:
    done = restore_backup(db_path, saved, KNOWN, LATER + timedelta(hours=1))
    assert titles(db_path) == ["Walk"]
    assert done.info.path == saved
    assert done.before is not None
    assert done.before.name == "planner-20261202T111500Z-before-restore.db"
    assert titles(done.before) == ["Walk", "Tea"]
    assert saved.exists()  # the backup itself stays in the list
    names = {b.path.name for b in list_backups(db_path.parent / "backups")}
    assert names == {saved.name, done.before.name}
    assert not any(p.name.startswith(".incoming-") for p in db_path.parent.iterdir())


def test_unsaved_wal_frames_are_kept_not_replayed_onto_the_backup(
    db_path: Path, saved: Path
) -> None:
    # The app was killed: its last save is only in the -wal (copied as a crash leaves it).
    crashed = sqlite3.connect(db_path, isolation_level=None)
    crashed.execute("PRAGMA journal_mode = WAL")
    crashed.execute("PRAGMA wal_autocheckpoint = 0")
    crashed.execute("UPDATE items SET title = 'Only in the WAL' WHERE title = 'Tea'")
    left = {p: p.read_bytes() for p in family(db_path)[:2]}
    crashed.close()
    for path, data in left.items():
        path.write_bytes(data)
    assert family(db_path)[1].stat().st_size > 0
    done = restore_backup(db_path, saved, KNOWN, LATER)
    assert done.before is not None
    assert titles(done.before) == ["Walk", "Only in the WAL"]
    store = Store.open(db_path)  # the writer opens it cleanly and finds the backup's data
    try:
        assert store.integrity_ok()
        assert [i.title for i in store.items.active()] == ["Walk"]
    finally:
        store.close()


def test_restoring_twice_gives_the_same_data(db_path: Path, saved: Path) -> None:
    restore_backup(db_path, saved, KNOWN, LATER)
    restore_backup(db_path, saved, KNOWN, LATER + timedelta(seconds=1))
    assert titles(db_path) == ["Walk"]


def test_an_older_backup_is_brought_up_to_date_when_opened(db_path: Path) -> None:
    old = db_path.parent / "old" / "planner.db"
    Store.open(old, migrations=MIGRATIONS[:4]).close()
    add(db_path, "Walk")
    restore_backup(db_path, old, KNOWN, LATER)
    store = Store.open(db_path)
    try:
        assert store.connection.execute("PRAGMA user_version").fetchone() == (KNOWN,)
    finally:
        store.close()


def _refused(db_path: Path, backup: Path, problem: BackupProblem) -> None:
    before = {p.name: p.read_bytes() for p in db_path.parent.rglob("*") if p.is_file()}
    with pytest.raises(BackupError) as caught:
        restore_backup(db_path, backup, KNOWN, LATER + timedelta(days=1))
    assert caught.value.problem is problem
    after = {p.name: p.read_bytes() for p in db_path.parent.rglob("*") if p.is_file()}
    assert after == before  # not one byte, and no safety copy either
    assert titles(db_path) == ["Walk", "Tea"]


def test_a_damaged_backup_is_refused_and_nothing_changes(db_path: Path, saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # the first table's page
    saved.write_bytes(bytes(data))
    _refused(db_path, saved, BackupProblem.DAMAGED)


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(
    db_path: Path, saved: Path
) -> None:
    conn = sqlite3.connect(saved)
    conn.execute(f"PRAGMA user_version = {KNOWN + 1}")
    conn.close()
    _refused(db_path, saved, BackupProblem.TOO_NEW)


def test_a_missing_file_is_refused(db_path: Path, saved: Path) -> None:
    _refused(db_path, saved.with_name("nowhere.db"), BackupProblem.MISSING)


def test_a_damaged_current_file_is_copied_aside_then_replaced(db_path: Path, saved: Path) -> None:
    for file in family(db_path)[1:]:
        assert not file.exists()
    size = db_path.stat().st_size
    data = bytearray(db_path.read_bytes())
    data[4096:size] = b"\xff" * (size - 4096)
    db_path.write_bytes(bytes(data))
    done = restore_backup(db_path, saved, KNOWN, LATER)
    assert done.before is not None
    assert done.before.name.startswith("planner.db.damaged-")
    assert done.before.read_bytes() == bytes(data)  # kept byte for byte
    assert titles(db_path) == ["Walk"]


def test_a_restore_into_a_folder_without_data_just_puts_it_there(
    tmp_path: Path, saved: Path
) -> None:
    fresh = tmp_path / "fresh" / "planner.db"
    done = restore_backup(fresh, saved, KNOWN, LATER)
    assert done.before is None
    assert titles(fresh) == ["Walk"]
