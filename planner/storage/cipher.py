"""Turning the passphrase on, changing it, turning it off: each writes a new file, checks
it, then swaps it in, so a crash at any moment leaves one good copy.

The steps, with nothing else having the database open (the app closes its store first):

1. A small note, ``planner.db.passphrase-pending``, says what is being done and the salt
   the new file will have (a salt is not secret: it is in the file's first bytes).
2. The old file's WAL is folded in (``wal_checkpoint(TRUNCATE)``); it is read through
   sqlcipher3 and written with ``sqlcipher_export`` into a new private file beside it
   (O_EXCL, 0600), with the same ``user_version``.
3. The new file is opened with the new key and checked: ``integrity_check``, the version,
   the same number of rows in every table. It is switched to WAL (as the app's first open
   would) and closed, so no -wal or -shm of it is left, then flushed to the disk.
4. ``os.replace`` puts it in the place of planner.db; the folder is flushed; the note goes.

Until step 4 planner.db is the old file (old key, or plain); from step 4 on it is the new
one. ``interrupted`` reads the note at the next start and says which key opens it now:
the new file's salt is in the note, and planner.db either starts with it or not.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from planner.storage import keys, sql
from planner.storage.db import fsync_folder
from planner.storage.errors import StoreError, StoreProblem, WrongPassphrase, error_code

PENDING_SUFFIX = ".passphrase-pending"
TEMP_PREFIX = ".rewrite-"


class Change(StrEnum):
    """What a rewrite does."""

    ENCRYPT = "encrypt"  # plain -> encrypted
    CHANGE = "change"  # encrypted -> encrypted with a new passphrase
    DECRYPT = "decrypt"  # encrypted -> plain


@dataclass(frozen=True)
class Key:
    """A derived key with the salt of the file it opens (``keys.use`` takes both)."""

    salt: bytes
    key: bytes

    @property
    def pragma(self) -> str:
        return keys.key_pragma(self.key, self.salt)

    @property
    def text(self) -> str:
        return keys.key_text(self.key, self.salt)


@dataclass(frozen=True)
class Interrupted:
    """A rewrite the app did not finish: which one, and whether planner.db is new now."""

    change: Change
    swapped: bool  # True: the new passphrase (or none) opens it; False: the old one

    @property
    def new_key_opens(self) -> bool:
        return self.swapped


def is_encrypted(path: Path) -> bool:
    return keys.file_kind(Path(path)) is keys.FileKind.ENCRYPTED


def unlock(path: Path, passphrase: str) -> Key:
    """Check that ``passphrase`` opens the encrypted file; nothing is written.

    Raises WrongPassphrase (the file is untouched), StoreError(UNREADABLE)."""
    path = Path(path)
    try:
        salt = keys.salt_of(path)
    except OSError as exc:
        raise StoreError(StoreProblem.UNREADABLE, path.parent) from exc
    key = Key(salt, keys.derive(passphrase, salt))
    conn = _connect(path, key.pragma, read_only=True)
    conn.close()
    return key


def key_opens(path: Path, salt: bytes, key: bytes) -> bool:
    """Whether a remembered key still opens the file (nothing is written)."""
    try:
        _connect(Path(path), Key(salt, key).pragma, read_only=True).close()
    except StoreError:
        return False
    return True


def encrypt(path: Path, passphrase: str) -> Key:
    """Plain -> encrypted with ``passphrase``; returns the new file's key."""
    salt = keys.new_salt()
    new = Key(salt, keys.derive(passphrase, salt))
    _rewrite(Path(path), Change.ENCRYPT, None, new, salt)
    return new


def change(path: Path, old: str, new_passphrase: str) -> Key:
    """Encrypted with ``old`` -> encrypted with ``new_passphrase``; returns the new key."""
    path = Path(path)
    current = unlock(path, old)
    salt = keys.new_salt()
    new = Key(salt, keys.derive(new_passphrase, salt))
    _rewrite(path, Change.CHANGE, current.pragma, new, salt)
    return new


def decrypt(path: Path, passphrase: str) -> None:
    """Encrypted with ``passphrase`` -> plain."""
    path = Path(path)
    current = unlock(path, passphrase)
    _rewrite(path, Change.DECRYPT, current.pragma, None, None)


def export_into(source: sqlite3.Connection, target: Path) -> None:
    """Copy what ``source`` holds into the new, empty file ``target``, keyed with the
    profile's key (plain with none held), as one consistent snapshot; then DELETE mode.

    For what the online backup API cannot do: SQLCipher copies pages only between files
    keyed alike, so a plain backup restored into an encrypted profile (or any copy
    across keys) goes through ``sqlcipher_export``. ``source`` must be a sqlcipher3
    connection (every connection is, while a key is held). Raises an error of sql.Error.
    """
    secret = keys.key_text_for_new_file() or ""
    version = int(source.execute("PRAGMA user_version").fetchone()[0])
    source.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), secret))
    try:
        source.execute("BEGIN")  # one read snapshot of the source for the whole export
        try:
            source.execute("SELECT sqlcipher_export('copy')")
            source.execute(f"PRAGMA copy.user_version = {version}")
        finally:
            source.execute("COMMIT")
    finally:
        source.execute("DETACH DATABASE copy")


def content_fingerprint(conn: sqlite3.Connection) -> str:
    """A SHA-256 of every table's rows, in order: the same for two copies of unchanged
    data even when encrypted (an encrypted file's bytes differ each time: every page
    gets a fresh random IV), so "nothing changed since the last backup" still works."""
    digest = keys.sha256()
    for name in sorted(_counts(conn)):
        digest.update(name.encode("utf-8") + b"\x00")
        rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{name}"'))
        for row in rows:  # sorted: some tables (the search index's) have no rowid
            digest.update(row.encode("utf-8") + b"\x00")
    return str(digest.hexdigest())


def pending_file(path: Path) -> Path:
    return path.with_name(path.name + PENDING_SUFFIX)


def interrupted(path: Path) -> Interrupted | None:
    """The rewrite a crash left unfinished, if any (read at start, before unlocking)."""
    path = Path(path)
    try:
        note = json.loads(pending_file(path).read_text(encoding="utf-8"))
        what = Change(note["change"])
        salt = bytes.fromhex(note["salt"]) if note.get("salt") else None
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # an unreadable note: the header still decides how to open it
    kind = keys.file_kind(path)
    if what is Change.DECRYPT:
        return Interrupted(what, kind is keys.FileKind.PLAIN)
    try:
        swapped = kind is keys.FileKind.ENCRYPTED and keys.salt_of(path) == salt
    except OSError:
        swapped = False
    return Interrupted(what, swapped)


def finish(path: Path) -> None:
    """After a start that opened the file: drop the note and any half-written new file."""
    path = Path(path)
    with contextlib.suppress(FileNotFoundError):
        pending_file(path).unlink()
    for leftover in path.parent.glob(f"{TEMP_PREFIX}{path.name}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    fsync_folder(path.parent)


def _connect(path: Path, pragma: str | None, *, read_only: bool = False) -> sqlite3.Connection:
    """A sqlcipher3 connection keyed with ``pragma`` (None: a plain file)."""
    driver: Any = sql.cipher_driver()
    target = f"{path.absolute().as_uri()}?mode=ro" if read_only else str(path)
    conn: sqlite3.Connection = driver.connect(target, uri=read_only, isolation_level=None)
    try:
        if pragma is not None:
            conn.execute(f"PRAGMA key = {pragma}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sql.DatabaseError as exc:
        conn.close()
        if pragma is not None and error_code(exc) == sqlite3.SQLITE_NOTADB:
            raise WrongPassphrase(StoreProblem.WRONG_PASSPHRASE, path.parent) from exc
        raise StoreError(StoreProblem.UNREADABLE, path.parent) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    names = [
        str(name)
        for (name,) in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def rewrite_copy(path: Path, old: str | None, new: Key | None) -> None:
    """Rewrite a self-contained copy (a backup) from key ``old`` (a pragma; None: plain)
    to ``new`` (None: plain), checked and swapped the same way, without the note, and
    left in DELETE mode. Raises StoreError (NOT_REWRITTEN, WRONG_PASSPHRASE)."""
    _rewrite(Path(path), None, old, new, None if new is None else new.salt)


def _rewrite(
    path: Path, what: Change | None, old: str | None, new: Key | None, salt: bytes | None
) -> None:
    """Rewrite ``path`` with the new key. ``what``: the profile's change (with its note,
    ending in WAL mode); None for a copy (no note, DELETE mode)."""
    folder = path.parent
    temp: Path | None = None
    swapped = False
    try:
        if what is not None:
            _write_note(path, what, salt)
        source = _connect(path, old)
        try:
            busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                raise StoreError(StoreProblem.NOT_REWRITTEN, folder)
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            counts = _counts(source)
            fd, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}-", dir=folder)
            os.close(fd)
            temp = Path(name)
            secret = "" if new is None else new.text
            source.execute("ATTACH DATABASE ? AS fresh KEY ?", (str(temp), secret))
            source.execute("SELECT sqlcipher_export('fresh')")
            source.execute(f"PRAGMA fresh.user_version = {version}")
            source.execute("DETACH DATABASE fresh")
        finally:
            source.close()
        wal = what is not None
        _check(temp, None if new is None else new.pragma, version, counts, salt, wal=wal)
        _fsync(temp)
        fsync_folder(folder)
        _drop_empty_companions(path)
        os.replace(temp, path)
        swapped = True
        temp = None
        fsync_folder(folder)
        if what is not None:
            pending_file(path).unlink()
            fsync_folder(folder)
    except sql.Error as exc:
        raise StoreError(StoreProblem.NOT_REWRITTEN, folder) from exc
    except OSError as exc:
        if swapped:  # only the note is left: ``interrupted`` reads it as done
            return
        raise StoreError(StoreProblem.NOT_REWRITTEN, folder) from exc
    finally:
        if temp is not None:
            for leftover in (temp, *(temp.with_name(temp.name + s) for s in _TEMP_TAILS)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        if not swapped and what is not None:
            with contextlib.suppress(OSError):
                pending_file(path).unlink()


def _drop_empty_companions(path: Path) -> None:
    """No -wal or -shm of the old file may sit beside the new one. The WAL was folded
    in; one that holds something now means another connection wrote: refuse."""
    for tail in ("-wal", "-shm"):
        companion = path.with_name(path.name + tail)
        with contextlib.suppress(FileNotFoundError):
            if tail == "-wal" and companion.stat().st_size > 0:
                raise StoreError(StoreProblem.NOT_REWRITTEN, path.parent)
            companion.unlink()


_TEMP_TAILS = ("-journal", "-wal", "-shm")


def _check(
    temp: Path,
    key: str | None,
    version: int,
    counts: dict[str, int],
    salt: bytes | None,
    *,
    wal: bool,
) -> None:
    """Open the new file with its key and compare it with the old one; then WAL mode
    (as the app's first open would set it) or DELETE (a self-contained copy)."""
    kind = keys.file_kind(temp)
    expected = keys.FileKind.PLAIN if key is None else keys.FileKind.ENCRYPTED
    if kind is not expected or (salt is not None and keys.salt_of(temp) != salt):
        raise StoreError(StoreProblem.NOT_REWRITTEN, temp.parent)
    conn = _connect(temp, key)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        same = int(conn.execute("PRAGMA user_version").fetchone()[0]) == version
        if not (ok and same and _counts(conn) == counts):
            raise StoreError(StoreProblem.NOT_REWRITTEN, temp.parent)
        wanted = "wal" if wal else "delete"
        mode = conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0]
    finally:
        conn.close()  # the last connection: its -wal and -shm go
    if str(mode).lower() != wanted:
        raise StoreError(StoreProblem.NOT_REWRITTEN, temp.parent)
    for tail in _TEMP_TAILS:
        if temp.with_name(temp.name + tail).exists():
            raise StoreError(StoreProblem.NOT_REWRITTEN, temp.parent)


def _write_note(path: Path, what: Change, salt: bytes | None) -> None:
    note = pending_file(path)
    text = json.dumps({"change": what.value, "salt": salt.hex() if salt else None})
    fd = os.open(note, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_folder(path.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
