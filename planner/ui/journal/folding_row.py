"""Two groups of controls side by side while they fit, else one above the other.

Used where a row must stay whole in a narrow window or with large text: the timeline's
heading beside the search box and Filters, the check-in's buttons, the filters' rows.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class _Folding(QLayout):
    """Lays out two child layouts in one row, or in two when the row is too narrow."""

    def __init__(self, first: QLayout, second: QLayout, spacing: int, grow: int) -> None:
        super().__init__()
        self._grow = grow
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)
        self._items: list[QLayoutItem] = []
        self.addChildLayout(first)
        self.addChildLayout(second)
        self._items = [first, second]
        self.folded = False

    # --- QLayout's bookkeeping ------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- Sizes ----------------------------------------------------------------

    def fits(self, width: int) -> bool:
        """Whether ``first`` (at its least) and ``second`` (as it likes) fit in ``width``."""
        first, second = self._items
        needed = first.minimumSize().width() + self.spacing() + second.sizeHint().width()
        return width >= needed

    @staticmethod
    def _tall(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return item.sizeHint().height()

    def _split(self, width: int) -> tuple[int, int]:
        """The widths of the two groups side by side: the one that does not grow gets the
        width it likes, the other the rest."""
        first, second = self._items
        free = max(0, width - self.spacing())
        if self._grow == 1:
            left = max(min(first.sizeHint().width(), free), first.minimumSize().width())
            return left, max(0, free - left)
        right = max(min(second.sizeHint().width(), free), second.minimumSize().width())
        return max(0, free - right), right

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        first, second = self._items
        if not self.fits(width):
            return self._tall(first, width) + self.spacing() + self._tall(second, width)
        left, right = self._split(width)
        return max(self._tall(first, left), self._tall(second, right))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        first, second = self._items
        width = first.sizeHint().width() + self.spacing() + second.sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        # Folded: a parent layout can always make the row narrow enough to fold.
        first, second = self._items
        width = max(first.minimumSize().width(), second.minimumSize().width())
        return QSize(width, max(first.minimumSize().height(), second.minimumSize().height()))

    # --- Placing --------------------------------------------------------------

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        first, second = self._items
        self.folded = not self.fits(rect.width())
        if self.folded:
            top = self._tall(first, rect.width())
            first.setGeometry(QRect(rect.x(), rect.y(), rect.width(), top))
            below = rect.y() + top + self.spacing()
            second.setGeometry(QRect(rect.x(), below, rect.width(), rect.bottom() - below + 1))
            return
        left, right = self._split(rect.width())
        first.setGeometry(QRect(rect.x(), rect.y(), left, rect.height()))
        second.setGeometry(QRect(rect.x() + left + self.spacing(), rect.y(), right, rect.height()))


class FoldingRow(QWidget):
    """``first`` then ``second`` in one row when the width allows, else in two rows.

    The row fits when ``first`` gets its minimum width and ``second`` its preferred one;
    side by side, the group ``grow`` (0: ``first``, 1: ``second``) takes the spare width.
    Folded, each group takes the whole width (put a stretch first in ``second`` to keep
    its buttons at the right).
    """

    def __init__(
        self,
        first: QLayout,
        second: QLayout,
        parent: QWidget | None = None,
        *,
        spacing: int = 8,
        grow: int = 0,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self._layout = _Folding(first, second, spacing, grow)
        self.setLayout(self._layout)

    def fits(self, width: int) -> bool:
        """Whether both groups fit side by side in ``width``."""
        return self._layout.fits(width)

    @property
    def folded(self) -> bool:
        return self._layout.folded
