"""The storage problems a person can act on, as codes; SQLite's result codes mapped to them.

Storage says *what* went wrong (a code, the folder, a kept-aside file); the services turn
that into a sentence the person reads, in their language (``services.problems``). As in
qutebrowser's ``misc/sql.py``, a failure of the environment (full disk, unwritable file,
locked database) is a ``StoreError``; anything else from SQLite is our bug and propagates.
Both drivers (``sqlite3``, ``sqlcipher3``) use the same result codes.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path


class StoreProblem(StrEnum):
    """What went wrong, in words the services can turn into a sentence."""

    DISK_FULL = "disk_full"  # a save found no room; nothing was saved
    NOT_SAVED = "not_saved"  # a save could not be written (I/O, read-only, locked)
    UNAVAILABLE = "unavailable"  # the data folder or file cannot be created, opened, written
    DAMAGED = "damaged"  # the file failed its check and was moved aside
    TOO_NEW = "too_new"  # written by a newer version of the app; left untouched
    UNREADABLE = "unreadable"  # a read-only open (a command) could not read the file
    DAMAGED_READONLY = "damaged_readonly"  # a read-only open found damage; nothing moved
    OLDER_READONLY = "older_readonly"  # a read-only open found an older schema
    NO_SAFETY_COPY = "no_safety_copy"  # the copy before a migration could not be made
    UPGRADE_DISK_FULL = "upgrade_disk_full"  # a migration found no room; nothing changed
    UPGRADE_FAILED = "upgrade_failed"  # a migration failed; nothing changed
    LOCKED = "locked"  # the file is encrypted and no passphrase was given: ask for it
    WRONG_PASSPHRASE = "wrong_passphrase"  # the passphrase does not open it; file untouched
    NOT_REWRITTEN = "not_rewritten"  # setting/changing/removing the passphrase failed; unchanged


class StoreError(Exception):
    """A storage problem the person can act on: ``problem`` says which, ``folder`` where."""

    def __init__(self, problem: StoreProblem, folder: Path | None = None) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.folder = folder


class StoreUnavailable(StoreError):
    """The data folder or file cannot be created, opened or written."""


class StoreDamaged(StoreError):
    """The file failed its check; it was moved aside to ``kept_aside``, never deleted."""

    def __init__(self, kept_aside: Path) -> None:
        super().__init__(StoreProblem.DAMAGED, kept_aside.parent)
        self.kept_aside = kept_aside


class StoreTooNew(StoreError):
    """The file was written by a newer version of the app; it was left untouched."""


class PassphraseNeeded(StoreError):
    """The file is encrypted and no passphrase is held: ask for it, then open again."""


class WrongPassphrase(StoreError):
    """The passphrase held does not open the file. The file is untouched, never moved."""


class SaveFailed(StoreError):
    """A write did not reach the disk; it was rolled back, so nothing is half-saved."""


#: SQLite result codes that are the environment's fault, not ours.
ENVIRONMENT_CODES = frozenset(
    {
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_NOMEM,
        sqlite3.SQLITE_PROTOCOL,
    }
)
DAMAGED_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def error_code(exc: BaseException) -> int:
    """The primary SQLite result code of an error from either driver (extended codes
    folded); 0 for anything else."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def is_environment(exc: BaseException) -> bool:
    """Whether a SQLite error comes from the disk, the file or another process (not a bug)."""
    return error_code(exc) in ENVIRONMENT_CODES | DAMAGED_CODES


def save_failed(exc: BaseException) -> SaveFailed:
    """Turn a failed write into the problem the person is told about."""
    if error_code(exc) == sqlite3.SQLITE_FULL:
        return SaveFailed(StoreProblem.DISK_FULL)
    return SaveFailed(StoreProblem.NOT_SAVED)
