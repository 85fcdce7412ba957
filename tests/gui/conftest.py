"""Fixtures for driving real widgets: a fresh store, a fixed clock, a small checklist."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from planner.domain.model import Category, Item, Schedule, Target
from planner.services.checklist import ChecklistService
from planner.services.reminders import ReminderService
from planner.services.settings import REMINDERS_SINCE, Settings
from planner.storage.store import Store
from planner.ui.main_window import MainWindow
from planner.ui.reminders.tray import Tray
from tests.helpers.clock import BERLIN, NOW, TODAY, ZONE, RunningClock, berlin


@pytest.fixture(autouse=True)
def _no_windows_left_behind(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a visible window open after qtbot has closed its own."""
    yield
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in left:
        w.close()
    assert left == [], f"windows left open: {[w.objectName() for w in left]}"


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data" / "planner.db")
    yield s
    s.close()


@pytest.fixture
def items(store: Store) -> list[Item]:
    checklist = [
        Item(
            "Drink water",
            Schedule.daily(),
            why="Water helps you feel less tired.",
            details="Keep a glass close by.",
            category=Category.FOOD,
        ),
        Item(
            "Walk",
            Schedule.per_week(3),
            why="Walking eases stress.",
            category=Category.MOVEMENT,
            target=Target(20, "minutes"),
        ),
        Item("Stretch", Schedule.on_weekdays(0, 4), category=Category.MOVEMENT),
        Item("Call the clinic", Schedule.once(TODAY), category=Category.CARE),
    ]
    return store.items.add_many(checklist, today=date(2026, 11, 1), now=NOW)


@pytest.fixture
def service(store: Store) -> ChecklistService:
    return ChecklistService(store, ZONE, clock=lambda: NOW)


@pytest.fixture
def shown(qtbot) -> Callable[..., QWidget]:
    """Show a widget at a given size and wait until it is on screen (closed after the test)."""

    def show(widget: QWidget, width: int = 900, height: int = 700) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


@pytest.fixture
def when_modal() -> Callable[[Callable[[QWidget], None]], None]:
    """Run ``action`` on the next modal dialog once it is open (dialogs block with exec())."""

    def schedule(action: Callable[[QWidget], None]) -> None:
        def attempt(tries: int = 0) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None and tries < 100:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
                return
            assert dialog is not None, "no dialog opened"
            action(dialog)

        QTimer.singleShot(0, attempt)

    return schedule


@pytest.fixture
def large_text(qapp):
    """The application font at 150%, as with large text in the system settings."""
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield
    qapp.setFont(original)


@pytest.fixture
def problems(monkeypatch) -> list[str]:
    """The problem sentences the screens showed in a box (through ``run_op``), in order."""
    shown: list[str] = []
    monkeypatch.setattr(
        "planner.ui.kit.ops.show_problem", lambda _parent, _title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def walk(store: Store) -> Item:
    (item,) = store.items.add_many(
        [Item("Walk", Schedule.daily(), reminders=(time(8, 30),), details="Twenty minutes.")],
        today=date(2026, 4, 1),
        now=berlin(8, 0, day=date(2026, 4, 1)),
    )
    Settings(store).set(REMINDERS_SINCE, berlin(0, 0))
    return item


@pytest.fixture
def open_window(qtbot, store: Store) -> Iterator:
    made: list[tuple[MainWindow, ReminderService]] = []

    def open_window(clock: RunningClock, *, tray: bool = False) -> MainWindow:
        checklist = ChecklistService(store, BERLIN, clock=clock.now)
        window = MainWindow(checklist)
        qtbot.addWidget(window)
        reminders = ReminderService(
            store, checklist, clock=clock.now, wall=clock.wall, zone_source=lambda: BERLIN
        )
        window.attach_reminders(reminders, Tray(checklist, window) if tray else None)
        window.show()
        qtbot.waitExposed(window)
        reminders.start()
        made.append((window, reminders))
        return window

    yield open_window
    for window, reminders in made:
        reminders.stop()
        if window.presenter.tray is not None:
            window.presenter.tray.hide()
        window.quit_app()
