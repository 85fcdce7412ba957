"""A month grid that marks each day done, partly done, skipped or missed."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.history import DayMark
from planner.ui.kit.formatting import day_month, month_year
from planner.ui.kit.theme import colors, scaled_font, set_icon
from planner.ui.kit.words import weekday_name


def mark_label(mark: DayMark) -> str:
    """A mark on its own (tooltip, legend): "Partly done"; empty for days without one."""
    labels = {
        DayMark.DONE: QCoreApplication.translate("MonthCalendar", "Done"),
        DayMark.PARTIAL: QCoreApplication.translate("MonthCalendar", "Partly done"),
        DayMark.SKIPPED: QCoreApplication.translate("MonthCalendar", "Skipped"),
        DayMark.MISSED: QCoreApplication.translate("MonthCalendar", "Missed"),
        DayMark.PENDING: QCoreApplication.translate("MonthCalendar", "Still open"),
        DayMark.NOT_DUE: QCoreApplication.translate("MonthCalendar", "Not due"),
    }
    return labels.get(mark, "")


def day_name(day: date, mark: DayMark) -> str:
    """A day cell's name for screen readers: "3 November: partly done", or "3"."""
    texts = {
        DayMark.DONE: QCoreApplication.translate("MonthCalendar", "{day}: done"),
        DayMark.PARTIAL: QCoreApplication.translate("MonthCalendar", "{day}: partly done"),
        DayMark.SKIPPED: QCoreApplication.translate("MonthCalendar", "{day}: skipped"),
        DayMark.MISSED: QCoreApplication.translate("MonthCalendar", "{day}: missed"),
        DayMark.PENDING: QCoreApplication.translate("MonthCalendar", "{day}: still open"),
        DayMark.NOT_DUE: QCoreApplication.translate("MonthCalendar", "{day}: not due"),
    }
    text = texts.get(mark)
    return text.format(day=day_month(day)) if text else str(day.day)


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
        self.prev_button.setAccessibleName(self.tr("Previous month"))
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.title = QLabel()
        self.title.setObjectName("MonthTitle")
        self.title.setFont(scaled_font(self.title, 1.15, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton()
        set_icon(self.next_button, "next")
        self.next_button.setObjectName("NextMonth")
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.step(1))
        bar.addWidget(self.prev_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next_button)
        outer.addLayout(bar)

        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        for col in range(7):
            head = QLabel(weekday_name(col))
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

    def show_month(
        self,
        year: int,
        month: int,
        marks: dict[date, DayMark],
        today: date,
        notes: dict[date, str] | None = None,
    ) -> None:
        """Show a month; ``notes`` are the person's words for a day (a skip's reason),
        added to that day's tooltip and name."""
        self.year, self.month = year, month
        notes = notes or {}
        self.title.setText(month_year(year, month))
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
            note = notes.get(day)
            name, tip = day_name(day, mark), mark_label(mark)
            if note:
                with_note = QCoreApplication.translate("MonthCalendar", "{mark}: {note}")
                name, tip = (with_note.format(mark=text, note=note) for text in (name, tip))
            cell.setAccessibleName(name)
            cell.setToolTip(tip)
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
            text = QLabel(mark_label(mark))
            text.setProperty("role", "muted")
            row.addWidget(text)
        row.addStretch(1)
