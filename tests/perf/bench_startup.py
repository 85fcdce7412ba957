"""Start-up benchmark: the app against a bare PySide6 window, measured in the same run.

Usage: python tests/perf/bench_startup.py [--runs 15] [--xvfb | --offscreen]

Cases, interleaved round by round so machine noise spreads over all of them:
  bare      tests/perf/bare_window.py (QApplication + QMainWindow + QLabel)
  empty     main.py on a profile that already exists (standard plan, no history)
  history   main.py on a profile with 10 years of check-offs (make_history.py)
  first-run main.py on a new, empty folder each time (creates the store, seeds the plan)

Each run is timed from spawn to exit (the app quits after its first paint because
PLANNER_EXIT_AFTER_PAINT=1); that is the figure the targets use. Both programs also
report when their first paint was done ("painted <monotonic time>" on stderr), so the
time to first paint is shown too: it leaves out the quitting.
Peak memory is the child's ru_maxrss from os.wait4.
Bytecode is cached in the scratch folder (PYTHONPYCACHEPREFIX), so the project
tree gets no __pycache__ and PYTHONDONTWRITEBYTECODE does not turn every start
into a compile. One warm-up run per case precedes the measured rounds.

Left running, in the same rounds: the app on a profile of its own (made like the
empty one), without PLANNER_EXIT_AFTER_PAINT so its after-paint work runs (the rest
of Today, the log, the single-instance server, the reminders), and the bare window
with --stay. Each is read from outside RUNNING_S seconds after its start: memory from
/proc/PID/status (VmRSS and its parts RssAnon, RssFile, RssShmem) and CPU time
(utime + stime of all threads, /proc/PID/stat); then it gets SIGTERM (SIGKILL if it
lingers). The app's log tells whether its reminders had started by then.

The platform is offscreen unless --xvfb is given (starts its own Xvfb) or DISPLAY
is set. Targets are reported as PASS/MISS; the exit status is always 0. Linux only.
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from procs import PERF, ROOT, add_display_options, child_env, kill, sample_running
from procs import display_for as _display
from procs import stop as stop  # re-exported: the other benchmarks import it from here
from procs import xvfb_display as xvfb_display

TIMEOUT_S = 60.0
RUNNING_S = 5.0  # the left-running cases are read this long after their start
SETTLE_S = 0.5  # a pause after the left-running cases, before the next round's starts
STARTED_MARK = "Reminders planned (start)"  # the app's log line once reminders run

# (label, numerator case, denominator case, metric, limit or None for information)
RATIOS: tuple[tuple[str, str, str, str, float | None], ...] = (
    ("empty / bare, time", "empty", "bare", "time", 1.5),
    ("empty / bare, memory", "empty", "bare", "rss", 1.4),
    ("history / empty, time", "history", "empty", "time", 1.10),
    ("history / empty, memory", "history", "empty", "rss", 1.10),
    ("start to first paint, app/bare", "empty", "bare", "paint", 1.5),
    ("memory once running (RSS at 5 s), app/bare", "app-running", "bare-stay", "run_rss", 1.5),
    ("first-run / empty, time", "first-run", "empty", "time", None),
    ("CPU time in 5 s, app/bare", "app-running", "bare-stay", "run_cpu", None),
)


@dataclass
class Case:
    """One thing to start, with its measured samples."""

    name: str
    args: list[str]
    fresh_dir: bool = False  # a new data folder for every run (first-run case)
    times_ms: list[float] = field(default_factory=list)
    paint_ms: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


@dataclass
class RunningCase:
    """One thing to leave running for RUNNING_S seconds, with its readings."""

    name: str
    args: list[str]
    log: Path | None = None  # the app's log file, to see whether the reminders started
    status: list[dict[str, int]] = field(default_factory=list)  # /proc/PID/status, KiB
    cpu_s: list[float] = field(default_factory=list)
    started: int = 0  # readings taken after the log said the reminders were planned
    failures: list[str] = field(default_factory=list)

    def median(self, key: str) -> float | None:
        return _median([s[key] for s in self.status])


@dataclass(frozen=True)
class Sample:
    ms: float
    paint_ms: float | None  # spawn to the end of the first paint, when reported
    rss_kib: int
    exit_code: int
    stderr: str


def run_once(args: list[str], env: dict[str, str], scratch: Path) -> Sample:
    """Spawn ``sys.executable args``, wait with os.wait4, return wall time and peak RSS."""
    err_path = scratch / "stderr.txt"
    with err_path.open("wb") as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        killer = threading.Timer(TIMEOUT_S, kill, args=(proc.pid,))
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        elapsed = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code  # reaped by wait4; keep Popen from waiting again
    stderr = err_path.read_text(errors="replace")
    painted = next(
        (float(line.split()[1]) for line in stderr.splitlines() if line.startswith("painted ")),
        None,
    )
    paint_ms = None if painted is None else (painted - started) * 1000.0
    return Sample(elapsed * 1000.0, paint_ms, usage.ru_maxrss, code, stderr)


def base_env(scratch: Path, display: str | None) -> dict[str, str]:
    """The child environment: quit after first paint, every user folder in the scratch dir."""
    env = child_env(scratch, display)
    env["PLANNER_EXIT_AFTER_PAINT"] = "1"
    return env


def measure(
    cases: list[Case],
    runs: int,
    env: dict[str, str],
    scratch: Path,
    after_round: Callable[[int], None] | None = None,
) -> None:
    """One warm-up run per case, then ``runs`` rounds with the order rotated each round.

    ``after_round(round_no)`` runs at the end of each round (the left-running cases).
    """
    counter = 0

    def args_for(case: Case) -> list[str]:
        nonlocal counter
        if not case.fresh_dir:
            return case.args
        counter += 1
        return [*case.args, "--data-dir", str(scratch / f"first-run-{counter}")]

    working = []
    for case in cases:
        sample = run_once(args_for(case), env, scratch)
        if sample.exit_code != 0:
            case.failures.append(_describe_failure("warm-up (case left out)", sample))
        else:
            working.append(case)
    for round_no in range(runs if working else 0):
        shift = round_no % len(working)
        for case in working[shift:] + working[:shift]:
            sample = run_once(args_for(case), env, scratch)
            if sample.exit_code != 0:
                case.failures.append(_describe_failure(f"run {round_no + 1}", sample))
                continue
            case.times_ms.append(sample.ms)
            case.rss_kib.append(sample.rss_kib)
            if sample.paint_ms is not None:
                case.paint_ms.append(sample.paint_ms)
        if after_round is not None:
            after_round(round_no)
        print(f"  round {round_no + 1}/{runs} done", file=sys.stderr, flush=True)


def leave_running(case: RunningCase, env: dict[str, str], scratch: Path, when: str) -> bool:
    """Start the case, read it RUNNING_S s later, end it; False (and a note) if it died."""
    before = _marks(case.log)
    reading, _ = sample_running(case.args, env, scratch, RUNNING_S)
    if not reading.alive:
        tail = " | ".join(reading.stderr.strip().splitlines()[-3:])
        case.failures.append(f"{when}: ended before the reading at {RUNNING_S:.0f} s; {tail}")
        return False
    if when.startswith("run"):
        case.status.append(reading.status)
        case.cpu_s.append(reading.cpu_s)
        case.started += _marks(case.log) > before
    return True


def _marks(log: Path | None) -> int:
    if log is None or not log.exists():
        return 0
    return log.read_text(errors="replace").count(STARTED_MARK)


def _describe_failure(when: str, sample: Sample) -> str:
    tail = " | ".join(sample.stderr.strip().splitlines()[-3:])
    how = "killed after timeout" if sample.exit_code == -signal.SIGKILL else "exit"
    return f"{when}: {how} {sample.exit_code} after {sample.ms:.0f} ms; {tail}"


def _median(values: list[float] | list[int]) -> float | None:
    return statistics.median(values) if values else None


def report(cases: dict[str, Case], running: dict[str, RunningCase] | None = None) -> None:
    running = running or {}
    print()
    print(
        f"{'case':<10} {'runs':>4} {'median ms':>10} {'min ms':>8} {'max ms':>8} "
        f"{'to paint ms':>12} {'median peak RSS MiB':>20}"
    )
    for case in cases.values():
        t, r = case.times_ms, case.rss_kib
        if not t:
            print(f"{case.name:<10} {0:>4}  (no successful runs)")
            continue
        paint = _median(case.paint_ms)
        shown = "n/a" if paint is None else f"{paint:.1f}"
        print(
            f"{case.name:<10} {len(t):>4} {statistics.median(t):>10.1f} {min(t):>8.1f} "
            f"{max(t):>8.1f} {shown:>12} {statistics.median(r) / 1024:>20.1f}"
        )
    if running:
        _report_running(running)
    print()
    print(f"{'ratio (medians)':<44} {'value':>7} {'target':>8}  result")
    for label, num, den, metric, limit in RATIOS:
        if metric.startswith("run_") and not running:
            continue
        value = _ratio(cases, running, num, den, metric)
        shown = "n/a" if value is None else f"{value:.2f}"
        if limit is None:
            print(f"{label:<44} {shown:>7} {'(info)':>8}")
            continue
        verdict = "MISS (no data)" if value is None else "PASS" if value <= limit else "MISS"
        print(f"{label:<44} {shown:>7} {'<= ' + format(limit, '.2f'):>8}  {verdict}")
    for case in [*cases.values(), *running.values()]:
        for failure in case.failures:
            print(f"FAILED {case.name}: {failure}")


def _report_running(running: dict[str, RunningCase]) -> None:
    print()
    print(f"Left running, read {RUNNING_S:.0f} s after start (medians; MiB, CPU s):")
    print(
        f"{'case':<12} {'runs':>4} {'RSS':>7} {'min':>7} {'max':>7} {'anon':>7} {'file':>7} "
        f"{'shmem':>7} {'threads':>7} {'CPU s':>7}"
    )
    for case in running.values():
        if not case.status:
            print(f"{case.name:<12} {0:>4}  (no successful runs)")
            continue
        rss = [s["VmRSS"] / 1024 for s in case.status]
        parts = [(case.median(k) or 0) / 1024 for k in ("RssAnon", "RssFile", "RssShmem")]
        cpu = _median(case.cpu_s) or 0.0
        print(
            f"{case.name:<12} {len(rss):>4} {statistics.median(rss):>7.1f} {min(rss):>7.1f} "
            f"{max(rss):>7.1f} {parts[0]:>7.1f} {parts[1]:>7.1f} {parts[2]:>7.1f} "
            f"{case.median('Threads') or 0:>7.0f} {cpu:>7.2f}"
        )
    for case in running.values():
        if case.log is not None and case.status:
            print(
                f"{case.name}: reminders had started before the reading in "
                f"{case.started} of {len(case.status)} runs (its log: {STARTED_MARK!r})"
            )


def _ratio(
    cases: dict[str, Case], running: dict[str, RunningCase], num: str, den: str, metric: str
) -> float | None:
    def value(name: str) -> float | None:
        if metric == "run_rss":
            return running[name].median("VmRSS") if name in running else None
        if metric == "run_cpu":
            return _median(running[name].cpu_s) if name in running else None
        case = cases[name]
        return _median({"time": case.times_ms, "paint": case.paint_ms, "rss": case.rss_kib}[metric])

    a, b = value(num), value(den)
    if a is None or not b:
        return None
    return a / b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="measured rounds (default 15)")
    add_display_options(parser)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(PERF))
    from make_history import make_history

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        scratch = Path(tmp)
        with _display(args) as display:
            env = base_env(scratch, display)
            running_env = child_env(scratch, display)  # no PLANNER_EXIT_AFTER_PAINT
            empty_dir = scratch / "empty"
            running_dir = scratch / "running"
            history_dir = scratch / "history"
            started = time.perf_counter()
            count = make_history(history_dir, years=10, items=12)
            made_in = time.perf_counter() - started
            folders = (empty_dir, running_dir)
            seeds = [run_once(["main.py", "--data-dir", str(d)], env, scratch) for d in folders]
            print(_header(display, count, made_in), flush=True)
            for seed, folder in zip(seeds, folders, strict=True):
                if seed.exit_code != 0:
                    where = f"The app did not start cleanly on {folder.name}:"
                    print(where, _describe_failure("first", seed))
            cases = [
                Case("bare", [str(PERF / "bare_window.py")]),
                Case("empty", ["main.py", "--data-dir", str(empty_dir)]),
                Case("history", ["main.py", "--data-dir", str(history_dir)]),
                Case("first-run", ["main.py"], fresh_dir=True),
            ]
            pair = [
                RunningCase("bare-stay", [str(PERF / "bare_window.py"), "--stay"]),
                RunningCase(
                    "app-running",
                    ["main.py", "--data-dir", str(running_dir)],
                    log=running_dir / "logs" / "planner.log",
                ),
            ]
            # The warm-up also caches the bytecode of what only runs after the paint.
            working = [c for c in pair if leave_running(c, running_env, scratch, "warm-up")]

            def after_round(round_no: int) -> None:
                order = working if round_no % 2 == 0 else working[::-1]
                for case in order:
                    leave_running(case, running_env, scratch, f"run {round_no + 1}")
                time.sleep(SETTLE_S)  # let the X server finish with the closed windows

            measure(cases, args.runs, env, scratch, after_round)
            report({c.name: c for c in cases}, {c.name: c for c in pair})
    return 0


def _header(display: str | None, count: int, made_in: float) -> str:
    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:
        pyside = "?"
    where = f"X display {display}" if display else "offscreen"
    return (
        f"Start-up benchmark: Python {platform.python_version()}, PySide6 {pyside}, "
        f"{where}, {os.cpu_count()} CPUs, {platform.machine()}\n"
        f"history profile: 12 items, {count} check-offs (made in {made_in:.2f} s)"
    )


if __name__ == "__main__":
    sys.exit(main())
