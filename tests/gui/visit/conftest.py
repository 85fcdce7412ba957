"""A summary made by the domain from plain lists, and a dialog around a real task runner."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale

from planner.domain.journal import Checkup, CheckupKind, JournalEntry, Mood
from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.domain.questions import Question
from planner.domain.screens import ScreenKind, ScreenResult
from planner.domain.visit_summary import CareContact, VisitSummary, summarize
from planner.services.tasks import TaskRunner
from planner.ui.visit.summary_dialog import VisitSummaryDialog

ZONE = "America/New_York"
TODAY = date(2026, 12, 2)
PERIOD = (date(2026, 9, 3), TODAY)


def _at(day: date) -> datetime:
    return datetime.combine(day, time(23, 0), tzinfo=UTC)


def summary_for(start: date, end: date) -> VisitSummary:
    """Three months of check-ins, two screens, a walk and a note, questions, a contact."""
    entries = [
        JournalEntry(
            Mood(1 + n % 5),
            (n * 3) % 11,
            day,
            _at(day),
            ZONE,
            note="Tired <b>again</b>" if n == 30 else "",
            for_care_team=n == 30,
        )
        for n in range(0, 120)
        if (day := date(2026, 8, 20) + timedelta(days=n)) <= end
    ]
    walk = Item("Walk 🚶", Schedule.daily(), id=1, created_on=date(2026, 8, 1))
    answers = [
        CheckOff(1, day, Status.DONE if n % 3 else Status.SKIPPED)
        for n in range(90)
        if (day := start + timedelta(days=n)) <= end and n % 4
    ]
    screen_day = start + timedelta(days=10)
    return summarize(
        start=start,
        end=end,
        today=TODAY,
        zone=ZONE,
        entries=entries,
        screens=[
            ScreenResult(ScreenKind.PHQ2, (1, 2), screen_day, _at(screen_day), ZONE),
            ScreenResult(ScreenKind.GAD2, (0, 1), screen_day, _at(screen_day), ZONE),
        ],
        items=[walk],
        checkoffs=answers,
        checkups=[
            Checkup(date(2026, 9, 2), CheckupKind.ONCOLOGIST, ZONE, results_on=date(2026, 9, 8)),
            Checkup(date(2026, 12, 10), CheckupKind.SCAN, ZONE),
        ],
        questions=[Question("Can I travel <far>?", 0, id=1)],
        contact=CareContact("Oak Clinic", "555 0100"),
    )


class FakeSummaries:
    """Stands in for the service: makes summaries from the reader it is given, noting the
    dates and the thread; ``gate`` holds the work back until it is set."""

    def __init__(self) -> None:
        self.calls: list[tuple[date, date]] = []
        self.threads: list[int] = []
        self.gate = threading.Event()
        self.gate.set()
        self.error: BaseException | None = None

    def __call__(self, reader: object, start: date, end: date) -> VisitSummary:
        assert reader == "reader"
        self.calls.append((start, end))
        self.threads.append(threading.get_ident())
        self.gate.wait(10)
        if self.error is not None:
            raise self.error
        return summary_for(start, end)


@pytest.fixture(autouse=True)
def _us_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _no_folder_remembered(monkeypatch) -> None:
    """Each test starts as a fresh run: no folder chosen yet for a summary."""
    monkeypatch.setattr("planner.ui.visit.output_choices._last_folder", None)


@pytest.fixture
def summaries() -> FakeSummaries:
    return FakeSummaries()


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner[str]]:
    tasks: TaskRunner[str] = TaskRunner(lambda: "reader", lambda _reader: None)
    yield tasks
    tasks.shutdown()


@pytest.fixture
def make_dialog(qtbot, runner, summaries) -> Callable[..., VisitSummaryDialog]:
    def make(period: tuple[date, date] = PERIOD, wait: bool = True) -> VisitSummaryDialog:
        dialog = VisitSummaryDialog(runner, summaries, period)
        qtbot.addWidget(dialog)
        if wait:
            qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
        return dialog

    return make
