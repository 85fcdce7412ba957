"""The running app's backups: the automatic one at start and once a day (checked every
half hour, made only when the data changed), "Back up now", the list, checking a file
before a restore, and the restore itself, which waits for the window to close.

Every slow step runs on a worker thread (``TaskRunner``); each backup opens its own
read-only connection by path, so the window goes on saving meanwhile. The settings (the
second folder) are read here, on the GUI thread, before each run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from planner.services.backups import BackupListed, BackupMade, BackupService
from planner.services.settings import BACKUP_SECOND_FOLDER, read_setting
from planner.services.tasks import TaskRunner
from planner.storage.backups import BackupError, BackupFile, BackupInfo

if TYPE_CHECKING:
    from planner.services.export_restore import ExportSummary
    from planner.storage.store import Store

log = logging.getLogger(__name__)

#: How often the app looks whether the day's automatic backup is due (ms).
CHECK_EVERY_MS = 30 * 60 * 1000
#: The start's backup waits this long, so it does not slow the window's first seconds.
START_DELAY_MS = 20_000


def _no_reader() -> None:
    return None


class BackupKeeper(QObject):
    """Backups for the window; ``made`` comes after each backup that was written."""

    made = Signal(object)  # a BackupMade with a file
    #: A restore was asked for: the app closes, restores, and starts again.
    restore_asked = Signal()

    def __init__(
        self, store: Store, zone: Callable[[], tzinfo], now: Callable[[], datetime]
    ) -> None:
        super().__init__()
        self._store = store
        self._now = now
        self.service = BackupService(Path(store.path), zone())
        self._zone = zone
        self._runner: TaskRunner[None] = TaskRunner(
            _no_reader,
            lambda _reader: None,
            expected_errors=(OSError, BackupError),
            max_threads=1,  # one backup at a time; the list waits for it
        )
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.back_up_if_due)
        self.pending_restore: Path | None = None
        self._busy = False
        self._closed = False

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """After the first paint: the start's backup (once the start-up work is done),
        then a look every half hour."""
        if self._closed:
            return
        if delay_ms:
            QTimer.singleShot(delay_ms, self, lambda: self.back_up_if_due(at_start=True))
        else:
            self.back_up_if_due(at_start=True)
        self._timer.start()

    def _refresh(self) -> BackupService:
        chosen = read_setting(self._store, BACKUP_SECOND_FOLDER)
        self.service.second_folder = Path(chosen).expanduser() if chosen else None
        self.service.set_zone(self._zone())
        return self.service

    def back_up_if_due(self, at_start: bool = False) -> None:
        """The automatic backup, when due (nobody waits for it: problems are logged)."""
        now = self._now()
        if self._closed or self._busy or not self.service.is_due(now, at_start=at_start):
            return
        service = self._refresh()
        self._busy = True
        self._runner.run(
            lambda _r: service.back_up_if_due(now, at_start=at_start),
            name="automatic backup",
            on_done=self._after,
            on_error=self._automatic_failed,
        )

    def _automatic_failed(self, error: BaseException) -> None:
        self._busy = False
        log.warning("The automatic backup failed: %s", type(error).__name__)

    def _after(self, result: BackupMade | None) -> None:
        self._busy = False
        if result is not None and result.made is not None:
            self.made.emit(result)

    def back_up_now(
        self, on_done: Callable[[BackupMade], None], on_error: Callable[[BaseException], None]
    ) -> None:
        """A backup the person asked for, always made."""
        service = self._refresh()
        now = self._now()

        def done(result: BackupMade) -> None:
            self._after(result)
            on_done(result)

        self._runner.run(
            lambda _r: service.back_up_now(now),
            name="backup now",
            on_done=done,
            on_error=on_error,
        )

    def list_later(
        self,
        on_done: Callable[[list[BackupListed]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Every backup with what it holds (each is checked: slow, so on the worker)."""
        service = self._refresh()
        self._runner.run(
            lambda _r: service.list(), name="list backups", on_done=on_done, on_error=on_error
        )

    def check_later(
        self,
        path: Path,
        on_done: Callable[[BackupInfo | ExportSummary], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """What a backup or a JSON export holds, after checking all of it; BackupError or
        ExportRefused when it cannot be used."""
        service = self.service

        def check(_reader: None) -> BackupInfo | ExportSummary:
            from planner.services.export_restore import describe, looks_like_export

            if looks_like_export(Path(path)):
                return describe(Path(path))
            return service.check(Path(path))

        self._runner.run(check, name="check a backup", on_done=on_done, on_error=on_error)

    def last_backup(self) -> BackupFile | None:
        """The newest backup of any kind (names only: quick)."""
        try:
            return self.service.last_backup()
        except OSError:
            return None

    def ask_restore(self, path: Path) -> None:
        """Restore ``path`` once the window has closed (the store must be closed first)."""
        self.pending_restore = Path(path)
        self.restore_asked.emit()

    def restore_pending(self, now: datetime) -> str:
        """Do the restore asked for (the store is closed now); the sentence to show.

        A failure leaves the data as it was and says so."""
        path = self.pending_restore
        self.pending_restore = None
        if path is None:
            return ""
        return restore_file(self.service, path, now)

    def wait(self) -> None:
        """Let a backup being made finish (before the data file is shut for a moment)."""
        self._runner.wait_for_all(10_000)

    def shutdown(self) -> None:
        """At quit: let a backup being written finish (it is quick), start no more."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._runner.shutdown()


def restore_file(service: BackupService, path: Path, now: datetime) -> str:
    """Restore a backup or a JSON export in place of the data (closed), after a safety
    backup of it; the plain sentence that says how it went."""
    from planner.services.backups import problem_text
    from planner.services.export_restore import ExportRefused, looks_like_export, restore_export

    try:
        if looks_like_export(path):
            before = restore_export(service.database, path, now).before
        else:
            before = service.restore(path, now).before
    except ExportRefused as refused:
        return refused.text(most=8)
    except BackupError as error:
        return problem_text(error)
    except OSError as error:
        log.error("A restore failed: %s", type(error).__name__)
        return QCoreApplication.translate(
            "Backups", "The restore could not be done ({reason}). Nothing was changed."
        ).format(reason=error.strerror or type(error).__name__)
    if before is None:
        return QCoreApplication.translate(
            "Backups", "Your data was restored from the file you chose."
        )
    return QCoreApplication.translate(
        "Backups",
        "Your data was restored from the file you chose. What you had just before is kept "
        "in your backups, so you can go back to it.",
    )
