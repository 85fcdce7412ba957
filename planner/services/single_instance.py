"""One running copy per data folder: a lock file plus a local socket to wake the first.

On Linux and macOS the socket is a plain Unix socket read in Qt's event loop (a
``QSocketNotifier``): QtNetwork's ``QLocalServer`` would load libQt6Network and the
Kerberos libraries it links, about 3 MiB of a running app, for one short message.
Windows has no Unix sockets there, so it keeps ``QLocalServer``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)
_WAKE = b"show"
#: A second launch waits this long for the first to answer: it may still be starting
#: (it listens only once its window is painted), on a slow or busy computer.
HAND_OVER_WAIT_MS = 20_000
#: ... and, while the first has not opened its socket yet (it is still starting, perhaps
#: on a computer busy with much else), up to this long: it is not stuck, only slow.
STARTING_WAIT_MS = 120_000
JUST_OPENED_S = 5


def _unix() -> bool:
    """Whether Unix sockets are there. (The socket module loads only once a socket is
    needed: after the first paint, or for a second launch.)"""
    import socket

    return hasattr(socket, "AF_UNIX")


class HandOver(Enum):
    """What a second launch found when it asked the running copy to come forward."""

    SHOWN = "shown"  # the running copy heard and brings its window forward
    OURS = "ours"  # the other copy was gone meanwhile: this launch now holds the lock
    NO_ANSWER = "no_answer"  # it holds the lock but did not answer in time


def socket_path(key: str) -> str:
    """Where the Unix socket for ``key`` lives: the user's private runtime folder."""
    import tempfile  # after the first paint: it loads random and shutil

    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return os.path.join(base, f"{key}.sock")


class SingleInstance(QObject):
    """Holds the data folder's lock; a later launch asks this one to come forward.

    The lock is taken at once; the socket that hears later launches is opened by
    ``listen()``, which the app calls after its window is painted, or sooner when it
    waits for the person before that (the guided first start, a question about a damaged
    file): a later launch then brings that window forward instead of waiting.

    Signals:
        activation_requested: another launch wants the window shown.
    """

    activation_requested = Signal()

    def __init__(self, lock_path: str, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._lock = QLockFile(lock_path)
        self._lock.setStaleLockTime(0)
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._qt_server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the only one for the data folder."""
        if not self._lock.tryLock(100):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # A stale lock from a crashed run: remove it and try once more.
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(100):
                return False
        return True

    @property
    def listening(self) -> bool:
        return self._server is not None or self._qt_server is not None

    def listen(self) -> None:
        """Start hearing later launches (call once the lock is held; again does nothing)."""
        if self.listening:
            return
        if not _unix():
            self._listen_qt()
            return
        import socket

        path = socket_path(self._key)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)  # left by a copy that crashed: we hold the lock now
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_mask = os.umask(0o177)  # the socket is the user's alone (0600)
        try:
            server.bind(path)
            server.listen(4)
        except OSError as exc:
            server.close()
            log.warning("Could not listen for other launches: %s", exc.strerror)
            return
        finally:
            os.umask(old_mask)
        server.setblocking(False)
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_unix_connection)

    def _on_unix_connection(self) -> None:
        assert self._server is not None
        while True:
            try:
                conn, _ = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                log.warning("A later launch could not be heard")
                return
            with conn:
                conn.settimeout(0.05)  # the sender writes at once; never hold the window
                try:
                    heard = conn.recv(len(_WAKE))
                except OSError:
                    heard = b""
            if heard == _WAKE:
                self.activation_requested.emit()

    def ask_running_to_show(self, timeout_ms: int = 1000) -> bool:
        """Tell the running copy to bring its window forward; True when it heard."""
        if not _unix():
            return self._ask_qt(timeout_ms)
        import socket

        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout_ms / 1000)
            try:
                client.connect(socket_path(self._key))
                client.sendall(_WAKE)
            except OSError:
                return False
        return True

    def hand_over(
        self,
        wait_ms: int = HAND_OVER_WAIT_MS,
        step_ms: int = 100,
        starting_ms: int | None = None,
    ) -> HandOver:
        """Ask the running copy to come forward, waiting while it is still starting.

        Tried again every ``step_ms`` until ``wait_ms`` have passed, or ``starting_ms``
        (when longer) while the running copy has not opened its socket yet; if the other
        copy quits (or crashed) meanwhile, the lock is taken and this launch goes on."""
        start = time.monotonic()
        deadline = start + wait_ms / 1000
        starting_deadline = start + max(wait_ms, starting_ms or 0) / 1000
        while True:
            if self.ask_running_to_show(timeout_ms=min(step_ms * 5, 1000)):
                return HandOver.SHOWN
            if self.acquire():
                return HandOver.OURS
            now = time.monotonic()
            if now >= deadline and (now >= starting_deadline or not self._other_starting()):
                return HandOver.NO_ANSWER
            time.sleep(step_ms / 1000)

    def _other_starting(self) -> bool:
        """Whether the copy holding the lock has not opened its socket yet (none there, or
        only one left from before it took the lock), or opened it only just now (it binds
        the socket before it listens: a moment in which connecting is refused)."""
        if not _unix():
            return False  # a named pipe cannot be looked at: wait the usual time only
        try:
            opened = os.stat(socket_path(self._key)).st_mtime
        except OSError:
            return True
        try:
            locked = os.stat(self._lock.fileName()).st_mtime
        except OSError:
            return False
        return opened < locked or time.time() - opened < JUST_OPENED_S

    def release(self) -> None:
        """Stop listening and unlock the data folder."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                os.unlink(socket_path(self._key))
        if self._qt_server is not None:
            self._qt_server.close()
            self._qt_server = None
        self._lock.unlock()

    # --- Windows: QtNetwork's local sockets --------------------------------------

    def _listen_qt(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._key)
        self._qt_server = server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_qt_connection)
        if not server.listen(self._key):
            log.warning("Could not listen for other launches: %s", server.errorString())

    def _on_qt_connection(self) -> None:
        assert self._qt_server is not None
        while (conn := self._qt_server.nextPendingConnection()) is not None:
            conn.readyRead.connect(self._on_qt_ready_read)
            conn.disconnected.connect(conn.deleteLater)

    def _on_qt_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        conn = self.sender()
        if isinstance(conn, QLocalSocket) and bytes(conn.readAll().data()).startswith(_WAKE):
            self.activation_requested.emit()

    def _ask_qt(self, timeout_ms: int) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        client = QLocalSocket()
        client.connectToServer(self._key)
        if not client.waitForConnected(timeout_ms):
            return False
        client.write(_WAKE)
        client.flush()
        client.waitForBytesWritten(timeout_ms)
        client.disconnectFromServer()
        return True
