"""The Insights page: the chart, worry around checkups and patterns, with no, one and many
check-ins; range choice, refreshing, large text and QtCharts kept out of start-up."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QScrollArea, QToolTip, QWidget

from planner.domain.insights import Range
from planner.domain.journal import (
    Checkup,
    CheckupKind,
    JournalEntry,
    Mood,
    Phase,
    worry_by_phase,
)
from planner.domain.model import Item, Schedule
from planner.services.checklist import ChecklistService
from planner.services.journal import JournalService
from planner.storage.store import Store
from planner.ui.insights.insights_page import (
    EMPTY_JOURNAL,
    EMPTY_RANGE,
    NO_PATTERNS,
    PATTERNS_NOTE,
    InsightsPage,
)
from planner.ui.kit.theme import colors
from tests.helpers.clock import NOW, TODAY, ZONE

ROOT = Path(__file__).resolve().parents[3]

WALK_SENTENCE = "On days you did “Walk”, your average mood was"


@pytest.fixture
def journal(store: Store) -> JournalService:
    return JournalService(store, ChecklistService(store, ZONE, clock=lambda: NOW))


def fill(store: Store, days: int, checkups: int, seed: int = 7) -> list[Checkup]:
    """Two check-ins a day for ``days`` days up to today, evenly spread scans with results a
    week later, and a daily "Walk" done on about half the days (better mood on those)."""
    rng = random.Random(seed)
    first = TODAY - timedelta(days=days - 1)
    walk = store.items.add(Item("Walk", Schedule.daily()), today=first, now=NOW)
    gap = days // (checkups + 1) if checkups else 0
    saved = [
        store.checkups.add(
            Checkup(
                first + timedelta(days=gap * (n + 1)),
                CheckupKind.SCAN,
                ZONE.key,
                at=time(10),
                results_on=first + timedelta(days=gap * (n + 1) + 7),
            ),
            NOW,
        )
        for n in range(checkups)
    ]
    entries, answers = [], []
    for n in range(days):
        day = first + timedelta(days=n)
        walked = rng.random() < 0.5
        if walked:
            answers.append((walk.id, day.isoformat(), "done", NOW.isoformat(), ZONE.key))
        for hour in (9, 20):
            at = datetime.combine(day, time(hour), ZONE).astimezone(UTC).isoformat()
            mood = min(5, max(1, round(rng.gauss(3.7 if walked else 3.0, 0.8))))
            worry = min(10, max(0, round(rng.gauss(4.0, 2.0))))
            entries.append((day.isoformat(), at, ZONE.key, mood, worry, at))
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO journal_entries (day, at_utc, zone, mood, worry, updated_at_utc) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            entries,
        )
        conn.executemany(
            "INSERT INTO checkoffs (item_id, day, status, recorded_at_utc, zone) "
            "VALUES (?, ?, ?, ?, ?)",
            answers,
        )
    return saved


def painted(widget: QWidget, color: str) -> bool:
    """Whether ``color`` appears, exactly, somewhere in the widget as drawn."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    pixel = QColor(color)
    wanted = bytes([pixel.blue(), pixel.green(), pixel.red(), 255])
    data = bytes(image.constBits())
    found = data.find(wanted)
    while found % 4 and found != -1:  # only whole pixels count
        found = data.find(wanted, found + 1)
    return found != -1


def axis_days(page: InsightsPage) -> tuple[date, date]:
    axis = page.chart.x_axis
    return axis.min().date().toPython(), axis.max().date().toPython()


def test_with_no_check_ins_a_friendly_note_instead_of_a_chart(qtbot, shown, journal):
    page = shown(InsightsPage(journal), 1000, 720)
    assert not page.grab().isNull()
    assert page.empty.isVisible()
    assert page.empty.text() == EMPTY_JOURNAL
    assert not page.summary.isVisible()
    assert not page.chart.isVisible()
    assert not painted(page, colors(page.palette())["accent"])
    for tile in page.tiles:
        assert tile.detail.text() == "No check-ins yet"
        assert not tile.value.isVisible()
    assert page.patterns_note.text() == NO_PATTERNS
    assert not any(line.isVisible() for line in page.pattern_lines)


def test_one_check_in_draws_one_point(qtbot, shown, journal):
    journal.save_entry(journal.new_entry(mood=Mood.GOOD, worry=3))
    page = shown(InsightsPage(journal), 1000, 720)
    assert not page.grab().isNull()
    assert page.chart.isVisible()
    assert not page.empty.isVisible()
    assert page.chart.mood_daily.count() == 1
    assert page.chart.mood_average.count() == 1
    point = page.chart.mood_daily.at(0)
    assert QDateTime.fromMSecsSinceEpoch(int(point.x())).date().toPython() == TODAY
    assert (point.y(), page.chart.worry_daily.at(0).y()) == (4.0, 3.0)
    assert "1 check-in · mood 4.0 of 5 · worry 3.0 of 10" in page.summary.text().replace(
        "\u00a0", " "
    )
    # "Last 90 days" with one day of data: the chart starts at the first check-in (with a
    # week of room), not 89 empty days before it.
    assert axis_days(page) == (TODAY - timedelta(days=6), TODAY)
    assert "1 check-in" in page.chart.accessibleDescription()
    page.choose(Range.ALL)  # one day of data still gets a week of chart around it
    assert axis_days(page) == (TODAY - timedelta(days=6), TODAY)
    assert page.summary.text().startswith("25 Nov 2026: 1 check-in")
    # No checkups yet: the check-in is in none of the phases.
    assert all(tile.detail.text() == "No check-ins in this time" for tile in page.tiles)


def test_the_first_week_fills_the_chart_rather_than_its_right_edge(qtbot, shown, journal, store):
    for days_ago in range(10):  # ten days of check-ins, the chart set to 90 days
        at = NOW - timedelta(days=days_ago)
        day = at.astimezone(ZONE).date()
        store.journal.add(JournalEntry(Mood.OKAY, 4, day, at, ZONE.key), NOW)
    page = shown(InsightsPage(journal), 1000, 720)
    assert page.choice() is Range.DAYS_90
    first = TODAY - timedelta(days=9)
    assert axis_days(page) == (first, TODAY)
    assert page.summary.text().startswith("16 Nov 2026 to 25 Nov 2026: 10 check-ins")
    # The points spread over the plot: the oldest one sits in its left part.
    plot = page.chart.chart().plotArea()
    oldest = page.chart.chart().mapToPosition(page.chart.mood_daily.at(0))
    assert oldest.x() < plot.left() + plot.width() * 0.2
    page.choose(Range.DAYS_30)
    assert axis_days(page) == (first, TODAY)


def test_many_check_ins_with_checkups(qtbot, shown, journal, store):
    checkups = fill(store, days=730, checkups=8)
    page = shown(InsightsPage(journal), 1000, 720)
    assert not page.grab().isNull()
    # The 7-day averages are drawn in their colours (mood teal, worry red).
    colours = colors(page.chart.palette())
    assert painted(page.chart, colours["accent"])
    assert painted(page.chart, colours["missed"])
    # Last 90 days (the default): one point per day, two check-ins each.
    assert page.choice() is Range.DAYS_90
    assert page.chart.mood_daily.count() == 90
    assert page.chart.worry_average.count() == 90
    assert page.data.count == 180
    start = TODAY - timedelta(days=89)
    shown_checkups = [c for c in checkups if c.day >= start]
    assert len(page.data.checkups) == len(shown_checkups) >= 1

    # The tiles agree with the domain's own count over the same check-ins.
    entries = [e for e in store.journal.all() if e.day >= start]
    expected = worry_by_phase(entries, checkups)
    for tile, phase in zip(page.tiles, (Phase.BEFORE, Phase.WAITING, Phase.AFTER), strict=True):
        if phase in expected:
            worry, count = expected[phase]
            assert tile.value.text() == f"{worry:.1f} of 10"
            assert tile.detail.text() == f"from {count} check-ins"
        else:
            assert tile.detail.text() == "No check-ins in this time"

    # Walk days and other days both pass two weeks: the pattern is described, not explained.
    (line, *_) = [line for line in page.pattern_lines if line.isVisible()]
    assert line.text().startswith(WALK_SENTENCE)
    assert page.patterns_note.text() == PATTERNS_NOTE


def test_choosing_a_range_changes_the_span_shown(qtbot, shown, journal, store):
    fill(store, days=730, checkups=8)
    page = shown(InsightsPage(journal), 1000, 720)
    page.choose(Range.DAYS_30)
    assert axis_days(page) == (TODAY - timedelta(days=29), TODAY)
    assert page.chart.mood_daily.count() == 30
    page.choose(Range.ALL)
    assert axis_days(page) == (TODAY - timedelta(days=729), TODAY)
    assert 0 < page.chart.mood_daily.count() <= 400
    assert page.data.count == 1460
    assert page.chart.x_axis.format() == "MMM yyyy"
    page.choose(Range.SINCE_CHECKUP)
    last_checkup = max(c.day for c in journal.checkups() if c.day <= TODAY)
    assert axis_days(page)[0] == last_checkup


def test_the_range_is_chosen_with_the_keyboard(qtbot, shown, journal, store):
    fill(store, days=400, checkups=2)
    page = shown(InsightsPage(journal), 1000, 720)
    page.range_box.setFocus()
    qtbot.keyClick(page.range_box, Qt.Key.Key_Down)
    assert page.choice() is Range.YEAR
    assert axis_days(page)[0] == TODAY - timedelta(days=364)


def test_a_pattern_shows_only_with_two_weeks_on_each_side(qtbot, shown, journal, store):
    walk = store.items.add(Item("Walk", Schedule.daily()), today=TODAY, now=NOW)
    # Check-offs made through another service on the same bus reach the page too.
    service = ChecklistService(store, ZONE, clock=lambda: NOW, bus=journal.bus)
    page = InsightsPage(journal)
    for n in range(28):
        day = TODAY - timedelta(days=n)
        at = datetime.combine(day, time(20), ZONE)
        walked = n < 13
        store.journal.add(JournalEntry(Mood(4 if walked else 3), 2, day, at, ZONE.key), NOW)
        if walked:
            service.mark_done(walk, day)
    shown(page, 1000, 720)
    assert not any(line.isVisible() for line in page.pattern_lines)
    assert page.patterns_note.text() == NO_PATTERNS

    service.mark_done(walk, TODAY - timedelta(days=13))  # now 14 days with, 14 without
    visible = [line.text() for line in page.pattern_lines if line.isVisible()]
    assert visible == [
        "On days you did “Walk”, your average mood was 3.9 of 5; on other days it was 3.0 of 5."
    ]
    assert page.patterns_note.text() == PATTERNS_NOTE


def test_refreshes_when_shown_after_a_change_made_while_hidden(qtbot, shown, journal):
    page = shown(InsightsPage(journal), 1000, 720)
    assert page.empty.isVisible()
    journal.save_entry(journal.new_entry(mood=Mood.OKAY, worry=5))  # while visible
    assert page.chart.mood_daily.count() == 1
    page.hide()
    before = page.data
    journal.save_entry(journal.new_entry(mood=Mood.GREAT, worry=1))
    journal.save_checkup(journal.new_checkup(day=TODAY, kind=CheckupKind.SCAN))
    assert page.data is before  # not read again while hidden
    page.show()
    assert page.data is not before
    assert page.data.count == 2
    assert len(page.data.checkups) == 1


def test_a_range_with_no_check_ins_says_so(qtbot, shown, journal, store):
    day = TODAY - timedelta(days=200)
    at = datetime.combine(day, time(20), ZONE)
    store.journal.add(JournalEntry(Mood.OKAY, 4, day, at, ZONE.key), NOW)
    page = shown(InsightsPage(journal), 1000, 720)
    assert page.empty.text() == EMPTY_RANGE
    assert page.summary.text() == "28 Aug 2026 to 25 Nov 2026"
    assert not page.chart.isVisible()
    page.choose(Range.YEAR)
    assert page.chart.isVisible()
    assert page.chart.mood_daily.count() == 1


def test_controls_are_named_and_reachable_by_tab(qtbot, shown, journal, store):
    fill(store, days=100, checkups=1)
    page = shown(InsightsPage(journal), 1000, 720)
    page.activateWindow()
    qtbot.waitActive(page)
    page.range_box.setFocus()
    qtbot.keyClick(page.range_box, Qt.Key.Key_Tab)
    # The chart takes focus so a screen reader reads its description.
    assert page.focusWidget() is page.chart
    for widget in (page.range_box, page.chart, *page.tiles):
        assert widget.accessibleName()
    description = page.chart.accessibleDescription()
    assert description.startswith(f"Mood and worry from {(TODAY - timedelta(days=89)).day} ")
    assert "180 check-ins" in description
    assert "1 checkup marked" in description


def _cut_off(page: QWidget) -> list[str]:
    """Labels shown narrower or shorter than their text needs."""
    problems = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                problems.append(f"{label.text()!r}: {label.height()} < {needed}")
        elif label.width() < label.sizeHint().width():
            problems.append(f"{label.text()!r}: {label.width()} < {label.sizeHint().width()}")
    return problems


@pytest.mark.usefixtures("large_text")
def test_nothing_is_cut_off_with_large_text(qtbot, shown, journal, store):
    fill(store, days=400, checkups=3)
    # The width the page gets inside the main window (1000 wide, less the sidebar).
    page = shown(InsightsPage(journal), 770, 720)
    qtbot.wait(10)
    assert _cut_off(page) == []
    scroll = page.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    assert page.tiles[1].title.text() == "Waiting for results"


STARTUP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
import planner.app
from planner.services.checklist import ChecklistService
from planner.services.journal import JournalService
from planner.storage.store import Store
from planner.ui.main_window import MainWindow
from zoneinfo import ZoneInfo

app = QApplication([])
store = Store.open(Path(sys.argv[1]) / "planner.db")
checklist = ChecklistService(store, ZoneInfo("UTC"))
journal = JournalService(store, checklist)
window = MainWindow(checklist)
window.show()
app.processEvents()
print("PySide6.QtCharts" in sys.modules)
window.close()
store.close()
"""


def test_qtcharts_is_not_imported_at_start_up(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", STARTUP, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.strip() == "False"


def test_ten_years_for_all_draws_thinned(qtbot, journal, store):
    """Ten years (7,300 check-ins, 40 checkups); tests/perf/bench_journal.py times it."""
    fill(store, days=3650, checkups=40)
    page = InsightsPage(journal)
    qtbot.addWidget(page)
    page.choose(Range.ALL)
    page.resize(1000, 720)
    page.show()
    qtbot.waitExposed(page)
    pixmap = page.grab()
    assert not pixmap.isNull()
    assert page.data.count == 7300
    assert len(page.data.checkups) == 40
    assert page.chart.mood_daily.count() <= 400


def test_hovering_an_average_line_tells_its_values(qtbot, shown, journal, store):
    fill(store, days=100, checkups=1)
    page = shown(InsightsPage(journal), 1000, 720)
    last = page.chart.mood_average.at(page.chart.mood_average.count() - 1)
    average = page.data.averages[-1]
    expected = (
        f"25 Nov 2026, 7-day average: mood {average.mood:.1f} of 5, worry {average.worry:.1f} of 10"
    )
    page.chart.mood_average.hovered.emit(last, True)
    assert QToolTip.isVisible()
    assert QToolTip.text() == expected
    page.chart.mood_average.hovered.emit(last, False)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
