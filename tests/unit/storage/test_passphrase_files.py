"""An encrypted profile: nothing readable on the disk, the right passphrase opens it, a
wrong one is refused plainly and the file is left exactly as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.domain.journal import JournalEntry, Mood
from planner.storage import cipher, keys, sql
from planner.storage.db import connect, connect_copy
from planner.storage.errors import PassphraseNeeded, StoreProblem, WrongPassphrase
from planner.storage.opening import safety_copy
from planner.storage.store import Store

SECRET_WORDS = ("marmalade", "oncologist Brightwater", "zeppelin")
PASSPHRASE = "blue heron at dawn"
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_key_held() -> Iterator[None]:
    keys.forget()
    yield
    keys.forget()


def write_journal(path: Path) -> None:
    store = Store.open(path)
    try:
        for number, word in enumerate(SECRET_WORDS):
            entry = JournalEntry(Mood(3), 2, date(2026, 2, 1 + number), NOW, "UTC", note=word)
            store.journal.add(entry, NOW)
    finally:
        store.close()


def encrypted_profile(path: Path) -> None:
    write_journal(path)
    made = cipher.encrypt(path, PASSPHRASE)
    keys.use(PASSPHRASE, made.salt, made.key)


def assert_unreadable(data: bytes) -> None:
    assert not data.startswith(b"SQLite format 3")
    for word in SECRET_WORDS:
        assert word.encode() not in data


def test_encrypted_file_and_wal_hold_no_words(db_path: Path) -> None:
    encrypted_profile(db_path)
    store = Store.open(db_path)
    try:
        store.journal.add(
            JournalEntry(Mood(4), 1, date(2026, 2, 9), NOW, "UTC", note="quokka"), NOW
        )
        wal = db_path.with_name(db_path.name + "-wal").read_bytes()
        assert wal
        assert b"quokka" not in wal
        for word in SECRET_WORDS:
            assert word.encode() not in wal
        notes = {entry.note for entry in store.journal.all()}
    finally:
        store.close()
    assert_unreadable(db_path.read_bytes())
    assert b"quokka" not in db_path.read_bytes()
    assert notes == {*SECRET_WORDS, "quokka"}
    assert keys.file_kind(db_path) is keys.FileKind.ENCRYPTED


def test_the_passphrase_itself_opens_it(db_path: Path) -> None:
    """A standard SQLCipher 4 file: PRAGMA key with the passphrase text opens it."""
    encrypted_profile(db_path)
    conn = sql.cipher_driver().connect(str(db_path))
    try:
        conn.execute("PRAGMA key = ?".replace("?", "'" + PASSPHRASE + "'"))
        notes = {row[0] for row in conn.execute("SELECT note FROM journal_entries")}
    finally:
        conn.close()
    assert notes == set(SECRET_WORDS)


def test_safety_copies_and_copies_are_encrypted(db_path: Path) -> None:
    encrypted_profile(db_path)
    store = Store.open(db_path)
    try:
        copy = safety_copy(store.connection, db_path, "before-test")
        other = db_path.with_name("copy.db")
        dest = connect_copy(other)
        try:
            store.connection.backup(dest)
        finally:
            dest.close()
    finally:
        store.close()
    for made in (copy, other):
        assert_unreadable(made.read_bytes())
        reader = connect(made, read_only=True)
        try:
            assert reader.execute("SELECT count(*) FROM journal_entries").fetchone()[0] == 3
        finally:
            reader.close()


def test_no_passphrase_asks_for_it_and_touches_nothing(db_path: Path) -> None:
    encrypted_profile(db_path)
    keys.forget()
    before = sorted(p.name for p in db_path.parent.iterdir())
    data = db_path.read_bytes()
    with pytest.raises(PassphraseNeeded) as caught:
        Store.open(db_path)
    assert caught.value.problem is StoreProblem.LOCKED
    with pytest.raises(PassphraseNeeded):
        Store.open_readonly(db_path)
    assert db_path.read_bytes() == data
    assert sorted(p.name for p in db_path.parent.iterdir()) == before


def test_wrong_passphrase_is_refused_and_nothing_moves(db_path: Path) -> None:
    encrypted_profile(db_path)
    data = db_path.read_bytes()
    before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(WrongPassphrase):
        cipher.unlock(db_path, "not it at all")
    keys.use("not it at all", keys.salt_of(db_path))
    with pytest.raises(WrongPassphrase) as caught:
        Store.open(db_path)
    assert caught.value.problem is StoreProblem.WRONG_PASSPHRASE
    with pytest.raises(WrongPassphrase):
        Store.open_readonly(db_path)
    assert db_path.read_bytes() == data
    assert sorted(p.name for p in db_path.parent.iterdir()) == before


def test_right_passphrase_after_unlock(db_path: Path) -> None:
    encrypted_profile(db_path)
    keys.forget()
    key = cipher.unlock(db_path, PASSPHRASE)
    keys.use(PASSPHRASE, key.salt, key.key)
    store = Store.open_readonly(db_path)
    try:
        assert {e.note for e in store.journal.all()} == set(SECRET_WORDS)
    finally:
        store.close()


def test_change_then_remove(db_path: Path) -> None:
    encrypted_profile(db_path)
    keys.forget()
    new = cipher.change(db_path, PASSPHRASE, "a new one, longer")
    with pytest.raises(WrongPassphrase):
        cipher.unlock(db_path, PASSPHRASE)
    assert cipher.unlock(db_path, "a new one, longer") == new
    assert_unreadable(db_path.read_bytes())
    cipher.decrypt(db_path, "a new one, longer")
    assert db_path.read_bytes().startswith(b"SQLite format 3\x00")
    store = Store.open(db_path)  # no key held: the standard driver
    try:
        assert {e.note for e in store.journal.all()} == set(SECRET_WORDS)
        assert not isinstance(store.connection, type(None))
        assert type(store.connection) is sqlite3.Connection
    finally:
        store.close()
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    assert not cipher.pending_file(db_path).exists()
    assert cipher.interrupted(db_path) is None


def test_rewrite_is_private_and_leaves_no_companions(db_path: Path) -> None:
    write_journal(db_path)
    cipher.encrypt(db_path, PASSPHRASE)
    assert db_path.stat().st_mode & 0o777 == 0o600
    names = sorted(p.name for p in db_path.parent.iterdir())
    assert names == ["planner.db"]


def test_wrong_old_passphrase_changes_nothing(db_path: Path) -> None:
    encrypted_profile(db_path)
    data = db_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        cipher.change(db_path, "wrong", "something new")
    with pytest.raises(WrongPassphrase):
        cipher.decrypt(db_path, "wrong")
    assert db_path.read_bytes() == data
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["planner.db"]


def test_plain_profile_keeps_the_standard_driver(store: Store) -> None:
    assert type(store.connection) is sqlite3.Connection


def test_garbage_is_not_taken_for_an_encrypted_file(tmp_path: Path) -> None:
    garbage = tmp_path / "g.db"
    garbage.write_bytes(b"this is not a database, just some words. " * 200)
    assert keys.file_kind(garbage) is keys.FileKind.OTHER
    assert keys.file_kind(tmp_path / "none.db") is keys.FileKind.NEW


def test_both_drivers_errors_are_caught(db_path: Path) -> None:
    encrypted_profile(db_path)
    conn = connect(db_path)
    try:
        with pytest.raises(sql.Error):
            conn.execute("SELECT * FROM no_such_table")
        with pytest.raises(sql.OperationalError):
            conn.execute("SELECT * FROM no_such_table")
    finally:
        conn.close()


def test_a_plain_backup_is_copied_in_encrypted(db_path: Path, tmp_path: Path) -> None:
    """The online backup API cannot copy a plain file into an encrypted one: the export
    can (for a restore of an older, plain backup into an encrypted profile)."""
    write_journal(db_path)
    plain_copy = tmp_path / "old-plain.db"
    reader = connect(db_path, read_only=True)
    try:
        dest = connect_copy(plain_copy)
        try:
            reader.backup(dest)
        finally:
            dest.close()
    finally:
        reader.close()
    made = cipher.encrypt(db_path, PASSPHRASE)
    keys.use(PASSPHRASE, made.salt, made.key)
    source = connect(plain_copy, read_only=True)
    target = tmp_path / "restored.db"
    try:
        cipher.export_into(source, target)
    finally:
        source.close()
    assert_unreadable(target.read_bytes())
    assert keys.salt_of(target) == made.salt
    check = connect(target, read_only=True)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert check.execute("SELECT count(*) FROM journal_entries").fetchone()[0] == 3
        assert check.execute("PRAGMA user_version").fetchone()[0] > 0
    finally:
        check.close()


def test_content_fingerprint_is_the_same_for_unchanged_encrypted_copies(
    db_path: Path, tmp_path: Path
) -> None:
    encrypted_profile(db_path)
    store = Store.open(db_path)
    try:
        copies = []
        for n in range(2):
            copy = tmp_path / f"copy-{n}.db"
            dest = connect_copy(copy)
            try:
                store.connection.backup(dest)
            finally:
                dest.close()
            copies.append(copy)
        assert copies[0].read_bytes()[100:] != copies[1].read_bytes()[100:]  # fresh IVs
        prints = []
        for copy in copies:
            conn = connect(copy, read_only=True)
            try:
                prints.append(cipher.content_fingerprint(conn))
            finally:
                conn.close()
        assert prints[0] == prints[1]
        assert prints[0] == cipher.content_fingerprint(store.connection)
        store.settings.set("changed", "yes")
        assert cipher.content_fingerprint(store.connection) != prints[0]
    finally:
        store.close()


def test_backups_made_by_the_backup_code_are_encrypted(db_path: Path) -> None:
    from planner.storage.restoring import back_up

    encrypted_profile(db_path)
    made = back_up(db_path, NOW)
    assert made is not None
    assert_unreadable(made.path.read_bytes())
    assert keys.salt_of(made.path) == keys.salt_of(db_path)
    reader = connect(made.path, read_only=True)
    try:
        assert reader.execute("SELECT count(*) FROM journal_entries").fetchone()[0] == 3
    finally:
        reader.close()
    keys.forget()
    with pytest.raises(PassphraseNeeded):
        connect(made.path, read_only=True)
