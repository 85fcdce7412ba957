"""The task runner: work off the GUI thread, its own reader per task, outcomes back on the GUI."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from planner.services.tasks import CancelToken, TaskRunner

TIMEOUT_MS = 5000


class FakeReader:
    """Stands in for a read-only store: remembers the threads it was opened and closed on."""

    journal_text = "my private journal entry"  # data that must never reach the log

    def __init__(self) -> None:
        self.opened_in = threading.get_ident()
        self.closed_in: int | None = None

    def close(self) -> None:
        self.closed_in = threading.get_ident()


@pytest.fixture
def opened() -> list[FakeReader]:
    return []


@pytest.fixture
def make_runner(qtbot, opened):
    """Builds runners (by default over FakeReaders) and shuts each one down after the test."""
    runners: list[TaskRunner] = []

    def open_fake() -> FakeReader:
        reader = FakeReader()
        opened.append(reader)
        return reader

    def make(open_reader=open_fake, close_reader=None, **kwargs) -> TaskRunner:
        runner = TaskRunner(open_reader, close_reader, **kwargs)
        runners.append(runner)
        return runner

    yield make
    for runner in runners:
        assert runner.shutdown(TIMEOUT_MS)


def test_work_runs_on_a_worker_thread_and_the_result_arrives_on_the_gui_thread(qtbot, make_runner):
    gui = threading.get_ident()
    runner = make_runner()
    seen: dict[str, object] = {}

    def work(reader: FakeReader) -> int:
        seen["work"] = threading.get_ident()
        return 42

    task = runner.run(
        work, name="answer", on_done=lambda v: seen.update(done=(v, threading.get_ident()))
    )
    task.finished.connect(lambda v: seen.update(signal=threading.get_ident()))
    assert task.is_running
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS) as blocker:
        pass
    assert blocker.args == [42]
    assert seen["work"] != gui
    assert seen["done"] == (42, gui)
    assert seen["signal"] == gui
    assert not task.is_running
    assert runner.pending == 0


def test_an_exception_reaches_on_error_on_the_gui_thread_as_the_same_object(qtbot, make_runner):
    gui = threading.get_ident()
    runner = make_runner()
    error = ValueError("boom")
    got: list[tuple[BaseException, int]] = []
    done: list[object] = []

    def work(reader: FakeReader) -> None:
        raise error

    task = runner.run(
        work,
        name="boom",
        on_done=done.append,
        on_error=lambda e: got.append((e, threading.get_ident())),
    )
    with qtbot.waitSignal(task.failed, timeout=TIMEOUT_MS) as blocker:
        pass
    assert blocker.args[0] is error
    assert len(got) == 1
    assert got[0][0] is error
    assert got[0][1] == gui
    assert done == []


@pytest.mark.parametrize("fails", [False, True])
def test_each_task_opens_a_fresh_reader_in_its_worker_and_closes_it_there(
    qtbot, make_runner, opened, fails
):
    gui = threading.get_ident()
    runner = make_runner()
    given: list[FakeReader] = []

    def work(reader: FakeReader) -> None:
        given.append(reader)
        assert reader.closed_in is None  # still open while the work runs
        if fails:
            raise RuntimeError("bug")

    tasks = [runner.run(work, name=f"t{i}") for i in range(2)]
    signal = "failed" if fails else "finished"
    with qtbot.waitSignals([getattr(t, signal) for t in tasks], timeout=TIMEOUT_MS):
        pass
    assert len(opened) == 2
    assert opened[0] is not opened[1]
    assert {id(r) for r in given} == {id(r) for r in opened}
    for reader in opened:
        assert reader.opened_in != gui
        assert reader.closed_in == reader.opened_in


def test_an_explicit_close_reader_receives_the_reader_after_the_work(qtbot, make_runner):
    closed: list[tuple[str, int]] = []
    runner = make_runner(open_reader=lambda: "reader", close_reader=lambda r: closed.append((r, 1)))
    task = runner.run(lambda reader: reader.upper(), name="upper")
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS) as blocker:
        pass
    assert blocker.args == ["READER"]
    assert closed == [("reader", 1)]


def test_a_failing_open_reader_is_reported_as_failed_and_the_work_never_runs(qtbot, make_runner):
    gui = threading.get_ident()
    error = PermissionError("no access")

    def open_reader() -> FakeReader:
        raise error

    ran: list[object] = []
    got: list[tuple[BaseException, int]] = []
    runner = make_runner(open_reader=open_reader)
    task = runner.run(
        ran.append, name="locked", on_error=lambda e: got.append((e, threading.get_ident()))
    )
    with qtbot.waitSignal(task.failed, timeout=TIMEOUT_MS) as blocker:
        pass
    assert blocker.args[0] is error
    assert got == [(error, gui)]
    assert ran == []


def test_cancel_prevents_delivery(qtbot, make_runner):
    runner = make_runner()
    gate = threading.Event()
    done: list[object] = []
    errors: list[object] = []
    task = runner.run(
        lambda reader: gate.wait(TIMEOUT_MS / 1000),
        name="slow",
        on_done=done.append,
        on_error=errors.append,
    )
    task.cancel()
    assert task.cancelled
    with qtbot.assertNotEmitted(task.finished, wait=100):
        gate.set()
        assert runner.wait_for_all(TIMEOUT_MS)
    assert done == []
    assert errors == []
    assert not task.is_running


def test_the_work_can_poll_the_token_and_stop_early(qtbot, make_runner):
    runner = make_runner()
    started = threading.Event()
    stopped: list[bool] = []

    def work(reader: FakeReader, token: CancelToken) -> None:
        started.set()
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while not token.cancelled and time.monotonic() < deadline:
            time.sleep(0.005)
        stopped.append(token.cancelled)

    task = runner.run_cancellable(work, name="poll")
    assert started.wait(TIMEOUT_MS / 1000)
    begun = time.monotonic()
    task.cancel()
    assert runner.wait_for_all(TIMEOUT_MS)
    assert stopped == [True]
    assert time.monotonic() - begun < 1.0


def test_a_task_cancelled_while_queued_never_opens_a_reader(qtbot, make_runner, opened):
    runner = make_runner(max_threads=1)
    gate = threading.Event()
    ran: list[str] = []
    first = runner.run(lambda reader: gate.wait(TIMEOUT_MS / 1000), name="first")
    second = runner.run(lambda reader: ran.append("second"), name="second")
    second.cancel()
    gate.set()
    assert runner.wait_for_all(TIMEOUT_MS)
    assert ran == []
    assert len(opened) == 1
    assert not first.is_running
    assert not second.is_running


def test_the_event_loop_keeps_ticking_while_a_300_ms_task_runs(qtbot, make_runner):
    runner = make_runner()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    begun = time.monotonic()
    task = runner.run(lambda reader: time.sleep(0.3), name="sleep")
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    timer.stop()
    assert time.monotonic() - begun >= 0.3
    assert len(ticks) >= 5  # about 15 when nothing else is busy; 0 if the GUI thread blocked


def test_several_tasks_at_once_all_deliver(qtbot, make_runner):
    runner = make_runner(max_threads=4)
    results: list[int] = []
    workers: set[int] = set()

    def work_for(i: int):
        def work(reader: FakeReader) -> int:
            workers.add(threading.get_ident())
            time.sleep(0.1)
            return i

        return work

    for i in range(8):
        runner.run(work_for(i), name=f"n{i}", on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 8, timeout=TIMEOUT_MS)
    assert sorted(results) == list(range(8))
    assert len(workers) > 1  # they ran side by side, not one after another on one thread
    assert runner.pending == 0


def test_wait_for_all_returns_after_every_outcome_was_delivered(qtbot, make_runner):
    runner = make_runner()
    results: list[int] = []
    for i in range(3):
        runner.run(lambda reader, i=i: (time.sleep(0.05), i)[1], name="w", on_done=results.append)
    assert runner.wait_for_all(TIMEOUT_MS)
    assert sorted(results) == [0, 1, 2]  # no event-loop turn needed
    assert runner.pending == 0


def test_wait_for_all_times_out_while_work_is_still_running(qtbot, make_runner):
    runner = make_runner()
    gate = threading.Event()
    task = runner.run(lambda reader: gate.wait(TIMEOUT_MS / 1000), name="held")
    assert not runner.wait_for_all(50)
    assert task.is_running
    gate.set()
    assert runner.wait_for_all(TIMEOUT_MS)
    assert not task.is_running


def test_shutdown_cancels_running_work_and_refuses_new_work(qtbot, make_runner):
    runner = make_runner()
    done: list[object] = []

    def work(reader: FakeReader, token: CancelToken) -> str:
        while not token.cancelled:
            time.sleep(0.005)
        return "stopped"

    task = runner.run_cancellable(work, name="forever", on_done=done.append)
    with qtbot.assertNotEmitted(task.finished, wait=50):
        assert runner.shutdown(TIMEOUT_MS)
    assert done == []
    assert not task.is_running
    with pytest.raises(RuntimeError, match="shut down"):
        runner.run(lambda reader: None, name="late")


def _pool_threads() -> int:
    """How many threads of this process Qt has named after the runner's pool (Linux)."""
    names = []
    for tid in os.listdir("/proc/self/task"):
        with contextlib.suppress(OSError):  # a thread may end while we look
            names.append(Path(f"/proc/self/task/{tid}/comm").read_text().strip())
    return names.count("planner-tasks")


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads through /proc")
def test_no_threads_are_left_behind(qtbot, make_runner):
    runner = make_runner(max_threads=3)
    gate = threading.Event()
    for i in range(6):
        runner.run(lambda reader: gate.wait(TIMEOUT_MS / 1000), name=f"t{i}")
    try:
        qtbot.waitUntil(lambda: _pool_threads() == 3, timeout=2000)  # named once they start
    except qtbot.TimeoutError:
        if _pool_threads() == 0:
            pytest.skip("this Qt does not name pool threads after the pool")
        raise
    finally:
        gate.set()
    assert runner.shutdown(TIMEOUT_MS)
    # QThread.wait() returns as the thread ends; the OS forgets it a moment later.
    qtbot.waitUntil(lambda: _pool_threads() == 0, timeout=2000)


def test_a_real_read_only_sqlite_connection_is_opened_used_and_closed_in_the_worker(
    qtbot, make_runner, tmp_path
):
    path = tmp_path / "planner.db"
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
        setup.execute("INSERT INTO items (title) VALUES ('walk')")
    setup.close()
    closed: list[sqlite3.Connection] = []

    def close(conn: sqlite3.Connection) -> None:
        conn.close()
        closed.append(conn)

    # check_same_thread is on: a connection opened on the GUI thread would fail in the worker.
    runner = make_runner(
        open_reader=lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True), close_reader=close
    )
    read = runner.run(
        lambda conn: conn.execute("SELECT id, title FROM items").fetchone(), name="read"
    )
    with qtbot.waitSignal(read.finished, timeout=TIMEOUT_MS) as blocker:
        pass
    assert blocker.args == [(1, "walk")]

    write = runner.run(lambda conn: conn.execute("DELETE FROM items"), name="write")
    with qtbot.waitSignal(write.failed, timeout=TIMEOUT_MS) as blocker:
        pass
    assert isinstance(blocker.args[0], sqlite3.OperationalError)
    assert "readonly" in str(blocker.args[0])
    assert len(closed) == 2
    assert closed[0] is not closed[1]


def test_a_bug_is_logged_with_its_stack_but_without_its_message(qtbot, make_runner, caplog):
    caplog.set_level(logging.INFO, logger="planner.services.tasks")
    runner = make_runner()

    def summarise_journal(reader: FakeReader) -> None:
        raise KeyError(reader.journal_text)

    def read_backup(reader: FakeReader) -> None:
        (Path("/nonexistent") / reader.journal_text).read_text()  # the error quotes the path

    runner.run(summarise_journal, name="summary")
    runner.run(read_backup, name="backup")
    assert runner.wait_for_all(TIMEOUT_MS)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    text = errors[0].getMessage()
    assert "KeyError" in text
    assert "summarise_journal" in text  # the stack, so the bug can be found
    assert FakeReader.journal_text not in caplog.text
    assert any("FileNotFoundError" in r.getMessage() for r in caplog.records)
