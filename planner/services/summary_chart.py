"""The visit summary's chart of weekly mean mood and worry, and the summary's dates and
numbers as the locale writes them. The chart is drawn with QPainter lines, points and
text inside the document, so a PDF holds it as vectors, not as a picture.

The chart is a custom text object (``QPyTextObject``: PySide's stand-in for a QObject
that implements ``QTextObjectInterface``). Its size is worked out from the document's
font, so it is the same shape on paper and in the preview. No QPixmap or widget is
touched: it is drawn on worker threads too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from planner.domain.visit_summary import WeekMeans

#: The chart's object type in the document (any number above ``UserObject``).
CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 12
#: Colours chosen for paper: they read in colour and in grey (the lines differ too).
MOOD_COLOR = "#2f7d78"
WORRY_COLOR = "#b8553f"
GRID_COLOR = "#d5dedc"
AXIS_COLOR = "#5b6664"
#: Each panel's plot height, in lines of the document's font.
PANEL_LINES = 4.6
#: The panels' titles, against the document's font.
TITLE_SCALE = 0.9
#: Room between date labels, in widths of "M".
LABEL_GAP = 1.5


class WeeklyChart(QPyTextObject):
    """Draws the weekly means given at construction wherever the document shows the chart."""

    def __init__(self, weeks: Sequence[WeekMeans], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.weeks = tuple(weeks)

    # --- QTextObjectInterface ---------------------------------------------------

    def intrinsicSize(  # noqa: N802 - Qt's name
        self, doc: QTextDocument, _pos: int, _fmt: QTextFormat
    ) -> QSizeF:
        """As wide as the text, as tall as two panels with their titles and dates."""
        line = self._metrics(doc, 1.0).lineSpacing()
        width = max(doc.textWidth() - 2 * doc.documentMargin(), 20 * line) - 2
        titles = sum(self._title_height(doc, width, text) for text in self._titles())
        return QSizeF(width, titles + line * (2 * (PANEL_LINES + 1.3) + 1.0))

    def drawObject(  # noqa: N802 - Qt's name
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        _pos: int,
        _fmt: QTextFormat,
    ) -> None:
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw(painter, QRectF(rect), doc)
        finally:
            painter.restore()

    # --- drawing ----------------------------------------------------------------

    def _font(self, doc: QTextDocument, scale: float, bold: bool = False) -> QFont:
        font = QFont(doc.defaultFont())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        else:
            font.setPixelSize(max(1, round(font.pixelSize() * scale)))
        font.setBold(bold)
        return font

    def _metrics(self, doc: QTextDocument, scale: float, bold: bool = False) -> QFontMetricsF:
        device = doc.documentLayout().paintDevice()
        font = self._font(doc, scale, bold)
        return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)

    def _title_height(self, doc: QTextDocument, width: float, text: str) -> float:
        """A panel's title wraps onto more lines in a narrow preview."""
        box = QRectF(0, 0, width, 1e6)
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return self._metrics(doc, TITLE_SCALE, bold=True).boundingRect(box, wrap, text).height()

    @staticmethod
    def _titles() -> tuple[str, str]:
        return (
            QCoreApplication.translate(
                "VisitSummary", "Mood: weekly average, 1 (awful) to 5 (great). Higher is better."
            ),
            QCoreApplication.translate(
                "VisitSummary",
                "Worry about cancer coming back: weekly average, 0 (none) to 10 (very much). "
                "Lower is better.",
            ),
        )

    def _draw(self, painter: QPainter, rect: QRectF, doc: QTextDocument) -> None:
        small = self._font(doc, 0.82)
        title = self._font(doc, TITLE_SCALE, bold=True)
        painter.setFont(small)
        fm = QFontMetricsF(small, painter.device())
        line = self._metrics(doc, 1.0).lineSpacing()
        axis_w = fm.horizontalAdvance("10") + fm.horizontalAdvance("M")
        plot_h = line * PANEL_LINES
        left = rect.left() + axis_w
        width = rect.width() - axis_w - fm.horizontalAdvance("M") * 0.5
        top = rect.top()
        mood_title, worry_title = self._titles()
        panels = (
            (
                mood_title,
                MOOD_COLOR,
                (1, 5),
                (1, 2, 3, 4, 5),
                [w.mood for w in self.weeks],
                Qt.PenStyle.SolidLine,
            ),
            (
                worry_title,
                WORRY_COLOR,
                (0, 10),
                (0, 5, 10),
                [w.worry for w in self.weeks],
                Qt.PenStyle.DashLine,
            ),
        )
        for text, color, scale, ticks, values, style in panels:
            painter.setFont(title)
            painter.setPen(QColor(color))
            high = self._title_height(doc, rect.width(), text)
            wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            painter.drawText(QRectF(rect.left(), top, rect.width(), high), wrap, text)
            plot = QRectF(left, top + high + line * 0.4, width, plot_h)
            painter.setFont(small)
            self._axes(painter, plot, scale, ticks, fm)
            self._series(painter, plot, scale, values, QColor(color), style, line)
            top = plot.bottom() + line * 0.9
        painter.setFont(small)
        self._dates(painter, QRectF(left, top - line * 0.6, width, line * 1.2), fm)

    def _x(self, plot: QRectF, index: int) -> float:
        step = plot.width() / max(1, len(self.weeks))
        return plot.left() + step * (index + 0.5)

    @staticmethod
    def _y(plot: QRectF, scale: tuple[int, int], value: float) -> float:
        low, high = scale
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    def _axes(
        self,
        painter: QPainter,
        plot: QRectF,
        scale: tuple[int, int],
        ticks: Sequence[int],
        fm: QFontMetricsF,
    ) -> None:
        hair = max(fm.height() / 18, 0.5)
        painter.setPen(QPen(QColor(GRID_COLOR), hair))
        for tick in ticks:
            y = self._y(plot, scale, tick)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(QColor(AXIS_COLOR), hair * 1.4))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        locale = QLocale()
        for tick in ticks:
            y = self._y(plot, scale, tick)
            label = locale.toString(tick)
            box = QRectF(
                plot.left() - fm.horizontalAdvance("M") * 3,
                y - fm.height() / 2,
                fm.horizontalAdvance("M") * 2.6,
                fm.height(),
            )
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label
            )

    def _series(
        self,
        painter: QPainter,
        plot: QRectF,
        scale: tuple[int, int],
        values: Sequence[float | None],
        color: QColor,
        style: Qt.PenStyle,
        line: float,
    ) -> None:
        pen = QPen(color, line / 7)
        pen.setStyle(style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        path = QPainterPath()
        drawing = False  # a week without check-ins breaks the line
        points = []
        for index, value in enumerate(values):
            if value is None:
                drawing = False
                continue
            point = QPointF(self._x(plot, index), self._y(plot, scale, value))
            points.append(point)
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.setPen(QPen(color, line / 12))
        painter.setBrush(color)
        radius = line / 5.5
        for point in points:
            painter.drawEllipse(point, radius, radius)

    def _dates(self, painter: QPainter, band: QRectF, fm: QFontMetricsF) -> None:
        """Each week's first day under the lower panel, as many as fit without touching."""
        if not self.weeks:
            return
        labels = [short_day(w.start) for w in self.weeks]
        widest = max(fm.horizontalAdvance(text) for text in labels)
        step = band.width() / len(self.weeks)
        every = max(1, math.ceil((widest + fm.horizontalAdvance("M") * LABEL_GAP) / step))
        painter.setPen(QColor(AXIS_COLOR))
        for index in range(0, len(self.weeks), every):
            x = band.left() + step * (index + 0.5)
            box = QRectF(x - widest, band.top(), widest * 2, band.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), labels[index])


def format_day(day: date) -> str:
    """ "3 Sep 2026", through the locale (the pattern is translatable)."""
    pattern = QCoreApplication.translate("VisitSummary", "d MMM yyyy", "date: 3 Sep 2026")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def short_day(day: date) -> str:
    """ "3 Sep", for tables and the chart's dates."""
    pattern = QCoreApplication.translate("VisitSummary", "d MMM", "date in a table: 3 Sep")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def period_text(start: date, end: date) -> str:
    """ "3 Sep 2026 to 1 Dec 2026"."""
    return QCoreApplication.translate("VisitSummary", "{start} to {end}").format(
        start=format_day(start), end=format_day(end)
    )


def decimal(value: float | None) -> str:
    """A mean with one decimal and the locale's mark, "3.9"; a dash when there is none."""
    return "–" if value is None else QLocale().toString(float(value), "f", 1)


def whole(value: int) -> str:
    """A whole number as the locale writes it."""
    return QLocale().toString(value)


class SummaryCounts(QObject):
    """The summary's sentences with a count in them: ``self.tr`` with the count, so the
    translation file offers each its plural forms."""

    def period(self, days: int) -> str:
        return self.tr("{period} (%n days). Made on {made}.", "", days)

    def checkins(self, checkins: int) -> str:
        return self.tr("%n check-ins, made on {days} of the {total} days.", "", checkins)

    def per_week(self, times: int) -> str:
        return self.tr("%n times a week", "", times)

    def sleep(self, nights: int) -> str:
        return self.tr("Sleep: {hours} hours a night on average (from %n check-ins).", "", nights)

    def energy(self, rated: int) -> str:
        return self.tr(
            "Energy: {energy} out of 10 on average (higher means more energy; from %n check-ins).",
            "",
            rated,
        )


def insert_chart(cursor: QTextCursor) -> None:
    """Put the chart at ``cursor`` (``register_chart`` gives the document its drawing)."""
    fmt = QTextCharFormat()
    fmt.setObjectType(CHART_OBJECT)
    cursor.insertText("\ufffc", fmt)


def register_chart(doc: QTextDocument, weeks: Sequence[WeekMeans]) -> WeeklyChart:
    """Make the chart for ``weeks`` the document's handler (a child of it, moved with it)."""
    chart = WeeklyChart(weeks, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, chart)
    return chart
