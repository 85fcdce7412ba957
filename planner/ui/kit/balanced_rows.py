"""A layout that keeps its items in one row while they fit, else in a few even rows."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class BalancedRows(QLayout):
    """Items of equal width side by side; when the width is too small for all of them
    (a narrow window, large text), they go into two rows (then three, …) of nearly
    equal length, so nothing is cut off or needs a scroll bar.

    The order stays reading order: the first half on the first row, and so on.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout's bookkeeping ------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes ----------------------------------------------------------------

    def _cell(self) -> QSize:
        """The smallest size every item accepts (the widest and tallest of them)."""
        width = height = 0
        for item in self._items:
            if item.isEmpty():
                continue
            least = item.minimumSize()
            width = max(width, least.width())
            height = max(height, item.sizeHint().height(), least.height())
        return QSize(width, height)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def rows_for(self, width: int) -> int:
        """How many rows the items need at ``width`` (inside the margins)."""
        count = len(self._visible())
        if count == 0:
            return 0
        cell = self._cell().width()
        for rows in range(1, count + 1):
            per_row = ceil(count / rows)
            if per_row * cell + (per_row - 1) * self.spacing() <= width:
                return rows
        return count

    def _inner_width(self, width: int) -> int:
        margins = self.contentsMargins()
        return width - margins.left() - margins.right()

    def _height(self, rows: int) -> int:
        margins = self.contentsMargins()
        inner = rows * self._cell().height() + max(rows - 1, 0) * self.spacing()
        return inner + margins.top() + margins.bottom()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._height(self.rows_for(self._inner_width(width)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        count = len(self._visible())
        hint_width = max((item.sizeHint().width() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        width = count * hint_width + max(count - 1, 0) * self.spacing()
        return QSize(width + margins.left() + margins.right(), self._height(1 if count else 0))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        margins = self.contentsMargins()
        cell = self._cell()
        return QSize(cell.width() + margins.left() + margins.right(), self._height(1))

    # --- placing --------------------------------------------------------------

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        items = self._visible()
        if not items:
            return
        margins = self.contentsMargins()
        left = rect.x() + margins.left()
        top = rect.y() + margins.top()
        width = self._inner_width(rect.width())
        per_row = ceil(len(items) / self.rows_for(width))
        spacing = self.spacing()
        cell_width = max((width - (per_row - 1) * spacing) // per_row, 1)
        cell_height = self._cell().height()
        for index, item in enumerate(items):
            row, column = divmod(index, per_row)
            x = left + column * (cell_width + spacing)
            y = top + row * (cell_height + spacing)
            item.setGeometry(QRect(x, y, cell_width, cell_height))
