"""Backups of an encrypted profile: encrypted with the profile's key, skipped when nothing
changed, restorable whatever way they are keyed when the key opens them, and plainly
"locked" when it does not. Nothing in the current data changes on a refusal."""

from __future__ import annotations

import json
import shutil
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.domain.journal import JournalEntry, Mood
from planner.storage import cipher, keys
from planner.storage.backups import BackupError, BackupProblem, inspect_backup
from planner.storage.cipher_backups import content_print, print_file
from planner.storage.db import connect
from planner.storage.errors import PassphraseNeeded
from planner.storage.migrations import MIGRATIONS
from planner.storage.restoring import back_up, restore_backup
from planner.storage.store import Store

SECRET_WORDS = ("marmalade", "oncologist Brightwater", "zeppelin")
PASSPHRASE = "blue heron at dawn"
OTHER = "a heron of another colour"
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
KNOWN = len(MIGRATIONS)
#: Fewer derivation rounds than SQLCipher's 256,000: the derivation is not tested here.
ROUNDS = 1000


@pytest.fixture(autouse=True)
def quick_and_no_key_held(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(keys, "KDF_ROUNDS", ROUNDS)
    keys.forget()
    yield
    keys.forget()


def write_journal(path: Path, words: tuple[str, ...] = SECRET_WORDS) -> None:
    store = Store.open(path)
    try:
        for number, word in enumerate(words):
            entry = JournalEntry(Mood(3), 2, date(2026, 2, 1 + number), NOW, "UTC", note=word)
            store.journal.add(entry, NOW)
    finally:
        store.close()


def lock(path: Path, passphrase: str = PASSPHRASE) -> cipher.Key:
    made = cipher.encrypt(path, passphrase)
    keys.use(passphrase, made.salt, made.key)
    return made


def notes(path: Path) -> set[str]:
    conn = connect(path, read_only=True)
    try:
        return {str(note) for (note,) in conn.execute("SELECT note FROM journal_entries")}
    finally:
        conn.close()


def assert_unreadable(data: bytes) -> None:
    assert not data.startswith(b"SQLite format 3")
    for word in (*SECRET_WORDS, "quokka"):
        assert word.encode() not in data


def test_an_automatic_backup_is_encrypted_and_skipped_when_nothing_changed(db_path: Path) -> None:
    write_journal(db_path)
    made = lock(db_path)
    first = back_up(db_path, NOW, only_if_changed=True)
    assert first is not None
    assert_unreadable(first.path.read_bytes())
    assert keys.salt_of(first.path) == made.salt
    assert notes(first.path) == set(SECRET_WORDS)
    note = print_file(first.path)
    assert stat.S_IMODE(note.stat().st_mode) == 0o600
    assert_unreadable(note.read_bytes())
    kept = json.loads(note.read_text(encoding="utf-8"))["content"]
    assert kept == content_print(first.path, noted=False)  # the copy's rows, not others

    assert back_up(db_path, NOW + timedelta(hours=1), only_if_changed=True) is None
    note.unlink()  # without its note the newest backup is read again: still the same
    assert back_up(db_path, NOW + timedelta(hours=2), only_if_changed=True) is None
    assert note.exists()

    write_journal(db_path, ("quokka",))
    later = back_up(db_path, NOW + timedelta(hours=3), only_if_changed=True)
    assert later is not None
    assert notes(later.path) == {*SECRET_WORDS, "quokka"}
    assert_unreadable(later.path.read_bytes())

    keys.forget()
    with pytest.raises(PassphraseNeeded):
        connect(later.path, read_only=True)


def test_a_stale_note_is_not_trusted(db_path: Path) -> None:
    """A note written for another file (or another version of it) is read again."""
    write_journal(db_path)
    lock(db_path)
    first = back_up(db_path, NOW, only_if_changed=True)
    assert first is not None
    print_file(first.path).write_text('{"content": "x", "size": 1, "mtime_ns": 1}')
    assert back_up(db_path, NOW + timedelta(hours=1), only_if_changed=True) is None


def test_a_plain_backup_restores_into_an_encrypted_profile(db_path: Path) -> None:
    write_journal(db_path)
    old = back_up(db_path, NOW)  # before the passphrase was set: plain
    assert old is not None
    assert old.path.read_bytes().startswith(b"SQLite format 3")
    made = lock(db_path)
    write_journal(db_path, ("quokka",))

    done = restore_backup(db_path, old.path, KNOWN, NOW + timedelta(hours=1))

    assert keys.salt_of(db_path) == made.salt
    assert_unreadable(db_path.read_bytes())
    assert notes(db_path) == set(SECRET_WORDS)
    assert done.before is not None
    assert_unreadable(done.before.read_bytes())
    assert notes(done.before) == {*SECRET_WORDS, "quokka"}
    store = Store.open(db_path)  # the app opens it as it would every day
    try:
        assert {entry.note for entry in store.journal.all()} == set(SECRET_WORDS)
    finally:
        store.close()


def test_an_encrypted_backup_restores_with_the_same_key(db_path: Path) -> None:
    write_journal(db_path)
    made = lock(db_path)
    backup = back_up(db_path, NOW)
    assert backup is not None
    write_journal(db_path, ("quokka",))
    restore_backup(db_path, backup.path, KNOWN, NOW + timedelta(hours=1))
    assert keys.salt_of(db_path) == made.salt
    assert notes(db_path) == set(SECRET_WORDS)
    assert_unreadable(db_path.read_bytes())


def test_a_backup_with_the_same_passphrase_and_another_salt_restores(
    db_path: Path, tmp_path: Path
) -> None:
    """Keyed otherwise (its own salt): copied in with sqlcipher_export, not page by page."""
    write_journal(db_path)
    elsewhere = tmp_path / "elsewhere.db"
    shutil.copyfile(db_path, elsewhere)
    cipher.encrypt(elsewhere, PASSPHRASE)
    made = lock(db_path)
    assert keys.salt_of(elsewhere) != made.salt
    write_journal(db_path, ("quokka",))
    restore_backup(db_path, elsewhere, KNOWN, NOW)
    assert keys.salt_of(db_path) == made.salt
    assert notes(db_path) == set(SECRET_WORDS)


def test_a_backup_locked_with_an_old_passphrase_cannot_be_used(db_path: Path) -> None:
    write_journal(db_path)
    lock(db_path, OTHER)
    old = back_up(db_path, NOW)
    assert old is not None
    keys.forget()
    new = cipher.change(db_path, OTHER, PASSPHRASE)
    keys.use(PASSPHRASE, new.salt, new.key)
    before = db_path.read_bytes()

    with pytest.raises(BackupError) as found:
        inspect_backup(old.path, KNOWN)
    assert found.value.problem is BackupProblem.LOCKED
    with pytest.raises(BackupError) as refused:
        restore_backup(db_path, old.path, KNOWN, NOW + timedelta(hours=1))
    assert refused.value.problem is BackupProblem.LOCKED
    assert db_path.read_bytes() == before


def test_an_encrypted_backup_while_the_profile_is_plain_is_locked(
    db_path: Path, tmp_path: Path
) -> None:
    write_journal(db_path)
    locked = tmp_path / "locked.db"
    shutil.copyfile(db_path, locked)
    cipher.encrypt(locked, PASSPHRASE)
    with pytest.raises(BackupError) as found:
        inspect_backup(locked, KNOWN)
    assert found.value.problem is BackupProblem.LOCKED
    with pytest.raises(BackupError):
        restore_backup(db_path, locked, KNOWN, NOW)
    assert db_path.read_bytes().startswith(b"SQLite format 3")
    assert notes(db_path) == set(SECRET_WORDS)


def test_notes_go_with_their_backups(db_path: Path) -> None:
    from planner.storage.cipher_backups import remove_backup, sweep_prints

    write_journal(db_path)
    lock(db_path)
    first = back_up(db_path, NOW)
    assert first is not None
    remove_backup(first.path)
    assert not print_file(first.path).exists()
    second = back_up(db_path, NOW + timedelta(hours=1))
    assert second is not None
    second.path.unlink()  # deleted by hand
    assert sweep_prints(second.path.parent) == 1
    assert not print_file(second.path).exists()


def test_the_backup_service_skips_and_lists_as_the_person_sees_it(db_path: Path) -> None:
    from planner.services.backups import BackupService, problem_text

    write_journal(db_path)
    lock(db_path, OTHER)
    service = BackupService(db_path, UTC)
    old = service.back_up_if_due(NOW, at_start=True)
    assert old is not None
    assert old.made is not None
    again = service.back_up_if_due(NOW + timedelta(days=1))
    assert again is not None
    assert again.made is None  # nothing changed: no second backup
    keys.forget()
    new = cipher.change(db_path, OTHER, PASSPHRASE)
    keys.use(PASSPHRASE, new.salt, new.key)
    (listed,) = service.list()
    assert listed.info is None
    assert listed.problem is BackupProblem.LOCKED
    text = problem_text(BackupError(BackupProblem.LOCKED, Path(listed.file.path.name)))
    assert text == (
        f"{listed.file.path.name} is locked with a passphrase that is not the one in use "
        "now, so it cannot be read. Nothing was changed."
    )
    made = service.back_up_now(NOW + timedelta(days=2))  # the data under the new one
    assert made.made is not None
    assert [entry.problem for entry in service.list()] == [None, BackupProblem.LOCKED]
