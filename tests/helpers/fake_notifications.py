"""A stand-in for the desktop's notification service, for tests.

Run with the system Python (it needs python3-dbus and python3-gi):
``python3 fake_notifications.py LOG [--press KEY]``. Each Notify call is written to
LOG as one JSON line; with --press, the button KEY is "pressed" a moment later.
"""

import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"


class FakeNotifications(dbus.service.Object):
    def __init__(self, bus, log, press):
        super().__init__(bus, "/org/freedesktop/Notifications")
        self.log = log
        self.press = press
        self.last = 0

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):  # noqa: N802
        self.last = int(replaces) or self.last + 1
        record = {
            "id": self.last,
            "replaces": int(replaces),
            "app": str(app),
            "summary": str(summary),
            "body": str(body),
            "actions": [str(a) for a in actions],
        }
        self.log.write(json.dumps(record) + "\n")
        self.log.flush()
        if self.press:
            number = self.last
            GLib.timeout_add(300, lambda: self._press(number))
        return dbus.UInt32(self.last)

    def _press(self, number):
        self.ActionInvoked(dbus.UInt32(number), self.press)
        self.NotificationClosed(dbus.UInt32(number), dbus.UInt32(2))
        return False

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, number):  # noqa: N802
        self.log.write(json.dumps({"closed": int(number)}) + "\n")
        self.log.flush()

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, number, key):  # noqa: N802
        pass

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, number, reason):  # noqa: N802
        pass


def main():
    DBusGMainLoop(set_as_default=True)
    press = sys.argv[sys.argv.index("--press") + 1] if "--press" in sys.argv else ""
    bus = dbus.SessionBus()
    with open(sys.argv[1], "a") as log:
        keep = dbus.service.BusName(NAME, bus)
        server = FakeNotifications(bus, log, press)
        print("ready", flush=True)
        GLib.MainLoop().run()
        del keep, server


if __name__ == "__main__":
    main()
