"""The wake and clock watch: says when the computer woke up, the clock jumped or the zone
changed, so reminders can be planned again (APScheduler waits on a timer and notices none).

A heartbeat compares the wall clock with the monotonic clock; on Linux, logind also says
when the computer goes to sleep and wakes up (``PrepareForSleep`` over D-Bus).
"""

from __future__ import annotations

import logging
import time as _time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

#: The heartbeat compares the wall clock with the monotonic clock this often ...
HEARTBEAT_MS = 30_000
#: ... and calls a difference above this a jump (sleep, or the clock was set).
JUMP_LIMIT = 20.0


class WakeWatch(QObject):
    """Watches for wakes from sleep, clock jumps and a new time zone.

    Signals:
        woke(str): the computer woke up or the clock jumped; why, for the log.
        zone_changed(ZoneInfo): the system's time zone is no longer ``current_zone()``.
    """

    woke = Signal(str)
    zone_changed = Signal(object)

    def __init__(
        self,
        current_zone: Callable[[], ZoneInfo],
        zone_source: Callable[[], ZoneInfo],
        *,
        wall: Callable[[], float] = _time.time,
        monotonic: Callable[[], float] = _time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._current_zone = current_zone
        self._zone_source = zone_source
        self._wall = wall
        self._monotonic = monotonic
        self._beat_at = (0.0, 0.0)
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self.heartbeat)

    def start(self) -> None:
        """Start the heartbeat, and listen to logind where there is one."""
        self._beat_at = (self._wall(), self._monotonic())
        self._timer.start()
        self.watch_sleep()

    def stop(self) -> None:
        self._timer.stop()

    def watch_sleep(self) -> None:
        """On Linux, logind says when the computer goes to sleep and wakes up."""
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.systemBus()
        if bus.isConnected() and bus.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("on_prepare_for_sleep(bool)"),
        ):
            log.info("Listening for sleep and wake from logind")

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.woke.emit("logind")

    def heartbeat(self) -> None:
        """Notice a wake from sleep, a clock change or a new time zone."""
        wall, mono = self._wall(), self._monotonic()
        last_wall, last_mono = self._beat_at
        self._beat_at = (wall, mono)
        zone = self._zone_source()
        if zone.key != self._current_zone().key:
            self.zone_changed.emit(zone)  # planning in the new zone covers any jump too
            return
        jump = (wall - last_wall) - (mono - last_mono)
        if abs(jump) > JUMP_LIMIT:
            self.woke.emit(f"clock jump of {jump:.0f} s")
