"""Automatic backups, "Back up now", the list, tidying and restoring, with a second copy
of each new backup in a folder of the person's choosing (a USB stick).

Every method opens what it needs by path (its own read-only connection), never the
app's writer: so ``back_up_if_due``, ``back_up_now``, ``list`` and ``prune`` may run on
a TaskRunner worker while the app goes on saving. Read the settings (``from_store``) on
the thread that owns the store. ``restore`` needs the app's store closed first.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.domain.backups import backup_due, backups_to_delete
from planner.storage.backups import (
    BackupError,
    BackupFile,
    BackupInfo,
    BackupProblem,
    backup_folder,
    incoming_file,
    inspect_backup,
    list_backups,
    parse_name,
)
from planner.storage.cipher_backups import remove_backup
from planner.storage.db import fsync_folder
from planner.storage.migrations import MIGRATIONS
from planner.storage.restoring import Restored, back_up, restore_backup, sweep_leftovers

if TYPE_CHECKING:
    from planner.storage.store import Store

log = logging.getLogger(__name__)

#: The reason in the name of a backup made with "Back up now" or ``main.py backup``.
BY_YOU = "by-you"

__all__ = [
    "BY_YOU",
    "BackupError",
    "BackupFile",
    "BackupInfo",
    "BackupListed",
    "BackupMade",
    "BackupService",
    "Restored",
]


@dataclass(frozen=True)
class BackupMade:
    """What one backup run did."""

    made: BackupFile | None  # None: nothing changed since the newest backup
    second_copy: Path | None = None  # the copy in the second folder, when there is one
    second_problem: str | None = None  # why the second copy could not be made (plain words)
    removed: int = 0  # old backups retention let go of


@dataclass(frozen=True)
class BackupListed:
    """One backup in the list: what it holds, or why it cannot be used."""

    file: BackupFile
    info: BackupInfo | None
    problem: BackupProblem | None


class BackupService:
    """Backups of one profile's database (see the module's note on threads)."""

    def __init__(
        self,
        database: Path,
        zone: tzinfo,
        *,
        second_folder: Path | None = None,
        known: int = len(MIGRATIONS),
    ) -> None:
        self.database = Path(database)
        self.folder = backup_folder(self.database)
        self.second_folder = second_folder
        self._zone = zone
        self._known = known
        self._last_check: datetime | None = None

    @classmethod
    def from_store(cls, store: Store, zone: tzinfo) -> BackupService:
        """A service for ``store``'s file, with the second folder from its settings."""
        from planner.services.settings import BACKUP_SECOND_FOLDER, read_setting

        chosen = read_setting(store, BACKUP_SECOND_FOLDER)
        second = Path(chosen).expanduser() if chosen else None
        return cls(Path(store.path), zone, second_folder=second)

    def set_zone(self, zone: tzinfo) -> None:
        """The local time zone the days are counted in (it can change while running)."""
        self._zone = zone

    def is_due(self, now: datetime, *, at_start: bool = False) -> bool:
        """Whether an automatic backup should be tried (at start, then once a day)."""
        return backup_due(now, self._zone, self._last_check, at_start=at_start)

    def back_up_if_due(self, now: datetime, *, at_start: bool = False) -> BackupMade | None:
        """The automatic backup: None when not due; made only when the data changed."""
        if not self.is_due(now, at_start=at_start):
            return None
        result = self._back_up(now, only_if_changed=True)
        self._last_check = now
        return result

    def back_up_now(self, now: datetime) -> BackupMade:
        """A backup the person asked for: always made. Raises BackupError."""
        result = self._back_up(now, only_if_changed=False)
        self._last_check = now
        return result

    def _back_up(self, now: datetime, *, only_if_changed: bool) -> BackupMade:
        # One the person asked for is kept beside the automatic ones (the newest 3 of
        # them), never replaced by the next day's automatic backup.
        reason = None if only_if_changed else BY_YOU
        made = back_up(self.database, now, reason, only_if_changed=only_if_changed)
        if made is None:
            return BackupMade(None)
        second, problem = self._copy_to_second(made)
        removed = self.prune(now)
        return BackupMade(made, second, problem, removed)

    def _copy_to_second(self, made: BackupFile) -> tuple[Path | None, str | None]:
        """Copy a new backup into the second folder (temp file, fsync, rename)."""
        folder = self.second_folder
        if folder is None:
            return None, None
        if not folder.is_dir():
            return None, second_folder_missing(folder)
        target = folder / made.path.name
        temp: Path | None = None
        try:
            temp = incoming_file(folder)
            with open(made.path, "rb") as src, open(temp, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(temp, target)
            temp = None
            fsync_folder(folder)
        except OSError as exc:
            log.warning("The second copy of a backup failed: %s", exc.strerror)
            return None, second_folder_failed(folder)
        finally:
            if temp is not None:
                with contextlib.suppress(OSError):
                    temp.unlink()
        return target, None

    def list(self) -> list[BackupListed]:
        """Every backup in the backups folder, newest first, with what each holds."""
        listed: list[BackupListed] = []
        for file in list_backups(self.folder):
            try:
                listed.append(BackupListed(file, inspect_backup(file.path, self._known), None))
            except BackupError as exc:
                listed.append(BackupListed(file, None, exc.problem))
        return listed

    def last_backup(self) -> BackupFile | None:
        """The newest backup of any kind (for "Last backup: …")."""
        return next(iter(list_backups(self.folder)), None)

    def prune(self, now: datetime) -> int:
        """Delete the backups retention lets go of (here and in the second folder)."""
        removed = 0
        for folder in (self.folder, self.second_folder):
            if folder is None or not folder.is_dir():
                continue
            files = list_backups(folder)
            for stamp in backups_to_delete([f.stamp for f in files], now, self._zone):
                try:
                    remove_backup(folder / stamp.name)
                    removed += 1
                except OSError as exc:
                    log.warning("An old backup could not be deleted: %s", exc.strerror)
        sweep_leftovers(self.database, now)
        return removed

    def check(self, path: Path) -> BackupInfo:
        """Check a backup file and say what it holds. Raises BackupError."""
        return inspect_backup(Path(path), self._known)

    def restore(self, path: Path, now: datetime) -> Restored:
        """Put a backup in place of the current data, after a safety backup of it.

        The app's store must be closed first and opened again after. Raises BackupError;
        the current data is unchanged then."""
        restored = restore_backup(self.database, Path(path), self._known, now)
        self._last_check = None  # the data changed: the next start backs it up
        return restored


def is_backup_name(path: Path) -> bool:
    """Whether ``path`` is named like one of the app's backups."""
    return parse_name(Path(path).name) is not None


def second_folder_missing(folder: Path) -> str:
    return QCoreApplication.translate(
        "Backups",
        "The backup was made, but the second folder {folder} is not there, so no copy was "
        "put in it. Is the USB stick plugged in?",
    ).format(folder=folder)


def second_folder_failed(folder: Path) -> str:
    return QCoreApplication.translate(
        "Backups",
        "The backup was made, but a copy could not be written to {folder}. Check that the "
        "disk has room and that you may write to it.",
    ).format(folder=folder)


def problem_text(error: BackupError) -> str:
    """The plain sentence for a backup problem."""
    path = str(error.path) if error.path is not None else ""
    problem = error.problem
    if problem is BackupProblem.MISSING:
        return QCoreApplication.translate("Backups", "There is no file at {path}.").format(
            path=path
        )
    if problem is BackupProblem.DAMAGED:
        return QCoreApplication.translate(
            "Backups",
            "{path} is damaged or is not a backup, so it cannot be used. Nothing was changed.",
        ).format(path=path)
    if problem is BackupProblem.TOO_NEW:
        return QCoreApplication.translate(
            "Backups",
            "{path} was made by a newer version of Between Checkups. Nothing was changed. "
            "Install the newer version to use it.",
        ).format(path=path)
    if problem is BackupProblem.LOCKED:
        return QCoreApplication.translate(
            "Backups",
            "{path} is locked with a passphrase that is not the one in use now, so it "
            "cannot be read. Nothing was changed.",
        ).format(path=path)
    if problem is BackupProblem.NOT_OURS:
        return QCoreApplication.translate(
            "Backups", "{path} is not a Between Checkups backup. Nothing was changed."
        ).format(path=path)
    return QCoreApplication.translate(
        "Backups",
        "The backup could not be made in {path}. Check that the disk has room and that "
        "you may write there. Nothing was changed.",
    ).format(path=path)
