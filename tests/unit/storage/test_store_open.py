"""Opening the store: durability pragmas, private permissions, and refusing bad or newer files."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.domain.model import Item, Schedule
from planner.services.problems import describe
from planner.storage.errors import StoreDamaged, StoreTooNew, StoreUnavailable
from planner.storage.migrations import MIGRATIONS
from planner.storage.store import Store

NOW = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pragmas(store: Store) -> None:
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.isolation_level is None
    assert store.integrity_ok()


def test_new_then_existing(db_path: Path) -> None:
    first = Store.open(db_path)
    assert first.is_new
    first.items.add(Item("Tea", Schedule.daily()), today=date(2024, 1, 1), now=NOW)
    first.close()
    again = Store.open(db_path)
    assert not again.is_new
    assert [i.title for i in again.items.active()] == ["Tea"]
    again.close()


def test_private_permissions(store: Store, db_path: Path) -> None:
    store.settings.set("k", "v")
    assert mode(db_path.parent) == 0o700
    for file in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        assert file.exists()
        assert mode(file) == 0o600


def test_loosened_permissions_are_repaired(db_path: Path) -> None:
    Store.open(db_path).close()
    db_path.parent.chmod(0o755)
    db_path.chmod(0o644)
    store = Store.open(db_path)
    try:
        assert mode(db_path.parent) == 0o700
        assert mode(db_path) == 0o600
    finally:
        store.close()


def test_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable) as caught:
        Store.open(blocker / "data" / "planner.db")
    assert str(blocker / "data") in describe(caught.value)


def test_newer_version_refused_untouched(db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o700)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreTooNew) as caught:
        Store.open(db_path)
    assert "newer version" in describe(caught.value)
    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}-wal").exists()


def test_garbage_file_is_kept_aside(db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o700)
    garbage = b"this is not a database, just some words. " * 200
    db_path.write_bytes(garbage)
    Path(f"{db_path}-wal").write_bytes(b"stray wal")
    with pytest.raises(StoreDamaged) as caught:
        Store.open(db_path)
    aside = caught.value.kept_aside
    assert aside.name.startswith("planner.db.damaged-")
    assert aside.read_bytes() == garbage
    assert Path(f"{aside}-wal").read_bytes() == b"stray wal"
    assert not db_path.exists()
    assert str(aside) in describe(caught.value)


def test_damaged_pages_are_found(db_path: Path) -> None:
    store = Store.open(db_path)
    items = [Item(f"item {n} " + "x" * 300, Schedule.daily()) for n in range(200)]
    store.items.add_many(items, today=date(2024, 1, 1), now=NOW)
    page_size = store.connection.execute("PRAGMA page_size").fetchone()[0]
    store.close()
    data = bytearray(db_path.read_bytes())
    assert len(data) > 6 * page_size
    data[3 * page_size : 5 * page_size] = b"\xa5" * (2 * page_size)
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged) as caught:
        Store.open(db_path)
    assert caught.value.kept_aside.read_bytes() == bytes(data)


def test_overwritten_text_is_gone_from_disk(store: Store, db_path: Path) -> None:
    marker = b"MARKER-7f3a9c"
    store.settings.set("note", marker.decode() + "." * 200)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker in db_path.read_bytes()
    store.settings.set("note", "short")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker not in db_path.read_bytes()
    assert marker not in Path(f"{db_path}-wal").read_bytes()


def test_a_chosen_folder_holding_other_things_keeps_its_permissions(tmp_path):
    import stat as _stat

    from planner.storage.store import Store as _Store

    shared = tmp_path / "documents"
    shared.mkdir()
    shared.chmod(0o755)  # whatever the umask an earlier test (or the app) left
    (shared / "letter.txt").write_text("hello")
    store = _Store.open(shared / "planner.db")
    store.close()
    assert _stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert _stat.S_IMODE((shared / "planner.db").stat().st_mode) == 0o600
