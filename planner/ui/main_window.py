"""The main window: a sidebar of pages (Today, Items, History) beside the page shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from planner.ui.theme import app_icon, icon, scaled_font
from planner.ui.today_page import TodayPage

if TYPE_CHECKING:
    from planner.ui.history_page import HistoryPage
    from planner.ui.items_page import ItemsPage

PAGES = (("today", "Today"), ("items", "Items"), ("history", "History"))


class MainWindow(QMainWindow):
    """Holds the pages and switches between them (Ctrl+1, Ctrl+2, Ctrl+3)."""

    def __init__(self, service: ChecklistService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._service = service
        self.resize(1000, 720)
        self.setMinimumSize(640, 480)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.setCentralWidget(central)

        sidebar = QWidget()
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
        self.stack = QStackedWidget()
        self.today_page = TodayPage(service)
        self._pages: list[QWidget | None] = [self.today_page, None, None]
        self.stack.addWidget(self.today_page)

        self.nav = QButtonGroup(self)
        self.nav_buttons: list[QPushButton] = []
        for index, (key, label) in enumerate(PAGES):
            button = QPushButton(icon(key), f"  {label}")
            button.setObjectName("NavButton")
            button.setAccessibleName(label)
            button.setToolTip(f"{label} (Ctrl+{index + 1})")
            button.setCheckable(True)
            button.setIconSize(QSize(22, 22))
            button.setMinimumHeight(44)
            self.nav.addButton(button, index)
            self.nav_buttons.append(button)
            side.addWidget(button)
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, lambda i=index: self.show_page(i))
        side.addStretch(1)
        self.nav.idClicked.connect(self.show_page)
        sidebar.setMinimumWidth(200)
        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)

        QShortcut(QKeySequence("Ctrl+N"), self, self._new_item)
        # Ctrl+Q everywhere (the platform's Quit key is the same on Linux; one shortcut only,
        # since two with the same keys cancel each other out).
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)
        self.show_page(0)

        # A new day starts while the app is open: show the new day's list.
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._check_new_day)
        self._day_timer.start()

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built on first use."""
        page = self._pages[index]
        if page is None:
            if index == 1:
                from planner.ui.items_page import ItemsPage

                page = ItemsPage(self._service)
            else:
                from planner.ui.history_page import HistoryPage

                page = HistoryPage(self._service)
            self._pages[index] = page
            self.stack.addWidget(page)
        return page

    @property
    def items_page(self) -> ItemsPage:
        return self.page(1)  # type: ignore[return-value]

    @property
    def history_page(self) -> HistoryPage:
        return self.page(2)  # type: ignore[return-value]

    def show_page(self, index: int) -> None:
        self.stack.setCurrentWidget(self.page(index))
        self.nav_buttons[index].setChecked(True)
        if index == 0:
            self.today_page.focus_first()

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
        self.show_page(1)
        self.items_page.add_item()

    def _check_new_day(self) -> None:
        if self._service.today() != self.today_page.day:
            self.today_page.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._day_timer.stop()
        super().closeEvent(event)
