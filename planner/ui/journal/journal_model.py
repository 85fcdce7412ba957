"""The journal timeline as a Qt list model that reads check-ins page by page as they are
scrolled into view, with a heading row for each period between checkups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.domain.journal import JournalEntry, JournalFilter, Period
from planner.services.journal import JournalService
from planner.ui.kit.formatting import clock, short_day_year
from planner.ui.kit.journal_words import (
    average_summary,
    entry_details,
    entry_spoken,
    mood_label,
    period_heading,
)
from planner.ui.kit.theme import colors

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 60

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Heading:
    """A period's heading row: "Since your blood test on 3 Sep — 24 check-ins"."""

    title: str
    summary: str


def local_time(entry: JournalEntry) -> datetime:
    try:
        return entry.at.astimezone(ZoneInfo(entry.zone))
    except (KeyError, ValueError):
        return entry.at


def spoken(entry: JournalEntry) -> str:
    """The row in words, for screen readers and tooltips."""
    return entry_spoken(entry, local_time(entry))


class JournalModel(QAbstractListModel):
    """Check-ins newest first, fetched ``PAGE_SIZE`` at a time; never all at once.

    Without a filter, each period between checkups starts with a ``Heading`` row (its
    numbers come from one aggregate query per period, not from the loaded rows).
    """

    def __init__(self, journal: JournalService) -> None:
        super().__init__()
        self._journal = journal
        self._filter = JournalFilter()
        self._rows: list[JournalEntry | Heading] = []
        self._periods: list[tuple[Period, tuple[int, float | None, float | None]]] = []
        self._period_index = -1
        self._first_day: date | None = None
        self._more = True

    @property
    def filter(self) -> JournalFilter:
        return self._filter

    def reload(self, filter_: JournalFilter | None = None) -> None:
        """Start again from the newest check-in (after a change, or with a new filter)."""
        self.beginResetModel()
        if filter_ is not None:
            self._filter = filter_
        self._rows = []
        self._periods = [] if self._filter.active else self._journal.periods()
        # With no checkup yet, the one heading names the first check-in's day.
        lone = len(self._periods) == 1
        self._first_day = self._journal.first_checkin_day() if lone else None
        self._period_index = -1
        self._more = True
        self.endResetModel()
        self.fetchMore()  # the first page at once; the rest as it is scrolled to

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        last = next((r for r in reversed(self._rows) if isinstance(r, JournalEntry)), None)
        batch = self._journal.page(self._filter, PAGE_SIZE, before=last)
        if len(batch) < PAGE_SIZE:
            self._more = False
        rows: list[JournalEntry | Heading] = []
        for entry in batch:
            heading = self._heading_for(entry)
            if heading is not None:
                rows.append(heading)
            rows.append(entry)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows += rows
            self.endInsertRows()

    def _heading_for(self, entry: JournalEntry) -> Heading | None:
        """The heading to put before ``entry`` when it opens a new (older) period."""
        if not self._periods:
            return None
        index = max(self._period_index, 0)
        # Periods run newest first and so do the entries: the index only moves on.
        while index < len(self._periods) - 1 and not self._periods[index][0].holds(entry.at):
            index += 1
        if index == self._period_index:
            return None
        self._period_index = index
        period, (count, mood, worry) = self._periods[index]
        return Heading(period_heading(period, count, self._first_day), average_summary(mood, worry))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return row if isinstance(row, JournalEntry) else None
        if role == HEADING_ROLE:
            return row if isinstance(row, Heading) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(row, Heading):
                return self.tr("{title}. {summary}").format(title=row.title, summary=row.summary)
            return spoken(row)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(row, JournalEntry) and row.note:
            return row.note[:600]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if isinstance(self.data(index, HEADING_ROLE), Heading):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def entry_at(self, row: int) -> JournalEntry | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, JournalEntry) else None

    def row_of(self, entry_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, JournalEntry) and item.id == entry_id:
                return row
        return None


@dataclass(frozen=True)
class _Line:
    """One line (or wrapped block) of a painted row: where, in which font and colour."""

    top: int
    height: int
    text: str
    font: QFont
    color: str
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    wrap: bool = False


class JournalDelegate(QStyledItemDelegate):
    """Paints heading rows and check-in rows (date, mood, worry, details, note, tags).

    Rows follow the list's width: a heading wraps rather than being cut, and when the
    date and the scores do not fit side by side, the scores go on a line of their own.
    """

    PAD = 12
    GAP = 3
    #: Sizes are remembered per row and width (Qt asks for each row's size again and
    #: again while laying the list out); the memory starts afresh past this many.
    REMEMBERED = 4000

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._sizes: dict[tuple[object, ...], QSize] = {}
        self._font_sets: dict[str, tuple[QFont, QFont, QFont]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        """The row's fonts (plain, bold, heading), made once per font of the list."""
        key = option.font.key()
        fonts = self._font_sets.get(key)
        if fonts is None:
            base = QFont(option.font)
            bold = QFont(base)
            bold.setBold(True)
            big = QFont(bold)
            big.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else 12)
            fonts = self._font_sets[key] = (base, bold, big)
        return fonts

    def _inner_width(self, option: QStyleOptionViewItem, sizing: bool) -> int:
        """The width a row's text has: the row's own when painting; the list's while
        sizing (the option's rect is not the row's then)."""
        width = option.rect.width()
        if sizing or width <= 0:
            # The viewport's width, without asking for the viewport (PySide6 takes about
            # 10 ms the first time it is asked for, on the way to the page's first paint).
            view = self._view
            width = view.maximumViewportSize().width() - 2 * view.spacing()
            bar = view.verticalScrollBar()
            if bar.isVisible():
                width -= bar.width()
        return max(width - 2 * self.PAD, 80)

    def _lines(
        self, option: QStyleOptionViewItem, index: _Index, sizing: bool = False
    ) -> list[_Line]:
        base, bold, big = self._fonts(option)
        width = self._inner_width(option, sizing)
        wrap = Qt.TextFlag.TextWordWrap

        def block(font: QFont, text: str) -> int:
            return QFontMetrics(font).boundingRect(0, 0, width, 10_000, wrap, text).height()

        heading = index.data(HEADING_ROLE)
        if isinstance(heading, Heading):
            top = 8
            # Wrapped between words, never inside "check-ins" (a no-break hyphen).
            title = heading.title.replace("-", "\u2011")
            title_height = block(big, title)
            lines = [_Line(top, title_height, title, big, "accent", wrap=True)]
            if heading.summary:
                top += title_height
                summary = heading.summary
                lines.append(_Line(top, block(base, summary), summary, base, "muted", wrap=True))
            return lines
        entry: JournalEntry = index.data(ENTRY_ROLE)
        line = QFontMetrics(base).lineSpacing()
        bold_metrics = QFontMetrics(bold)
        when = local_time(entry)
        day = self.tr("{day}, {time}").format(day=short_day_year(when.date()), time=clock(when))
        scores = self.tr("Mood: {mood}   ·   Worry {worry} of 10").format(
            mood=mood_label(entry.mood), worry=entry.worry
        )
        lines = [_Line(0, line, day, bold, "text")]
        top = 0
        needed = bold_metrics.horizontalAdvance(day) + bold_metrics.horizontalAdvance(scores)
        side_by_side = needed + 2 * self.PAD <= width
        if side_by_side:
            lines.append(_Line(0, line, scores, bold, "text", Qt.AlignmentFlag.AlignRight))
        else:
            top += line + self.GAP
            lines.append(_Line(top, line, scores, bold, "text"))
        details = entry_details(entry)
        if details:
            top += lines[-1].height + self.GAP
            lines.append(_Line(top, block(base, details), details, base, "muted", wrap=True))
        metrics = QFontMetrics(base)
        elide = Qt.TextElideMode.ElideRight
        # One line each, cut to fit (only when painting: sizing needs just the line).
        for shown, text, color in (
            (entry.note, " ".join(entry.note.split()), "text"),
            (entry.tags, "   ".join(f"#{t}" for t in entry.tags), "accent"),
        ):
            if shown:
                top += lines[-1].height + self.GAP
                fitted = text if sizing else metrics.elidedText(text, elide, width)
                lines.append(_Line(top, line, fitted, base, color))
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        row = index.data(HEADING_ROLE) or index.data(ENTRY_ROLE)  # frozen: hashable
        key = (row, self._inner_width(option, True), option.font.key())
        size = self._sizes.get(key)
        if size is None:
            bottom = max(line.top + line.height for line in self._lines(option, index, True))
            size = QSize(200, bottom + 2 * self.PAD)
            if len(self._sizes) >= self.REMEMBERED:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        c = colors(option.palette)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        if not isinstance(index.data(HEADING_ROLE), Heading):
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor(c["accent"] if selected else c["border"]))
            painter.setBrush(QColor(c["accent_soft"] if selected else c["card"]))
            painter.drawRoundedRect(option.rect.adjusted(2, 2, -2, -2), 10, 10)
        for line in self._lines(option, index):
            painter.setFont(line.font)
            painter.setPen(QColor(c[line.color]))
            flags = line.align | Qt.AlignmentFlag.AlignTop
            if line.wrap:
                flags |= Qt.TextFlag.TextWordWrap
            painter.drawText(
                QRect(rect.left(), rect.top() + line.top, rect.width(), line.height),
                int(flags),
                line.text,
            )
        painter.restore()
