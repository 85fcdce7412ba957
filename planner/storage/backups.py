"""Backup files: their names, a verified snapshot, a fingerprint of what they hold, and a
look inside one before it is trusted.

A snapshot is made with the online backup API (a consistent copy of a live WAL database)
into a private temporary file (O_EXCL, 0600) in the backups folder, checked with
``integrity_check``, switched to a self-contained file (journal_mode DELETE), flushed,
then moved to its final name with ``os.replace``: a crash leaves either no backup or a
whole one, never a half-written file under a backup's name. Names sort by age:
``planner-20261202T101500Z.db`` (automatic) or ``planner-20261202T101500Z-before-import.db``
(a safety copy). The folder itself is prepared by the callers (``restoring``, ``opening``).

With a passphrase held, every copy is encrypted with the profile's key (``connect_copy``);
a file keyed otherwise (an older, plain backup) is copied in with ``sqlcipher_export``,
and "nothing changed" compares the rows, not the bytes (see ``fingerprint``).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from planner.domain.backups import BackupStamp
from planner.storage import cipher, cipher_backups, keys, sql
from planner.storage.db import connect, connect_copy, fsync_folder
from planner.storage.errors import PassphraseNeeded, StoreError, WrongPassphrase

BACKUP_FOLDER = "backups"
#: Temporary files start with a dot and are never listed as backups.
INCOMING_PREFIX = ".incoming-"
#: SQLite's file header: change counters and the journal mode, not the data.
HEADER_BYTES = 100
_NAME = re.compile(
    r"^planner-(?P<stamp>\d{8}T\d{6})Z(?:-(?P<reason>before-[a-z0-9-]+?|by-you))?"
    r"(?:-(?P<n>\d{1,4}))?\.db$"
)
#: Why a backup that is not the automatic one was made: before a change, or by the person.
_REASON = re.compile(r"^(before-[a-z0-9-]*[a-z0-9]|by-you)$")
_CHUNK = 1 << 20


class BackupProblem(StrEnum):
    """Why a backup file cannot be used, or a backup could not be made."""

    MISSING = "missing"  # the file is not there (or is not a file)
    DAMAGED = "damaged"  # not a database, or it failed its check
    TOO_NEW = "too_new"  # made by a newer version of the app
    NOT_OURS = "not_ours"  # a database, but not a Between Checkups one
    NOT_MADE = "not_made"  # the backup could not be written (disk full, no permission)
    LOCKED = "locked"  # encrypted with a passphrase that is not the one in use now


def db_errors() -> tuple[type[Exception], ...]:
    """What opening or reading a file may raise, with either driver (read at ``except``
    time: ``sql.Error`` grows when sqlcipher3 is loaded)."""
    return (StoreError, *sql.Error)


def write_errors() -> tuple[type[Exception], ...]:
    """``db_errors`` and what writing a file may raise."""
    return (OSError, StoreError, *sql.Error)


class BackupError(Exception):
    """A backup problem the person can act on: ``problem`` says which, ``path`` where."""

    def __init__(self, problem: BackupProblem, path: Path | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.path = path


@dataclass(frozen=True)
class BackupFile:
    """A backup in a backups folder, as its name and size tell."""

    path: Path
    at: datetime
    reason: str | None
    size: int

    @property
    def stamp(self) -> BackupStamp:
        parsed = parse_name(self.path.name)
        number = parsed[2] if parsed is not None else 1
        return BackupStamp(self.path.name, self.at, self.reason, number)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, read from the file itself (after its check)."""

    path: Path
    size: int
    version: int
    checkins: int
    checkoffs: int
    at: datetime | None  # from the name when it is one of ours; else the file's time
    reason: str | None


def backup_folder(database: Path) -> Path:
    """The backups folder inside the data folder."""
    return Path(database).parent / BACKUP_FOLDER


def backup_name(at: datetime, reason: str | None = None, number: int = 1) -> str:
    """``planner-<UTC time>Z[-reason][-number].db``."""
    if reason is not None and not _REASON.match(reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    moment = at.astimezone(UTC)
    tail = (f"-{reason}" if reason else "") + (f"-{number}" if number > 1 else "")
    return f"planner-{moment:%Y%m%dT%H%M%S}Z{tail}.db"


def parse_name(name: str) -> tuple[datetime, str | None, int] | None:
    """The time, reason and number in a backup's name; None for any other file."""
    found = _NAME.match(name)
    if found is None:
        return None
    try:
        at = datetime.strptime(found["stamp"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return at, found["reason"], int(found["n"] or 1)


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first (none when it does not exist)."""
    found: list[tuple[datetime, int, BackupFile]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed is None:
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                at, reason, number = parsed
                size = entry.stat(follow_symlinks=False).st_size
                found.append((at, number, BackupFile(Path(entry.path), at, reason, size)))
    found.sort(key=lambda row: (row[0], row[1], row[2].path.name), reverse=True)
    return [row[2] for row in found]


def fingerprint(path: Path, *, noted: bool = True) -> str:
    """What a backup holds, to tell whether anything changed since it was made.

    Plain: a SHA-256 of the file's pages without its 100-byte header (two snapshots of
    unchanged data have the same pages; only the header's change counters and journal
    mode may differ). With a key held, the bytes of two copies of unchanged data never
    match (every page gets a fresh random IV), so it is a SHA-256 of every table's rows
    (``cipher.content_fingerprint``), read from the file's note beside it when that was
    written for this very file. Raises OSError (and an error of sql.Error, StoreError
    when the file cannot be opened with the key held).
    """
    if keys.is_set():
        return cipher_backups.content_print(path, noted=noted)
    digest = keys.sha256()
    with open(path, "rb") as file:
        file.seek(HEADER_BYTES)
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return str(digest.hexdigest())


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy into the new, empty file ``target``: a snapshot, check, DELETE mode, fsync.

    The snapshot is the online backup API when ``source`` and the copy are keyed alike
    (both plain, or both with the profile's key); otherwise (a plain or other-keyed file
    copied into an encrypted profile) ``cipher.export_into``, since SQLCipher copies pages
    only between files keyed alike. Raises BackupError(NOT_MADE) when the copy fails its
    check, OSError or an error of sql.Error when it cannot be written.
    """
    if cipher_backups.keyed_like_profile(source):
        dest = connect_copy(target)
        try:
            source.backup(dest)
        except BaseException:
            dest.close()
            raise
    else:
        cipher.export_into(source, target)
        dest = connect_copy(target)
    try:
        ok = dest.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    if not ok:
        raise BackupError(BackupProblem.NOT_MADE, target)
    fsync_file(target)


def incoming_file(folder: Path) -> Path:
    """A new private temporary file in ``folder`` (O_EXCL, 0600), never listed."""
    fd, name = tempfile.mkstemp(prefix=INCOMING_PREFIX, suffix=".db", dir=folder)
    os.close(fd)
    return Path(name)


def make_snapshot(
    source: sqlite3.Connection,
    folder: Path,
    now: datetime,
    reason: str | None = None,
    *,
    same_as: str | None = None,
) -> tuple[BackupFile, str | None] | None:
    """Snapshot ``source`` into ``folder`` (which must exist); returns it and its
    fingerprint (None: a safety copy of an encrypted profile, never compared).

    With ``same_as`` (the newest backup's fingerprint), a snapshot that holds exactly
    that is thrown away and None returned: nothing changed. Raises BackupError(NOT_MADE).

    With a key held, an automatic backup's rows are fingerprinted on ``source`` in the
    same read transaction as the page copy (so the print is the copy's), an unchanged
    profile is not copied at all, and the print is kept in a note beside the backup.
    """
    temp: Path | None = None
    print_: str | None = None
    began = False
    compared = same_as is not None or reason is None  # automatic ones are compared later
    try:
        keyed = keys.is_set() and compared and not source.in_transaction
        if keyed and cipher_backups.keyed_like_profile(source):
            source.execute("BEGIN")  # one snapshot for the print and the copy
            began = True
            print_ = cipher.content_fingerprint(source)
            if print_ == same_as:
                return None
        temp = incoming_file(folder)
        copy_database(source, temp)
        if began:
            began = False
            source.execute("COMMIT")
        if print_ is None and (compared or not keys.is_set()):
            print_ = fingerprint(temp, noted=False)
            if same_as is not None and print_ == same_as:
                temp.unlink()
                return None
        final = folder / backup_name(now, reason, _next_number(folder, now, reason))
        os.replace(temp, final)
        temp = None
        fsync_folder(folder)
        size = final.stat().st_size
        if keys.is_set() and print_ is not None:
            cipher_backups.note_print(final, print_)
    except write_errors() as exc:
        raise BackupError(BackupProblem.NOT_MADE, folder) from exc
    finally:
        if began:
            with contextlib.suppress(*write_errors()):
                source.execute("COMMIT")  # a read transaction: nothing to save
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
            with contextlib.suppress(OSError):
                temp.with_name(temp.name + "-journal").unlink()
    return BackupFile(final, now.astimezone(UTC), reason, size), print_


def _next_number(folder: Path, now: datetime, reason: str | None) -> int:
    """1, or one more than the highest number of a backup made in the same second for the
    same reason: a later backup always sorts after an earlier one."""
    moment = now.astimezone(UTC).replace(microsecond=0)
    numbers = [
        parsed[2]
        for name in os.listdir(folder)
        if (parsed := parse_name(name)) is not None and parsed[:2] == (moment, reason)
    ]
    return max(numbers, default=0) + 1


def sweep_incoming(folder: Path, now: datetime, older_than: timedelta) -> int:
    """Remove temporary files a killed backup left behind (only ones older than
    ``older_than``, so another process's backup in progress is left alone)."""
    removed = 0
    cutoff = (now - older_than).timestamp()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(INCOMING_PREFIX) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                        os.unlink(entry.path)
                        removed += 1
    return removed


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(name) for (name,) in rows}


def inspect_backup(path: Path, known: int) -> BackupInfo:
    """Check a backup file and say what it holds, without changing it.

    Raises BackupError: MISSING, DAMAGED (not a database, or its check failed), TOO_NEW
    (``user_version`` above ``known``), NOT_OURS (no checklist in it), LOCKED (encrypted,
    and the key held, or none, does not open it).
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(BackupProblem.MISSING, path)
    try:
        conn = connect(path, read_only=True)
    except (PassphraseNeeded, WrongPassphrase) as exc:
        raise BackupError(BackupProblem.LOCKED, path) from exc
    except db_errors() as exc:
        raise BackupError(BackupProblem.DAMAGED, path) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > known:
            raise BackupError(BackupProblem.TOO_NEW, path)
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise BackupError(BackupProblem.DAMAGED, path)
        tables = _tables(conn)
        if version < 1 or not {"items", "checkoffs"} <= tables:
            raise BackupError(BackupProblem.NOT_OURS, path)
        checkoffs = int(conn.execute("SELECT count(*) FROM checkoffs").fetchone()[0])
        checkins = 0
        if "journal_entries" in tables:
            checkins = int(conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0])
    except sql.Error as exc:
        raise BackupError(BackupProblem.DAMAGED, path) from exc
    finally:
        conn.close()
    parsed = parse_name(path.name)
    stat = path.stat()
    if parsed is not None:
        at: datetime | None = parsed[0]
        reason = parsed[1]
    else:
        at, reason = datetime.fromtimestamp(stat.st_mtime, UTC), None
    return BackupInfo(path, stat.st_size, version, checkins, checkoffs, at, reason)
