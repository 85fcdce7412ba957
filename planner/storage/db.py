"""One ``connect()`` for every connection in the app, and the database the repositories use.

Every connection goes through ``connect``: the writer, read-only opens (checks, commands,
the task runner's readers) and the copy made before a migration. A passphrase will plug in
here. ``Database`` wraps the one writer connection with explicit transactions.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from planner.storage.errors import error_code, is_environment, save_failed

log = logging.getLogger(__name__)

#: How long a connection waits for another one's lock before it gives up (ms).
BUSY_TIMEOUT_MS = 5000


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open ``path``: read-only (never writes, never checkpoints) or as the writer.

    The writer gets the durability and privacy pragmas: WAL, full sync, foreign keys,
    secure delete. Raises ``sqlite3.Error``; the caller knows what it was opening for.
    """
    if read_only:
        conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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


def connect_copy(path: Path) -> sqlite3.Connection:
    """A plain connection to a new file that receives a copy (a backup, the pre-migration
    copy): no WAL, so the copy is one self-contained file."""
    return sqlite3.connect(path, isolation_level=None)


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
        except sqlite3.Error as exc:
            log.error("Could not start a transaction (code %s)", error_code(exc))
            raise save_failed(exc) from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error) and is_environment(exc):
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
            except sqlite3.Error:
                log.exception("Rollback failed")

    def integrity_ok(self) -> bool:
        """Run the full integrity check; True only when SQLite answers "ok"."""
        return self._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL into the main file."""
        self._conn.close()
