"""One running copy per data folder: a lock file plus a local socket to wake the first."""

from __future__ import annotations

import logging
import time
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)
_WAKE = b"show"
#: A second launch waits this long for the first to answer: it may still be starting
#: (it listens only once its window is painted), on a slow or busy computer.
HAND_OVER_WAIT_MS = 20_000


class HandOver(Enum):
    """What a second launch found when it asked the running copy to come forward."""

    SHOWN = "shown"  # the running copy heard and brings its window forward
    OURS = "ours"  # the other copy was gone meanwhile: this launch now holds the lock
    NO_ANSWER = "no_answer"  # it holds the lock but did not answer in time


class SingleInstance(QObject):
    """Holds the data folder's lock; a later launch asks this one to come forward.

    The lock is taken at once; the socket that hears later launches is opened by
    ``listen()``, which the app calls after its window is painted (QtNetwork is
    only imported then).

    Signals:
        activation_requested: another launch wants the window shown.
    """

    activation_requested = Signal()

    def __init__(self, lock_path: str, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._lock = QLockFile(lock_path)
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the only one; then it starts listening."""
        if not self._lock.tryLock(100):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # A stale lock from a crashed run: remove it and try once more.
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(100):
                return False
        return True

    def listen(self) -> None:
        """Start hearing later launches (call once the lock is held)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._key)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        if not self._server.listen(self._key):
            log.warning("Could not listen for other launches: %s", self._server.errorString())

    def ask_running_to_show(self, timeout_ms: int = 1000) -> bool:
        """Tell the running copy to bring its window forward; True when it heard."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._key)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_WAKE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return True

    def hand_over(self, wait_ms: int = HAND_OVER_WAIT_MS, step_ms: int = 100) -> HandOver:
        """Ask the running copy to come forward, waiting while it is still starting.

        Tried again every ``step_ms`` until ``wait_ms`` have passed; if the other copy
        quits (or crashed) meanwhile, the lock is taken and this launch goes on."""
        deadline = time.monotonic() + wait_ms / 1000
        while True:
            if self.ask_running_to_show(timeout_ms=min(step_ms * 5, 1000)):
                return HandOver.SHOWN
            if self.acquire():
                return HandOver.OURS
            if time.monotonic() >= deadline:
                return HandOver.NO_ANSWER
            time.sleep(step_ms / 1000)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (conn := self._server.nextPendingConnection()) is not None:
            conn.readyRead.connect(self._on_ready_read)
            conn.disconnected.connect(conn.deleteLater)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        conn = self.sender()
        if isinstance(conn, QLocalSocket) and bytes(conn.readAll().data()).startswith(_WAKE):
            self.activation_requested.emit()

    def release(self) -> None:
        """Stop listening and unlock the data folder."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
