"""The chart's marks (a checkup's line, faint single days, the waiting band) and the key
below the chart that explains them; the key wraps into fewer columns with large text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from planner.ui.kit.theme import colors

#: How strongly the single days and the waiting spans are drawn (the averages are solid).
DAILY_ALPHA = 0.35
BAND_ALPHA = 0.18


def checkup_mark(painter: QPainter, color: QColor, x: float, top: float, bottom: float) -> None:
    """A thin line down the plot with a small pointer on top, so it is not read as grid."""
    painter.setPen(QPen(color, 1.25))
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(
        QPolygonF([QPointF(x - 4.5, top), QPointF(x + 4.5, top), QPointF(x, top + 6)])
    )


def _swatch(kind: str, color: QColor, height: int, ratio: float) -> QPixmap:
    """A small drawing of one kind of mark in the chart, for the key."""
    width = height * 2
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    mid = height / 2
    if kind == "checkup":
        checkup_mark(painter, color, width / 2, 0, height)
    elif kind in ("line", "dashed"):
        pen = QPen(color, 2.5)
        if kind == "dashed":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(2, mid), QPointF(width - 2, mid))
    elif kind == "band":
        painter.fillRect(QRectF(4, 1, width - 8, height - 2), color)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        size = min(8.0, height - 2.0)
        box = QRectF(width / 2 - size / 2, mid - size / 2, size, size)
        if kind == "dot":
            painter.drawEllipse(box)
        else:
            painter.drawRect(box)
    painter.end()
    return pixmap


class ChartKey(QWidget):
    """What each mark in the chart means: three columns, or fewer when text is large."""

    #: In pairs (mood and worry, then checkups and waiting), so that any column count
    #: keeps each pair together.
    ENTRIES = (
        ("line", "accent", 1.0, QT_TRANSLATE_NOOP("ChartKey", "Mood, 7-day average")),
        ("dashed", "missed", 1.0, QT_TRANSLATE_NOOP("ChartKey", "Worry, 7-day average")),
        ("dot", "accent", DAILY_ALPHA, QT_TRANSLATE_NOOP("ChartKey", "Mood each day")),
        ("square", "missed", DAILY_ALPHA, QT_TRANSLATE_NOOP("ChartKey", "Worry each day")),
        ("checkup", "muted", 1.0, QT_TRANSLATE_NOOP("ChartKey", "Checkup")),
        ("band", "partial", BAND_ALPHA, QT_TRANSLATE_NOOP("ChartKey", "Waiting for results")),
    )
    SPACING = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChartKey")
        self.setAccessibleName(self.tr("Chart key"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(self.SPACING)
        self._grid.setVerticalSpacing(4)
        self._swatches: list[QLabel] = []
        self.entries: list[QWidget] = []
        for _kind, _color, _alpha, text in self.ENTRIES:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            swatch = QLabel()
            label = QLabel(QCoreApplication.translate("ChartKey", text))
            label.setProperty("role", "muted")
            row.addWidget(swatch)
            row.addWidget(label)
            row.addStretch(1)
            self._swatches.append(swatch)
            self.entries.append(entry)
        self.columns = 0
        self._place(3)
        self._paint()

    def _widest(self) -> int:
        return max(entry.sizeHint().width() for entry in self.entries)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # One column is enough: the key folds into fewer columns rather than widen the page.
        return QSize(self._widest(), super().minimumSizeHint().height())

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for entry in self.entries:
            self._grid.removeWidget(entry)
        for index, entry in enumerate(self.entries):
            if columns == 3:
                row, column = index % 2, index // 2
            else:
                row, column = divmod(index, columns)
            self._grid.addWidget(entry, row, column)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        widest = self._widest() + self.SPACING
        self._place(max(1, min(3, (self.width() + self.SPACING) // widest)))

    def _paint(self) -> None:
        c = colors(self.palette())
        height = max(12, self.fontMetrics().height() - 2)
        ratio = self.devicePixelRatioF()
        for swatch, (kind, name, alpha, _text) in zip(self._swatches, self.ENTRIES, strict=True):
            color = QColor(c[name])
            color.setAlphaF(alpha)
            swatch.setPixmap(_swatch(kind, color, height, ratio))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._paint()
        super().changeEvent(event)
