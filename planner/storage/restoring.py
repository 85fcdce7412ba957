"""Backing up a profile's database and putting a backup back in its place.

Every step that can fail comes before the one move that cannot be half done
(``os.replace``): a failure, or the process killed at any moment, leaves the current
data whole. Nothing here may run while the app has the database open for writing,
except ``back_up`` (which reads through its own read-only connection).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from planner.storage.backups import (
    BackupError,
    BackupFile,
    BackupInfo,
    BackupProblem,
    backup_folder,
    copy_database,
    db_errors,
    fingerprint,
    fsync_file,
    incoming_file,
    inspect_backup,
    list_backups,
    make_snapshot,
    sweep_incoming,
    write_errors,
)
from planner.storage.cipher_backups import sweep_prints
from planner.storage.db import connect, connect_copy, fsync_folder
from planner.storage.errors import PassphraseNeeded, WrongPassphrase
from planner.storage.opening import family, restrict, secure_folder, utc_stamp

#: A temporary file older than this was left by a killed backup or restore.
LEFTOVER_AGE = timedelta(hours=1)


@dataclass(frozen=True)
class Restored:
    """A restore that went through: what was put in place and where the data before went."""

    info: BackupInfo
    before: Path | None  # the safety backup of the data as it was (None: there was none)


def prepare_folder(database: Path) -> Path:
    """The backups folder, created private (0700) when needed."""
    folder = backup_folder(database)
    secure_folder(folder, ours=True)
    return folder


def back_up(
    database: Path,
    now: datetime,
    reason: str | None = None,
    *,
    only_if_changed: bool = False,
    source: sqlite3.Connection | None = None,
) -> BackupFile | None:
    """Snapshot the database into its backups folder; None when nothing changed.

    Without ``source``, a read-only connection of its own is opened (and closed), so
    this may run on any thread while the app's writer goes on writing. With
    ``only_if_changed``, the snapshot is kept only when it differs from the newest
    automatic backup. Raises BackupError (NOT_MADE; MISSING with no database).
    """
    database = Path(database)
    if not database.is_file():
        raise BackupError(BackupProblem.MISSING, database)
    try:
        folder = prepare_folder(database)
    except OSError as exc:
        raise BackupError(BackupProblem.NOT_MADE, backup_folder(database)) from exc
    same_as = None
    if only_if_changed:
        newest = next((b for b in list_backups(folder) if b.reason is None), None)
        if newest is not None:
            with contextlib.suppress(*write_errors()):
                same_as = fingerprint(newest.path)
    if source is not None:
        made = make_snapshot(source, folder, now, reason, same_as=same_as)
    else:
        try:
            conn = connect(database, read_only=True)
        except db_errors() as exc:
            raise BackupError(BackupProblem.NOT_MADE, database) from exc
        try:
            made = make_snapshot(conn, folder, now, reason, same_as=same_as)
        finally:
            conn.close()
    sweep_incoming(folder, now, LEFTOVER_AGE)
    return None if made is None else made[0]


def write_backup(database: Path, target: Path) -> int:
    """A checked snapshot of the database written to ``target`` (replaced if there);
    returns its size. Raises BackupError (NOT_MADE; MISSING with no database)."""
    database, target = Path(database), Path(target)
    if not database.is_file():
        raise BackupError(BackupProblem.MISSING, database)
    temp: Path | None = None
    try:
        temp = incoming_file(target.parent)
        conn = connect(database, read_only=True)
        try:
            copy_database(conn, temp)
        finally:
            conn.close()
        os.replace(temp, target)
        temp = None
        fsync_folder(target.parent)
        return target.stat().st_size
    except write_errors() as exc:
        raise BackupError(BackupProblem.NOT_MADE, target) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()


def restore_backup(database: Path, backup: Path, known: int, now: datetime) -> Restored:
    """Put ``backup`` in the place of the database, after checking it and keeping a
    safety backup ("before-restore") of the data as it is.

    The app must not have the database open. Raises BackupError: the backup's problem
    (MISSING, DAMAGED, TOO_NEW, NOT_OURS) or NOT_MADE; the current data is unchanged then.
    """
    database, backup = Path(database), Path(backup)
    info = inspect_backup(backup, known)
    folder = database.parent
    before = None
    if database.exists():
        before = _keep_current(database, now)
    temp: Path | None = None
    try:
        secure_folder(folder, ours=True)
        temp = incoming_file(folder)  # beside it: same disk, so the swap is atomic
        source = connect(backup, read_only=True)
        try:
            copy_database(source, temp)
        finally:
            source.close()
        if inspect_backup(temp, known).version != info.version:
            raise BackupError(BackupProblem.NOT_MADE, temp)
        _to_wal(temp)
        _no_pending_wal(database)
        os.replace(temp, database)
        temp = None
        fsync_folder(folder)
        for companion in _companions(database):
            with contextlib.suppress(FileNotFoundError):
                companion.unlink()
        restrict(database, 0o600)
    except write_errors() as exc:
        raise BackupError(BackupProblem.NOT_MADE, folder) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    return Restored(info, before)


def _companions(database: Path) -> list[Path]:
    """The -wal, -shm and -journal files that belong to this database file only."""
    return [*family(database)[1:], database.with_name(database.name + "-journal")]


def _keep_current(database: Path, now: datetime) -> Path:
    """The current data kept before a restore: a checked backup, or (when the current
    file is damaged) a plain copy of it and its companions beside it.

    First the file is opened as the app would open it, which finishes or rolls back what
    a crash left half done and folds the WAL into the file. Whatever the case, no -wal
    frame or -journal page of the current file may meet the restored one."""
    folded = _fold_in(database)
    try:
        made = back_up(database, now, "before-restore")
        assert made is not None
        return made.path
    except BackupError as exc:
        if exc.problem is not BackupProblem.NOT_MADE or (folded and _healthy(database)):
            raise
    kept = _copy_damaged(database, now)
    for companion in _companions(database):
        if companion.name.endswith(("-wal", "-journal")):
            with contextlib.suppress(FileNotFoundError):
                companion.unlink()
    return kept


def _fold_in(database: Path) -> bool:
    """Open as the writer, checkpoint the WAL into the file, close; False when SQLite
    could not (a damaged file). Raises BackupError(LOCKED) when the current data is
    encrypted and the key held (or none) does not open it: nothing is changed then."""
    try:
        conn = connect(database)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except (PassphraseNeeded, WrongPassphrase) as exc:
        raise BackupError(BackupProblem.LOCKED, database) from exc
    except db_errors():
        return False
    return True


def _healthy(database: Path) -> bool:
    """Whether the database passes its check (so a failed backup was the disk's fault)."""
    try:
        conn = connect(database, read_only=True)
    except db_errors():
        return False
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except db_errors():
        return False
    finally:
        conn.close()


def _copy_damaged(database: Path, now: datetime) -> Path:
    """Copy a damaged database and its companions aside, byte for byte (never deleted)."""
    aside = database.with_name(f"{database.name}.damaged-{utc_stamp(now)}")
    try:
        for file in [database, *_companions(database)]:
            if file.exists():
                target = aside.with_name(aside.name + file.name[len(database.name) :])
                shutil.copyfile(file, target)
                restrict(target, 0o600)
                fsync_file(target)
        fsync_folder(database.parent)
    except OSError as exc:
        raise BackupError(BackupProblem.NOT_MADE, database.parent) from exc
    return aside


def _to_wal(temp: Path) -> None:
    """Switch the copy to WAL before the swap, as the app's first open would: that switch
    writes through a rollback journal, and a crash then would leave a hot journal beside
    planner.db, which the app's read-only check at start cannot roll back."""
    conn = connect_copy(temp)
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    finally:
        conn.close()  # the last connection: its empty -wal and -shm go too
    if str(mode).lower() != "wal":
        raise BackupError(BackupProblem.NOT_MADE, temp)
    fsync_file(temp)


def _no_pending_wal(database: Path) -> None:
    """Refuse the swap while the database's -wal or -journal still holds something
    (another connection is open on it)."""
    for companion in _companions(database):
        with contextlib.suppress(FileNotFoundError):
            if companion.name.endswith(("-wal", "-journal")) and companion.stat().st_size > 0:
                raise BackupError(BackupProblem.NOT_MADE, database)


def sweep_leftovers(database: Path, now: datetime) -> None:
    """Remove temporary files a killed backup or restore left (in both folders)."""
    sweep_incoming(backup_folder(database), now, LEFTOVER_AGE)
    sweep_incoming(Path(database).parent, now, LEFTOVER_AGE)
    sweep_prints(backup_folder(database))
