"""Journal benchmark: ten years of check-ins against a bare PySide6 window, in the same run.

Usage: python tests/perf/bench_journal.py [--runs 10] [--xvfb | --offscreen] [--profile]

The journal profile is made by make_journal.py: 12 checklist items with ten years of
answers, two check-ins a day for 3,650 days, 40 checkups and the two-weekly questions.

Start-up (spawned as in bench_startup.py, whose functions are used: spawn to first
paint, peak memory from os.wait4, one warm-up run per case, rounds interleaved):
  bare      tests/perf/bare_window.py
  empty     main.py on a profile with the standard plan and nothing else
  history   main.py on make_history.py's profile: the same check-offs, no journal (info)
  journal   main.py on the journal profile
  Target: journal at most 1.10 times empty (time and peak memory); journal against
  history shows what the journal alone adds.

In the window (a child process per run: QApplication on the same platform, the real
MainWindow over a fresh copy of the journal profile, shown and settled first). Each
figure runs from the action to the end of the paint that follows it (the event loop
is run until the watched widget has had its Paint event and the paint is finished):
  Journal page first paint   show_page("journal"), which builds the page; target 100 ms
  search                     a word set in the search box and apply_filter(), until the
                             list (or its "nothing found" line) is painted; 5 words;
                             target 50 ms each
  Insights first open        show_page("insights"): QtCharts is imported then (info)
  Insights "All"             "All" chosen on the Insights page, until the chart is
                             painted; target 200 ms
The bare window does the same kinds of work with plain Qt in its own child process:
a new page with a 60-row list, new rows in it, a new chart with 4 x 400 points
(importing QtCharts), new points in it. Its figures stand beside the app's.

--profile runs one more app child under cProfile and prints each step's top functions
(cProfile slows everything down: read the shares, not the times).
The platform is offscreen unless --xvfb is given (starts its own Xvfb) or DISPLAY is
set. Targets are reported as PASS/MISS; the exit status is always 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
PERF = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PERF))

from bench_startup import Case, _describe_failure, _display, base_env, measure, run_once  # noqa: E402

if TYPE_CHECKING:
    from cProfile import Profile

    from PySide6.QtWidgets import QApplication, QWidget

CHILD_TIMEOUT_S = 180.0
PAINT_TIMEOUT_S = 20.0
SETTLE_MS = 300
STARTUP_LIMIT = 1.10
JOURNAL_PAINT_MS = 100.0
SEARCH_MS = 50.0
INSIGHTS_ALL_MS = 200.0
#: (text typed, what it stands for); each replaces the one before, as when typing anew.
SEARCHES = (
    ("walk", "a common word"),
    ("lighthouse", "a rare word"),
    ("slee", "a prefix"),
    ("wa", "a short prefix"),
    ("tired walk", "two words"),
)
LIST_ROWS = 60  # the bare list's rows: one page of the journal's timeline
CHART_POINTS = 400  # the bare chart's points per series: what the Insights chart keeps
DAY_MS = 86_400_000


# --- The child: one process, one window, every in-window figure once ------------------


class _Steps:
    """Times actions until the paint that follows them; can profile each one."""

    def __init__(self, app: QApplication, profile: bool) -> None:
        self.app = app
        self.profile = profile
        self.profiles: dict[str, Profile] = {}

    def painted(
        self, name: str, action: Callable[[], object], targets: Callable[[], list[QWidget]]
    ) -> float:
        """Milliseconds from ``action()`` to the end of the paint of one of ``targets``.

        ``targets`` is asked after the action (the widgets may be made by it); the
        first of them that is visible is watched.
        """
        from PySide6.QtCore import QEvent, QObject

        class Seen(QObject):
            painted = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        seen = Seen()
        profiler = None
        if self.profile and name != "window":
            from cProfile import Profile

            profiler = self.profiles[name] = Profile()
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        action()
        # Finding the widget to watch is the benchmark's work, not the app's: left out.
        if profiler is not None:
            profiler.disable()
        looking = time.perf_counter()
        shown = [widget for widget in targets() if widget.isVisible()]
        if not shown:
            raise RuntimeError(f"{name}: nothing to watch is visible")
        shown[0].installEventFilter(seen)
        started += time.perf_counter() - looking
        if profiler is not None:
            profiler.enable()
        while not seen.painted:
            self.app.processEvents()
            if time.perf_counter() - started > PAINT_TIMEOUT_S:
                raise RuntimeError(f"{name}: no paint within {PAINT_TIMEOUT_S:.0f} s")
        if profiler is not None:
            profiler.disable()
        elapsed = (time.perf_counter() - started) * 1000.0
        shown[0].removeEventFilter(seen)
        self.settle()
        return elapsed

    def settle(self, ms: int = SETTLE_MS) -> None:
        """Let pending work (timers, layouts, deferred paints) run before the next step."""
        until = time.perf_counter() + ms / 1000.0
        while time.perf_counter() < until:
            self.app.processEvents()
            time.sleep(0.005)

    def report(self) -> str:
        import io
        import pstats

        out = io.StringIO()
        for name, profiler in self.profiles.items():
            out.write(f"\n--- {name} ---\n")
            stats = pstats.Stats(profiler, stream=out)
            stats.strip_dirs().sort_stats("cumulative").print_stats(18)
        return out.getvalue()


def _app_figures(steps: _Steps, profile_dir: Path) -> dict[str, object]:
    """The real window over the profile: Journal page, searches, Insights."""
    from planner import APP_NAME
    from planner.domain.insights import Range
    from planner.paths import resolve_paths
    from planner.services.checklist import ChecklistService
    from planner.services.clock import local_zone
    from planner.storage.store import Store
    from planner.ui.kit.theme import app_icon, style_sheet
    from planner.ui.main_window import MainWindow

    app = steps.app
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(style_sheet())
    paths = resolve_paths(str(profile_dir))
    store = Store.open(paths.database)
    try:
        window = MainWindow(ChecklistService(store, local_zone()), data_dir=paths.data_dir)
        steps.painted("window", window.show, lambda: [window])
        window.attach_journal()  # as after the app's first paint (Today's check-in card)
        steps.settle()

        def journal_targets() -> list[QWidget]:
            page = window.page("journal")
            return [page.list.viewport(), page.empty_label]

        figures: dict[str, object] = {}
        figures["journal"] = steps.painted(
            "Journal page first paint", lambda: window.show_page("journal"), journal_targets
        )
        page = window.page("journal")
        searches = {}
        for word, _meaning in SEARCHES:

            def search(word: str = word) -> None:
                page.search.setText(word)
                page.apply_filter()

            searches[word] = steps.painted(f"search {word!r}", search, journal_targets)
        figures["search"] = searches

        def insights_targets() -> list[QWidget]:
            insights = window.page("insights")
            return [insights.chart.viewport(), insights.empty]  # type: ignore[attr-defined]

        figures["insights_open"] = steps.painted(
            "Insights first open", lambda: window.show_page("insights"), insights_targets
        )
        insights = window.page("insights")
        figures["insights_all"] = steps.painted(
            'Insights "All"',
            lambda: insights.choose(Range.ALL),  # type: ignore[attr-defined]
            insights_targets,
        )
        window.hide()
        return figures
    finally:
        store.close()


class _BareWindow:
    """Plain Qt doing the same kinds of work as the app: the floor its figures stand on."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

        self.window = QMainWindow()
        self.window.setWindowTitle("Bare window")
        self.stack = QStackedWidget()
        self.stack.addWidget(QLabel("Hello"))
        self.window.setCentralWidget(self.stack)
        self.window.resize(1000, 720)

    def open_list(self) -> None:
        """A new page holding a list of ``LIST_ROWS`` rows, shown at once."""
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

        page = QWidget()
        box = QVBoxLayout(page)
        self.list = QListView()
        self.rows = QStringListModel([f"Row {n}: a line of text" for n in range(LIST_ROWS)])
        self.list.setModel(self.rows)
        box.addWidget(self.list)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def fill_list(self, word: str) -> None:
        self.rows.setStringList([f"Row {n}: {word} and more text" for n in range(LIST_ROWS)])

    def open_chart(self) -> None:
        """A new chart page (QtCharts imported now): a date axis, two scales, four series."""
        from PySide6.QtCharts import (
            QChart,
            QChartView,
            QDateTimeAxis,
            QLineSeries,
            QScatterSeries,
            QValueAxis,
        )
        from PySide6.QtCore import QDateTime, Qt

        chart = QChart()
        days, mood, worry = QDateTimeAxis(), QValueAxis(), QValueAxis()
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(mood, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(worry, Qt.AlignmentFlag.AlignRight)
        self.start = QDateTime.currentDateTime().addDays(-CHART_POINTS).toMSecsSinceEpoch()
        days.setRange(
            QDateTime.fromMSecsSinceEpoch(self.start),
            QDateTime.fromMSecsSinceEpoch(self.start + CHART_POINTS * DAY_MS),
        )
        mood.setRange(0, 5)
        worry.setRange(0, 10)
        self.series = [QScatterSeries(), QScatterSeries(), QLineSeries(), QLineSeries()]
        for number, one in enumerate(self.series):
            chart.addSeries(one)
            one.attachAxis(days)
            one.attachAxis(mood if number % 2 == 0 else worry)
        self.chart = QChartView(chart)
        self.fill_chart(0)
        self.stack.addWidget(self.chart)
        self.stack.setCurrentWidget(self.chart)

    def fill_chart(self, shift: int) -> None:
        """Replace every series' points with ``CHART_POINTS`` new ones."""
        import math

        from PySide6.QtCore import QPointF

        for number, one in enumerate(self.series):
            top = 5 if number % 2 == 0 else 10
            one.replace(
                [
                    QPointF(self.start + n * DAY_MS, top / 2 + top / 3 * math.sin((n + shift) / 9))
                    for n in range(CHART_POINTS)
                ]
            )


def _bare_figures(steps: _Steps) -> dict[str, object]:
    """The bare window's figures, taken the same way as the app's."""
    bare = _BareWindow()
    steps.painted("window", bare.window.show, lambda: [bare.window])
    steps.settle()
    figures: dict[str, object] = {}
    figures["journal"] = steps.painted(
        "list page first paint", bare.open_list, lambda: [bare.list.viewport()]
    )
    searches = {}
    for word, _meaning in SEARCHES:
        searches[word] = steps.painted(
            f"new rows {word!r}",
            lambda word=word: bare.fill_list(word),
            lambda: [bare.list.viewport()],
        )
    figures["search"] = searches
    figures["insights_open"] = steps.painted(
        "chart page first paint", bare.open_chart, lambda: [bare.chart.viewport()]
    )
    figures["insights_all"] = steps.painted(
        "new chart points", lambda: bare.fill_chart(7), lambda: [bare.chart.viewport()]
    )
    bare.window.hide()
    return figures


def child_main(kind: str, profile_dir: Path | None, out: Path, profile: bool) -> int:
    """Run one child: measure, then write the figures (and any profile) to ``out``."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    steps = _Steps(app, profile)
    if kind == "app":
        assert profile_dir is not None
        figures = _app_figures(steps, profile_dir)
    else:
        figures = _bare_figures(steps)
    if profile:
        figures["profile"] = steps.report()
    out.write_text(json.dumps(figures))
    return 0


# --- The parent: make the profiles, run the children, report ----------------------


class Series:
    """One kind of child (app or bare) and the figures of its runs."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.values: dict[str, list[float]] = {}
        self.failures: list[str] = []

    def add(self, figures: dict[str, object]) -> None:
        for key, value in figures.items():
            if isinstance(value, dict):
                for word, ms in value.items():
                    self.values.setdefault(f"search:{word}", []).append(float(ms))
            elif isinstance(value, float | int):
                self.values.setdefault(key, []).append(float(value))

    def median(self, key: str) -> float | None:
        found = self.values.get(key)
        return statistics.median(found) if found else None

    def worst(self, key: str) -> float | None:
        found = self.values.get(key)
        return max(found) if found else None


def run_child(
    kind: str,
    journal_dir: Path,
    env: dict[str, str],
    scratch: Path,
    number: int,
    profile: bool = False,
) -> dict[str, object]:
    """Spawn one child (the app's gets a fresh copy of the journal profile)."""
    args = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
    if kind == "app":
        copy = scratch / f"window-run-{number}"
        copy.mkdir(mode=0o700)
        for file in journal_dir.glob("planner.db*"):
            shutil.copy2(file, copy / file.name)
        args += ["--profile-dir", str(copy)]
    out = scratch / f"window-{kind}-{number}.json"
    args += ["--out", str(out)]
    if profile:
        args.append("--cprofile")
    try:
        done = subprocess.run(
            args,
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"killed after {CHILD_TIMEOUT_S:.0f} s") from exc
    if done.returncode != 0 or not out.exists():
        tail = " | ".join(done.stderr.decode(errors="replace").strip().splitlines()[-3:])
        raise RuntimeError(f"exit {done.returncode}; {tail}")
    return json.loads(out.read_text())


def measure_window(
    journal_dir: Path, runs: int, env: dict[str, str], scratch: Path
) -> dict[str, Series]:
    """One warm-up child of each kind, then ``runs`` rounds with the order swapped each round."""
    series = {"app": Series("app"), "bare": Series("bare")}
    counter = 0
    for kind in series:
        counter += 1
        try:
            run_child(kind, journal_dir, env, scratch, counter)
        except RuntimeError as exc:
            series[kind].failures.append(f"warm-up: {exc}")
    for round_no in range(runs):
        order = list(series) if round_no % 2 == 0 else list(reversed(series))
        for kind in order:
            counter += 1
            try:
                series[kind].add(run_child(kind, journal_dir, env, scratch, counter))
            except RuntimeError as exc:
                series[kind].failures.append(f"run {round_no + 1}: {exc}")
        print(f"  window round {round_no + 1}/{runs} done", file=sys.stderr, flush=True)
    return series


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} ms"


def _mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value / 1024:.1f} MiB"


def _verdict(value: float | None, limit: float) -> str:
    if value is None:
        return "MISS (no data)"
    return "PASS" if value <= limit else "MISS"


def report(startup: dict[str, Case], window: dict[str, Series]) -> None:
    """The table: each figure, its target, PASS/MISS, and the bare window beside it."""
    rows: list[tuple[str, ...]] = []

    def add(label: str, value: str, worst: str, target: str, result: str, bare: str) -> None:
        rows.append((label, value, worst, target, result, bare))

    def median(values: list[float] | list[int]) -> float | None:
        return statistics.median(values) if values else None

    def ratio(values: dict[str, float | None], base: str = "empty") -> float | None:
        low, high = values[base], values["journal"]
        return high / low if low and high else None

    times = {name: median(case.times_ms) for name, case in startup.items()}
    worst = {name: max(case.times_ms, default=None) for name, case in startup.items()}
    rss = {name: median(case.rss_kib) for name, case in startup.items()}
    limit = f"<= {STARTUP_LIMIT:.2f}x"
    add(
        "start-up time, empty profile",
        _ms(times["empty"]),
        _ms(worst["empty"]),
        "(info)",
        "",
        _ms(times["bare"]),
    )
    add(
        "start-up time, journal profile",
        _ms(times["journal"]),
        _ms(worst["journal"]),
        "",
        "",
        _ms(times["bare"]),
    )
    value = ratio(times)
    add(
        "start-up time, journal / empty",
        "n/a" if value is None else f"{value:.2f}x",
        "",
        limit,
        _verdict(value, STARTUP_LIMIT),
        "",
    )
    add(
        "start-up time, history only",
        _ms(times["history"]),
        _ms(worst["history"]),
        "(info)",
        "",
        _ms(times["bare"]),
    )
    value = ratio(times, "history")
    add(
        "start-up time, journal / history",
        "n/a" if value is None else f"{value:.2f}x",
        "",
        "(info)",
        "",
        "",
    )
    add("peak memory, empty profile", _mib(rss["empty"]), "", "(info)", "", _mib(rss["bare"]))
    add("peak memory, journal profile", _mib(rss["journal"]), "", "", "", _mib(rss["bare"]))
    value = ratio(rss)
    add(
        "peak memory, journal / empty",
        "n/a" if value is None else f"{value:.2f}x",
        "",
        limit,
        _verdict(value, STARTUP_LIMIT),
        "",
    )

    app, plain = window["app"], window["bare"]
    add(
        "Journal page first paint",
        _ms(app.median("journal")),
        _ms(app.worst("journal")),
        f"<= {JOURNAL_PAINT_MS:.0f} ms",
        _verdict(app.median("journal"), JOURNAL_PAINT_MS),
        _ms(plain.median("journal")),
    )
    word_medians = []
    for word, meaning in SEARCHES:
        key = f"search:{word}"
        value = app.median(key)
        if value is not None:
            word_medians.append(value)
        add(
            f'search "{word}" ({meaning})',
            _ms(value),
            _ms(app.worst(key)),
            f"<= {SEARCH_MS:.0f} ms",
            _verdict(value, SEARCH_MS),
            _ms(plain.median(key)),
        )
    every = [ms for word, _m in SEARCHES for ms in app.values.get(f"search:{word}", [])]
    slowest = max(word_medians) if len(word_medians) == len(SEARCHES) else None
    add(
        "search, slowest word's median",
        _ms(slowest),
        "",
        f"<= {SEARCH_MS:.0f} ms",
        _verdict(slowest, SEARCH_MS),
        "",
    )
    add(
        "search, all words and runs",
        _ms(median(every)),
        _ms(max(every, default=None)),
        "(info)",
        "",
        "",
    )
    add(
        "Insights first open (QtCharts)",
        _ms(app.median("insights_open")),
        _ms(app.worst("insights_open")),
        "(info)",
        "",
        _ms(plain.median("insights_open")),
    )
    add(
        'Insights "All"',
        _ms(app.median("insights_all")),
        _ms(app.worst("insights_all")),
        f"<= {INSIGHTS_ALL_MS:.0f} ms",
        _verdict(app.median("insights_all"), INSIGHTS_ALL_MS),
        _ms(plain.median("insights_all")),
    )

    heads = ("figure", "median", "worst", "target", "result", "bare window")
    widths = [max(len(row[i]) for row in (*rows, heads)) for i in range(len(heads))]
    print()
    for row in (heads, *rows):
        cells = [
            cell.ljust(width) if i in (0, 4) else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    print()
    counted = ", ".join(f"{case.name} {len(case.times_ms)}" for case in startup.values())
    print(
        f"runs: start-up {counted}; in the window app {len(app.values.get('journal', []))}, "
        f"bare {len(plain.values.get('journal', []))}"
    )
    for case in startup.values():
        for failure in case.failures:
            print(f"FAILED start-up {case.name}: {failure}")
    for one in window.values():
        for failure in one.failures:
            print(f"FAILED window {one.name}: {failure}")


def _header(display: str | None, counts: str, made_in: float) -> str:
    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:
        pyside = "?"
    where = f"X display {display}" if display else "offscreen"
    return (
        f"Journal benchmark: Python {platform.python_version()}, PySide6 {pyside}, "
        f"{where}, {os.cpu_count()} CPUs, {platform.machine()}\n"
        f"journal profile: {counts} (made in {made_in:.2f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="measured rounds (default 10)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--xvfb", action="store_true", help="start an Xvfb and use a real X window")
    where.add_argument("--offscreen", action="store_true", help="offscreen even if DISPLAY is set")
    parser.add_argument(
        "--profile", action="store_true", help="also profile one app run and print the hot spots"
    )
    # The child's side (one measured window); not for use by hand.
    parser.add_argument("--child", choices=("app", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--profile-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cprofile", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args.child, args.profile_dir, args.out, args.cprofile)

    from make_history import make_history
    from make_journal import describe, make_journal

    with tempfile.TemporaryDirectory(prefix="bench-journal-") as tmp:
        scratch = Path(tmp)
        with _display(args) as display:
            env = base_env(scratch, display)
            empty_dir = scratch / "empty"
            journal_dir = scratch / "journal"
            started = time.perf_counter()
            counts = make_journal(journal_dir, years=10)
            made_in = time.perf_counter() - started
            history_dir = scratch / "history"
            make_history(history_dir, years=10, items=12)
            first_seed = run_once(["main.py", "--data-dir", str(empty_dir)], env, scratch)
            print(_header(display, describe(counts), made_in), flush=True)
            if first_seed.exit_code != 0:
                print("The app did not start cleanly:", _describe_failure("first", first_seed))
            cases = [
                Case("bare", [str(PERF / "bare_window.py")]),
                Case("empty", ["main.py", "--data-dir", str(empty_dir)]),
                Case("history", ["main.py", "--data-dir", str(history_dir)]),
                Case("journal", ["main.py", "--data-dir", str(journal_dir)]),
            ]
            measure(cases, args.runs, env, scratch)
            window_env = dict(env)
            window_env.pop("PLANNER_EXIT_AFTER_PAINT", None)
            window = measure_window(journal_dir, args.runs, window_env, scratch)
            report({c.name: c for c in cases}, window)
            if args.profile:
                print("\nProfile of one app run (cProfile; times are inflated by it)")
                try:
                    found = run_child("app", journal_dir, window_env, scratch, 0, profile=True)
                    print(found.get("profile", ""))
                except RuntimeError as exc:
                    print(f"FAILED profile run: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
