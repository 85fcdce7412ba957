"""Desktop notifications with action buttons, through the freedesktop Notifications service.

The messages go over the session D-Bus with jeepney, read in the Qt event loop through
a QSocketNotifier. (PySide6's QtDBus cannot send the uint32 the Notify method takes:
Python ints go out as int32 or uint16, and strict servers such as GNOME's refuse the
call. The replies and the ActionInvoked signal must come back on the connection that
sent the call, so one library does both.)

Each new notification replaces the one shown before, so reminders that come while one
is up are grouped, not stacked.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
REPLY_TIMEOUT = 2.0  # seconds; the server is a local process


class DesktopNotifier(QObject):
    """Shows one notification at a time and reports the button pressed on it.

    Signals:
        action(str): the key of the button pressed on the current notification
            ("default" when the notification itself was clicked).
    """

    action = Signal(str)

    def __init__(self, connection: Any, app_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from jeepney import DBusAddress, MatchRule

        self._conn = connection
        self._app_name = app_name
        self._address = DBusAddress(PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        self._signals: deque[Any] = deque()
        self._filter = connection.filter(
            MatchRule(type="signal", interface=BUS_NAME, path=PATH), queue=self._signals
        )
        self._filter.__enter__()
        self.current: int = 0
        self._notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @classmethod
    def open(cls, app_name: str, parent: QObject | None = None) -> DesktopNotifier | None:
        """Connect to the session bus; None when there is no bus or no notification service."""
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return None
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import Proxy, open_dbus_connection
        except ImportError:
            return None
        connection = None
        try:
            connection = open_dbus_connection(bus="SESSION")
            bus = Proxy(message_bus, connection, timeout=REPLY_TIMEOUT)
            # A service D-Bus starts on first use (dunst, mako, xfce4-notifyd) is not
            # running yet, but can be activated.
            running = bus.NameHasOwner(BUS_NAME)[0]
            if not running and BUS_NAME not in bus.ListActivatableNames()[0]:
                connection.close()
                return None
            bus.AddMatch(MatchRule(type="signal", interface=BUS_NAME, path=PATH))
        except Exception as exc:  # any failure here just means: use the other forms
            log.info("No desktop notifications (%s)", type(exc).__name__)
            if connection is not None:
                connection.close()
            return None
        log.info("Desktop notifications through %s", BUS_NAME)
        return cls(connection, app_name, parent)

    def show(self, summary: str, body: str, actions: Sequence[tuple[str, str]]) -> bool:
        """Show (or replace) the notification; False if the service did not take it."""
        from jeepney import new_method_call

        flat = [part for pair in actions for part in pair]
        message = new_method_call(
            self._address,
            "Notify",
            "susssasa{sv}i",
            (self._app_name, self.current, "", summary, body, flat, {}, -1),
        )
        try:
            reply = self._conn.send_and_get_reply(message, timeout=REPLY_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            log.warning("The desktop notification was not shown (%s)", type(exc).__name__)
            return False
        # Signals that came in with the reply wait in jeepney's buffer, where the socket
        # notifier cannot see them.
        self._read()
        if reply.header.message_type.name != "method_return":
            log.warning("The notification service refused the notification")
            return False
        self.current = int(reply.body[0])
        return True

    def close_current(self) -> None:
        """Take the current notification away (its reminders were answered elsewhere)."""
        if not self.current:
            return
        from jeepney import new_method_call

        message = new_method_call(self._address, "CloseNotification", "u", (self.current,))
        self.current = 0
        try:
            self._conn.send(message)
        except OSError as exc:
            log.warning("Could not close the desktop notification (%s)", type(exc).__name__)

    def _read(self) -> None:
        while True:
            try:
                self._conn.recv_messages(timeout=0)
            except TimeoutError:
                break
            except (OSError, ValueError) as exc:
                log.warning("The session bus went away (%s)", type(exc).__name__)
                self._notifier.setEnabled(False)
                break
        self._handle_signals()

    def _handle_signals(self) -> None:
        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(_member_field())
            notification = int(message.body[0]) if message.body else 0
            if not self.current or notification != self.current:
                continue  # another app's notification, or one already replaced
            if member == "ActionInvoked":
                self.action.emit(str(message.body[1]))
            elif member == "NotificationClosed":
                self.current = 0

    def shutdown(self) -> None:
        self._notifier.setEnabled(False)
        self._filter.__exit__(None, None, None)
        self._conn.close()


def _member_field() -> Any:
    from jeepney import HeaderFields

    return HeaderFields.member
