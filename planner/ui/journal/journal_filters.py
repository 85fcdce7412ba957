"""The journal's filters under the search box: a tag, a mood, a worry range and dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import SCALE_MAX, JournalFilter, Mood
from planner.ui.journal.folding_row import FoldingRow
from planner.ui.kit.journal_words import mood_label

#: A filter's drop-down is at least this many characters wide (a long tag is cut there).
COMBO_CHARS = 12

#: The date boxes show "any" at this date (Qt's way of an empty date).
NO_DATE = QDate(2000, 1, 1)


class JournalFilters(QWidget):
    """Two rows: tag, mood and worry from–to; then dates from–to and "Clear". In a narrow
    window each row folds in two.

    Signals:
        changed(): a filter was changed by the person.
        clear_requested(): "Clear search and filters" was chosen.
    """

    changed = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JournalFilters")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        row, worry = QHBoxLayout(), QHBoxLayout()
        dates, clear = QHBoxLayout(), QHBoxLayout()
        for part in (row, worry, dates, clear):
            part.setContentsMargins(0, 0, 0, 0)
            part.setSpacing(6)
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("TagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show check-ins with this tag"))
        self.tag_filter.addItem(self.tr("Any tag"), "")
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row.addWidget(self.tag_filter)
        self.mood_filter = QComboBox()
        self.mood_filter.setObjectName("MoodFilter")
        self.mood_filter.setAccessibleName(self.tr("Show check-ins with this mood"))
        self.mood_filter.addItem(self.tr("Any mood"), 0)
        for mood in Mood:
            self.mood_filter.addItem(mood_label(mood), int(mood))
        self.mood_filter.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row.addWidget(self.mood_filter)
        row.addStretch(1)
        worry.addWidget(QLabel(self.tr("Worry")))
        self.worry_min = self._spin("WorryMin", self.tr("Worry at least"), 0)
        worry.addWidget(self.worry_min)
        worry.addWidget(QLabel(self.tr("to", "worry from 2 to 8")))
        self.worry_max = self._spin("WorryMax", self.tr("Worry at most"), SCALE_MAX)
        worry.addWidget(self.worry_max)
        worry.addStretch(1)
        dates.addWidget(QLabel(self.tr("From", "from this date")))
        self.since = self._date("FilterSince", self.tr("Show check-ins from this date"))
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to", "from this date to that date")))
        self.until = self._date("FilterUntil", self.tr("Show check-ins up to this date"))
        dates.addWidget(self.until)
        self.clear_filters = QPushButton(self.tr("Clear search and filters"))
        self.clear_filters.setObjectName("ClearFilters")
        self.clear_filters.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_filters.clicked.connect(self.clear_requested)
        dates.addStretch(1)
        clear.addWidget(self.clear_filters)
        clear.addStretch(1)
        for combo in (self.tag_filter, self.mood_filter):
            # Sized to a few words, not to the longest tag: a long one is cut in the box.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARS)
        rows.addWidget(FoldingRow(row, worry, spacing=12, name="FiltersFirstRow"))
        rows.addWidget(FoldingRow(dates, clear, spacing=12, name="FiltersSecondRow"))

    def _spin(self, name: str, spoken: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(spoken)
        spin.setRange(0, SCALE_MAX)
        spin.setValue(value)
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        return spin

    def _date(self, name: str, spoken: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(spoken)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(self.tr("d MMM yyyy", "date pattern: 3 Dec 2026"))
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any", "any date"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def filter_for(self, text: str) -> JournalFilter:
        """The filter these choices make, with the search words ``text``."""
        mood = int(self.mood_filter.currentData() or 0)
        low, high = sorted((self.worry_min.value(), self.worry_max.value()))

        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()  # type: ignore[return-value]

        return JournalFilter(
            text=text,
            tag=str(self.tag_filter.currentData() or ""),
            moods=frozenset({Mood(mood)}) if mood else frozenset(),
            worry_min=low,
            worry_max=high,
            since=day(self.since),
            until=day(self.until),
        )

    def reset(self) -> None:
        """Back to showing everything, without announcing each change."""
        widgets = (self.tag_filter, self.mood_filter, self.worry_min, self.worry_max,
                   self.since, self.until)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.tag_filter.setCurrentIndex(0)
        self.mood_filter.setCurrentIndex(0)
        self.worry_min.setValue(0)
        self.worry_max.setValue(SCALE_MAX)
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)

    def set_tags(self, used: Sequence[str]) -> None:
        """Offer the tags in use, keeping the one chosen when it is still there."""
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), "")
        for tag in used:
            self.tag_filter.addItem(tag, tag)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
