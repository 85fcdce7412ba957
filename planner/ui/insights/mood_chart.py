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
from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, QPointF, QRect, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QCursor, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QToolTip, QWidget

from planner.domain.insights import DayPoint
from planner.services.insights import InsightsData
from planner.ui.insights.chart_key import BAND_ALPHA, DAILY_ALPHA, checkup_mark
from planner.ui.kit.formatting import number
from planner.ui.kit.journal_words import short_date_year
from planner.ui.kit.theme import colors

#: Spans up to this long label their dates by day; longer ones by month.
DAY_LABELS_UP_TO = timedelta(days=120)
#: Roughly one date label per this many pixels of plot width.
PIXELS_PER_DATE_LABEL = 120
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
        self.setAccessibleName(self.tr("Chart of mood and worry"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Reachable with Tab so a screen reader can read the description out.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(260)

        self.mood_daily = QScatterSeries()
        self.mood_daily.setName(self.tr("Mood each day"))
        self.worry_daily = QScatterSeries()
        self.worry_daily.setName(self.tr("Worry each day"))
        self.worry_daily.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.mood_average = QLineSeries()
        self.mood_average.setName(self.tr("Mood, 7-day average"))
        self.worry_average = QLineSeries()
        self.worry_average.setName(self.tr("Worry, 7-day average"))

        self.x_axis = QDateTimeAxis()
        # Both scales get the same small room past their ends, so the dots at 1 and 5
        # (0 and 10) are not cut in half by the plot's edge and the two scales line up.
        self.mood_axis = _scale(1, 5, 1)
        self.mood_axis.setTitleText(self.tr("Mood (1 to 5)"))
        self.worry_axis = _scale(0, 10, 2)
        self.worry_axis.setTitleText(self.tr("Worry (0 to 10)"))
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
        self.x_axis.setFormat(
            self.tr("MMM yyyy", "date axis pattern: Dec 2026")
            if long_span
            else self.tr("d MMM", "date axis pattern: 3 Dec")
        )
        self._fill(line, self.mood_daily, self.worry_daily, data.points)
        self._fill(line, self.mood_average, self.worry_average, data.averages)
        self._checkups = [line.x(at) for at in data.checkups]
        self._waiting = [(line.x(a), line.x(b)) for a, b in data.waiting]
        self.setAccessibleDescription(self.describe(data))
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

    def describe(self, data: InsightsData) -> str:
        """The chart in words, for screen readers."""
        first, last = short_date_year(data.first), short_date_year(data.last)
        if data.empty or data.mood is None or data.worry is None:
            return self.tr(
                "No check-ins from {first} to {last}, so there is nothing to draw."
            ).format(first=first, last=last)
        if data.count == 1:
            span = self.tr("Mood and worry from {first} to {last}, 1 check-in.")
        else:
            span = self.tr("Mood and worry from {first} to {last}, %Ln check-ins.", "", data.count)
        words = [
            span.format(first=first, last=last),
            self.tr("Average mood {mood} of 5, worry {worry} of 10.").format(
                mood=number(data.mood), worry=number(data.worry)
            ),
        ]
        latest = data.latest_average
        if latest is not None:
            words.append(
                self.tr("Latest 7-day average: mood {mood} of 5, worry {worry} of 10.").format(
                    mood=number(latest.mood), worry=number(latest.worry)
                )
            )
        marked = len(data.checkups)
        if marked == 1:
            words.append(self.tr("1 checkup marked."))
        elif marked:
            words.append(self.tr("%n checkups marked.", "", marked))
        return self.tr(" ", "between sentences").join(words)

    def hover_text(self, x: float) -> str:
        """The 7-day averages nearest to ``x``, for the tooltip over the average lines."""
        if self._line is None or not self._averages:
            return ""
        day = self._line.day_at(x)
        near = min(self._averages, key=lambda p: abs((p.day - day).days))
        return self.tr("{day}, 7-day average: mood {mood} of 5, worry {worry} of 10").format(
            day=short_date_year(near.day), mood=number(near.mood), worry=number(near.worry)
        )

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
            checkup_mark(painter, marker, x_of(ms), plot.top(), plot.bottom())

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
