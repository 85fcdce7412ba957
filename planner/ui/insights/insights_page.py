"""The Insights page: mood and worry over time, worry around checkups, and checklist patterns.

This module imports QtCharts, so it is imported the first time the page is opened,
never at start-up.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from planner.domain.journal import Phase
from planner.services.changes import Area
from planner.services.insights import InsightsData, PhaseWorry
from planner.services.journal import JournalService
from planner.ui.insights.chart_key import ChartKey
from planner.ui.insights.mood_chart import MoodChart
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.formatting import number
from planner.ui.kit.journal_words import pattern_text, phase_label, range_label, short_date_year
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scaled_font, scrolling_page

DEFAULT_RANGE = Range.DAYS_90
#: At most this many patterns are listed, the largest differences first.
MOST_PATTERNS = 5
# English sources (tests compare with them); shown through QCoreApplication.translate.
EMPTY_JOURNAL = QT_TRANSLATE_NOOP(
    "InsightsPage", "Your check-ins will show here. Add one on the Journal page."
)
EMPTY_RANGE = QT_TRANSLATE_NOOP(
    "InsightsPage", "There are no check-ins in this time. Choose a longer time to see more."
)
NO_PATTERNS = QT_TRANSLATE_NOOP(
    "InsightsPage",
    "Patterns show up after about two weeks of check-ins on days with and without an item.",
)
PATTERNS_NOTE = QT_TRANSLATE_NOOP(
    "InsightsPage",
    "These are patterns in what you recorded, not causes. Many things shape how a day feels.",
)


def _shown(text: str) -> str:
    """One of the page's texts above, in the person's language."""
    return QCoreApplication.translate("InsightsPage", text)


def _muted(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class PhaseTile(QFrame):
    """Average worry in one phase around checkups: "5.8 of 10", "from 12 check-ins"."""

    def __init__(self, phase: Phase, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatCard")
        title = phase_label(phase)
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

    def show_worry(self, phase: PhaseWorry, any_entries: bool) -> None:
        """The average; without check-ins in the phase, whether there are any at all."""
        title = self.title.text()
        if phase.worry is None:
            self.value.setVisible(False)
            if any_entries:
                self.detail.setText(self.tr("No check-ins in this time"))
                spoken = self.tr("{phase}: no check-ins in this time")
            else:
                self.detail.setText(self.tr("No check-ins yet"))
                spoken = self.tr("{phase}: no check-ins yet")
            self.setAccessibleName(spoken.format(phase=title))
            return
        worry = number(phase.worry)
        self.value.setVisible(True)
        self.value.setText(self.tr("{worry} of 10").format(worry=worry))
        if phase.count == 1:
            self.detail.setText(self.tr("from 1 check-in"))
            spoken = self.tr("{phase}: average worry {worry} of 10, from 1 check-in")
        else:
            self.detail.setText(self.tr("from %Ln check-ins", "", phase.count))
            spoken = self.tr(
                "{phase}: average worry {worry} of 10, from %Ln check-ins", "", phase.count
            )
        self.setAccessibleName(spoken.format(phase=title, worry=worry))


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

        layout = scrolling_page(self, self.tr("Insights"), spacing=16)

        row = QHBoxLayout()
        label = QLabel(self.tr("&Show"))
        self.range_box = QComboBox()
        self.range_box.setObjectName("InsightsRange")
        self.range_box.setAccessibleName(self.tr("Time to show"))
        for choice in Range:
            self.range_box.addItem(range_label(choice), choice)
        self.range_box.setCurrentIndex(list(Range).index(DEFAULT_RANGE))
        label.setBuddy(self.range_box)
        row.addWidget(label)
        row.addWidget(self.range_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.range_box.currentIndexChanged.connect(self._range_chosen)

        chart_box = titled_panel(layout, self.tr("Mood and worry"), "ChartHeading")
        self.summary = _muted("", "InsightsSummary")
        chart_box.addWidget(self.summary)
        self.empty = QLabel(_shown(EMPTY_JOURNAL))
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

        phases_box = titled_panel(layout, self.tr("Worry around checkups"), "PhasesHeading")
        phases_note = self.tr(
            "Your average worry in the two weeks before a checkup, while you wait for results, "
            "and in the two weeks after you get them."
        )
        phases_box.addWidget(_muted(phases_note, "PhasesNote"))
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self.before = PhaseTile(Phase.BEFORE, "WorryBefore")
        self.waiting = PhaseTile(Phase.WAITING, "WorryWaiting")
        self.after = PhaseTile(Phase.AFTER, "WorryAfter")
        self.tiles = (self.before, self.waiting, self.after)
        for column, tile in enumerate(self.tiles):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)
        phases_box.addLayout(tiles)

        patterns_box = titled_panel(layout, self.tr("Patterns"), "PatternsHeading")
        self.pattern_lines: list[QLabel] = []
        for index in range(MOST_PATTERNS):
            line = QLabel()
            line.setObjectName(f"Pattern{index + 1}")
            line.setWordWrap(True)
            line.setVisible(False)
            patterns_box.addWidget(line)
            self.pattern_lines.append(line)
        self.patterns_note = _muted(_shown(NO_PATTERNS), "PatternsNote")
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
        for tile, phase in zip(self.tiles, data.phases, strict=True):
            tile.show_worry(phase, data.any_entries)
        self._show_patterns(data)

    def _show_chart(self, data: InsightsData) -> None:
        has_points = not data.empty
        self.chart.setVisible(has_points)
        self.key.setVisible(has_points)
        self.empty.setVisible(not has_points)
        self.empty.setText(_shown(EMPTY_RANGE if data.any_entries else EMPTY_JOURNAL))
        self.summary.setVisible(data.any_entries)
        self.summary.setText(self.summary_text(data))
        self.chart.show_data(data)

    def summary_text(self, data: InsightsData) -> str:
        """ "28 Aug 2026 to 25 Nov 2026: 180 check-ins · mood 3.4 of 5 · worry 5.1 of 10"."""
        span = short_date_year(data.last)
        if data.first != data.last:
            span = self.tr("{first} to {last}").format(first=short_date_year(data.first), last=span)
        if data.empty or data.mood is None or data.worry is None:
            return span
        # The no-break spaces keep "of 10" with its number when the line wraps.
        if data.count == 1:
            text = self.tr(
                "{span}: 1 check-in · mood {mood}\u00a0of\u00a05 · worry {worry}\u00a0of\u00a010"
            )
        else:
            text = self.tr(
                "{span}: %Ln check-ins · mood {mood}\u00a0of\u00a05 · "
                "worry {worry}\u00a0of\u00a010",
                "",
                data.count,
            )
        return text.format(span=span, mood=number(data.mood), worry=number(data.worry))

    def _show_patterns(self, data: InsightsData) -> None:
        shown = data.patterns[:MOST_PATTERNS]
        for line, pattern in zip(self.pattern_lines, shown, strict=False):
            text = pattern_text(pattern)
            line.setText(text)
            line.setAccessibleName(text)
        for index, line in enumerate(self.pattern_lines):
            line.setVisible(index < len(shown))
        self.patterns_note.setText(_shown(PATTERNS_NOTE if shown else NO_PATTERNS))
