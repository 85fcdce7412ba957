"""The main window: a sidebar of pages (Today, Journal, Checkups, Insights, Items, History,
Settings) beside the page shown."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME
from planner.services.checklist import ChecklistService
from planner.storage.errors import StoreError
from planner.ui.kit.theme import app_icon, follow_palette, scaled_font, set_icon
from planner.ui.today.today_page import FIRST_PAINT_ROWS, TodayPage

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent

    from planner.services.desktop_notifications import DesktopNotifier
    from planner.services.journal import JournalService
    from planner.services.reminders import ReminderBatch, ReminderService
    from planner.ui.checklist.history_page import HistoryPage
    from planner.ui.checklist.items_page import ItemsPage
    from planner.ui.journal.checkin_card import CheckInCard
    from planner.ui.journal.journal_page import JournalPage
    from planner.ui.reminders.reminder_panel import ReminderPanel
    from planner.ui.reminders.tray import Tray
    from planner.ui.settings.settings_page import SettingsPage

log = logging.getLogger(__name__)

PAGES = (
    ("today", "Today"),
    ("journal", "Journal"),
    ("checkups", "Checkups"),
    ("insights", "Insights"),
    ("items", "Items"),
    ("history", "History"),
    ("settings", "Settings"),
)
KEYS = [key for key, _label in PAGES]
SETTINGS = KEYS.index("settings")
CLOSE_NOTE_KEY = "window.close_to_tray_told"
SIDEBAR_WIDTH = 200
MIN_WIDTH = 640


class MainWindow(QMainWindow):
    """Holds the pages and switches between them (Ctrl+1 to Ctrl+7).

    Reminders (the panel, Settings, the tray) are attached after the first paint by
    ``attach_reminders``; until then the Settings page is not offered. Today's check-in
    card is added after the first paint too (``attach_journal``). With ``quick_start``
    the window builds only what its first paint shows, and ``finish_start`` adds the
    rest (Today's other cards, the keyboard shortcuts).
    """

    def __init__(
        self,
        service: ChecklistService,
        parent: QWidget | None = None,
        *,
        data_dir: Path | None = None,
        journal: JournalService | None = None,
        quick_start: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._service = service
        self._journal = journal
        self._data_dir = data_dir
        self.checkin_card: CheckInCard | None = None
        self.reminders: ReminderService | None = None
        self.reminder_panel: ReminderPanel | None = None
        self.tray: Tray | None = None
        self.notifier: DesktopNotifier | None = None
        self._quitting = False
        self.resize(1000, 720)
        # Widened after the first paint to what the sidebar and Today's cards need (large
        # text), so nothing hides; a fixed size until then spares laying it all out twice.
        self.setMinimumSize(MIN_WIDTH, 480)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.setCentralWidget(central)

        sidebar = QWidget(central)
        sidebar.setObjectName("Sidebar")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(14, 22, 14, 16)
        side.setSpacing(6)
        name = QLabel(APP_NAME)
        name.setObjectName("AppName")
        name.setFont(scaled_font(name, 1.15, bold=True))
        side.addWidget(name)

        # Only Today is built before the first paint; the other pages (and their
        # modules) are built the first time they are opened.
        self.stack = QStackedWidget(central)
        self.today_page = TodayPage(
            service, self.stack, first_rows=FIRST_PAINT_ROWS if quick_start else None
        )
        self.today_page.width_needed.connect(self._fit_minimum_width)
        self._pages: list[QWidget | None] = [self.today_page] + [None] * (len(PAGES) - 1)
        self.stack.addWidget(self.today_page)

        self.nav = QButtonGroup(self)
        self.nav_buttons: list[QPushButton] = []
        for index, (key, label) in enumerate(PAGES):
            button = QPushButton(f"  {label}")
            set_icon(button, key)
            button.setObjectName("NavButton")
            button.setAccessibleName(label)
            button.setToolTip(f"{label} (Ctrl+{index + 1})")
            button.setCheckable(True)
            button.setIconSize(QSize(22, 22))
            button.setMinimumHeight(44)
            self.nav.addButton(button, index)
            self.nav_buttons.append(button)
            side.addWidget(button)
        self.nav_buttons[SETTINGS].setVisible(False)  # shown once reminders are attached
        side.addStretch(1)
        self.nav.idClicked.connect(self.show_page)
        sidebar.setMinimumWidth(SIDEBAR_WIDTH)
        self._sidebar = sidebar
        row.addWidget(sidebar)
        self._right = QVBoxLayout()
        self._right.setContentsMargins(0, 0, 0, 0)
        self._right.setSpacing(0)
        self._right.addWidget(self.stack, 1)
        row.addLayout(self._right, 1)

        self.show_page(0)

        # A new day starts while the app is open: show the new day's list.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_new_day)
        self._day_timer.start()
        self._started = False
        if not quick_start:
            self.finish_start()

    def finish_start(self) -> None:
        """Build what the first paint does not need (run right after it): the rest of
        Today's cards and the keyboard shortcuts."""
        from PySide6.QtGui import QKeySequence, QShortcut  # two slow-to-load Qt classes

        if self._started:
            return
        self._started = True
        # As wide as the app's name and the page names need (large text), never narrower.
        needed = self._sidebar.minimumSizeHint().width()
        self._sidebar.setMinimumWidth(max(SIDEBAR_WIDTH, needed))
        self.today_page.build_rest()
        for index in range(len(PAGES)):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, lambda i=index: self._go_to(i))
        QShortcut(QKeySequence("Ctrl+N"), self, self._new_item)
        # Ctrl+Q everywhere (the platform's Quit key is the same on Linux; one shortcut only,
        # since two with the same keys cancel each other out).
        QShortcut(QKeySequence("Ctrl+Q"), self, self.quit_app)

    @property
    def journal(self) -> JournalService:
        """The journal's service, made on first use (Today's first paint does not need it)."""
        if self._journal is None:
            from planner.services.journal import JournalService

            self._journal = JournalService(self._service.store, self._service)
        return self._journal

    def page(self, which: int | str) -> QWidget:
        """The page at an index or key ("journal"), built on first use."""
        index = KEYS.index(which) if isinstance(which, str) else which
        page = self._pages[index]
        if page is None:
            page = self._build_page(KEYS[index])
            self._pages[index] = page
            self.stack.addWidget(page)
        return page

    def _build_page(self, key: str) -> QWidget:
        # Each page's module is imported the first time it is opened (QtCharts too).
        if key == "journal":
            from planner.ui.journal.journal_page import JournalPage

            page = JournalPage(self.journal)
            self._add_journal_banners(page)
            return page
        if key == "checkups":
            from planner.ui.checkups.checkups_page import CheckupsPage

            return CheckupsPage(self.journal)
        if key == "insights":
            from planner.ui.insights.insights_page import InsightsPage

            insights = InsightsPage(self.journal)
            self._service.changed.connect(insights.mark_stale)  # check-offs feed the patterns
            return insights
        if key == "items":
            from planner.ui.checklist.items_page import ItemsPage

            return ItemsPage(self._service)
        if key == "history":
            from planner.ui.checklist.history_page import HistoryPage

            return HistoryPage(self._service)
        from planner.ui.settings.settings_page import SettingsPage

        assert self.reminders is not None, "Settings needs the reminder service"
        return SettingsPage(self.reminders, self._data_dir, journal=self.journal)

    @property
    def items_page(self) -> ItemsPage:
        return self.page("items")  # type: ignore[return-value]

    @property
    def history_page(self) -> HistoryPage:
        return self.page("history")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    @property
    def journal_page(self) -> JournalPage:
        return self.page("journal")  # type: ignore[return-value]

    def _go_to(self, index: int) -> None:
        if self.nav_buttons[index].isVisible() or index != SETTINGS:
            self.show_page(index)

    def show_page(self, which: int | str) -> None:
        index = KEYS.index(which) if isinstance(which, str) else which
        self.stack.setCurrentWidget(self.page(index))
        button = self.nav_buttons[index]
        button.setChecked(True)
        # Drawn in the highlight's own text colour while chosen (made on first use, one
        # more drawing each).
        set_icon(button, KEYS[index], "text", checked_role="on_accent")
        if index == 0:
            self.today_page.focus_first()
        elif KEYS[index] == "journal":
            # Once the page (built just now, the first time) is shown.
            QTimer.singleShot(0, self.journal_page.form.focus_first)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def bring_forward(self) -> None:
        """Show, un-minimise and raise the window (another launch asked for it)."""
        from PySide6.QtCore import Qt  # not on the way to the first paint (see item_row)

        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def _new_item(self) -> None:
        self.show_page("items")
        self.items_page.add_item()

    # --- Journal -------------------------------------------------------------

    def attach_journal(self) -> None:
        """Today's card: the next checkup, a care-team note if there is one, and the quick
        check-in (added after the first paint, like the reminders)."""
        from planner.ui.journal.checkin_card import CheckInCard
        from planner.ui.journal.nudge_banner import NudgeBanner

        if self.checkin_card is not None:
            return
        self.today_nudge = NudgeBanner(self.journal)
        self.today_page.top_layout.addWidget(self.today_nudge)
        self.checkin_card = CheckInCard(self.journal)
        self.checkin_card.open_journal.connect(lambda pair: self.open_checkin(*pair))
        self.today_page.top_layout.addWidget(self.checkin_card)
        self.journal.changed.connect(self.today_nudge.refresh)
        self.today_nudge.refresh()
        self.today_page.fit_width()

    def _fit_minimum_width(self) -> None:
        """Never narrower than the sidebar and Today's cards need (see TodayPage.fit_width).

        Summed from the parts: the layouts above them only learn the new sizes later."""
        page = self.today_page
        margins = page.layout().contentsMargins()
        list_width = page.scroll.minimumWidth() + margins.left() + margins.right()
        self.setMinimumWidth(max(MIN_WIDTH, self._sidebar.minimumWidth() + list_width))

    def _add_journal_banners(self, page: JournalPage) -> None:
        from planner.ui.journal.nudge_banner import NudgeBanner
        from planner.ui.journal.screens_dialog import ScreensPrompt

        nudge = NudgeBanner(self.journal)
        prompt = ScreensPrompt(self.journal)
        page.banners.addWidget(nudge)
        page.banners.addWidget(prompt)
        self.journal.changed.connect(nudge.refresh)  # the prompt follows the journal itself
        nudge.refresh()
        prompt.refresh()

    def open_checkin(self, mood: int | None = None, worry: int | None = None) -> None:
        """Bring the window forward on the Journal page, ready for a check-in."""
        self.bring_forward()
        self.show_page("journal")
        self.journal_page.start_check_in(mood, worry)

    def finish_journal(self) -> None:
        """Keep the draft and finish a pending delete (the app is quitting)."""
        page = self._pages[KEYS.index("journal")]
        if page is not None:
            page.finish()  # type: ignore[attr-defined]

    def _check_new_day(self) -> None:
        if self._service.today() != self.today_page.day:
            self.today_page.refresh()
            if self.checkin_card is not None:
                self.checkin_card.refresh()
        checkups = self._pages[KEYS.index("checkups")]
        if checkups is not None:
            checkups.refresh_if_new_day()  # type: ignore[attr-defined]

    # --- Reminders -----------------------------------------------------------

    def attach_reminders(
        self,
        reminders: ReminderService,
        tray: Tray | None = None,
        notifier: DesktopNotifier | None = None,
    ) -> None:
        """Show reminders in the window, and as desktop notifications (or tray messages)
        where there are any; offer Settings."""
        from planner.ui.reminders.reminder_panel import ReminderPanel

        self.reminders = reminders
        self.tray = tray
        self.notifier = notifier
        self.reminder_panel = ReminderPanel(reminders)
        self.reminder_panel.open_item.connect(self.open_item)
        self.reminder_panel.open_checkin.connect(self.open_checkin)
        self._right.insertWidget(0, self.reminder_panel)
        self._service.changed.connect(self.reminder_panel.prune)
        self.journal.changed.connect(self.reminder_panel.prune)
        # A check-in answers the evening reminder; a new reminder time plans again.
        self.journal.changed.connect(lambda: reminders.replan("journal"))
        self.journal.settings_changed.connect(lambda: reminders.replan("settings"))
        reminders.due.connect(self._on_reminders)
        reminders.planned.connect(self._on_planned)
        self.nav_buttons[SETTINGS].setVisible(True)
        if notifier is not None:
            notifier.action.connect(self._on_notification_action)
            self.reminder_panel.emptied.connect(notifier.close_current)
            self.reminder_panel.pruned.connect(self._notify)
        if tray is not None:
            tray.open_requested.connect(self.bring_forward)
            tray.checkin_requested.connect(self.open_checkin)
            tray.open_item.connect(self.open_item)
            tray.pause_requested.connect(self._show_pause)
            tray.quit_requested.connect(self.quit_app)
            QApplication.setQuitOnLastWindowClosed(False)
            tray.show()

    def _on_reminders(self, batch: ReminderBatch) -> None:
        assert self.reminder_panel is not None
        panel = self.reminder_panel
        panel.show_batch(batch)
        if self._notify():
            return
        if self.tray_shown():
            assert self.tray is not None
            self.tray.show_reminders(panel.titles(), panel.all_late())
        else:
            # No tray to tell: the window itself comes forward with the panel.
            self.bring_forward()

    def _notify(self) -> bool:
        """Show (or update) the desktop notification for the reminders in the panel."""
        from planner.services.reminders import notification_text

        panel = self.reminder_panel
        if self.notifier is None or panel is None or not panel.rows:
            return False
        titles = panel.titles()
        if len(panel.rows) == 1 and panel.rows[0].reminder.is_checkin:
            actions = [("default", "Check in"), ("snooze", "Snooze 10 minutes"), ("skip", "Skip")]
        else:
            actions = self._notification_actions(len(titles))
        return self.notifier.show(*notification_text(titles, panel.all_late()), actions)

    def tray_shown(self) -> bool:
        """Whether the tray icon is really there (a tray may come or go, e.g. at login)."""
        if self.tray is None:
            return False
        from planner.ui.reminders.tray import tray_available

        return tray_available()

    @staticmethod
    def _notification_actions(count: int) -> list[tuple[str, str]]:
        if count == 1:
            return [
                ("default", "Open"),
                ("done", "Done"),
                ("snooze", "Snooze 10 minutes"),
                ("skip", "Skip"),
            ]
        return [
            ("default", "Open"),
            ("done", f"All {count} done"),
            ("snooze", "Snooze all 10 minutes"),
            ("skip", "Skip all"),
        ]

    def _on_notification_action(self, key: str) -> None:
        panel = self.reminder_panel
        assert panel is not None
        assert self.reminders is not None
        if key in ("done", "skip"):
            panel.answer_all(key)
        elif key == "snooze":
            panel.snooze_all(self.reminders.now() + timedelta(minutes=10))
        elif len(panel.rows) == 1 and panel.rows[0].reminder.is_checkin:
            panel.answer(panel.rows[0], "done")
            self.open_checkin()
        elif len(panel.rows) == 1:
            self.open_item(panel.rows[0].reminder.due.item_id)
        else:
            self.bring_forward()

    def _on_planned(self) -> None:
        if self.reminders is not None:
            self.today_page.set_missed_reminders(self.reminders.missed_today(self.today_page.day))

    def open_item(self, item_id: int) -> None:
        """Bring the window forward and show the item's card on Today."""
        self.bring_forward()
        self.show_page(0)
        self.today_page.reveal(item_id)

    def _show_pause(self) -> None:
        self.bring_forward()
        self.show_page("settings")
        self.settings_page.resume_date.setFocus()

    # --- Closing -------------------------------------------------------------

    def quit_app(self) -> None:
        """Quit for real (Ctrl+Q, the tray's Quit), even when closing only hides."""
        self._quitting = True
        self.close()
        QApplication.quit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # The system went from light to dark (or back) while the app was open.
            app = QApplication.instance()
            if isinstance(app, QApplication):
                follow_palette(app)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.tray_shown() and not self._quitting:
            # With a tray, closing the window keeps the app (and its reminders) running.
            event.ignore()
            self.hide()
            self._tell_once_about_tray()
            return
        self._day_timer.stop()
        self.finish_journal()
        super().closeEvent(event)
        if self.tray is not None:
            # With a tray icon the app does not quit by itself when its window closes.
            self.tray.hide()
            QApplication.quit()

    def _tell_once_about_tray(self) -> None:
        assert self.reminders is not None
        assert self.tray is not None
        try:
            if self.reminders.setting(CLOSE_NOTE_KEY):
                return
        except StoreError:
            return
        self.tray.showMessage(
            f"{APP_NAME} is still running",
            "It stays in the tray so your reminders can come. To quit, choose Quit in "
            "the tray menu.",
            app_icon(),
            15_000,
        )
        try:
            self.reminders.save_setting(CLOSE_NOTE_KEY, "yes")
        except StoreError as exc:  # told again next time; nothing else depends on it
            log.error("Could not save a setting: %s", exc.problem)
