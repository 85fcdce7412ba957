"""The Insights page: mood and worry over time, worry around checkups, and checklist patterns.

This module imports QtCharts, so it is imported the first time the page is opened,
never at start-up.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.domain.insights import Range
from planner.domain.journal import count_text, period_summary
from planner.services.changes import Area
from planner.services.insights import InsightsData, PhaseWorry
from planner.services.journal import JournalService
from planner.ui.insights.mood_chart import ChartKey, MoodChart, long_date
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scaled_font, scrolling_page

DEFAULT_RANGE = Range.DAYS_90
NBSP = "\u00a0"
#: At most this many patterns are listed, the largest differences first.
MOST_PATTERNS = 5
EMPTY_JOURNAL = "Your check-ins will show here. Add one on the Journal page."
EMPTY_RANGE = "There are no check-ins in this time. Choose a longer time to see more."
NO_PATTERNS = (
    "Patterns show up after about two weeks of check-ins on days with and without an item."
)
PATTERNS_NOTE = (
    "These are patterns in what you recorded, not causes. Many things shape how a day feels."
)
PHASES_NOTE = (
    "Your average worry in the two weeks before a checkup, while you wait for results, "
    "and in the two weeks after you get them."
)


def _muted(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class PhaseTile(QFrame):
    """Average worry in one phase around checkups: "5.8 of 10", "from 12 check-ins"."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatCard")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(4)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.0, bold=True))
        self.value = QLabel()
        self.value.setObjectName(name)
        self.value.setFont(scaled_font(self.value, 1.5, bold=True))
        self.detail = _muted("", f"{name}Detail")
        box.addWidget(self.title)
        box.addStretch(1)  # the numbers line up when one title wraps and another does not
        box.addWidget(self.value)
        box.addWidget(self.detail)

    def show_worry(self, phase: PhaseWorry, empty_text: str) -> None:
        if phase.worry is None:
            self.value.setVisible(False)
            self.detail.setText(empty_text)
            self.setAccessibleName(f"{self.title.text()}: {empty_text.lower()}")
            return
        self.value.setVisible(True)
        self.value.setText(f"{phase.worry:.1f} of 10")
        self.detail.setText(f"from {count_text(phase.count)}")
        self.setAccessibleName(
            f"{self.title.text()}: average worry {self.value.text()}, {self.detail.text()}"
        )


class InsightsPage(Page):
    """Shows how mood and worry have gone over a chosen time, and what went with them."""

    # Check-offs feed the patterns; checkups draw the lines and bands.
    areas = (Area.JOURNAL, Area.CHECKUPS, Area.ANSWERS, Area.ITEMS)

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(journal.bus, parent)
        self.setObjectName("InsightsPage")
        self._journal = journal
        self._today: date | None = None
        self.data: InsightsData | None = None

        layout = scrolling_page(self, "Insights", spacing=16)

        row = QHBoxLayout()
        label = QLabel("&Show")
        self.range_box = QComboBox()
        self.range_box.setObjectName("InsightsRange")
        self.range_box.setAccessibleName("Time to show")
        for choice in Range:
            self.range_box.addItem(choice.label, choice)
        self.range_box.setCurrentIndex(list(Range).index(DEFAULT_RANGE))
        label.setBuddy(self.range_box)
        row.addWidget(label)
        row.addWidget(self.range_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.range_box.currentIndexChanged.connect(self._range_chosen)

        chart_box = titled_panel(layout, "Mood and worry", "ChartHeading")
        self.summary = _muted("", "InsightsSummary")
        chart_box.addWidget(self.summary)
        self.empty = QLabel(EMPTY_JOURNAL)
        self.empty.setObjectName("InsightsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setFont(scaled_font(self.empty, 1.1))
        self.empty.setMinimumHeight(self.empty.fontMetrics().height() * 4)
        chart_box.addWidget(self.empty)
        self.chart = MoodChart()
        self.chart.setMinimumHeight(max(300, 16 * self.fontMetrics().height()))
        chart_box.addWidget(self.chart)
        self.key = ChartKey()
        chart_box.addWidget(self.key)

        phases_box = titled_panel(layout, "Worry around checkups", "PhasesHeading")
        phases_box.addWidget(_muted(PHASES_NOTE, "PhasesNote"))
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self.before = PhaseTile("Before a checkup", "WorryBefore")
        self.waiting = PhaseTile("Waiting for results", "WorryWaiting")
        self.after = PhaseTile("After results", "WorryAfter")
        self.tiles = (self.before, self.waiting, self.after)
        for column, tile in enumerate(self.tiles):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)
        phases_box.addLayout(tiles)

        patterns_box = titled_panel(layout, "Patterns", "PatternsHeading")
        self.pattern_lines: list[QLabel] = []
        for index in range(MOST_PATTERNS):
            line = QLabel()
            line.setObjectName(f"Pattern{index + 1}")
            line.setWordWrap(True)
            line.setVisible(False)
            patterns_box.addWidget(line)
            self.pattern_lines.append(line)
        self.patterns_note = _muted(NO_PATTERNS, "PatternsNote")
        patterns_box.addWidget(self.patterns_note)
        layout.addStretch(1)

        self.mark_stale()  # read when first shown, not at start-up

    def choice(self) -> Range:
        return Range(self.range_box.currentData())

    def choose(self, choice: Range) -> None:
        self.range_box.setCurrentIndex(list(Range).index(choice))

    def _range_chosen(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._today = self._journal.today()
        data = self.data = self._journal.insights(self.choice())
        self._show_chart(data)
        empty_tile = "No check-ins in this time" if data.any_entries else "No check-ins yet"
        for tile, phase in zip(self.tiles, data.phases, strict=True):
            tile.show_worry(phase, empty_tile)
        self._show_patterns(data)

    def _show_chart(self, data: InsightsData) -> None:
        has_points = not data.empty
        self.chart.setVisible(has_points)
        self.key.setVisible(has_points)
        self.empty.setVisible(not has_points)
        self.empty.setText(EMPTY_RANGE if data.any_entries else EMPTY_JOURNAL)
        self.summary.setVisible(data.any_entries)
        span = long_date(data.last)
        if data.first != data.last:
            span = f"{long_date(data.first)} to {span}"
        if has_points:
            summary = period_summary(data.count, data.mood, data.worry)
            # "of 10" stays with its number when the line wraps.
            self.summary.setText(f"{span}: {summary.replace(' of ', NBSP + 'of' + NBSP)}")
        else:
            self.summary.setText(span)
        self.chart.show_data(data)

    def _show_patterns(self, data: InsightsData) -> None:
        shown = data.patterns[:MOST_PATTERNS]
        for line, pattern in zip(self.pattern_lines, shown, strict=False):
            line.setText(pattern.text())
            line.setAccessibleName(pattern.text())
        for index, line in enumerate(self.pattern_lines):
            line.setVisible(index < len(shown))
        self.patterns_note.setText(PATTERNS_NOTE if shown else NO_PATTERNS)
