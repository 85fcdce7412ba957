"""A month grid that marks each day done, partly done, skipped or missed."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.history import DayMark
from planner.domain.model import WEEKDAY_LABELS
from planner.ui.kit.theme import colors, scaled_font, set_icon

MARK_WORDS = {
    DayMark.DONE: "done",
    DayMark.PARTIAL: "partly done",
    DayMark.SKIPPED: "skipped",
    DayMark.MISSED: "missed",
    DayMark.PENDING: "due today",
    DayMark.NOT_DUE: "not due",
    DayMark.FUTURE: "",
    DayMark.BEFORE_START: "",
}


def mark_style(mark: DayMark) -> str:
    """The style sheet of one day cell; colour is never the only signal (see the legend)."""
    c = colors()
    if mark is DayMark.DONE:
        return f"background: {c['accent']}; color: {c['on_accent']}; font-weight: 600;"
    if mark is DayMark.PARTIAL:
        return f"border: 3px solid {c['partial']}; color: {c['text']}; font-weight: 600;"
    if mark is DayMark.SKIPPED:
        return f"border: 2px dashed {c['skipped']}; color: {c['muted']};"
    if mark is DayMark.MISSED:
        return f"border: 2px solid {c['missed']}; color: {c['missed']};"
    if mark is DayMark.PENDING:
        return f"border: 2px solid {c['accent']}; color: {c['accent']}; font-weight: 600;"
    return f"color: {c['muted']};"


class MonthCalendar(QWidget):
    """Shows one month of marks, with buttons for the months before and after.

    Signals:
        month_changed(int, int): the year and month now asked for.
    """

    month_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MonthCalendar")
        self.year = 2000
        self.month = 1
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.prev_button = QPushButton()
        set_icon(self.prev_button, "prev")
        self.prev_button.setObjectName("PrevMonth")
        self.prev_button.setAccessibleName("Previous month")
        self.prev_button.setToolTip("Previous month")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.title = QLabel()
        self.title.setObjectName("MonthTitle")
        self.title.setFont(scaled_font(self.title, 1.15, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton()
        set_icon(self.next_button, "next")
        self.next_button.setObjectName("NextMonth")
        self.next_button.setAccessibleName("Next month")
        self.next_button.setToolTip("Next month")
        self.next_button.clicked.connect(lambda: self.step(1))
        bar.addWidget(self.prev_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next_button)
        outer.addLayout(bar)

        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        for col, label in enumerate(WEEKDAY_LABELS):
            head = QLabel(label)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setProperty("role", "muted")
            self.grid.addWidget(head, 0, col)
        self.cells: list[QLabel] = []
        for i in range(42):
            cell = QLabel()
            cell.setObjectName("DayCell")
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setMinimumSize(
                self.fontMetrics().height() * 2 + 6, self.fontMetrics().height() * 2
            )
            self.grid.addWidget(cell, 1 + i // 7, i % 7)
            self.cells.append(cell)
        outer.addLayout(self.grid)

    def step(self, months: int) -> None:
        index = self.year * 12 + (self.month - 1) + months
        self.month_changed.emit(index // 12, index % 12 + 1)

    def show_month(self, year: int, month: int, marks: dict[date, DayMark], today: date) -> None:
        self.year, self.month = year, month
        self.title.setText(date(year, month, 1).strftime("%B %Y"))
        self.next_button.setEnabled((year, month) < (today.year, today.month))
        offset, days = calendar.monthrange(year, month)
        for i, cell in enumerate(self.cells):
            n = i - offset + 1
            if not 1 <= n <= days:
                cell.setText("")
                cell.setAccessibleName("")
                cell.setStyleSheet("")
                cell.setProperty("mark", "")
                continue
            day = date(year, month, n)
            mark = marks.get(day, DayMark.FUTURE)
            cell.setText(str(n))
            cell.setProperty("mark", mark.value)
            words = MARK_WORDS[mark]
            cell.setAccessibleName(f"{day.strftime('%-d %B')}: {words}" if words else str(n))
            cell.setToolTip(words.capitalize())
            cell.setStyleSheet(mark_style(mark))

    def mark_of(self, day: date) -> str:
        """The mark shown for ``day`` in the current month (for tests and screen readers)."""
        offset, _ = calendar.monthrange(self.year, self.month)
        return str(self.cells[offset + day.day - 1].property("mark"))


class Legend(QWidget):
    """Explains the calendar's marks in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(14)
        for mark in (DayMark.DONE, DayMark.PARTIAL, DayMark.SKIPPED, DayMark.MISSED):
            swatch = QLabel()
            swatch.setObjectName("DayCell")
            swatch.setFixedSize(self.fontMetrics().height(), self.fontMetrics().height())
            swatch.setStyleSheet(mark_style(mark) + "border-radius: 5px;")
            row.addWidget(swatch)
            text = QLabel(MARK_WORDS[mark].capitalize())
            text.setProperty("role", "muted")
            row.addWidget(text)
        row.addStretch(1)
