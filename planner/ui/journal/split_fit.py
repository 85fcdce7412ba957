"""How the Journal shares its height between the check-in form and the list of check-ins.

The form gets what it wants (its fields, and the details when open), as long as the list
keeps its minimum; it never gets less than its essentials (heading, mood, worry and the
buttons, with Save), which stay in view together: the details scroll inside the form.
When even the two minimums do not fit (a short window, large text, a long note above
the form), the page scrolls instead of squeezing either. A split the person drags by
hand is kept until the form's needs change (the details are opened or folded).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget


class SplitFit(QObject):
    """Keeps ``splitter``'s two panes sized as described above.

    ``top_heights(width)`` gives the top pane's (least, wanted) heights at a width;
    ``content`` is the widget inside the page's scroll area that holds the splitter.
    """

    def __init__(
        self,
        splitter: QSplitter,
        content: QWidget,
        top_heights: Callable[[int], tuple[int, int]],
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._content = content
        self._top_heights = top_heights
        self._by_hand: int | None = None  # the top pane's height the person dragged to
        # A timer of our own: it goes with the page, so it never fits a page deleted.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        splitter.splitterMoved.connect(self._dragged)
        for watched in (content, splitter.widget(0), splitter.widget(1)):
            watched.installEventFilter(self)

    def _dragged(self, _pos: int, _index: int) -> None:
        self._by_hand = self._splitter.sizes()[0]

    def needs_changed(self) -> None:
        """The form's needs changed (details opened or folded): forget a split by hand."""
        self._by_hand = None
        self.fit_soon()

    def fit_soon(self) -> None:
        """Fit once the current layout work is done (many changes come at once)."""
        if not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit_soon()
        return False

    def bottom_least(self) -> int:
        """The list pane's least height at its width (rows that fold count as folded)."""
        bottom = self._splitter.widget(1)
        least = bottom.minimumSizeHint().height()
        layout = bottom.layout()
        if layout is not None and layout.hasHeightForWidth():
            width = bottom.width() or self._splitter.width()
            least = max(least, layout.totalMinimumHeightForWidth(width))
        return least

    def fit(self) -> None:
        """Share the height now (also called directly by tests and on first show)."""
        self._timer.stop()
        top = self._splitter.widget(0)
        least, wanted = self._top_heights(top.width() or self._splitter.width())
        bottom_least = self.bottom_least()
        handle = self._splitter.handleWidth()
        # The page scrolls rather than squeeze the form's essentials or the list.
        needed = least + handle + bottom_least
        if self._content.minimumHeight() != needed:
            self._content.setMinimumHeight(needed)
        if top.minimumHeight() != least:
            top.setMinimumHeight(least)
        bottom = self._splitter.widget(1)
        if bottom.minimumHeight() != bottom_least:
            bottom.setMinimumHeight(bottom_least)
        total = max(self._content.height(), needed) - handle
        room = total - bottom_least  # what the form can have
        goal = self._by_hand if self._by_hand is not None else wanted
        height = max(least, min(goal, room))
        sizes = [height, total - height]
        if self._splitter.sizes() != sizes:
            self._splitter.setSizes(sizes)
