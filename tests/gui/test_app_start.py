"""Start-up problems become one plain message naming the folder; nothing crashes."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from planner import app as app_module
from tests.helpers import HELPERS


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []

    def fake_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.No
    )
    return shown


def test_unusable_data_folder_gives_a_plain_message(qapp, tmp_path, messages):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    assert app_module.run_gui(str(blocker)) == 1
    assert len(messages) == 1
    assert "cannot use its data folder" in messages[0]
    assert str(blocker) in messages[0]


def test_newer_database_is_refused_with_a_message(qapp, tmp_path, messages):
    import sqlite3

    data = tmp_path / "profile"
    data.mkdir()
    conn = sqlite3.connect(data / "planner.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = (data / "planner.db").read_bytes()
    assert app_module.run_gui(str(data)) == 1
    assert len(messages) == 1
    assert str(data) in messages[0]
    assert (data / "planner.db").read_bytes() == before


def test_damaged_database_is_kept_aside_and_the_person_is_asked(qapp, tmp_path, messages):
    data = tmp_path / "profile"
    data.mkdir()
    (data / "planner.db").write_bytes(b"this is not a database at all" * 100)
    assert app_module.run_gui(str(data)) == 1  # the person chose not to start fresh
    kept = [p for p in data.iterdir() if p.name.startswith("planner.db.damaged")]
    assert len(kept) == 1
    # Said once: where the damaged file was kept, and that it was not deleted.
    assert f"kept as\n{kept[0]}\nThe damaged file was not deleted." in messages[0]
    assert messages[0].count("not deleted") == 1
    assert kept[0].read_bytes().startswith(b"this is not a database")


def test_warnings_before_the_log_file_opens_are_not_lost(tmp_path):
    import logging

    from planner.services.logging_setup import configure_logging, hold_early_records

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        hold_early_records()
        logging.getLogger("planner.test").warning("TZ=%r is not a zone name", "Mars/Base")
        log_file = tmp_path / "logs" / "planner.log"
        configure_logging(log_file)
        for handler in root.handlers:
            handler.flush()
        assert "TZ='Mars/Base' is not a zone name" in log_file.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def test_the_whole_list_follows_right_after_the_first_paint(tmp_path):
    """The window paints with its first screenful of cards; the start-up work that runs
    just after the paint adds the rest first, and resumes the cycle collector. (The real
    app, in its own process.)"""
    import json
    import subprocess
    import sys

    from planner.domain.model import Item, Schedule
    from planner.storage.store import Store
    from planner.ui.today.today_page import FIRST_PAINT_ROWS

    data = tmp_path / "profile"
    store = Store.open(data / "planner.db")
    count = FIRST_PAINT_ROWS + 3
    store.items.add_many(
        [Item(f"Item {n}", Schedule.daily()) for n in range(count)],
        today=date(2020, 1, 1),
        now=datetime(2020, 1, 1, tzinfo=UTC),
    )
    store.close()
    watcher = HELPERS / "start_watcher.py"
    done = subprocess.run(
        [sys.executable, str(watcher), str(data)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"exit": 0, "painted": FIRST_PAINT_ROWS, "after": count, "collector": True}


def test_start_up_work_runs_once_at_the_first_paint(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []
    after = app_module.AfterFirstPaint([lambda: ran.append("work")], window, fallback_ms=300)
    window.installEventFilter(after)
    window.show()
    qtbot.waitUntil(lambda: ran == ["work"])
    window.update()
    qtbot.wait(500)  # past the fallback and another paint
    assert ran == ["work"]


def test_start_up_work_runs_even_if_the_window_is_never_painted(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()  # never shown, as on a desktop the person is not looking at
    qtbot.addWidget(window)
    ran: list[str] = []
    after = app_module.AfterFirstPaint([lambda: ran.append("work")], window, fallback_ms=200)
    window.installEventFilter(after)
    qtbot.waitUntil(lambda: ran == ["work"], timeout=3000)
    window.show()  # painted at last: the work is not done again
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert ran == ["work"]


def test_a_failing_start_up_task_does_not_stop_the_ones_after_it(qtbot, monkeypatch):
    """A bug in one card's start-up must not keep the reminders (a later task) from starting."""
    from PySide6.QtWidgets import QWidget

    reported: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: reported.append(kind))
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []

    def broken() -> None:
        raise AttributeError("a card without its signal")

    tasks = [lambda: ran.append("first"), broken, lambda: ran.append("reminders")]
    after = app_module.AfterFirstPaint(tasks, window, fallback_ms=100)
    qtbot.waitUntil(lambda: ran == ["first", "reminders"], timeout=3000)
    assert reported == [AttributeError]
    assert after is not None
