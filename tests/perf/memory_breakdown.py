"""Where the running app's memory goes, beside a bare PySide6 window (an investigation).

Usage: python tests/perf/memory_breakdown.py [--runs 3] [--seconds 5] [--xvfb | --offscreen]
       [--parts components,ladder,smaps,trace,options]

Every figure comes from a fresh child process (tests/perf/memory_child.py, or main.py)
read from outside (/proc/PID/status: VmRSS = RssAnon + RssFile + RssShmem), medians
over --runs, in MiB:
  components  a bare window (QApplication + QMainWindow + QLabel, shown), and that window
              plus one import or one piece of the app's work, each alone: delta vs bare
  ladder      the same, cumulative, up to every module the app loads, then the app itself
              (main.py, also under a private D-Bus session bus); and the scheduler's share
              of it step by step
  smaps       the app and tests/perf/bare_window.py --stay compared mapping by mapping
              (/proc/PID/smaps): shared libraries, fonts, heaps
  trace       tracemalloc in the app and in the bare window: the Python heap, by where
              each block was allocated
  options     the app, run through planner.cli in the child as main.py does, with one
              change each (patched into that child only), against the app as it is
Bytecode is cached in the scratch folder, as bench_startup.py does. Linux only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from memory_child import VARIANTS
from procs import PERF, ROOT, add_display_options, child_env, display_for, sample_running, stop

PARTS = ("components", "ladder", "smaps", "trace", "options")
CHILD = str(PERF / "memory_child.py")
MIB = 1024.0
COMPONENTS = (
    "asyncio",
    "ssl",
    "concurrent.futures",
    "multiprocessing",
    "importlib.metadata",
    "entry-point scan",
    "tzlocal",
    "QtScheduler import",
    "QtScheduler as the app",
    "QtScheduler explicit",
    "jsonschema",
    "jeepney",
    "PySide6.QtDBus",
    "QtDBus system bus",
    "QtNetwork server",
    "PySide6.QtSvg",
    "SVG icons",
    "PNG icons",
    "style sheet",
    "planner, before paint",
    "planner, all loaded",
    "every module",
)
LADDERS = {
    "app": (
        "planner, before paint",
        "style sheet",
        "SVG icons",
        "QtScheduler as the app",
        "planner, all loaded",
        "QtNetwork server",
        "QtDBus system bus",
        "every module",
    ),
    "scheduler": (
        "asyncio",
        "multiprocessing",
        "importlib.metadata",
        "entry-point scan",
        "tzlocal",
        "QtScheduler import",
        "QtScheduler as the app",
    ),
}
#: Where the options part starts the child's app with an environment variable.
ENV_OPTIONS = (
    ("env MALLOC_ARENA_MAX=2", "as-is", {"MALLOC_ARENA_MAX": "2"}),
    ("env MALLOC_ARENA_MAX=1", "as-is", {"MALLOC_ARENA_MAX": "1"}),
    ("env PYTHONMALLOC=malloc", "as-is", {"PYTHONMALLOC": "malloc"}),
    ("env PYTHONOPTIMIZE=2 (python -OO: no docstrings)", "as-is", {"PYTHONOPTIMIZE": "2"}),
    (
        "env PYTHONMALLOC=malloc + linecache+gc+trim",
        "linecache.clearcache()+gc+trim at 3 s",
        {"PYTHONMALLOC": "malloc"},
    ),
)

Triple = tuple[float, float, float]  # RSS, anon, file-backed + shared (MiB)


class Readings:
    """/proc/PID/status readings per label, and a note per label."""

    def __init__(self) -> None:
        self.samples: dict[str, list[dict[str, int]]] = {}
        self.notes: dict[str, str] = {}

    def add(self, label: str, status: dict[str, int]) -> None:
        self.samples.setdefault(label, []).append(status)

    def triple(self, label: str) -> Triple:
        def med(key: str) -> float:
            values = [s[key] for s in self.samples.get(label, [])]
            return statistics.median(values) / MIB if values else float("nan")

        rss, anon = med("VmRSS"), med("RssAnon")
        return rss, anon, rss - anon

    def delta(self, label: str, base: Triple) -> Triple:
        a, b, c = (x - y for x, y in zip(self.triple(label), base, strict=True))
        return a, b, c


def _spec(**spec: object) -> list[str]:
    return [CHILD, json.dumps(spec)]


def _window(steps: list[str], scratch: Path, at: float, **extra: object) -> list[str]:
    loaded = str(scratch / "loaded.json")
    return _spec(mode="window", steps=steps, scratch=str(scratch), loaded=loaded, at=at, **extra)


def _app(variant: str, profile: Path, scratch: Path, at: float, **extra: object) -> list[str]:
    return _spec(
        mode="app", variant=variant, data_dir=str(profile), scratch=str(scratch), at=at, **extra
    )


def _sample(
    readings: Readings, label: str, cmd: list[str], env: dict[str, str], scratch: Path, at: float
) -> None:
    reading, maps = sample_running(cmd, env, scratch, at, smaps=True)
    if not reading.alive:
        tail = " | ".join(reading.stderr.strip().splitlines()[-2:])
        readings.notes[label] = f"ended early: {tail}"
        return
    readings.add(label, reading.status)
    notes = []
    if maps is not None and "libqsvg.so" in maps[1]:
        notes.append("SVG plugin loaded")
    notes += sorted({ln for ln in reading.stderr.splitlines() if ln.startswith("skipped ")})[:2]
    if notes:
        readings.notes[label] = "; ".join(notes)


def _print_rows(title: str, rows: list[tuple[str, Triple]], notes: dict[str, str]) -> None:
    print(f"\n{title}")
    print(f"  {'':<54} {'RSS':>7} {'anon':>7} {'file+shm':>8}   (MiB)")
    for label, (rss, anon, other) in rows:
        note = f"  [{notes[label]}]" if label in notes else ""
        print(f"  {label:<54} {rss:>+7.1f} {anon:>+7.1f} {other:>+8.1f}{note}")


def _session_bus() -> tuple[subprocess.Popen[bytes] | None, str | None]:
    """A private D-Bus session bus, as a desktop has (the app then loads jeepney)."""
    try:
        proc = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        return None, None
    assert proc.stdout is not None
    return proc, proc.stdout.readline().decode().strip() or None


def _until_written(cmd: list[str], out: Path, env: dict[str, str]) -> dict[str, object]:
    """Run a child until it has written ``out`` (a snapshot is slow under tracemalloc)."""
    out.unlink(missing_ok=True)
    proc = subprocess.Popen(
        [sys.executable, *cmd],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not out.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop(proc)
    if not out.exists():
        raise SystemExit(f"the child wrote no {out.name}: {' '.join(cmd)}")
    return json.loads(out.read_text())


def run(args: argparse.Namespace) -> int:
    parts = set(args.parts.split(","))
    with tempfile.TemporaryDirectory(prefix="memory-breakdown-") as tmp:
        scratch = Path(tmp)
        with display_for(args) as display:
            env = child_env(scratch, display)
            profile = scratch / "profile"
            subprocess.run(
                [sys.executable, "main.py", "--data-dir", str(profile)],
                cwd=ROOT,
                env=dict(env, PLANNER_EXIT_AFTER_PAINT="1"),
                stderr=subprocess.DEVNULL,
                timeout=60,
            )
            subprocess.run(
                [sys.executable, *_spec(mode="pngs", scratch=str(scratch))],
                cwd=ROOT,
                env=env,
                timeout=60,
                check=True,
            )
            loaded = scratch / "loaded.json"
            for _ in range(2):  # the first run also fills the bytecode cache
                names = _until_written(
                    _app("as-is", profile, scratch, args.seconds, dump=str(loaded)), loaded, env
                )
            app_status, _ = sample_running(
                _app("as-is", profile, scratch, args.seconds), env, scratch, args.seconds
            )
            where = f"X display {display}" if display else "offscreen"
            print(
                f"Memory breakdown: {where}, {args.runs} runs each, the app read at "
                f"{args.seconds:g} s, the bare-window children at {args.component_seconds:g} s; "
                f"the app loads {len(names['all'])} modules, {len(names['planner'])} of them "
                "planner's"
            )
            if parts & {"components", "ladder"}:
                _components(args, parts, env, scratch)
            if "smaps" in parts:
                _smaps(args, env, scratch)
            if "trace" in parts:
                _trace(args, env, scratch, app_status.status)
            if "options" in parts:
                _options(args, env, scratch)
    return 0


def _components(
    args: argparse.Namespace, parts: set[str], env: dict[str, str], scratch: Path
) -> None:
    at, profile = args.component_seconds, scratch / "profile"
    jobs: list[tuple[str, list[str]]] = [("bare", [])]
    if "components" in parts:
        jobs += [(name, [name]) for name in COMPONENTS]
    if "ladder" in parts:
        for ladder, steps in LADDERS.items():
            jobs += [(f"{ladder} {k}", list(steps[: k + 1])) for k in range(len(steps))]
    readings = Readings()
    bus, address = _session_bus()
    app = ["main.py", "--data-dir", str(profile)]
    for run_no in range(args.runs):
        for label, steps in jobs:
            _sample(readings, label, _window(steps, scratch, at), env, scratch, at)
        _sample(readings, "app", app, env, scratch, args.seconds)
        if address:
            bus_env = dict(env, DBUS_SESSION_BUS_ADDRESS=address)
            _sample(readings, "app, session bus", app, bus_env, scratch, args.seconds)
        print(f"  components: round {run_no + 1}/{args.runs} done", file=sys.stderr, flush=True)
    if bus is not None:
        stop(bus)
    base = readings.triple("bare")
    print(
        f"\nbare window (memory_child.py, no steps): RSS {base[0]:.1f}, anon {base[1]:.1f}, "
        f"file+shm {base[2]:.1f} MiB"
    )
    if "components" in parts:
        rows = [(name, readings.delta(name, base)) for name in COMPONENTS]
        _print_rows("Each on top of the bare window, alone (delta vs bare):", rows, readings.notes)
    if "ladder" not in parts:
        return
    for ladder, steps in LADDERS.items():
        rows, notes, ref = [], {}, base
        for k, name in enumerate(steps):
            rows.append((f"+ {name}", readings.delta(f"{ladder} {k}", ref)))
            if f"{ladder} {k}" in readings.notes:
                notes[f"+ {name}"] = readings.notes[f"{ladder} {k}"]
            ref = readings.triple(f"{ladder} {k}")
        if ladder == "app":
            rows += [
                (f"= {label}: the rest (running state)", readings.delta(label, ref))
                for label in ("app", "app, session bus")
                if label in readings.samples
            ]
        _print_rows(f"Cumulative ({ladder}), each step on top of those above:", rows, notes)
    for label in ("app", "app, session bus"):
        if label in readings.samples:
            total = readings.triple(label)
            print(f"  {label}: RSS {total[0]:.1f} = bare {base[0]:.1f} {total[0] - base[0]:+.1f}")


def _smaps(args: argparse.Namespace, env: dict[str, str], scratch: Path) -> None:
    found = {}
    for label, cmd in (
        ("app", ["main.py", "--data-dir", str(scratch / "profile")]),
        ("bare", [str(PERF / "bare_window.py"), "--stay"]),
    ):
        _, maps = sample_running(cmd, env, scratch, args.seconds, smaps=True)
        assert maps is not None
        found[label] = maps
    print("\nMapping by mapping, main.py minus bare_window.py --stay (KiB, the 32 largest):")
    print(f"  {'mapping':<44} {'anon':>7} {'file':>7} {'app total':>10}")
    rows = []
    for name in set(found["app"][0]) | set(found["app"][1]) | set(found["bare"][1]):
        anon = found["app"][0][name] - found["bare"][0][name]
        other = found["app"][1][name] - found["bare"][1][name]
        rows.append((abs(anon) + abs(other), name, anon, other))
    for _, name, anon, other in sorted(rows, reverse=True)[:32]:
        total = found["app"][0][name] + found["app"][1][name]
        print(f"  {name[:44]:<44} {anon:>+7d} {other:>+7d} {total:>10d}")
    for kind, index in (("anon", 0), ("file+shm", 1)):
        app_sum, bare_sum = sum(found["app"][index].values()), sum(found["bare"][index].values())
        print(f"  all {kind}: app {app_sum / MIB:.1f} MiB, bare {bare_sum / MIB:.1f} MiB")


def _trace(
    args: argparse.Namespace, env: dict[str, str], scratch: Path, app_status: dict[str, int]
) -> None:
    profile, at = scratch / "profile", args.seconds
    app = _until_written(
        _app("as-is", profile, scratch, at, trace=str(scratch / "t-app.json")),
        scratch / "t-app.json",
        env,
    )
    bare = _until_written(
        _window([], scratch, at, trace=str(scratch / "t-bare.json")), scratch / "t-bare.json", env
    )
    mib = 2.0**20
    print("\nPython heap (tracemalloc: live blocks when read, MiB):")
    print(
        f"  app {app['current'] / mib:.1f} (peak {app['peak'] / mib:.1f}), bare window "
        f"{bare['current'] / mib:.1f} (peak {bare['peak'] / mib:.1f})"
    )
    if app_status:
        anon = app_status["RssAnon"] / MIB
        print(
            f"  app (untraced) anon RSS {anon:.1f} = Python blocks {app['current'] / mib:.1f} "
            f"+ the rest {anon - app['current'] / mib:.1f} (Qt and C libraries' heap, free "
            "space in malloc and pymalloc arenas, stacks)"
        )
    groups = Counter(app["groups"])
    groups.subtract(Counter(bare["groups"]))
    print("  app minus bare, by the file that allocated (top 16):")
    for name, size in groups.most_common(16):
        print(f"    {name:<52} {size / mib:>6.2f}")


def _options(args: argparse.Namespace, env: dict[str, str], scratch: Path) -> None:
    profile, at = scratch / "profile", args.seconds
    jobs = [(v, _app(v, profile, scratch, at), env) for v in VARIANTS]
    jobs += [(label, _app(v, profile, scratch, at), dict(env, **e)) for label, v, e in ENV_OPTIONS]
    jobs.append(("main.py itself", ["main.py", "--data-dir", str(profile)], env))
    if args.only:
        wanted = args.only.split(",")
        jobs = [j for j in jobs if j[0] == "as-is" or any(w in j[0] for w in wanted)]
    readings = Readings()
    for run_no in range(args.runs):
        for label, cmd, child in jobs:
            _sample(readings, label, cmd, child, scratch, at)
        print(f"  options: round {run_no + 1}/{args.runs} done", file=sys.stderr, flush=True)
    base = readings.triple("as-is")
    rows = [(label, readings.delta(label, base)) for label, _, _ in jobs if label != "as-is"]
    _print_rows(
        f"Options: the app with one change, against the app as it is (RSS {base[0]:.1f}, "
        f"anon {base[1]:.1f}, file+shm {base[2]:.1f} MiB); negative saves:",
        rows,
        readings.notes,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0, help="read the app this late")
    parser.add_argument("--component-seconds", type=float, default=3.0)
    parser.add_argument("--parts", default=",".join(PARTS), help=",".join(PARTS))
    parser.add_argument("--only", help="options whose label holds one of these (comma list)")
    add_display_options(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
