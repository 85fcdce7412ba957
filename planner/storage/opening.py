"""Opening the database safely: private folders, a check first, damage kept aside, a
verified copy before each migration, and migrations that are all or nothing."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from planner.storage import sql
from planner.storage.db import Database, connect
from planner.storage.errors import (
    DAMAGED_CODES,
    StoreDamaged,
    StoreError,
    StoreProblem,
    StoreTooNew,
    StoreUnavailable,
    error_code,
)
from planner.storage.migrations import split_statements

log = logging.getLogger(__name__)


def utc_stamp(now: datetime | None = None) -> str:
    """A compact UTC time stamp for file names, so kept-aside copies sort by age."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return f"{moment:%Y%m%dT%H%M%S%f}Z"


def secure_folder(folder: Path, *, ours: bool) -> None:
    """Create ``folder`` private (0700); tighten an existing one only when it is the app's.

    A folder the person pointed us at that holds other things keeps its permissions:
    the app's own files are 0600 either way.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if ours and (folder.stat().st_mode & 0o777) != 0o700:
        try:
            folder.chmod(0o700)
        except PermissionError:
            log.warning("Could not make the data folder private (it belongs to someone else)")


def family(path: Path) -> list[Path]:
    """The database file with its -wal and -shm companions."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def restrict(path: Path, mode: int) -> None:
    """Give a file or folder owner-only permissions when it exists."""
    if path.exists() and (path.stat().st_mode & 0o777) != mode:
        path.chmod(mode)


def open_writer(path: Path, migrations: Sequence[str]) -> tuple[Database, bool]:
    """Open (or create) the database, check it, bring its schema up to date.

    Returns the database and whether it was new (had no schema yet)."""
    folder = path.parent
    try:
        secure_folder(folder, ours=not folder.exists() or path.exists())
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        for file in family(path):
            restrict(file, 0o600)
    except OSError as exc:
        log.error("Cannot prepare the data folder: %s", exc.strerror)
        raise StoreUnavailable(StoreProblem.UNAVAILABLE, folder) from exc
    version = check(path, len(migrations))
    try:
        conn = connect(path)
    except sql.Error as exc:
        raise StoreUnavailable(StoreProblem.UNAVAILABLE, folder) from exc
    try:
        for file in family(path):
            restrict(file, 0o600)
        if version < len(migrations):
            if version >= 1:
                copy_before_migrating(conn, path, version + 1)
            migrate(conn, migrations, version)
    except BaseException:
        conn.close()
        raise
    return Database(conn, path), version == 0


def open_reader(path: Path, known: int) -> Database:
    """Open for reading only (commands, the task runner): nothing is moved or written.

    An encrypted file raises PassphraseNeeded (no passphrase held) or WrongPassphrase."""
    folder = Path(path).parent
    try:
        conn = connect(path, read_only=True)
        rows = conn.execute("PRAGMA quick_check").fetchall()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sql.Error as exc:
        raise StoreError(StoreProblem.UNREADABLE, folder) from exc
    problem = None
    if rows != [("ok",)]:
        problem = StoreProblem.DAMAGED_READONLY
    elif version > known:
        problem = StoreProblem.TOO_NEW
    elif version < known:
        problem = StoreProblem.OLDER_READONLY
    if problem is not None:
        conn.close()
        raise StoreError(problem, folder)
    return Database(conn, path)


def check(path: Path, known: int) -> int:
    """Check for damage and read the schema version on a read-only connection.

    Read-only, so a refused file is left exactly as it was: a read-only connection never
    checkpoints or removes the -wal on close, which keeps a damaged file's WAL for rescue.
    An encrypted file is told apart by its header first (``connect``): no passphrase, or a
    wrong one, raises PassphraseNeeded or WrongPassphrase and the file is never moved.
    """
    try:
        conn = connect(path, read_only=True)
    except sql.Error as exc:
        raise StoreUnavailable(StoreProblem.UNAVAILABLE, path.parent) from exc
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sql.DatabaseError as exc:
        conn.close()
        if error_code(exc) in DAMAGED_CODES:
            raise keep_aside(path) from exc
        raise StoreUnavailable(StoreProblem.UNAVAILABLE, path.parent) from exc
    conn.close()
    if rows != [("ok",)]:
        raise keep_aside(path)
    if version > known:
        raise StoreTooNew(StoreProblem.TOO_NEW, path.parent)
    return version


def keep_aside(path: Path) -> StoreDamaged:
    """Move a damaged file and its companions aside (never delete them)."""
    aside = path.with_name(f"{path.name}.damaged-{utc_stamp()}")
    try:
        for file, suffix in zip(family(path), ("", "-wal", "-shm"), strict=True):
            if file.exists():
                file.rename(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise StoreUnavailable(StoreProblem.UNAVAILABLE, path.parent) from exc
    log.error("The database failed its check and was moved aside")
    return StoreDamaged(aside)


def copy_before_migrating(conn: sqlite3.Connection, path: Path, target: int) -> Path:
    """Copy the database with the online backup API and check the copy before migrating."""
    return safety_copy(conn, path, f"before-v{target}")


def safety_copy(
    conn: sqlite3.Connection, path: Path, why: str, now: datetime | None = None
) -> Path:
    """A checked, flushed backup of the database in its backups folder,
    ``backups/planner-<UTC time>Z-<why>.db``, made with the online backup API before a
    change that cannot be taken back (a migration, a plan import, a restore). It is listed
    with the other backups. Raises StoreError (NO_SAFETY_COPY) when it cannot be made."""
    from planner.storage.backups import BackupError, backup_folder, make_snapshot  # rare

    folder = backup_folder(path)
    try:
        secure_folder(folder, ours=True)
        made = make_snapshot(conn, folder, now or datetime.now(UTC), why)
    except (OSError, BackupError) as exc:
        raise StoreError(StoreProblem.NO_SAFETY_COPY, path.parent) from exc
    assert made is not None  # always kept: no fingerprint to compare with
    return made[0].path


def migrate(conn: sqlite3.Connection, migrations: Sequence[str], version: int) -> None:
    """Apply every pending migration in one transaction: the upgrade is all or nothing.

    One transaction, not one per step, so that a failing later step also takes back the
    steps before it and the file is left exactly as it was.
    """
    target = len(migrations)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for index in range(version, target):
            for statement in split_statements(migrations[index]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except sql.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        log.error("Upgrade to version %d failed (code %s)", target, error_code(exc))
        if error_code(exc) == sqlite3.SQLITE_FULL:
            raise StoreError(StoreProblem.UPGRADE_DISK_FULL) from exc
        raise StoreError(StoreProblem.UPGRADE_FAILED) from exc
