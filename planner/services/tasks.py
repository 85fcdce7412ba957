"""Run slow work off the GUI thread, each task with its own reader, and report back by signal."""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal

__all__ = ["CancelToken", "Task", "TaskRunner"]

R = TypeVar("R")
T = TypeVar("T")

log = logging.getLogger(__name__)


class CancelToken:
    """A flag long work may poll to stop early; set by Task.cancel() and at shutdown."""

    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def cancelled(self) -> bool:
        """True once somebody no longer wants the outcome."""
        return self._event.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; safe from any thread."""
        self._event.set()


class Task(QObject):
    """Handle on one piece of work; its outcome arrives on the GUI thread as a signal."""

    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception object the work (or open_reader) raised

    def __init__(
        self,
        name: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.name = name
        self.token = CancelToken()
        self._on_done = on_done
        self._on_error = on_error
        self._running = True

    @property
    def is_running(self) -> bool:
        """True until the work has returned (even after cancel()) and its outcome was handled."""
        return self._running

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called: the outcome will not be delivered."""
        return self.token.cancelled

    def cancel(self) -> None:
        """Drop the outcome and ask the work to stop; running code is never interrupted."""
        self.token.cancel()

    def _settle(self, ok: bool, value: object) -> None:
        """GUI thread: mark the task done and deliver its outcome unless it was cancelled."""
        self._running = False
        if self.token.cancelled:
            return
        if ok:
            self.finished.emit(value)
            if self._on_done is not None:
                self._on_done(value)
        else:
            assert isinstance(value, BaseException)
            self.failed.emit(value)
            if self._on_error is not None:
                self._on_error(value)


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What a worker posts back: which task, whether it worked, the result or the exception."""

    task_id: int
    ok: bool
    value: object


class _Job(QRunnable):
    """The pool's unit of work; it holds plain Python objects only, never the Task (a QObject)."""

    def __init__(self, run: Callable[[], None]) -> None:
        super().__init__()
        self._run: Callable[[], None] | None = run

    def run(self) -> None:
        """Worker thread: do the job, then let go of it here rather than at deletion."""
        run, self._run = self._run, None
        if run is not None:
            run()


def _close_default(reader: object) -> None:
    """Close the reader if it can be closed (sqlite3 connections, stores)."""
    close = getattr(reader, "close", None)
    if callable(close):
        close()


class TaskRunner(QObject, Generic[R]):
    """Runs work on a small thread pool; each task opens and closes its own reader there."""

    _settled = Signal(object)  # an _Outcome, posted from worker threads

    def __init__(
        self,
        open_reader: Callable[[], R],
        close_reader: Callable[[R], None] | None = None,
        *,
        expected_errors: tuple[type[BaseException], ...] = (OSError,),
        max_threads: int = 4,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_reader = open_reader
        self._close_reader: Callable[[R], None] = close_reader or _close_default
        self._expected = expected_errors
        # QThreadPool rather than threading.Thread: a burst of tasks reuses a bounded set of
        # threads (each holding one sqlite reader at most), and waitForDone() joins them all.
        self._pool = QThreadPool(self)
        self._pool.setObjectName("planner-tasks")
        self._pool.setMaxThreadCount(max(1, max_threads))
        self._tasks: dict[int, Task] = {}
        self._ids = itertools.count()
        self._lock = threading.Lock()
        self._closed = False  # no new work (GUI thread)
        self._closed_to_workers = False  # no more posting (read by workers, under the lock)
        # Queued even though Auto would queue too: the slot must run on this object's thread.
        self._settled.connect(self._on_settled, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        """How many tasks have not yet been settled on the GUI thread."""
        return len(self._tasks)

    def run(
        self,
        work: Callable[[R], T],
        *,
        name: str,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Start work(reader) on a worker thread; see run_cancellable for the details."""
        return self.run_cancellable(
            lambda reader, _token: work(reader), name=name, on_done=on_done, on_error=on_error
        )

    def run_cancellable(
        self,
        work: Callable[[R, CancelToken], T],
        *,
        name: str,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Start work(reader, token) on a worker thread; callbacks and signals come on this one."""
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        task = Task(name, on_done, on_error)
        task_id = next(self._ids)
        self._tasks[task_id] = task
        token = task.token
        self._pool.start(_Job(lambda: self._execute(task_id, name, token, work)))
        return task

    def wait_for_all(self, timeout_ms: int = -1) -> bool:
        """Block until every worker is done and its outcome delivered; False on timeout."""
        done = self._pool.waitForDone(timeout_ms)
        # The outcomes are queued events for this object: deliver them now, not at the next
        # turn of the event loop, so callers (quit, the CLI, tests) see every callback run.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        return done

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """At quit: refuse new work, cancel the rest, wait for the workers; False on timeout."""
        self._closed = True
        for task in list(self._tasks.values()):
            task.cancel()
        done = self.wait_for_all(timeout_ms)
        with self._lock:
            # A worker that outlives the timeout must not post to an object being destroyed.
            self._closed_to_workers = True
        return done

    def _execute(
        self, task_id: int, name: str, token: CancelToken, work: Callable[[R, CancelToken], T]
    ) -> None:
        """Worker thread: open a reader, run the work, close the reader, post the outcome."""
        if token.cancelled:  # cancelled while still queued: nobody wants it
            self._post(_Outcome(task_id, False, None))
            return
        try:
            reader = self._open_reader()
        except BaseException as exc:
            self._report("opening the reader of task", name, exc)
            self._post(_Outcome(task_id, False, exc))
            return
        try:
            outcome = _Outcome(task_id, True, work(reader, token))
        except BaseException as exc:
            self._report("task", name, exc)
            outcome = _Outcome(task_id, False, exc)
        finally:
            try:
                self._close_reader(reader)
            except BaseException as exc:  # logged; the work's outcome stands
                self._report("closing the reader of task", name, exc)
            del reader  # so the exception's frames do not keep the connection alive
        self._post(outcome)

    def _report(self, what: str, name: str, exc: BaseException) -> None:
        """Worker thread: log type and stack, never the message (it may quote the user's data)."""
        if isinstance(exc, self._expected):  # the environment's fault: the caller tells the user
            log.info("%s %r failed: %s", what, name, type(exc).__qualname__)
            return
        stack = "".join(traceback.format_tb(exc.__traceback__)).rstrip()
        log.error("%s %r failed: %s\n%s", what, name, type(exc).__qualname__, stack)

    def _post(self, outcome: _Outcome) -> None:
        """Worker thread: queue the outcome for the GUI thread, unless shut down for good."""
        with self._lock:
            if not self._closed_to_workers:
                self._settled.emit(outcome)

    def _on_settled(self, outcome: _Outcome) -> None:
        """GUI thread: hand the outcome to its task and forget the task."""
        task = self._tasks.pop(outcome.task_id, None)
        if task is not None:
            task._settle(outcome.ok, outcome.value)
