"""Backups: a checked, private, whole snapshot; a new one only when something changed;
the safety copies among them; and a look inside a backup before it is trusted."""

from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.domain.model import CheckOff, Status
from planner.storage.backups import (
    BackupError,
    BackupProblem,
    backup_name,
    inspect_backup,
    list_backups,
    parse_name,
)
from planner.storage.db import connect
from planner.storage.migrations import MIGRATIONS
from planner.storage.restoring import back_up, write_backup
from planner.storage.store import Store
from tests.helpers.storage import item_ids

NOW = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)
KNOWN = len(MIGRATIONS)


def check_off(store: Store, item: int, day: date) -> None:
    store.checkoffs.record(CheckOff(item, day, Status.DONE, amount=1.0, recorded_at=NOW))


def titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [t for (t,) in conn.execute("SELECT title FROM items ORDER BY id")]
    finally:
        conn.close()


def test_a_backup_is_a_private_checked_self_contained_copy(store: Store) -> None:
    item_ids(store, 2)
    made = back_up(store.path, NOW)
    assert made is not None
    assert made.path.name == "planner-20261202T101500Z.db"
    assert made.path.parent == store.path.parent / "backups"
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    conn = sqlite3.connect(made.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert titles(made.path) == ["item 0", "item 1"]
    assert list_backups(made.path.parent) == [made]
    assert [p.name for p in made.path.parent.iterdir()] == [made.path.name]  # no temp left


def test_no_new_backup_when_nothing_changed_even_after_a_checkpoint(store: Store) -> None:
    item_ids(store, 1)
    first = back_up(store.path, NOW, only_if_changed=True)
    assert first is not None
    assert back_up(store.path, NOW + timedelta(hours=1), only_if_changed=True) is None
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert back_up(store.path, NOW + timedelta(hours=2), only_if_changed=True) is None
    same = back_up(
        store.path, NOW + timedelta(hours=3), only_if_changed=True, source=store.connection
    )
    assert same is None
    assert list_backups(first.path.parent) == [first]


def test_a_new_backup_once_something_was_saved(store: Store) -> None:
    (item,) = item_ids(store, 1)
    back_up(store.path, NOW, only_if_changed=True)
    check_off(store, item, date(2026, 12, 2))
    later = back_up(store.path, NOW + timedelta(hours=1), only_if_changed=True)
    assert later is not None
    assert inspect_backup(later.path, KNOWN).checkoffs == 1


def test_unchanged_data_is_recognised_after_the_app_closed_and_opened(db_path: Path) -> None:
    store = Store.open(db_path)
    item_ids(store, 3)
    assert back_up(db_path, NOW, only_if_changed=True) is not None
    store.close()
    Store.open(db_path).close()
    assert back_up(db_path, NOW + timedelta(days=1), only_if_changed=True) is None


def test_a_backup_holds_only_what_was_committed(store: Store) -> None:
    (item,) = item_ids(store, 1)
    conn = store.connection
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE items SET title = 'half-written' WHERE id = ?", (item,))
    try:
        made = back_up(store.path, NOW)  # its own read-only connection, mid-transaction
    finally:
        conn.execute("ROLLBACK")
    assert made is not None
    assert titles(made.path) == ["item 0"]


def test_two_backups_in_one_second_get_two_names(store: Store) -> None:
    first = back_up(store.path, NOW)
    second = back_up(store.path, NOW)
    assert first is not None
    assert second is not None
    assert second.path.name == "planner-20261202T101500Z-2.db"
    assert list_backups(first.path.parent) == [second, first]


def test_safety_copies_are_backups_with_their_reason(db_path: Path) -> None:
    Store.open(db_path, migrations=MIGRATIONS[:6]).close()
    Store.open(db_path).close()
    (copy,) = list_backups(db_path.parent / "backups")
    assert copy.reason == "before-v7"
    assert copy.path.name.endswith("Z-before-v7.db")
    assert inspect_backup(copy.path, KNOWN).version == 6


def test_names_say_when_and_why() -> None:
    assert parse_name(backup_name(NOW)) == (NOW, None, 1)
    assert parse_name(backup_name(NOW, "before-v10", 3)) == (NOW, "before-v10", 3)
    assert parse_name(backup_name(NOW, "before-import")) == (NOW, "before-import", 1)
    for other in ("planner.db", ".incoming-x.db", "planner-2026Z.db", "notes.txt"):
        assert parse_name(other) is None
    with pytest.raises(ValueError, match="reason"):
        backup_name(NOW, "../escape")


def test_what_a_backup_holds_is_read_from_it(store: Store) -> None:
    (item,) = item_ids(store, 1)
    for n in range(3):
        check_off(store, item, date(2026, 11, 20 + n))
    made = back_up(store.path, NOW)
    assert made is not None
    info = inspect_backup(made.path, KNOWN)
    assert (info.version, info.checkoffs, info.checkins) == (KNOWN, 3, 0)
    assert (info.at, info.reason, info.size) == (NOW, None, made.size)


def test_a_damaged_backup_is_refused(store: Store) -> None:
    item_ids(store, 50)
    made = back_up(store.path, NOW)
    assert made is not None
    data = bytearray(made.path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # break the pages after the first
    made.path.write_bytes(bytes(data))
    with pytest.raises(BackupError) as caught:
        inspect_backup(made.path, KNOWN)
    assert caught.value.problem is BackupProblem.DAMAGED


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "planner-20261202T101500Z.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError) as caught:
        inspect_backup(junk, KNOWN)
    assert caught.value.problem is BackupProblem.DAMAGED
    with pytest.raises(BackupError) as missing:
        inspect_backup(tmp_path / "gone.db", KNOWN)
    assert missing.value.problem is BackupProblem.MISSING


def test_a_backup_from_a_newer_version_is_refused(store: Store) -> None:
    made = back_up(store.path, NOW)
    assert made is not None
    conn = sqlite3.connect(made.path)
    conn.execute(f"PRAGMA user_version = {KNOWN + 1}")
    conn.close()
    with pytest.raises(BackupError) as caught:
        inspect_backup(made.path, KNOWN)
    assert caught.value.problem is BackupProblem.TOO_NEW


def test_another_apps_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with pytest.raises(BackupError) as caught:
        inspect_backup(other, KNOWN)
    assert caught.value.problem is BackupProblem.NOT_OURS


def test_a_backup_can_be_written_to_a_file_of_ones_choosing(store: Store, tmp_path: Path) -> None:
    item_ids(store, 2)
    target = tmp_path / "stick" / "mine.db"
    target.parent.mkdir()
    size = write_backup(store.path, target)
    assert size == target.stat().st_size
    assert titles(target) == ["item 0", "item 1"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["mine.db"]


def test_no_backup_without_data(tmp_path: Path) -> None:
    with pytest.raises(BackupError) as caught:
        back_up(tmp_path / "planner.db", NOW)
    assert caught.value.problem is BackupProblem.MISSING


def test_backups_taken_while_another_connection_commits_are_consistent(store: Store) -> None:
    # Each transaction saves two rows: a backup that caught half of one would hold an odd
    # count. (The app's writer and a worker's read-only connection, as in the task runner.)
    stop = threading.Event()
    counts: list[int] = []

    def write() -> None:
        conn = connect(store.path)
        try:
            n = 0
            while not stop.is_set() and n < 20_000:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO settings VALUES (?, 'a')", (f"pair {n} a",))
                conn.execute("INSERT INTO settings VALUES (?, 'b')", (f"pair {n} b",))
                conn.execute("COMMIT")
                n += 1
        finally:
            conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        for n in range(6):
            made = back_up(store.path, NOW + timedelta(seconds=n))
            assert made is not None
            conn = sqlite3.connect(made.path)
            try:
                counts.append(conn.execute("SELECT count(*) FROM settings").fetchone()[0])
            finally:
                conn.close()
    finally:
        stop.set()
        writer.join()
    assert all(count % 2 == 0 for count in counts), counts
