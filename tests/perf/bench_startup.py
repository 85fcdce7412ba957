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
time to first paint is shown too, for information: it leaves out the quitting.
Peak memory is the child's ru_maxrss from os.wait4.
Bytecode is cached in the scratch folder (PYTHONPYCACHEPREFIX), so the project
tree gets no __pycache__ and PYTHONDONTWRITEBYTECODE does not turn every start
into a compile. One warm-up run per case precedes the measured rounds.
The platform is offscreen unless --xvfb is given (starts its own Xvfb) or DISPLAY
is set. Targets are reported as PASS/MISS; the exit status is always 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PERF = Path(__file__).resolve().parent
TIMEOUT_S = 60.0

# (label, numerator case, denominator case, metric, limit)
TARGETS = (
    ("empty / bare, time", "empty", "bare", "time", 1.5),
    ("empty / bare, memory", "empty", "bare", "rss", 1.4),
    ("history / empty, time", "history", "empty", "time", 1.10),
    ("history / empty, memory", "history", "empty", "rss", 1.10),
)
INFO_RATIOS = (
    ("empty / bare, to paint", "empty", "bare", "paint"),
    ("first-run / empty, time", "first-run", "empty", "time"),
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
        killer = threading.Timer(TIMEOUT_S, _kill, args=(proc.pid,))
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


def _kill(pid: int) -> None:
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def stop(proc: subprocess.Popen[bytes]) -> None:
    """End a child politely, then firmly."""
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def xvfb_display() -> Iterator[str]:
    """Start Xvfb on the first free display from :90 and yield its name."""
    exe = shutil.which("Xvfb")
    if exe is None:
        raise SystemExit("--xvfb given but Xvfb is not installed (apt-get install xvfb)")
    for number in range(90, 100):
        socket = Path(f"/tmp/.X11-unix/X{number}")
        if socket.exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        proc = subprocess.Popen(
            [exe, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None and not socket.exists():
            time.sleep(0.05)
        if socket.exists() and proc.poll() is None:
            try:
                yield f":{number}"
            finally:
                stop(proc)
            return
        proc.kill()
        proc.wait()
    raise SystemExit("no free X display between :90 and :99")


def base_env(scratch: Path, display: str | None) -> dict[str, str]:
    """The child environment: quit after first paint, every user folder in the scratch dir."""
    env = dict(os.environ)
    env["PLANNER_EXIT_AFTER_PAINT"] = "1"
    env.pop("PLANNER_DATA_DIR", None)
    # Measure normal starts, with compiled bytecode, but keep __pycache__ out of the tree:
    # the warm-up run fills a cache in the scratch folder.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = scratch / "xdg" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    if display:
        env["DISPLAY"] = display
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def measure(cases: list[Case], runs: int, env: dict[str, str], scratch: Path) -> None:
    """One warm-up run per case, then ``runs`` rounds with the order rotated each round."""
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
        print(f"  round {round_no + 1}/{runs} done", file=sys.stderr, flush=True)


def _describe_failure(when: str, sample: Sample) -> str:
    tail = " | ".join(sample.stderr.strip().splitlines()[-3:])
    how = "killed after timeout" if sample.exit_code == -signal.SIGKILL else "exit"
    return f"{when}: {how} {sample.exit_code} after {sample.ms:.0f} ms; {tail}"


def _median(values: list[float] | list[int]) -> float | None:
    return statistics.median(values) if values else None


def report(cases: dict[str, Case]) -> None:
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
    print()
    print(f"{'ratio (medians)':<26} {'value':>7} {'target':>8}  result")
    for label, num, den, metric, limit in TARGETS:
        value = _ratio(cases[num], cases[den], metric)
        if value is None:
            print(f"{label:<26} {'n/a':>7} {'<= ' + format(limit, '.2f'):>8}  MISS (no data)")
            continue
        verdict = "PASS" if value <= limit else "MISS"
        print(f"{label:<26} {value:>7.2f} {'<= ' + format(limit, '.2f'):>8}  {verdict}")
    for label, num, den, metric in INFO_RATIOS:
        value = _ratio(cases[num], cases[den], metric)
        shown = "n/a" if value is None else f"{value:.2f}"
        print(f"{label:<26} {shown:>7} {'(info)':>8}")
    for case in cases.values():
        for failure in case.failures:
            print(f"FAILED {case.name}: {failure}")


def _ratio(num: Case, den: Case, metric: str) -> float | None:
    a = _median(_samples(num, metric))
    b = _median(_samples(den, metric))
    if a is None or not b:
        return None
    return a / b


def _samples(case: Case, metric: str) -> list[float] | list[int]:
    return {"time": case.times_ms, "paint": case.paint_ms, "rss": case.rss_kib}[metric]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="measured rounds (default 15)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--xvfb", action="store_true", help="start an Xvfb and use a real X window")
    where.add_argument("--offscreen", action="store_true", help="offscreen even if DISPLAY is set")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(PERF))
    from make_history import make_history

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        scratch = Path(tmp)
        with _display(args) as display:
            env = base_env(scratch, display)
            empty_dir = scratch / "empty"
            history_dir = scratch / "history"
            started = time.perf_counter()
            count = make_history(history_dir, years=10, items=12)
            made_in = time.perf_counter() - started
            first_seed = run_once(["main.py", "--data-dir", str(empty_dir)], env, scratch)
            print(_header(display, count, made_in), flush=True)
            if first_seed.exit_code != 0:
                print("The app did not start cleanly:", _describe_failure("first", first_seed))
            cases = [
                Case("bare", [str(PERF / "bare_window.py")]),
                Case("empty", ["main.py", "--data-dir", str(empty_dir)]),
                Case("history", ["main.py", "--data-dir", str(history_dir)]),
                Case("first-run", ["main.py"], fresh_dir=True),
            ]
            measure(cases, args.runs, env, scratch)
            report({c.name: c for c in cases})
    return 0


@contextmanager
def _display(args: argparse.Namespace) -> Iterator[str | None]:
    if args.xvfb:
        with xvfb_display() as display:
            yield display
    elif not args.offscreen and os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
    else:
        yield None


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
