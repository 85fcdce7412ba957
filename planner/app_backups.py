"""The window's backups: started after the first paint, and a restore asked for in
Settings, done once the window has closed and the data file is shut, then the app
starts again on the restored data."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from planner.services.backup_keeper import BackupKeeper
    from planner.services.checklist import ChecklistService
    from planner.storage.store import Store
    from planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def start_backups(window: MainWindow, store: Store, service: ChecklistService) -> BackupKeeper:
    """The start's backup (off the GUI thread), then one a day while the app runs."""
    from planner.services.backup_keeper import BackupKeeper

    keeper = BackupKeeper(store, lambda: service.zone, service.now)
    window.services.backups = keeper
    keeper.restore_asked.connect(window.quit_app)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(keeper.shutdown)
    keeper.start()
    return keeper


def restore_if_asked(keeper: BackupKeeper | None) -> bool:
    """With the store closed: do the restore Settings asked for and say how it went.
    True when the app should start again (it was closed for the restore)."""
    if keeper is None or keeper.pending_restore is None:
        return False
    log.info("Restoring the data the person chose")
    text = keeper.restore_pending(datetime.now(UTC))
    from PySide6.QtWidgets import QMessageBox  # a restore is rare: not loaded at start

    title = QCoreApplication.translate("Backups", "Restore")
    box = QMessageBox(QMessageBox.Icon.Information, title, text)
    box.setInformativeText(QCoreApplication.translate("Backups", "The app opens again now."))
    box.exec()
    return True


def start_again() -> None:
    """Start a new copy of the app the way this one was started (not in the tray)."""
    from PySide6.QtCore import QProcess

    args = [a for a in sys.orig_argv[1:] if a != "--minimized"]
    if not QProcess.startDetached(sys.executable, args):
        log.error("The app could not start itself again after a restore")
