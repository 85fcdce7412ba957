"""The visit summary's chart of weekly mean mood and worry, and the summary's dates,
numbers and coded values (moods, kinds of checkup) as the locale writes them. The chart
is drawn with QPainter lines, points and text inside the document, so a PDF holds it as
vectors, not as a picture.

The chart is a custom text object (``QPyTextObject``: PySide's stand-in for a QObject
that implements ``QTextObjectInterface``). Its size is worked out from the document's
font, so it is the same shape on paper and in the preview. No QPixmap or widget is
touched: it is drawn on worker threads too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
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

from planner.domain.journal import CheckupKind, Mood
from planner.domain.visit_summary import WeekMeans

#: The chart's object type in the document (any number above ``UserObject``).
CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 12
#: Which of the chart's two panels an object is: 0 mood, 1 worry.
CHART_PANEL = int(QTextFormat.Property.UserProperty.value) + 12
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
#: Up to this many weeks the summary's table shows each week; beyond, each month.
WEEKLY_TABLE_LIMIT = 16


class WeeklyChart(QPyTextObject):
    """Draws the weekly means given at construction wherever the document shows the chart:
    one panel (mood's or worry's, with the weeks' dates under it) for each object."""

    def __init__(self, weeks: Sequence[WeekMeans], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.weeks = tuple(weeks)

    # --- QTextObjectInterface ---------------------------------------------------

    def intrinsicSize(  # noqa: N802 - Qt's name
        self, doc: QTextDocument, _pos: int, fmt: QTextFormat
    ) -> QSizeF:
        """As wide as the text, as tall as the panel with its title and dates."""
        line = self._metrics(doc, 1.0).lineSpacing()
        width = max(doc.textWidth() - 2 * doc.documentMargin(), 20 * line) - 2
        title = self._titles()[fmt.intProperty(CHART_PANEL)]
        return QSizeF(width, self._title_height(doc, width, title) + line * (PANEL_LINES + 1.9))

    def drawObject(  # noqa: N802 - Qt's name
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        _pos: int,
        fmt: QTextFormat,
    ) -> None:
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw(painter, QRectF(rect), doc, fmt.intProperty(CHART_PANEL))
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
                "VisitSummary", "Mood: weekly average (1 = awful, 5 = great). Higher is better."
            ),
            QCoreApplication.translate(
                "VisitSummary",
                "Worry about cancer coming back: weekly average (0 = none, 10 = most). "
                "Lower is better.",
            ),
        )

    def _draw(self, painter: QPainter, rect: QRectF, doc: QTextDocument, panel: int) -> None:
        small = self._font(doc, 0.82)
        fm = QFontMetricsF(small, painter.device())
        line = self._metrics(doc, 1.0).lineSpacing()
        axis_w = fm.horizontalAdvance("10") + fm.horizontalAdvance("M")
        left = rect.left() + axis_w
        width = rect.width() - axis_w - fm.horizontalAdvance("M") * 0.5
        text = self._titles()[panel]
        ticks: tuple[int, ...] = (1, 2, 3, 4, 5) if panel == 0 else (0, 5, 10)
        values = [w.mood if panel == 0 else w.worry for w in self.weeks]
        color, scale = (MOOD_COLOR, (1, 5)) if panel == 0 else (WORRY_COLOR, (0, 10))
        style = Qt.PenStyle.SolidLine if panel == 0 else Qt.PenStyle.DashLine
        painter.setFont(self._font(doc, TITLE_SCALE, bold=True))
        painter.setPen(QColor(color))
        high = self._title_height(doc, rect.width(), text)
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), high), wrap, text)
        plot = QRectF(left, rect.top() + high + line * 0.4, width, line * PANEL_LINES)
        painter.setFont(small)
        self._axes(painter, plot, scale, ticks, fm)
        self._series(painter, plot, scale, values, QColor(color), style, line)
        self._dates(painter, QRectF(left, plot.bottom() + line * 0.3, width, line * 1.2), fm)

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


def mood_word(mood: int) -> str:
    """ "Bad": the app's own word for a mood (as on the check-in form)."""
    words: dict[int, str] = {
        Mood.AWFUL: QCoreApplication.translate("VisitSummary", "Awful", "mood"),
        Mood.BAD: QCoreApplication.translate("VisitSummary", "Bad", "mood"),
        Mood.OKAY: QCoreApplication.translate("VisitSummary", "Okay", "mood"),
        Mood.GOOD: QCoreApplication.translate("VisitSummary", "Good", "mood"),
        Mood.GREAT: QCoreApplication.translate("VisitSummary", "Great", "mood"),
    }
    return words.get(mood, whole(mood))


def kind_word(kind: CheckupKind) -> str:
    """ "blood test", inside a sentence ("Last checkup: 2 Sep 2026 (blood test).")."""
    words = {
        CheckupKind.ONCOLOGIST: QCoreApplication.translate("VisitSummary", "oncologist visit"),
        CheckupKind.BLOOD_TEST: QCoreApplication.translate("VisitSummary", "blood test"),
        CheckupKind.SCAN: QCoreApplication.translate("VisitSummary", "scan or imaging"),
    }
    return words.get(kind) or QCoreApplication.translate("VisitSummary", "other checkup")


def month_name(day: date) -> str:
    """ "Sep 2026", for the table of months."""
    pattern = QCoreApplication.translate("VisitSummary", "MMM yyyy", "month in a table: Sep 2026")
    return QLocale().toString(QDate(day.year, day.month, 1), pattern)


@dataclass(frozen=True)
class TableColumn:
    """One column of the table under the chart: a week or a month, and its means."""

    label: str
    mood: float | None
    worry: float | None
    checkins: int


def table_columns(weeks: Sequence[WeekMeans]) -> tuple[bool, tuple[TableColumn, ...]]:
    """(by month?, the columns): each week up to ``WEEKLY_TABLE_LIMIT`` weeks, else each
    month, a week counted in the month it starts in (means weighted by its check-ins, so
    they are the means of the month's check-ins)."""
    if len(weeks) <= WEEKLY_TABLE_LIMIT:
        return False, tuple(
            TableColumn(short_day(w.start), w.mood, w.worry, w.checkins) for w in weeks
        )
    months: dict[tuple[int, int], list[WeekMeans]] = {}
    for week in weeks:
        months.setdefault((week.start.year, week.start.month), []).append(week)
    columns = []
    for (year, month), got in months.items():
        count = sum(w.checkins for w in got)
        mood = sum((w.mood or 0.0) * w.checkins for w in got) / count if count else None
        worry = sum((w.worry or 0.0) * w.checkins for w in got) / count if count else None
        columns.append(TableColumn(month_name(date(year, month, 1)), mood, worry, count))
    return True, tuple(columns)


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
            "Energy: {energy} of 10 on average (0 = none, 10 = plenty; from %n check-ins).",
            "",
            rated,
        )


def insert_chart(cursor: QTextCursor) -> None:
    """Put the chart at ``cursor``: mood's panel, and worry's in a paragraph of its own (a
    page can end between them); ``register_chart`` gives the document their drawing."""
    for panel in (0, 1):
        if panel:
            cursor.insertBlock()
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_PANEL, panel)
        cursor.insertText("\ufffc", fmt)


def register_chart(doc: QTextDocument, weeks: Sequence[WeekMeans]) -> WeeklyChart:
    """Make the chart for ``weeks`` the document's handler (a child of it, moved with it)."""
    chart = WeeklyChart(weeks, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, chart)
    return chart
