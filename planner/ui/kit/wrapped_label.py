"""A word-wrapped label that remembers how tall it is at each width."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

#: Changes after which the text may take a different height at the same width.
_RESHAPING = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ContentsRectChange,
    QEvent.Type.LayoutDirectionChange,
)


class WrappedLabel(QLabel):
    """A QLabel with word wrap whose height for a width is worked out once.

    While a page is laid out, Qt's layouts ask each wrapped label for its height at
    a given width many times (about 20 times per label on Today), and QLabel lays the
    whole text out again for every question. This label keeps the answers until its
    text, font, style or margins change.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() in _RESHAPING:
            self._heights.clear()
        super().changeEvent(event)
