"""Draws an item in a list as a bold title over a muted schedule line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.ui.checklist.item_model import ScheduleRole
from planner.ui.kit.theme import colors

_PAD_X = 16
_PAD_Y = 10


class TwoLineDelegate(QStyledItemDelegate):
    """Roomy two-line rows that grow with the system font size."""

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + metrics.leading() + 2 * _PAD_Y + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        c = colors()
        painter.save()
        rect = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c["accent_soft"]))
            painter.drawRoundedRect(rect, 10, 10)
            painter.setBrush(QColor(c["accent"]))
            painter.drawRoundedRect(QRect(rect.left(), rect.top() + 8, 4, rect.height() - 16), 2, 2)
        metrics = QFontMetrics(option.font)
        inner = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        title_font = option.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(c["text"]))
        title = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        title_font.setBold(False)
        painter.setFont(title_font)
        painter.setPen(QColor(c["muted"]))
        detail = metrics.elidedText(
            str(index.data(ScheduleRole) or ""), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, detail)
        painter.restore()
