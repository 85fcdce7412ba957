"""The window's passphrase: asked for at start before the data is opened (the
reminders begin after that), the changes Settings makes with the data file shut for a
moment, and the lock after a chosen time without use (a shared laptop).

A profile without a passphrase pays nothing here at start: its file's first bytes say
it is plain and no passphrase module is loaded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QCursor

    from planner.paths import AppPaths
    from planner.services.backup_keeper import BackupKeeper
    from planner.services.passphrase import PassphraseService
    from planner.storage.store import Store
    from planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: The note a cut-short passphrase change leaves (``storage.cipher.PENDING_SUFFIX``; a
#: test keeps the two the same). Named here so a plain start need not load the cipher.
PENDING_SUFFIX = ".passphrase-pending"
#: How often the idle lock looks at the time since the last key press or click (ms).
IDLE_CHECK_MS = 30_000

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.MouseMove,
    }
)


def install_input_guard() -> None:
    """Return goes to the default button, the wheel to the page (``ui.kit.input_guard``;
    loaded when first put on: its Qt classes would cost the first paint some 25 ms)."""
    from planner.ui.kit.input_guard import install

    install()


def needs_unlock_check(database: Path) -> bool:
    """Whether the start must look at the passphrase at all (quick: the file's header)."""
    from planner.storage.keys import FileKind, file_kind

    pending = database.with_name(database.name + PENDING_SUFFIX)
    return pending.exists() or file_kind(database) is FileKind.ENCRYPTED


def unlock_at_start(paths: AppPaths, before_asking: Callable[[], object]) -> bool:
    """Before the data is opened: unlock an encrypted profile (from the keyring when the
    person chose that, else by asking) and tidy what a cut-short change left. False when
    the person chose Quit at the prompt: nothing was opened or changed."""
    database = paths.database
    if not needs_unlock_check(database):
        return True
    from planner.services import passphrase as pp
    from planner.ui.kit.messages import show_info

    note = pp.start_note(database)
    if pp.is_protected(database):
        remembered = pp.Remembered(paths.data_dir)
        if not remembered.unlock(database):
            from planner.ui.settings.unlock import UnlockDialog

            before_asking()  # a second launch now brings the prompt forward
            install_input_guard()  # Return unlocks, also with the focus on the check box
            if UnlockDialog(database, remembered).exec() != UnlockDialog.DialogCode.Accepted:
                log.info("Quit at the passphrase prompt")
                return False
    pp.tidy_up(database)
    if note and not pp.is_protected(database):
        show_info(None, QCoreApplication.translate("Passphrase", "Your passphrase"), note)
    return True


class PrivacyGuard(QObject):
    """Runs passphrase changes with the data file shut, and locks after idle time."""

    def __init__(
        self,
        window: MainWindow,
        store: Store,
        paths: AppPaths,
        backups: Callable[[], BackupKeeper | None],
    ) -> None:
        super().__init__(window)
        from planner.services.passphrase import PassphraseService, Remembered

        self._window = window
        self._store = store
        self._paths = paths
        self._backups = backups
        self.service: PassphraseService = PassphraseService(
            paths.database, Remembered(paths.data_dir), self.run_closed
        )
        self._last_input = time.monotonic()
        self.locked = False
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_CHECK_MS)
        self._timer.timeout.connect(self.check_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def _quiet(self) -> None:
        """Let background readers finish (a backup being made) before the file is shut."""
        keeper = self._backups()
        if keeper is not None:
            keeper.wait()

    def run_closed(self, change: Callable[[], None]) -> None:
        """Shut the data file, run ``change`` (a rewrite of the file), open it again, also
        when the change failed (its error then goes on to the caller)."""
        self._quiet()
        QApplication.setOverrideCursor(_wait_cursor())
        self._store.close()
        try:
            change()
        finally:
            try:
                self._store.reopen()
            finally:
                QApplication.restoreOverrideCursor()

    def idle_minutes(self) -> int:
        from planner.services.settings import IDLE_LOCK, read_setting

        try:
            return int(read_setting(self._store, IDLE_LOCK))
        except Exception:  # noqa: BLE001 - a closed store while locked: no lock then
            return 0

    def check_idle(self) -> None:
        """Lock when the chosen time has passed without a key press or a click."""
        if self.locked:
            return
        from planner.domain.privacy import should_lock

        idle = time.monotonic() - self._last_input
        if should_lock(idle, self.idle_minutes(), has_passphrase=self.service.protected):
            self.lock()

    def lock(self) -> None:
        """Hide the window, stop the reminders, shut the file and forget the key; then
        ask for the passphrase (never from the keyring: that would undo the lock)."""
        from planner.services import passphrase as pp
        from planner.ui.settings.unlock import UnlockDialog

        log.info("Locked after time without use")
        self.locked = True
        window = self._window
        reminders = window.services.reminders
        if reminders is not None:
            reminders.stop()
        self._quiet()
        window.hide()
        # The tray's menu opens the window and the journal: gone until unlocked.
        tray = window.presenter.tray if window.presenter is not None else None
        was_shown = tray is not None and tray.isVisible()
        if tray is not None:
            tray.hide()
        self._store.close()
        pp.lock()
        dialog = UnlockDialog(self._paths.database, self.service.remembered)
        if dialog.exec() != UnlockDialog.DialogCode.Accepted:
            window.quit_app()
            return
        self._store.reopen()
        self.locked = False
        self._last_input = time.monotonic()
        if tray is not None and was_shown:
            tray.show()
        window.bring_forward()
        if reminders is not None:
            reminders.start()


def _wait_cursor() -> QCursor:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor

    return QCursor(Qt.CursorShape.WaitCursor)


def start_privacy(
    window: MainWindow, store: Store, paths: AppPaths, kept: list[BackupKeeper]
) -> None:
    """After the first paint: the passphrase for Settings and the idle lock. Made at once
    for a profile with a passphrase; for one without, when Settings is first opened (so
    a plain start loads none of it)."""
    made: list[PrivacyGuard] = []

    def guard() -> PassphraseService:
        if not made:
            made.append(PrivacyGuard(window, store, paths, lambda: kept[0] if kept else None))
        return made[0].service

    window.services.make_passphrase = guard
    if needs_unlock_check(paths.database):
        guard()
