"""The one writer connection to the SQLite file: safe opening, migrations, transactions."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.storage.checkoffs_repo import CheckOffRepository
from planner.storage.items_repo import ItemRepository
from planner.storage.migrations import MIGRATIONS, split_statements
from planner.storage.settings_repo import SettingsRepository

if TYPE_CHECKING:
    from planner.storage.checkups_repo import CheckupRepository
    from planner.storage.drafts_repo import DraftRepository
    from planner.storage.journal_repo import JournalRepository
    from planner.storage.reminder_log_repo import ReminderLogRepository
    from planner.storage.wellbeing_repo import WellbeingRepository

log = logging.getLogger(__name__)

_DISK_FULL = "The disk is full, so this was not saved. Free some space and try again."
_NOT_SAVED = (
    "This could not be saved because the planner's file could not be written. "
    "Nothing was changed. Please try again; if it keeps happening, restart the app."
)
_DAMAGED_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


class StoreError(Exception):
    """A storage problem the person can act on, with a plain-words message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StoreUnavailable(StoreError):
    """The data folder or file cannot be created, opened or written."""


class StoreDamaged(StoreError):
    """The file failed its check; it was moved aside to ``kept_aside``, never deleted."""

    def __init__(self, message: str, kept_aside: Path) -> None:
        super().__init__(message)
        self.kept_aside = kept_aside


class StoreTooNew(StoreError):
    """The file was written by a newer version of the app; it was left untouched."""


class SaveFailed(StoreError):
    """A write did not reach the disk; it was rolled back, so nothing is half-saved."""


def utc_stamp(now: datetime | None = None) -> str:
    """A compact UTC time stamp for file names, so kept-aside copies sort by age."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _error_code(exc: sqlite3.Error) -> int:
    """The primary SQLite result code of an error (extended codes folded)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def save_failed(exc: sqlite3.Error) -> SaveFailed:
    """Turn a failed write into the message the person sees."""
    if _error_code(exc) == sqlite3.SQLITE_FULL:
        return SaveFailed(_DISK_FULL)
    return SaveFailed(_NOT_SAVED)


def _restrict(path: Path, mode: int) -> None:
    """Give a file or folder owner-only permissions when it exists."""
    if path.exists() and (path.stat().st_mode & 0o777) != mode:
        path.chmod(mode)


class Store:
    """The planner's database: one connection, explicit transactions, repositories on top."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, is_new: bool) -> None:
        self._conn = conn
        self.path = path
        self.is_new = is_new
        self.items = ItemRepository(self)
        self.checkoffs = CheckOffRepository(self)
        self.settings = SettingsRepository(self)
        self._reminder_log: ReminderLogRepository | None = None
        self._journal: JournalRepository | None = None
        self._checkups: CheckupRepository | None = None
        self._wellbeing: WellbeingRepository | None = None
        self._drafts: DraftRepository | None = None

    @property
    def reminder_log(self) -> ReminderLogRepository:
        """The reminder log, loaded on first use (the reminders start after the window)."""
        if self._reminder_log is None:
            from planner.storage.reminder_log_repo import ReminderLogRepository

            self._reminder_log = ReminderLogRepository(self)
        return self._reminder_log

    @property
    def journal(self) -> JournalRepository:
        """Check-ins (loaded on first use: Today's first paint does not need them)."""
        if self._journal is None:
            from planner.storage.journal_repo import JournalRepository

            self._journal = JournalRepository(self)
        return self._journal

    @property
    def checkups(self) -> CheckupRepository:
        if self._checkups is None:
            from planner.storage.checkups_repo import CheckupRepository

            self._checkups = CheckupRepository(self)
        return self._checkups

    @property
    def wellbeing(self) -> WellbeingRepository:
        """The two-weekly screens and the care-team notes shown."""
        if self._wellbeing is None:
            from planner.storage.wellbeing_repo import WellbeingRepository

            self._wellbeing = WellbeingRepository(self)
        return self._wellbeing

    @property
    def drafts(self) -> DraftRepository:
        if self._drafts is None:
            from planner.storage.drafts_repo import DraftRepository

            self._drafts = DraftRepository(self)
        return self._drafts

    @property
    def connection(self) -> sqlite3.Connection:
        """The single connection, for reads and for backups made with the online backup API."""
        return self._conn

    @classmethod
    def open(cls, path: Path, *, migrations: Sequence[str] = MIGRATIONS) -> Store:
        """Open (or create) the database, check it, and bring its schema up to date."""
        path = Path(path)
        folder = path.parent
        try:
            secure_folder(folder, ours=not folder.exists() or path.exists())
            if not path.exists():
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            for file in _family(path):
                _restrict(file, 0o600)
        except OSError as exc:
            log.error("Cannot prepare the data folder: %s", exc.strerror)
            raise StoreUnavailable(_unavailable(folder)) from exc
        version = _check(path, len(migrations))
        try:
            conn = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreUnavailable(_unavailable(folder)) from exc
        try:
            _configure(conn, path)
            for file in _family(path):
                _restrict(file, 0o600)
            if version < len(migrations):
                if version >= 1:
                    _backup_before_migrating(conn, path, version + 1)
                _migrate(conn, migrations, version)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, is_new=version == 0)

    @classmethod
    def open_readonly(cls, path: Path, *, known: int = len(MIGRATIONS)) -> Store:
        """Open for reading only (exports): nothing is moved, migrated or written."""
        path = Path(path)
        try:
            conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
            rows = conn.execute("PRAGMA quick_check").fetchall()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise StoreError(
                f"The planner's data in\n{path.parent}\ncould not be read. Open the app to "
                "check it; nothing was changed."
            ) from exc
        problem = None
        if rows != [("ok",)]:
            problem = "is damaged. Open the app to deal with it; nothing was changed."
        elif version > known:
            problem = "was saved by a newer version of Between Checkups. Nothing was changed."
        elif version < known:
            problem = "was saved by an older version. Open the app once to bring it up to date."
        if problem:
            conn.close()
            raise StoreError(f"The planner's data in\n{path.parent}\n{problem}")
        return cls(conn, path, is_new=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a write as BEGIN IMMEDIATE .. COMMIT; on any error roll back and report it."""
        if self._conn.in_transaction:
            raise RuntimeError("Store transactions do not nest")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            log.error("Could not start a transaction (code %s)", _error_code(exc))
            raise save_failed(exc) from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error):
                log.error("A save failed and was rolled back (code %s)", _error_code(exc))
                raise save_failed(exc) from exc
            raise

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


def _family(path: Path) -> list[Path]:
    """The database file with its -wal and -shm companions."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _unavailable(folder: Path) -> str:
    return (
        f"The planner cannot open or write its data folder:\n{folder}\n"
        "Check that the folder exists, that you may write to it and that the disk is "
        "connected, then start the planner again."
    )


def _check(path: Path, known: int) -> int:
    """Check for damage and read the schema version on a read-only connection.

    Read-only, so a refused file is left exactly as it was: a read-only connection never
    checkpoints or removes the -wal on close, which keeps a damaged file's WAL for rescue.
    """
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreUnavailable(_unavailable(path.parent)) from exc
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _error_code(exc) in _DAMAGED_CODES:
            raise _damaged(path) from exc
        raise StoreUnavailable(_unavailable(path.parent)) from exc
    conn.close()
    if rows != [("ok",)]:
        raise _damaged(path)
    if version > known:
        raise StoreTooNew(
            f"The planner's data in\n{path.parent}\nwas saved by a newer version of "
            "Between Checkups. Nothing was changed. Please install the newer version "
            "to open it."
        )
    return version


def _damaged(path: Path) -> StoreDamaged:
    """Move a damaged file and its companions aside (never delete) and describe what happened."""
    aside = path.with_name(f"{path.name}.damaged-{utc_stamp()}")
    try:
        for file, suffix in zip(_family(path), ("", "-wal", "-shm"), strict=True):
            if file.exists():
                file.rename(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise StoreUnavailable(_unavailable(path.parent)) from exc
    log.error("The database failed its check and was moved aside")
    return StoreDamaged(
        "The planner's data file is damaged, so it was put aside and kept as\n"
        f"{aside}\nThe damaged file was not deleted.",
        aside,
    )


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    """Set the durability and privacy pragmas on the writer connection."""
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlite3.Error as exc:
        raise StoreUnavailable(_unavailable(path.parent)) from exc
    if str(mode).lower() != "wal":
        log.warning("WAL journal mode unavailable; using %s", mode)


def _backup_before_migrating(conn: sqlite3.Connection, path: Path, target: int) -> Path:
    """Copy the database with the online backup API and check the copy before migrating."""
    copy = path.with_name(f"{path.name}.before-v{target}-{utc_stamp()}.bak")
    problem = (
        "The planner needs to update its data file but could not first make a safety copy "
        f"in\n{path.parent}\nNothing was changed. Free some disk space and try again."
    )
    try:
        os.close(os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        dest = sqlite3.connect(copy, isolation_level=None)
        try:
            conn.backup(dest)
            ok = dest.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        fd = os.open(copy, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(problem) from exc
    if not ok:
        raise StoreError(problem)
    return copy


def _migrate(conn: sqlite3.Connection, migrations: Sequence[str], version: int) -> None:
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
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        log.error("Upgrade to version %d failed (code %s)", target, _error_code(exc))
        if _error_code(exc) == sqlite3.SQLITE_FULL:
            raise StoreError(
                "The disk is full, so the planner could not update its data file. "
                "Nothing was changed. Free some space and start the planner again."
            ) from exc
        raise StoreError(
            "The planner could not update its data file to this version. Nothing was "
            "changed. Please report this problem; your data is safe."
        ) from exc
