"""The Insights chart: mood and worry over time, with checkups and waiting spans behind them.

Checkup markers and waiting-for-results spans are painted straight onto the plot
background (one pass, however many checkups), not added as chart series.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QMargins,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QCursor, QPainter, QPen, QPixmap, QPolygonF, QWheelEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QToolTip, QWidget

from planner.domain.insights import DayPoint
from planner.domain.journal import count_text, short_date
from planner.services.insights import InsightsData
from planner.ui.kit.theme import colors

#: Spans up to this long label their dates by day; longer ones by month.
DAY_LABELS_UP_TO = timedelta(days=120)
#: Roughly one date label per this many pixels of plot width.
PIXELS_PER_DATE_LABEL = 120
#: How strongly the single days and the waiting spans are drawn (the averages are solid).
DAILY_ALPHA = 0.35
BAND_ALPHA = 0.18
#: The chart spans at least a week, so a single check-in still has room around it.
MIN_SPAN_DAYS = 7
#: Room past each end of the mood and worry scales, as a share of the scale.
SCALE_ROOM = 0.05


class _Timeline:
    """Turns wall-clock times into the chart's x values (milliseconds, as its date axis
    reads them in local time).

    Only the first midnight goes through QDateTime (slow: it looks up the zone); the rest
    are counted from it, which is at most a daylight-saving hour off: less than a pixel.
    """

    def __init__(self, first: date) -> None:
        self.origin = datetime.combine(first, time(0))
        stamp = QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0))
        self.origin_ms = float(stamp.toMSecsSinceEpoch())

    def x(self, moment: datetime) -> float:
        return self.origin_ms + (moment - self.origin).total_seconds() * 1000

    def noon(self, day: date) -> float:
        return self.origin_ms + ((day - self.origin.date()).days * 24 + 12) * 3_600_000

    def day_at(self, x: float) -> date:
        return self.origin.date() + timedelta(days=(x - self.origin_ms) // 86_400_000)


def _scale(low: int, high: int, step: int) -> QValueAxis:
    """A value axis labelled low..high every ``step``, with a little room past both ends."""
    axis = QValueAxis()
    room = (high - low) * SCALE_ROOM
    axis.setRange(low - room, high + room)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def long_date(day: date) -> str:
    """ "3 Jan 2025", for sentences that may cross years."""
    return f"{short_date(day)} {day.year}"


def describe(data: InsightsData) -> str:
    """The chart in words, for screen readers."""
    if data.empty:
        return (
            f"No check-ins from {long_date(data.first)} to {long_date(data.last)}, "
            "so there is nothing to draw."
        )
    assert data.mood is not None
    assert data.worry is not None
    words = [
        f"Mood and worry from {long_date(data.first)} to {long_date(data.last)}, "
        f"{count_text(data.count)}.",
        f"Average mood {data.mood:.1f} of 5, worry {data.worry:.1f} of 10.",
    ]
    latest = data.latest_average
    if latest is not None:
        words.append(f"Latest 7-day average: mood {latest.mood:.1f}, worry {latest.worry:.1f}.")
    if data.checkups:
        words.append(
            f"{len(data.checkups)} checkup{'s' if len(data.checkups) != 1 else ''} marked."
        )
    return " ".join(words)


class MoodChart(QChartView):
    """Mood (1–5, left) and worry (0–10, right) over dates: faint days, bold 7-day averages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setVisible(False)  # ChartKey below the chart wraps; the legend would not
        chart.setMargins(QMargins(2, 6, 2, 2))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        super().__init__(chart, parent)
        self.setObjectName("MoodChart")
        self.setAccessibleName("Chart of mood and worry")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Reachable with Tab so a screen reader can read the description out.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(260)

        self.mood_daily = QScatterSeries()
        self.mood_daily.setName("Mood each day")
        self.worry_daily = QScatterSeries()
        self.worry_daily.setName("Worry each day")
        self.worry_daily.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.mood_average = QLineSeries()
        self.mood_average.setName("Mood, 7-day average")
        self.worry_average = QLineSeries()
        self.worry_average.setName("Worry, 7-day average")

        self.x_axis = QDateTimeAxis()
        # Both scales get the same small room past their ends, so the dots at 1 and 5
        # (0 and 10) are not cut in half by the plot's edge and the two scales line up.
        self.mood_axis = _scale(1, 5, 1)
        self.mood_axis.setTitleText("Mood (1 to 5)")
        self.worry_axis = _scale(0, 10, 2)
        self.worry_axis.setTitleText("Worry (0 to 10)")
        self.worry_axis.setGridLineVisible(False)  # the mood grid is enough; two would clash
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.mood_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.worry_axis, Qt.AlignmentFlag.AlignRight)
        for series, y_axis in (
            (self.mood_daily, self.mood_axis),
            (self.worry_daily, self.worry_axis),
            (self.mood_average, self.mood_axis),
            (self.worry_average, self.worry_axis),
        ):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(y_axis)

        self._span: tuple[float, float] | None = None
        self._checkups: list[float] = []
        self._waiting: list[tuple[float, float]] = []
        self._line: _Timeline | None = None
        self._averages: tuple[DayPoint, ...] = ()
        for series in (self.mood_average, self.worry_average):
            series.hovered.connect(self._hovered)
        self._colors = colors(self.palette())
        chart.plotAreaChanged.connect(self._plot_moved)
        self._apply_look()

    # --- Data ----------------------------------------------------------------

    def show_data(self, data: InsightsData) -> None:
        """Draw one range's data; the axis spans the whole range even where it is empty."""
        line = _Timeline(min(data.first, data.last - timedelta(days=MIN_SPAN_DAYS - 1)))
        start, end = line.origin_ms, line.x(datetime.combine(data.last, time(23, 59)))
        self._span = (start, end)
        self._line, self._averages = line, data.averages
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end))
        )
        long_span = data.last - data.first > DAY_LABELS_UP_TO
        self.x_axis.setFormat("MMM yyyy" if long_span else "d MMM")
        self._fill(line, self.mood_daily, self.worry_daily, data.points)
        self._fill(line, self.mood_average, self.worry_average, data.averages)
        self._checkups = [line.x(at) for at in data.checkups]
        self._waiting = [(line.x(a), line.x(b)) for a, b in data.waiting]
        self.setAccessibleDescription(describe(data))
        self._fit_date_labels()
        self.viewport().update()

    @staticmethod
    def _fill(
        line: _Timeline, mood: QXYSeries, worry: QXYSeries, points: Iterable[DayPoint]
    ) -> None:
        mood_points, worry_points = [], []
        for p in points:
            x = line.noon(p.day)
            mood_points.append(QPointF(x, p.mood))
            worry_points.append(QPointF(x, p.worry))
        mood.replace(mood_points)
        worry.replace(worry_points)

    def hover_text(self, x: float) -> str:
        """The 7-day averages nearest to ``x``, for the tooltip over the average lines."""
        if self._line is None or not self._averages:
            return ""
        day = self._line.day_at(x)
        near = min(self._averages, key=lambda p: abs((p.day - day).days))
        return f"{long_date(near.day)}, 7-day average: mood {near.mood:.1f}, worry {near.worry:.1f}"

    def _hovered(self, point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.hover_text(point.x()), self)
        else:
            QToolTip.hideText()

    # --- Look ------------------------------------------------------------------

    def _apply_look(self) -> None:
        c = self._colors = colors(self.palette())
        mood, worry = QColor(c["accent"]), QColor(c["missed"])
        for series, color in ((self.mood_daily, mood), (self.worry_daily, worry)):
            faint = QColor(color)
            faint.setAlphaF(DAILY_ALPHA)
            series.setColor(faint)
            series.setBorderColor(Qt.GlobalColor.transparent)
            series.setMarkerSize(6)
        self.mood_average.setPen(QPen(mood, 2.5))
        worry_pen = QPen(worry, 2.5)
        worry_pen.setStyle(Qt.PenStyle.DashLine)  # told apart without relying on colour
        self.worry_average.setPen(worry_pen)
        font = self.font()
        for axis in (self.x_axis, self.mood_axis, self.worry_axis):
            axis.setLabelsFont(font)
            axis.setTitleFont(font)
            axis.setLabelsColor(QColor(c["muted"]))
            axis.setTitleBrush(QColor(c["text"]))
            axis.setLinePenColor(QColor(c["border"]))
            axis.setGridLineColor(QColor(c["border"]))
        self.mood_axis.setTitleBrush(mood)
        self.worry_axis.setTitleBrush(worry)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_look()
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_date_labels()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        event.ignore()  # nothing to scroll here: let the page scroll

    def _fit_date_labels(self) -> None:
        width = self.chart().plotArea().width() or self.width()
        self.x_axis.setTickCount(max(3, min(8, int(width // PIXELS_PER_DATE_LABEL) + 1)))

    def _plot_moved(self) -> None:
        self.viewport().update()

    # --- Painting --------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        """Waiting spans as shaded bands and checkups as marked lines, behind the data."""
        c = self._colors
        painter.fillRect(rect, QColor(c["card"]))
        if self._span is None:
            return
        plot = self.chart().mapRectToScene(self.chart().plotArea())
        start, end = self._span

        def x_of(ms: float) -> float:
            return plot.left() + (ms - start) / (end - start) * plot.width()

        band = QColor(c["partial"])
        band.setAlphaF(BAND_ALPHA)
        for a, b in self._waiting:
            left = x_of(a)
            painter.fillRect(
                QRectF(left, plot.top(), max(2.0, x_of(b) - left), plot.height()), band
            )
        marker = QColor(c["muted"])
        for ms in self._checkups:
            _checkup_mark(painter, marker, x_of(ms), plot.top(), plot.bottom())

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        if self.hasFocus():
            pen = QPen(QColor(self._colors["accent"]), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.sceneRect().adjusted(1, 1, -1, -1), 8, 8)

    def focusInEvent(self, event: object) -> None:  # noqa: N802
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.viewport().update()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.viewport().update()


def _checkup_mark(painter: QPainter, color: QColor, x: float, top: float, bottom: float) -> None:
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
        _checkup_mark(painter, color, width / 2, 0, height)
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
        ("line", "accent", 1.0, "Mood, 7-day average"),
        ("dashed", "missed", 1.0, "Worry, 7-day average"),
        ("dot", "accent", DAILY_ALPHA, "Mood each day"),
        ("square", "missed", DAILY_ALPHA, "Worry each day"),
        ("checkup", "muted", 1.0, "Checkup"),
        ("band", "partial", BAND_ALPHA, "Waiting for results"),
    )
    SPACING = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChartKey")
        self.setAccessibleName("Chart key")
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
            label = QLabel(text)
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
