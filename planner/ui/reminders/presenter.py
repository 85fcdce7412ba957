"""How due reminders reach the person: the panel, a desktop notification, the tray or
the window itself, and what their buttons do. The window only hosts the panel."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from planner import APP_NAME
from planner.services.settings import PRIVATE_REMINDERS, TOLD_ABOUT_TRAY
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.theme import app_icon
from planner.ui.kit.window import WindowActions
from planner.ui.reminders.reminder_panel import ReminderPanel
from planner.ui.reminders.tray import tray_available

if TYPE_CHECKING:
    from planner.services.desktop_notifications import DesktopNotifier
    from planner.services.reminders import ReminderBatch, ReminderService
    from planner.ui.reminders.tray import Tray

log = logging.getLogger(__name__)


class ReminderPresenter(QObject):
    """Shows each batch of due reminders and carries out what is chosen from them."""

    def __init__(
        self,
        reminders: ReminderService,
        window: WindowActions,
        tray: Tray | None = None,
        notifier: DesktopNotifier | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reminders = reminders
        self.window = window
        self.tray = tray
        self.notifier = notifier
        self.panel = ReminderPanel(reminders)
        self.panel.open_item.connect(window.open_item)
        self.panel.open_checkin.connect(window.open_checkin)
        self.panel.open_checkup.connect(window.open_checkup)
        reminders.due.connect(self.show_batch)
        if notifier is not None:
            notifier.action.connect(self._on_notification_action)
            self.panel.emptied.connect(notifier.close_current)
            self.panel.pruned.connect(self.notify)
        if tray is not None:
            tray.open_requested.connect(window.bring_forward)
            tray.checkin_requested.connect(window.open_checkin)
            tray.question_requested.connect(window.add_question)
            tray.open_item.connect(window.open_item)
            tray.pause_requested.connect(window.show_pause)
            tray.quit_requested.connect(window.quit_app)
            QApplication.setQuitOnLastWindowClosed(False)
            tray.show()

    def private(self) -> bool:
        """Whether notifications and the tray keep quiet about what a reminder is about
        (a shared screen); the panel inside the window still shows the titles."""
        settings = self.reminders.settings
        return run_op(None, lambda: settings.get(PRIVATE_REMINDERS), report=log_only).value is True

    def show_batch(self, batch: ReminderBatch) -> None:
        """Put the batch in the panel, then tell the person by the best means there is."""
        panel = self.panel
        added = panel.show_batch(batch)
        if self.notify():
            return
        if self.tray_shown():
            assert self.tray is not None
            if added:  # a tray message is a new balloon: only what the panel did not have
                late = all(r.due in {x.due for x in batch.missed} for r in added)
                self.tray.show_reminders([r.title for r in added], late, private=self.private())
        else:
            # No tray to tell: the window itself comes forward with the panel.
            self.window.bring_forward()

    def notify(self) -> bool:
        """Show (or update) the desktop notification for the reminders in the panel (it
        replaces the one shown before, so it lists every reminder still open)."""
        from planner.services.reminders import notification_text

        panel = self.panel
        if self.notifier is None or not panel.rows:
            return False
        titles = panel.titles()
        if self.private():
            actions = [
                ("default", QCoreApplication.translate("ReminderPresenter", "Open")),
                ("snooze", QCoreApplication.translate("ReminderPresenter", "Snooze 10 minutes")),
            ]
            head, text = notification_text(titles, panel.all_late(), private=True)
            return self.notifier.show(head, text, actions)
        if len(panel.rows) == 1 and panel.rows[0].reminder.is_checkin:
            actions = [
                ("default", QCoreApplication.translate("ReminderPresenter", "Check in")),
                ("snooze", QCoreApplication.translate("ReminderPresenter", "Snooze 10 minutes")),
                ("skip", QCoreApplication.translate("ReminderPresenter", "Skip")),
            ]
        else:
            actions = self._actions(len(titles))
        return self.notifier.show(*notification_text(titles, panel.all_late()), actions)

    def _actions(self, count: int) -> list[tuple[str, str]]:
        # self.tr, so lupdate gives it plural forms; first, as lupdate misreads the context
        # of a self.tr() that follows a QCoreApplication.translate() in the same method.
        all_done = self.tr("All %n done", "", count)
        if count == 1:
            return [
                ("default", QCoreApplication.translate("ReminderPresenter", "Open")),
                ("done", QCoreApplication.translate("ReminderPresenter", "Done")),
                ("snooze", QCoreApplication.translate("ReminderPresenter", "Snooze 10 minutes")),
                ("skip", QCoreApplication.translate("ReminderPresenter", "Skip")),
            ]
        return [
            ("default", QCoreApplication.translate("ReminderPresenter", "Open")),
            ("done", all_done),
            ("snooze", QCoreApplication.translate("ReminderPresenter", "Snooze all 10 minutes")),
            ("skip", QCoreApplication.translate("ReminderPresenter", "Skip all")),
        ]

    def _on_notification_action(self, key: str) -> None:
        panel = self.panel
        if key in ("done", "skip"):
            panel.answer_all(key)
        elif key == "snooze":
            panel.snooze_all(self.reminders.now() + timedelta(minutes=10))
        elif len(panel.rows) == 1 and panel.rows[0].reminder.is_checkin:
            panel.answer(panel.rows[0], "done")
            self.window.open_checkin()
        elif len(panel.rows) == 1:
            self.window.open_item(panel.rows[0].reminder.item_id)
        else:
            self.window.bring_forward()

    def tray_shown(self) -> bool:
        """Whether the tray icon is really there (a tray may come or go, e.g. at login)."""
        return self.tray is not None and tray_available()

    def tell_once_about_tray(self) -> None:
        """The first time the window is closed to the tray, say that the app goes on."""
        if self.tray is None:
            return
        settings = self.reminders.settings
        told = run_op(None, lambda: settings.get(TOLD_ABOUT_TRAY), report=log_only)
        if told.value is not False:
            return  # told already, or the setting could not be read
        self.tray.showMessage(
            QCoreApplication.translate("ReminderPresenter", "{app} is still running").format(
                app=APP_NAME
            ),
            QCoreApplication.translate(
                "ReminderPresenter",
                "It stays in the tray so your reminders can come. To quit, choose Quit in "
                "the tray menu.",
            ),
            app_icon(),
            15_000,
        )
        # Not saved means told again next time; nothing else depends on it.
        run_op(None, lambda: settings.set(TOLD_ABOUT_TRAY, True), report=log_only)
