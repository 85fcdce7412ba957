"""The tray icon: Open, Check in, today's items with their state, Pause reminders, Quit.

Only built where a system tray exists (``QSystemTrayIcon.isSystemTrayAvailable()``;
``supportsMessages()`` says True even where nothing would show). With private reminders
(a shared screen) its messages and menu never name an item.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from planner import APP_NAME
from planner.domain.model import Status
from planner.services.checklist import ChecklistService
from planner.services.settings import PRIVATE_REMINDERS
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.theme import app_icon

_MARKS = {None: "○", Status.DONE: "✓", Status.PARTIAL: "◐", Status.SKIPPED: "–"}


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QSystemTrayIcon):
    """The tray icon and its menu.

    Signals:
        open_requested(): show the window.
        checkin_requested(): show the journal, ready for a check-in.
        question_requested(): ask for a question for the next checkup.
        open_item(int): show this item on Today.
        pause_requested(): show the pause setting.
        quit_requested(): quit the app for real.
    """

    open_requested = Signal()
    checkin_requested = Signal()
    question_requested = Signal()
    open_item = Signal(int)
    pause_requested = Signal()
    quit_requested = Signal()

    def __init__(self, checklist: ChecklistService, parent: QWidget | None = None) -> None:
        super().__init__(app_icon(), parent)
        self._checklist = checklist
        self.setToolTip(APP_NAME)
        self.menu = QMenu(parent)
        self.menu.setObjectName("TrayMenu")
        self.menu.aboutToShow.connect(self.fill_menu)
        self.setContextMenu(self.menu)
        self.activated.connect(self._on_activated)
        self.messageClicked.connect(self.open_requested)
        self.fill_menu()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def fill_menu(self) -> None:
        """Rebuild the menu, so today's items show their state as it is now."""
        menu = self.menu
        menu.clear()
        menu.addAction(self.tr("Open {app}").format(app=APP_NAME)).triggered.connect(
            self.open_requested
        )
        menu.addAction(self.tr("How are you? Check in…")).triggered.connect(self.checkin_requested)
        menu.addAction(self.tr("Add a question for my checkup…")).triggered.connect(
            self.question_requested
        )
        menu.addSeparator()
        if not self.private():
            self._add_today(menu)
            menu.addSeparator()
        menu.addAction(self.tr("Pause reminders…")).triggered.connect(self.pause_requested)
        menu.addAction(self.tr("Quit")).triggered.connect(self.quit_requested)

    def private(self) -> bool:
        """Whether reminders are private: the tray names no item (a shared screen)."""
        settings = self._checklist.settings
        return run_op(None, lambda: settings.get(PRIVATE_REMINDERS), report=log_only).value is True

    def _add_today(self, menu: QMenu) -> None:
        read = run_op(
            None, lambda: self._checklist.today_entries(self._checklist.today()), report=log_only
        )
        due = read.value[0] if read.value is not None else []
        section = menu.addAction(self.tr("Today") if due else self.tr("Nothing is due today"))
        section.setEnabled(False)
        for entry in due:
            status = entry.answer.status if entry.answer else None
            action = menu.addAction(f"{_MARKS[status]}  {entry.item.title}")
            action.triggered.connect(lambda _=False, i=entry.item.id: self.open_item.emit(i))

    def show_reminders(self, titles: list[str], all_late: bool, *, private: bool = False) -> None:
        """A tray message for these reminders (``private``: only that there is one)."""
        from planner.services.reminders import notification_text

        head, text = notification_text(titles, all_late, private=private)
        if not text:
            # Some trays show nothing for a message without text: the words go there.
            head, text = APP_NAME, head
        self.showMessage(head, text, app_icon(), 15_000)
