"""One ``connect()`` for every connection in the app, and the database the repositories use.

Every connection goes through ``connect``: the writer, read-only opens (checks, commands,
the task runner's readers) and the copies (backups, the pre-migration copy). It picks the
driver: the standard ``sqlite3`` while no passphrase is held, ``sqlcipher3`` once one is
(``keys.use``), so every reader gets the key and copies of an encrypted profile are
encrypted with it. SQLite's unix locks are per library: within one process, one file must
never be open through both drivers at once, which this rule gives as long as the key is
only changed with every connection closed. ``Database`` wraps the one writer connection
with explicit transactions.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, cast

from planner.storage import keys, sql
from planner.storage.errors import (
    PassphraseNeeded,
    StoreProblem,
    WrongPassphrase,
    error_code,
    is_environment,
    save_failed,
)

log = logging.getLogger(__name__)

#: How long a connection waits for another one's lock before it gives up (ms).
BUSY_TIMEOUT_MS = 5000


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open ``path``: read-only (never writes, never checkpoints) or as the writer.

    The writer gets the durability and privacy pragmas: WAL, full sync, foreign keys,
    secure delete. Raises an error of ``sql.Error`` (the caller knows what it was opening
    for); an encrypted file raises ``PassphraseNeeded`` with no passphrase held and
    ``WrongPassphrase`` when the one held does not open it (nothing is written then).
    """
    path = Path(path)
    kind = keys.file_kind(path)
    pragma: str | None = None
    if kind is keys.FileKind.ENCRYPTED:
        pragma = _pragma_for(path)
    elif kind is keys.FileKind.NEW and not read_only:
        pragma = keys.pragma_for_new_file()
    conn = _open(path, read_only=read_only, cipher=kind is keys.FileKind.ENCRYPTED, key=pragma)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if kind is keys.FileKind.ENCRYPTED:
            _prove_key(conn, path)
        if read_only:
            return conn
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    if str(mode).lower() != "wal":
        log.warning("WAL journal mode unavailable; using %s", mode)
    return conn


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a new or renamed file) to the disk, where that exists."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def connect_copy(path: Path) -> sqlite3.Connection:
    """A connection to a new file that receives a copy (a backup, the pre-migration
    copy): no WAL, so the copy is one self-contained file. With a passphrase held, the
    copy is encrypted with the profile's key (and the source must be an encrypted
    connection: SQLCipher copies pages only between files keyed alike)."""
    return _open(Path(path), read_only=False, cipher=False, key=keys.pragma_for_new_file())


def _pragma_for(path: Path) -> str:
    try:
        pragma = keys.pragma_for_salt(keys.salt_of(path))
    except OSError as exc:
        raise WrongPassphrase(StoreProblem.WRONG_PASSPHRASE, path.parent) from exc
    if pragma is None:
        raise PassphraseNeeded(StoreProblem.LOCKED, path.parent)
    return pragma


def _open(path: Path, *, read_only: bool, cipher: bool, key: str | None) -> sqlite3.Connection:
    """Connect with the right driver; the key is the first statement on the connection."""
    target = f"{path.absolute().as_uri()}?mode=ro" if read_only else str(path)
    # The writer and the copies run explicit transactions (BEGIN IMMEDIATE).
    isolation: Literal["DEFERRED"] | None = "DEFERRED" if read_only else None
    if not (cipher or key is not None or keys.is_set()):
        return sqlite3.connect(target, uri=read_only, isolation_level=isolation)
    opened = sql.cipher_driver().connect(target, uri=read_only, isolation_level=isolation)
    conn = cast(sqlite3.Connection, opened)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = {key}")
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is not an error log
    except BaseException:
        conn.close()
        raise
    return conn


def _prove_key(conn: sqlite3.Connection, path: Path) -> None:
    """Read the first page: with a wrong key SQLCipher says "not a database" (the code a
    damaged file gives, so it is decided here, by the header, and never reaches the
    damage logic)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sql.DatabaseError as exc:
        if error_code(exc) == sqlite3.SQLITE_NOTADB:
            raise WrongPassphrase(StoreProblem.WRONG_PASSPHRASE, path.parent) from exc
        raise


class Database:
    """One connection with explicit transactions; the repositories read and write through it."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._in_batch = False

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for reads and for copies made with the online backup API."""
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a write as BEGIN IMMEDIATE .. COMMIT; on any error roll back and report it.

        A failure of the disk or the file becomes ``SaveFailed``; any other SQLite error
        is a bug and propagates as it is (after the rollback). Inside ``batch`` the write
        joins the batch's transaction and any error undoes the whole batch."""
        if self._in_batch:
            yield self._conn
            return
        if self._conn.in_transaction:
            raise RuntimeError("Store transactions do not nest")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sql.Error as exc:
            log.error("Could not start a transaction (code %s)", error_code(exc))
            raise save_failed(exc) from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sql.Error) and is_environment(exc):
                log.error("A save failed and was rolled back (code %s)", error_code(exc))
                raise save_failed(exc) from exc
            raise

    @contextlib.contextmanager
    def batch(self) -> Iterator[sqlite3.Connection]:
        """One transaction for several repositories' writes (a plan import): every
        ``transaction`` opened inside joins it, so all of it is saved or none of it."""
        if self._in_batch:  # a batch inside a batch is part of it
            yield self._conn
            return
        with self.transaction() as conn:
            self._in_batch = True
            try:
                yield conn
            finally:
                self._in_batch = False

    def _rollback(self) -> None:
        """Undo the open transaction, if SQLite has not already done so."""
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sql.Error:
                log.exception("Rollback failed")

    def integrity_ok(self) -> bool:
        """Run the full integrity check; True only when SQLite answers "ok"."""
        return self._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL into the main file."""
        self._conn.close()

    def adopt(self, other: Database) -> None:
        """Take ``other``'s connection in place of this (closed) one: the repositories
        built on this database go on working after a reopen (``Store.reopen``)."""
        if self._in_batch:
            raise RuntimeError("Cannot reopen during a batch")
        self._conn = other._conn
        self.path = other.path
