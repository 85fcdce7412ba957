"""The composition root: builds the store, the services and the main window, then runs."""

from __future__ import annotations

import gc
import linecache
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from planner import APP_NAME, __version__
from planner.app_backups import restore_if_asked, start_again, start_backups
from planner.app_privacy import install_input_guard, start_privacy, unlock_at_start
from planner.i18n import install_translations
from planner.paths import DATA_DIR_ENV, AppPaths, resolve_paths
from planner.services.checklist import ChecklistService
from planner.services.clock import local_zone
from planner.services.logging_setup import configure_logging, hold_early_records
from planner.services.problems import describe
from planner.services.single_instance import STARTING_WAIT_MS, HandOver, SingleInstance
from planner.storage.errors import StoreDamaged, StoreError
from planner.storage.opening import secure_folder
from planner.storage.store import Store
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.theme import app_icon, style_sheet
from planner.ui.main_window import MainWindow

if TYPE_CHECKING:
    from planner.services.backup_keeper import BackupKeeper

log = logging.getLogger(__name__)
EXIT_AFTER_PAINT_ENV = "PLANNER_EXIT_AFTER_PAINT"


#: The start-up work runs this long after start even if the window has not been painted
#: by then (shown on another desktop, say): the reminders must not wait to be seen.
PAINT_FALLBACK_MS = 3000


class AfterFirstPaint(QObject):
    """Runs start-up work that can wait until the window has been painted once, or
    until ``fallback_ms`` have passed, whichever comes first; it runs once."""

    def __init__(
        self,
        tasks: list[Callable[[], object]],
        parent: QObject,
        fallback_ms: int = PAINT_FALLBACK_MS,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._done = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self.run)
        self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.run)
        return False

    def run(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        for task in self._tasks:
            try:
                task()
            except Exception:  # a bug in one part must not keep the reminders from starting
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def _report_paint() -> None:
    """For the start-up benchmark: when the first paint was done (monotonic clock)."""
    print(f"painted {time.monotonic():.6f}", file=sys.stderr, flush=True)


def _startup_problem(text: str, folder: object) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Startup", "{app} could not start").format(app=APP_NAME),
        QCoreApplication.translate("Startup", "{problem}\n\nData folder: {folder}").format(
            problem=text, folder=folder
        ),
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("StartupProblem")
    box.exec()


def _install_excepthook() -> None:
    """Programming errors: full traceback to the log, a short apology on screen."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                None,
                QCoreApplication.translate("Startup", "Sorry, something went wrong"),
                QCoreApplication.translate(
                    "Startup",
                    "Sorry — something went wrong inside the app. What you saved is safe. "
                    "The details were written to the log file.",
                ),
            )

    sys.excepthook = hook


def _prepare_folders(paths: AppPaths) -> None:
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        secure_folder(folder, ours=not folder.exists() or paths.database.exists())


def _start_logging(paths: AppPaths) -> None:
    try:
        configure_logging(paths.log_file)
    except OSError:
        log.warning("Could not open the log file in %s", paths.log_dir)


def _bring_forward_showing() -> None:
    """Before the main window is made: bring forward what is showing (the first start, a
    question at start), for a later launch that asked for the window."""
    shown = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible()), None
    )
    if shown is None:
        return
    from PySide6.QtCore import Qt

    shown.setWindowState(shown.windowState() & ~Qt.WindowState.WindowMinimized)
    shown.raise_()
    shown.activateWindow()


def _open_store(
    paths: AppPaths, before_asking: Callable[[], object] = lambda: None
) -> Store | None:
    """The store, or None (said on screen). ``before_asking`` runs before a question is
    shown: the person may take a while to answer, and later launches must be heard."""
    try:
        return Store.open(paths.database)
    except StoreDamaged as exc:
        from PySide6.QtWidgets import QMessageBox

        _start_logging(paths)
        before_asking()
        log.error("The database failed its check and was kept aside at %s", exc.kept_aside)
        answer = QMessageBox.question(
            None,
            QCoreApplication.translate("Startup", "{app}: your data file is damaged").format(
                app=APP_NAME
            ),
            QCoreApplication.translate(
                "Startup",
                "{problem}\n\nStart again with a fresh checklist? (Choose No to quit and get "
                "help first.)",
            ).format(problem=describe(exc)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return _open_store(paths, before_asking)
    except StoreError as exc:
        _start_logging(paths)
        log.error("Could not open the store: %s", type(exc).__name__)
        before_asking()
        _startup_problem(describe(exc), paths.data_dir)
        return None


#: Set (to anything) to start a new profile with the standard plan, without the wizard
#: (the end-to-end tests, a coordinator's scripted set-up).
NO_FIRST_START_ENV = "PLANNER_NO_FIRST_START"


def _wants_wizard(minimized: bool) -> bool:
    """The guided first start is for a person at the screen: not at login, not for the
    start-up benchmark, not when switched off."""
    return not (
        minimized or os.environ.get(EXIT_AFTER_PAINT_ENV) or os.environ.get(NO_FIRST_START_ENV)
    )


def _seed_if_new(
    store: Store,
    service: ChecklistService,
    *,
    plan_file: Path | None = None,
    wizard: bool = False,
    before_asking: Callable[[], object] = lambda: None,
) -> None:
    """A new profile: the guided first start (``wizard``), or else the plan in
    ``plan_file`` when it reads cleanly, or else the standard plan.

    ``before_asking`` runs before the first start shows: the person may take minutes
    there, and a later launch must bring the wizard forward rather than wait for it."""
    if not store.is_new:
        if plan_file is not None:
            log.info("--plan is used on a new profile only; this profile has its plan")
        return
    from planner.domain.plan_file import PlanError
    from planner.services.plans import apply_plan, read_plan, standard_plan_path

    if wizard:
        from planner.ui.first_start.wizard import run_first_start

        gc.enable()  # the person may take minutes here
        before_asking()
        install_input_guard()  # Return goes to Next (before the first paint only here)
        run_first_start(service, plan_file)
        return
    today = service.today()
    try:
        plan = None
        if plan_file is not None:
            try:
                plan = read_plan(plan_file, today)
            except PlanError:
                log.warning("The plan file given with --plan cannot be used; the standard plan")
        plan = plan or read_plan(standard_plan_path(), today)
        apply_plan(store, plan, today=today, now=service.now())
    except (PlanError, StoreError):
        log.exception("Could not add the standard plan on first start")


def _follow_schedules(window: MainWindow) -> None:
    """Plan the checkups the follow-up schedule has coming up (at start and each new day,
    before the reminders plan from them)."""
    from planner.services.changes import Changes

    followup = window.services.followup()
    run_op(None, followup.sync, report=log_only)

    def on_changes(changes: Changes) -> None:
        if changes.everything:  # a new day, a new time zone
            run_op(None, followup.sync, report=log_only)

    followup.bus.changed.connect(on_changes)


def _start_reminders(window: MainWindow, store: Store, service: ChecklistService) -> None:
    """The reminder service and the tray, after the first paint (APScheduler is slow to load)."""
    from planner.services.desktop_notifications import DesktopNotifier
    from planner.services.reminders import ReminderService
    from planner.ui.reminders.tray import Tray

    reminders = ReminderService(store, service, parent=window)
    # Made even where no tray is there yet: at login the tray often starts after the
    # app, and Qt adds the icon once it appears. Closing hides only while it is there.
    tray = Tray(service, window)
    notifier = DesktopNotifier.open(APP_NAME, window)
    window.attach_reminders(reminders, tray, notifier)
    # PySide6 reads the source of every module imported after it (looking for its
    # "__feature__" switches) and linecache keeps all of it: about 4 MiB by now, needed
    # again only for a traceback. Dropped here, the scheduler's imports reuse the room.
    linecache.clearcache()
    reminders.start()
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(reminders.stop)


def run_gui(
    data_dir: str | None = None, *, minimized: bool = False, plan: str | None = None
) -> int:
    """Start the window for the profile in ``data_dir`` (or the usual folders).

    ``minimized``: start in the tray (or minimised where there is no tray), as at login.
    ``plan``: on a new profile, the plan file the first start has chosen already.
    """
    os.umask(0o077)
    hold_early_records()  # the log file opens after the first paint
    paths = resolve_paths(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(style_sheet())
    install_translations(app)  # the translators are children of the app: they stay

    try:
        _prepare_folders(paths)
    except OSError as exc:
        _startup_problem(
            QCoreApplication.translate(
                "Startup",
                "The app cannot use its data folder ({reason}). Check that the folder exists "
                "and that you may write in it, or start the app with --data-dir to choose "
                "another folder.",
            ).format(reason=exc.strerror),
            paths.data_dir,
        )
        return 1
    _install_excepthook()

    single = SingleInstance(str(paths.lock_file), paths.instance_key)
    handed = HandOver.OURS if single.acquire() else single.hand_over(starting_ms=STARTING_WAIT_MS)
    if handed is HandOver.SHOWN:
        _start_logging(paths)
        log.info("Already running; asked the running window to come forward")
        return 0
    if handed is HandOver.NO_ANSWER:
        _start_logging(paths)
        _startup_problem(
            QCoreApplication.translate(
                "Startup",
                "{app} seems to be open already, but it does not answer. If you cannot see "
                "its window, choose Quit in its tray menu or restart the computer, then "
                "start it again.",
            ).format(app=APP_NAME),
            paths.data_dir,
        )
        return 1

    # Until the main window is made, a later launch brings forward what is showing; the
    # socket opens only when the app waits for the person before its window is painted.
    single.activation_requested.connect(_bring_forward_showing)
    if not unlock_at_start(paths, single.listen):  # a passphrase: asked before opening
        single.release()
        return 0
    store = _open_store(paths, single.listen)
    if store is None:
        single.release()
        return 1
    kept: list[BackupKeeper] = []  # the backups, once started after the first paint
    try:
        service = ChecklistService(store, local_zone())
        plan_file = Path(plan) if plan else None
        _seed_if_new(
            store,
            service,
            plan_file=plan_file,
            wizard=_wants_wizard(minimized),
            before_asking=single.listen,
        )
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        window = MainWindow(service, data_dir=paths.data_dir if chosen else None, quick_start=True)
        single.activation_requested.disconnect(_bring_forward_showing)
        single.activation_requested.connect(window.bring_forward)
        app.aboutToQuit.connect(window.finish_journal)
        # Painting comes first; these follow at once (see shared/quality.md on start-up).
        tasks: list[Callable[[], object]] = [
            gc.enable,  # paused by main.py while the window was made
            install_input_guard,  # Return to the default button, the wheel to the page
            window.finish_start,
            lambda: _start_logging(paths),
            lambda: log.info("Started %s %s", APP_NAME, __version__),
            single.listen,
            window.attach_journal,
            lambda: run_op(None, window.journal.finish_pending_wipe, report=log_only),
            lambda: _follow_schedules(window),
            lambda: _start_reminders(window, store, service),
            lambda: kept.append(start_backups(window, store, service)),
            lambda: start_privacy(window, store, paths, kept),
        ]
        if os.environ.get(EXIT_AFTER_PAINT_ENV):
            # The start-up benchmark measures launch to first paint, like its bare window;
            # the work that follows the paint is not part of that figure.
            tasks = [_report_paint, QApplication.quit]
        if minimized:
            from planner.ui.reminders.tray import tray_available

            # In the tray nothing is painted: the start-up work simply runs next.
            QTimer.singleShot(0, AfterFirstPaint(tasks, window).run)
            if not tray_available():
                window.showMinimized()
        else:
            window.installEventFilter(AfterFirstPaint(tasks, window))
            window.show()
        return app.exec()
    finally:
        if kept:
            kept[0].shutdown()  # a backup still being made finishes first (quick)
        store.close()
        again = restore_if_asked(kept[0] if kept else None)  # the data file is shut now
        single.release()
        log.info("Stopped")
        if again:
            start_again()
