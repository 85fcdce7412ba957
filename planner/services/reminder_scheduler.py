"""The scheduler adapter: APScheduler's QtScheduler, set up the way reminders need it.

Jobs run on the GUI thread (``DebugExecutor``), a late job is never dropped, and one
precise Qt timer does the waiting. APScheduler is imported only when a scheduler is
made: the import costs 50-65 ms (see shared/quality.md).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer

if TYPE_CHECKING:
    from apscheduler.schedulers.qt import QtScheduler

log = logging.getLogger(__name__)
# APScheduler logs every added job at INFO; a plan adds dozens.
logging.getLogger("apscheduler").setLevel(logging.WARNING)


def make_scheduler(zone: ZoneInfo) -> QtScheduler:
    """A QtScheduler that runs jobs on the GUI thread and never drops a late one."""
    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.schedulers.qt import QtScheduler

    class _OneTimerScheduler(QtScheduler):  # type: ignore[misc]
        # QtScheduler keeps the result of QTimer.singleShot() to stop it later, but in
        # PySide6 that call returns None: every wake-up would leave one more timer
        # running. One precise timer, restarted each time, instead (a coarse timer
        # may fire up to 5% of the wait late: three minutes on an hour).
        _qtimer: QTimer | None = None

        def _start_timer(self, wait_seconds: float | None) -> None:
            if self._qtimer is None:
                self._qtimer = QTimer()
                self._qtimer.setSingleShot(True)
                self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
                self._qtimer.timeout.connect(self._process_jobs)
            self._qtimer.stop()
            if wait_seconds is not None:
                self._qtimer.start(min(int(wait_seconds * 1000) + 1, 2_147_483_647))

        def _stop_timer(self) -> None:
            if self._qtimer is not None:
                self._qtimer.stop()

    options: dict[str, Any] = {
        "executors": {"default": DebugExecutor()},
        "job_defaults": {"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    }
    try:
        return _OneTimerScheduler(timezone=zone, **options)
    except Exception:  # a zone the scheduler cannot use: UTC rather than no reminders
        log.warning("The scheduler cannot use the time zone %s; using UTC", zone.key)
        return _OneTimerScheduler(timezone=ZoneInfo("UTC"), **options)
