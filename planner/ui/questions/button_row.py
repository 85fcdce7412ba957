"""A row's buttons: the first group on the left and the second on the right while they
fit, else the second on a line of its own (a narrow window, large text)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

Direction = QBoxLayout.Direction
Policy = QSizePolicy.Policy


class _Folding(QBoxLayout):
    """Two groups in one line, or one above the other when the line is too narrow; its
    least width is the folded one, so a parent can always make it narrow enough."""

    def __init__(self, first: QHBoxLayout, second: QHBoxLayout, spacing: int) -> None:
        super().__init__(Direction.LeftToRight)
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)
        self._first, self._second = first, second
        # Room to spare goes between the groups in one line, after the second when folded:
        # the buttons keep their own width either way.
        self._between = QSpacerItem(0, 0, Policy.Expanding, Policy.Minimum)
        self._after = QSpacerItem(0, 0, Policy.Fixed, Policy.Minimum)
        second.insertSpacerItem(0, self._between)
        second.addSpacerItem(self._after)
        self.addLayout(first)
        self.addLayout(second)

    def _one_line_width(self) -> int:
        return self._first.sizeHint().width() + self.spacing() + self._second.sizeHint().width()

    def _line_height(self) -> int:
        return max(self._first.sizeHint().height(), self._second.sizeHint().height())

    def _folded_height(self) -> int:
        first, second = self._first.sizeHint().height(), self._second.sizeHint().height()
        return first + self.spacing() + second

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._line_height() if width >= self._one_line_width() else self._folded_height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(self._one_line_width(), self._line_height())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        width = max(self._first.minimumSize().width(), self._second.minimumSize().width())
        return QSize(width, self._line_height())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        wanted = (
            Direction.LeftToRight
            if rect.width() >= self._one_line_width()
            else Direction.TopToBottom
        )
        if wanted != self.direction():
            folded = wanted == Direction.TopToBottom
            grow, keep = Policy.Expanding, Policy.Fixed
            self._between.changeSize(0, 0, keep if folded else grow, Policy.Minimum)
            self._after.changeSize(0, 0, grow if folded else keep, Policy.Minimum)
            self.setDirection(wanted)  # also makes the groups take up the spacers' change
        super().setGeometry(rect)


class ButtonRow(QWidget):
    """``first`` at the left, ``second`` at the right; ``second`` goes under ``first``
    when the width is too small for both, so no button is ever cut off."""

    def __init__(
        self,
        first: Sequence[QPushButton],
        second: Sequence[QPushButton],
        parent: QWidget | None = None,
        spacing: int = 8,
    ) -> None:
        super().__init__(parent)
        left, right = QHBoxLayout(), QHBoxLayout()
        for group, buttons in ((left, first), (right, second)):
            group.setSpacing(spacing)
            for button in buttons:
                group.addWidget(button)
        left.addStretch(1)
        self._box = _Folding(left, right, spacing)
        self.setLayout(self._box)

    def folded(self) -> bool:
        return self._box.direction() == Direction.TopToBottom
