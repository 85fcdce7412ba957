"""The window's frame: the sidebar beside the page column (the reminder panel over the
page), each scrolling when the window is smaller than it, and the room a screen leaves.

At any text size the window fits the screen's available area: it opens no larger, and
its minimum size never exceeds it. What does not fit then scrolls rather than being cut
off: the sidebar on its own, the page and the reminder panel together.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

#: The window's least and first size, when the screen has room for them.
MIN_SIZE = QSize(640, 480)
DEFAULT_SIZE = QSize(1000, 720)
#: Room left around the window in the available area for its frame and title bar
#: (the window's own size does not include them).
FRAME_ROOM = QSize(16, 48)


def room_on_screen(area: QRect) -> QSize:
    """The largest window that fits ``area`` (a screen's available area) with its frame."""
    return QSize(
        max(1, area.width() - FRAME_ROOM.width()), max(1, area.height() - FRAME_ROOM.height())
    )


class _Column(QVBoxLayout):
    """The page column's layout, which never asks for height for its width: the scroll
    area around it then lets the page take the window's height (the page's own scroll
    area scrolls), and scrolls only below the page's minimum size."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return False


class SideScroll(QScrollArea):
    """Holds the sidebar, so a short window scrolls it rather than cutting its buttons
    off; exactly as wide as the sidebar (and its scroll bar, while one shows)."""

    #: The sidebar's width changed (its scroll bar came or went): the window's least
    #: width follows, so the page beside it never has to scroll sideways.
    width_changed = Signal()

    def __init__(self, sidebar: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SidebarScroll")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(sidebar)
        self._watching = False
        self._bar_shown = False

    def watch_scroll_bar(self) -> None:
        """After the first paint: make room for the scroll bar whenever one shows.
        (Not before: PySide6 is slow to build its scroll bar class.)"""
        if not self._watching:
            self._watching = True
            self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def _range_changed(self, _low: int, high: int) -> None:
        self.updateGeometry()
        if (high > 0) != self._bar_shown:
            self._bar_shown = high > 0
            self.width_changed.emit()

    def _width(self) -> int:
        sidebar = self.widget()
        extra = 0
        if self._watching:
            bar = self.verticalScrollBar()
            extra = bar.sizeHint().width() if bar.maximum() > 0 else 0
        return max(sidebar.minimumWidth(), sidebar.minimumSizeHint().width()) + extra

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(self._width(), self.widget().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(self._width(), 0)


class WindowFrame(QWidget):
    """The window's central widget: ``side`` (the sidebar, scrolling) and ``pages`` (a
    scroll area round ``column``: the reminder panel, when attached, over the pages).

    Signals:
        screen_changed(): the window went to another screen (fit it to that one).
    """

    screen_changed = Signal()

    def __init__(self, sidebar: QWidget, stack: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.side = SideScroll(sidebar, self)
        row.addWidget(self.side)
        self.pages = QScrollArea(self)
        self.pages.setObjectName("PageScroll")
        self.pages.setFrameShape(QScrollArea.Shape.NoFrame)
        self.pages.setWidgetResizable(True)
        right = QWidget()
        right.setObjectName("PageColumn")
        self.column = _Column(right)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(stack, 1)
        self.pages.setWidget(right)
        row.addWidget(self.pages, 1)
        self._settled = False

    def settle(self) -> None:
        """After the first paint: the scroll areas are frames, not stops for Tab, the
        sidebar may have grown (its names, large text), and a move to another screen is
        heard from now on."""
        from PySide6.QtCore import Qt  # not on the way to the first paint (see item_row)

        for area in (self.side, self.pages):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side.watch_scroll_bar()
        self.side.updateGeometry()
        self._settled = True
        self._watch_screen()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._settled:  # before that, settle() does it (after the first paint)
            self._watch_screen()

    def _watch_screen(self) -> None:
        """Hear when the window goes to another screen. (Not before the first paint:
        PySide6 is slow to build its QWindow class.)"""
        handle = self.window().windowHandle()
        if handle is not None and not handle.property("fits_screen"):
            handle.setProperty("fits_screen", True)
            handle.screenChanged.connect(lambda _screen: self.screen_changed.emit())
