"""Visit summary benchmark: 90 days of a ten-year profile, made, rendered and kept off the GUI.

Usage: python tests/perf/bench_summary.py [--runs 20] [--profile-dir DIR] [--fresh]

The profile is make_journal.py's ten years (12 items, ~36,000 check-offs, 7,300
check-ins, 40 checkups, the two-weekly screens), made once in DIR (default: a
folder in the temp dir) and reused by later runs (--fresh makes it again). "Today" is
the day after its last check-in; the period is its last 90 days.

Everything is measured in one child process, started twice: a warm-up run fills the
bytecode cache (PYTHONPYCACHEPREFIX in the scratch folder, PYTHONDONTWRITEBYTECODE
dropped, as in bench_startup.py), then the measured run. Figures:
  cold ready     import of the service, Store.open_readonly and the first summary in a
                 fresh process (bytecode cached); target 1 s
  summary        build_visit_summary on an open read-only store, median of --runs (and
                 the worst); with the store opened each time, as a TaskRunner task does;
                 the default period and 366 days beside it (info)
  document       build_summary_document (planner/services/summary_document.py) when it
                 exists; the PDF through planner/services/summary_pdf.py when it exists,
                 else the document printed by a QPdfWriter as a stand-in (info)
  ready / stall  the summary made through a TaskRunner (its own read-only store) while
                 a 10 ms QTimer ticks on the GUI thread: time to the result on the GUI
                 thread (median) and the largest gap between ticks (worst of the runs),
                 against the same timer idle; with the document (and PDF) made in the
                 worker too when the renderer exists. Targets: ready 1 s, stall 100 ms
Targets are reported as PASS/MISS with the figure's share of the target; the exit
status is always 0 (not part of the test run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PERF = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PERF))

DAYS = 90
READY_S = 1.0
STALL_MS = 100.0
TICK_MS = 10
IDLE_MS = 500
CHILD_TIMEOUT_S = 300.0
ZONE = "UTC"


# --- The child: every figure once, in one process ---------------------------------------


def _median_ms(work: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, worst) milliseconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times), max(times)


def _pdf_writer(path: Path) -> tuple[Callable[[Any], object] | None, str]:
    """How to write the PDF: summary_pdf.write_summary_pdf(summary, path) when it can be
    imported, else None; and where the PDF comes from (or why not from there)."""
    try:
        from planner.services.summary_pdf import write_summary_pdf
    except Exception as exc:  # the module may be missing or half-written
        return None, f"QPdfWriter stand-in; summary_pdf: {type(exc).__name__}: {exc}"
    return (lambda summary: write_summary_pdf(summary, path)), "summary_pdf.write_summary_pdf"


def _stand_in_pdf(path: Path) -> Callable[[Any], object]:
    """The renderer's document printed by a QPdfWriter (until summary_pdf.py exists)."""
    from PySide6.QtGui import QPageSize, QPdfWriter

    from planner.services.summary_document import build_summary_document

    def write(summary: Any) -> None:
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        build_summary_document(summary).print_(writer)
        del writer

    return write


def _stalls(
    db: Path, work: Callable[[Any], object], runs: int
) -> tuple[list[float], list[float], float]:
    """(ready ms per run, largest tick gap ms per run, largest idle gap ms)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from planner.services.tasks import TaskRunner
    from planner.storage.store import Store

    runner: TaskRunner[Store] = TaskRunner(lambda: Store.open_readonly(db), max_threads=1)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000.0)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    spin(100)
    gaps.clear()
    spin(IDLE_MS)
    idle = max(gaps, default=0.0)
    ready: list[float] = []
    worst: list[float] = []
    for _ in range(runs):
        spin(50)
        gaps.clear()
        last[0] = time.perf_counter()
        loop = QEventLoop()
        got: list[float] = []
        started = time.perf_counter()

        def done(
            _value: object, loop: QEventLoop = loop, got: list[float] = got, began: float = started
        ) -> None:
            got.append((time.perf_counter() - began) * 1000.0)
            loop.quit()

        def failed(_error: BaseException, loop: QEventLoop = loop) -> None:
            loop.quit()

        runner.run(work, name="bench-summary", on_done=done, on_error=failed)
        QTimer.singleShot(int(CHILD_TIMEOUT_S * 1000), loop.quit)
        loop.exec()
        spin(3 * TICK_MS)  # the gap the result's delivery may leave
        if not got:
            raise RuntimeError("the summary task failed or did not finish")
        ready.append(got[0])
        worst.append(max(gaps, default=0.0))
    timer.stop()
    runner.shutdown()
    return ready, worst, idle


def child_main(profile_dir: Path, runs: int, out: Path) -> int:
    started = time.perf_counter()
    from planner.services.visit_summary import build_visit_summary
    from planner.storage.store import Store

    db = profile_dir / "planner.db"
    store = Store.open_readonly(db)
    (last_day,) = store.connection.execute("SELECT max(day) FROM journal_entries").fetchone()
    today = date.fromisoformat(last_day) + timedelta(days=1)
    start = today - timedelta(days=DAYS - 1)
    summary = build_visit_summary(store, start, today, ZONE, today)
    figures: dict[str, object] = {"cold_ms": (time.perf_counter() - started) * 1000.0}
    figures["today"] = today.isoformat()
    figures["counts"] = {
        "check-ins": summary.checkins,
        "items": len(summary.items),
        "screens": len(summary.screens),
        "weeks": len(summary.weeks),
        "care notes": len(summary.care_notes),
    }

    def made(first: date) -> Callable[[], object]:
        return lambda: build_visit_summary(store, first, today, ZONE, today)

    from planner.domain.visit_summary import default_period

    since_checkup, _ = default_period(store.checkups.all(), today)
    figures["summary"] = _median_ms(made(start), runs)
    figures["summary_default"] = _median_ms(made(since_checkup), runs)
    figures["default_days"] = (today - since_checkup).days + 1
    figures["summary_year"] = _median_ms(made(today - timedelta(days=365)), runs)

    def opened() -> None:
        reader = Store.open_readonly(db)
        try:
            build_visit_summary(reader, start, today, ZONE, today)
        finally:
            reader.close()

    figures["summary_opened"] = _median_ms(opened, runs)

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    render: Callable[[Any], object] | None = None
    try:
        from planner.services.summary_document import build_summary_document
    except ImportError:
        figures["document"] = None
    else:
        figures["document"] = _median_ms(lambda: build_summary_document(summary), runs)
        with tempfile.TemporaryDirectory(prefix="bench-summary-pdf-") as tmp:
            pdf_path = Path(tmp) / "summary.pdf"
            writer, figures["pdf_source"] = _pdf_writer(pdf_path)
            render = writer or _stand_in_pdf(pdf_path)
            figures["pdf"] = _median_ms(lambda: render(summary), max(3, runs // 2))
            figures["pdf_bytes"] = pdf_path.stat().st_size if pdf_path.exists() else 0

    def data_only(reader: Store) -> object:
        return build_visit_summary(reader, start, today, ZONE, today)

    figures["stall_data"] = _stalls(db, data_only, runs)
    if render is not None:
        with tempfile.TemporaryDirectory(prefix="bench-summary-pdf-") as tmp:
            pdf_path = Path(tmp) / "summary.pdf"
            write = _pdf_writer(pdf_path)[0] or _stand_in_pdf(pdf_path)

            def with_pdf(reader: Store) -> object:
                made_now = build_visit_summary(reader, start, today, ZONE, today)
                write(made_now)
                return made_now

            figures["stall_pdf"] = _stalls(db, with_pdf, runs)
    store.close()
    del app
    out.write_text(json.dumps(figures))
    return 0


# --- The parent: the profile, the two children, the report --------------------------------


def _profile(folder: Path, fresh: bool) -> tuple[str, float | None]:
    from make_journal import describe, make_journal

    db = folder / "planner.db"
    if fresh and folder.exists():
        for file in folder.glob("planner.db*"):
            file.unlink()
    if db.exists():
        return f"reused {folder}", None
    started = time.perf_counter()
    counts = make_journal(folder, years=10)
    return describe(counts), time.perf_counter() - started


def _run_child(folder: Path, runs: int, scratch: Path) -> dict[str, Any]:
    from procs import child_env

    out = scratch / "figures.json"
    out.unlink(missing_ok=True)
    env = child_env(scratch, None)
    command = [sys.executable, str(Path(__file__).resolve()), "--child"]
    command += ["--profile-dir", str(folder), "--runs", str(runs), "--out", str(out)]
    done = subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
    )
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"the child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    found: dict[str, Any] = json.loads(out.read_text())
    return found


def _verdict(value: float, target: float) -> str:
    return f"{'PASS' if value <= target else 'MISS'} ({value / target:.2f} of the target)"


def report(f: dict[str, Any], runs: int) -> None:
    counts = ", ".join(f"{v} {k}" for k, v in f["counts"].items())
    print(f"today {f['today']}, {DAYS} days: {counts}")
    median, worst = f["summary"]
    cold = f["cold_ms"]
    print(f"\n  cold ready (fresh process)     {cold:8.1f} ms   {_verdict(cold / 1000, READY_S)}")
    print(f"  summary, store open (median)   {median:8.1f} ms   worst {worst:.1f} ms")
    opened, opened_worst = f["summary_opened"]
    print(f"  summary, store opened each     {opened:8.1f} ms   worst {opened_worst:.1f} ms")
    default_ms = f["summary_default"][0]
    year_ms = f["summary_year"][0]
    print(
        f"  since the last checkup ({f['default_days']:3} d) {default_ms:6.1f} ms   "
        f"366 days {year_ms:.1f} ms ({year_ms / median:.1f} x 90 days)"
    )
    if f.get("document") is None:
        print("  document / PDF                 not measured (no summary_document.py yet)")
    else:
        doc_ms = f["document"][0]
        pdf_ms = f["pdf"][0]
        print(
            f"  document (GUI thread)          {doc_ms:8.1f} ms   ({doc_ms / median:.1f} x summary)"
        )
        print(f"  {'PDF':30} {pdf_ms:8.1f} ms   {f['pdf_bytes'] / 1024:.0f} KiB")
        print(f"    (from {f['pdf_source']})")
    print(f"\nThrough the TaskRunner ({runs} runs, {TICK_MS} ms timer on the GUI thread):")
    for key, label in (("stall_data", "summary"), ("stall_pdf", "summary + PDF")):
        if key not in f:
            continue
        ready, gaps, idle = f[key]
        ready_ms = statistics.median(ready)
        stall = max(gaps)
        print(
            f"  {label:15} ready {ready_ms:7.1f} ms "
            f"(first {ready[0]:.1f}, worst {max(ready):.1f})  "
            f"{_verdict(ready_ms / 1000, READY_S)}"
        )
        print(
            f"  {'':15} stall {stall:7.1f} ms (idle timer {idle:.1f}, {stall / idle:.1f} x)  "
            f"{_verdict(stall, STALL_MS)}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="measured runs (default 20)")
    default_dir = Path(tempfile.gettempdir()) / "bench-summary-profile"
    parser.add_argument("--profile-dir", type=Path, default=default_dir)
    parser.add_argument("--fresh", action="store_true", help="make the profile again")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args.profile_dir, max(1, args.runs), args.out)
    described, made_in = _profile(args.profile_dir, args.fresh)
    made = f" (made in {made_in:.2f} s)" if made_in is not None else ""
    print(
        f"Visit summary benchmark: Python {platform.python_version()}, offscreen, "
        f"{os.cpu_count()} CPUs, {platform.machine()}\nprofile: {described}{made}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-summary-") as tmp:
        scratch = Path(tmp)
        try:
            _run_child(args.profile_dir, 1, scratch)  # warm-up: fills the bytecode cache
            figures = _run_child(args.profile_dir, args.runs, scratch)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"FAILED: {exc}")
            return 0
    report(figures, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
