"""The journal timeline as a Qt list model that reads check-ins page by page as they are
scrolled into view, with a heading row for each period between checkups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

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
        return Heading(period_heading(period, count), average_summary(mood, worry))

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


class JournalDelegate(QStyledItemDelegate):
    """Paints heading rows and check-in rows (date, mood, worry, details, note, tags)."""

    PAD = 12

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        big = QFont(bold)
        big.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else 12)
        return base, bold, big

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> object:  # noqa: N802
        from PySide6.QtCore import QSize

        base, _bold, big = self._fonts(option)
        line = QFontMetrics(base).lineSpacing()
        heading = index.data(HEADING_ROLE)
        if isinstance(heading, Heading):
            return QSize(200, QFontMetrics(big).lineSpacing() + line + 2 * self.PAD + 8)
        entry = index.data(ENTRY_ROLE)
        lines = 1 + bool(entry_details(entry)) + bool(entry.note) + bool(entry.tags)
        return QSize(200, lines * line + (lines - 1) * 3 + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        c = colors(option.palette)
        base, bold, big = self._fonts(option)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        heading = index.data(HEADING_ROLE)
        if isinstance(heading, Heading):
            rect = rect.adjusted(0, 8, 0, 0)
            painter.setFont(big)
            painter.setPen(QColor(c["accent"]))
            metrics = QFontMetrics(big)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(heading.title, Qt.TextElideMode.ElideRight, rect.width()),
            )
            painter.setFont(base)
            painter.setPen(QColor(c["muted"]))
            painter.drawText(
                rect.adjusted(0, metrics.lineSpacing(), 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                heading.summary,
            )
            painter.restore()
            return
        entry: JournalEntry = index.data(ENTRY_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = QColor(c["accent_soft"] if selected else c["card"])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(c["accent"] if selected else c["border"]))
        painter.setBrush(background)
        painter.drawRoundedRect(option.rect.adjusted(2, 2, -2, -2), 10, 10)
        line = QFontMetrics(base).lineSpacing()
        top = rect.top()
        when = local_time(entry)
        painter.setFont(bold)
        painter.setPen(QColor(c["text"]))
        painter.drawText(
            rect.left(),
            top,
            rect.width(),
            line,
            Qt.AlignmentFlag.AlignLeft,
            self.tr("{day}, {time}").format(day=short_day_year(when.date()), time=clock(when)),
        )
        scores = self.tr("Mood: {mood}   ·   Worry {worry} of 10").format(
            mood=mood_label(entry.mood), worry=entry.worry
        )
        painter.drawText(rect.left(), top, rect.width(), line, Qt.AlignmentFlag.AlignRight, scores)
        top += line + 3
        metrics = QFontMetrics(base)
        painter.setFont(base)
        details = entry_details(entry)
        if details:
            painter.setPen(QColor(c["muted"]))
            painter.drawText(
                rect.left(), top, rect.width(), line, Qt.AlignmentFlag.AlignLeft, details
            )
            top += line + 3
        if entry.note:
            painter.setPen(QColor(c["text"]))
            first = " ".join(entry.note.split())
            painter.drawText(
                rect.left(),
                top,
                rect.width(),
                line,
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()),
            )
            top += line + 3
        if entry.tags:
            painter.setPen(QColor(c["accent"]))
            tags = "   ".join(f"#{t}" for t in entry.tags)
            painter.drawText(
                rect.left(),
                top,
                rect.width(),
                line,
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(tags, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()
