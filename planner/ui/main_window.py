"""The main window: a sidebar of pages beside the page shown, and closing to the tray.

The pages come from ``navigation.PAGES``; how reminders reach the person lives in
``reminders.presenter``; the frame that fits the screen in ``window_frame``. The window
only hosts them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from planner import APP_NAME
from planner.services.checklist import ChecklistService
from planner.ui.kit.theme import app_icon, follow_palette
from planner.ui.navigation import KEYS, PAGES, PageServices, attach_journal_to_today
from planner.ui.sidebar import Sidebar
from planner.ui.today.today_page import FIRST_PAINT_ROWS, TodayPage
from planner.ui.window_frame import DEFAULT_SIZE, MIN_SIZE, WindowFrame, room_on_screen
from planner.ui.window_links import WindowLinks

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent

    from planner.services.desktop_notifications import DesktopNotifier
    from planner.services.journal import JournalService
    from planner.services.reminders import ReminderService
    from planner.ui.journal.checkin_card import CheckInCard
    from planner.ui.reminders.presenter import ReminderPresenter
    from planner.ui.reminders.tray import Tray


class MainWindow(QMainWindow):
    """Holds the pages and switches between them (Ctrl+1 to Ctrl+8).

    With ``quick_start`` it builds only what its first paint shows; ``finish_start``,
    ``attach_journal`` and ``attach_reminders`` (which offers Settings) add the rest.
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
        self.services = self._services = PageServices(
            service,
            data_dir=data_dir,
            first_rows=FIRST_PAINT_ROWS if quick_start else None,
            made_journal=journal,
        )
        self.checkin_card: CheckInCard | None = None
        self.presenter: ReminderPresenter | None = None
        self._quitting = False
        # Within the screen's available area; widened after the first paint to what the
        # sidebar and Today's cards need (large text), fixed until then (one layout pass).
        self._room = room_on_screen(self.available_area())
        self.resize(DEFAULT_SIZE.boundedTo(self._room))
        self.setMinimumSize(MIN_SIZE.boundedTo(self._room))

        self._sidebar = Sidebar()
        self._sidebar.chosen.connect(self.show_page)
        self.nav_buttons = self._sidebar.buttons
        # Only Today is built before the first paint; the others when first opened.
        self.stack = QStackedWidget()
        self.frame = WindowFrame(self._sidebar, self.stack, self)
        self.setCentralWidget(self.frame)
        self.frame.screen_changed.connect(self.fit_to_screen)
        self.frame.side.width_changed.connect(self._fit_minimum_width)
        self._pages: list[QWidget | None] = [None] * len(PAGES)
        self.links = self._services.links = WindowLinks(self, self._services)
        self.today_page: TodayPage = self.page("today")  # type: ignore[assignment]
        self.today_page.width_needed.connect(self._fit_minimum_width)
        self.show_page(0)

        # A new day starts while the app is open: every page shows the new day.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(service.notice_new_day)
        self._day_timer.start()
        self._started = False
        if not quick_start:
            self.finish_start()

    def finish_start(self) -> None:
        """Right after the first paint: the rest of Today's cards, the keyboard shortcuts."""
        if self._started:
            return
        self._started = True
        self._sidebar.fit()
        self.frame.settle()
        self.today_page.build_rest()
        self.links.install_shortcuts()

    @property
    def journal(self) -> JournalService:
        return self._services.journal()

    def page(self, which: int | str) -> QWidget:
        """The page at an index or key ("journal"), built on first use."""
        index = KEYS.index(which) if isinstance(which, str) else which
        page = self._pages[index]
        if page is None:
            page = self._pages[index] = PAGES[index].build(self._services)
            self.stack.addWidget(page)
        return page

    def go_to(self, index: int) -> None:
        if self.nav_buttons[index].isVisible():
            self.show_page(index)

    def show_page(self, which: int | str) -> None:
        index = KEYS.index(which) if isinstance(which, str) else which
        self.stack.setCurrentWidget(self.page(index))
        self._sidebar.mark(index)
        if index == 0:
            self.today_page.focus_first()
        elif KEYS[index] == "journal":
            # Once the page (built just now, the first time) is shown.
            QTimer.singleShot(0, self.page("journal").form.focus_first)  # type: ignore[attr-defined]

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def bring_forward(self) -> None:
        """Show, un-minimise and raise the window (another launch asked for it)."""
        from PySide6.QtCore import Qt  # not on the way to the first paint (see item_row)

        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def open_item(self, item_id: int) -> None:
        """Bring the window forward and show the item's card on Today."""
        self.bring_forward()
        self.show_page(0)
        self.today_page.reveal(item_id)

    def open_checkin(self, mood: int | None = None, worry: int | None = None) -> None:
        """Bring the window forward on the Journal page, ready for a check-in."""
        self.bring_forward()
        self.show_page("journal")
        self.page("journal").start_check_in(mood, worry)  # type: ignore[attr-defined]

    def open_checkup(self, checkup_id: int, book: bool) -> None:
        self.links.open_checkup(checkup_id, book)

    def add_question(self) -> None:
        self.links.add_question()

    def show_pause(self) -> None:
        self.bring_forward()
        self.show_page("settings")
        self.page("settings").resume_date.setFocus()  # type: ignore[attr-defined]

    # --- After the first paint ------------------------------------------------

    def attach_journal(self) -> None:
        """Today's care-team note and check-in card (added after the first paint)."""
        if self.checkin_card is None:
            self.checkin_card = attach_journal_to_today(
                self.today_page, self._services, self.open_checkin
            )

    def attach_reminders(
        self,
        reminders: ReminderService,
        tray: Tray | None = None,
        notifier: DesktopNotifier | None = None,
    ) -> None:
        """Reminders in the panel, as notifications or tray messages; offer Settings."""
        from planner.ui.reminders.presenter import ReminderPresenter

        self._services.reminders = reminders
        self.presenter = ReminderPresenter(reminders, self, tray, notifier, parent=self)
        self.frame.column.insertWidget(0, self.presenter.panel)
        reminders.planned.connect(self._on_planned)
        self._sidebar.offer("settings")
        self.frame.side.updateGeometry()

    def _on_planned(self) -> None:
        if self.presenter is not None:
            missed = self.presenter.reminders.missed_today(self.today_page.day)
            self.today_page.set_missed_reminders(missed)

    def _fit_minimum_width(self) -> None:
        """Never narrower than the sidebar and Today's cards need (summed from the parts),
        nor wider than the screen's available area (the page scrolls sideways then)."""
        least = self.frame.side.sizeHint().width() + self.today_page.least_width()
        self.setMinimumWidth(min(max(MIN_SIZE.width(), least), self._room.width()))

    def available_area(self) -> QRect:
        """The screen's area for windows (without panels and docks), in the window's pixels."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen else QRect(0, 0, 1000, 720)

    def fit_to_screen(self) -> None:
        """Keep the window and its minimum size within its screen's available area."""
        self._room = room_on_screen(self.available_area())
        self.setMinimumSize(self.minimumSize().boundedTo(self._room))
        self._fit_minimum_width()
        self.resize(self.size().boundedTo(self._room))

    # --- Closing -------------------------------------------------------------

    def finish_journal(self) -> None:
        """Keep the draft and finish a pending delete (the app is quitting)."""
        if self._pages[KEYS.index("journal")] is not None:
            self.page("journal").finish()  # type: ignore[attr-defined]

    def quit_app(self) -> None:
        """Quit for real (Ctrl+Q, the tray's Quit), even when closing only hides."""
        self._quitting = True
        self.close()
        QApplication.quit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            follow_palette()  # the system went from light to dark (or back) while open

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.presenter is not None and self.presenter.tray_shown() and not self._quitting:
            # With a tray, closing the window keeps the app (and its reminders) running.
            event.ignore()
            self.hide()
            self.presenter.tell_once_about_tray()
            return
        self._day_timer.stop()
        self.finish_journal()
        super().closeEvent(event)
        if self.presenter is not None and self.presenter.tray is not None:
            # With a tray icon the app does not quit by itself when its window closes.
            self.presenter.tray.hide()
            QApplication.quit()
