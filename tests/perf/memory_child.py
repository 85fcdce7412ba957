"""The child processes of memory_breakdown.py: a bare window plus steps, or the app.

Usage (by memory_breakdown.py): python tests/perf/memory_child.py '<JSON spec>'
  {"mode": "window", "steps": [...], "scratch": DIR, "loaded": FILE, "trace": FILE?, "at": S}
  {"mode": "app", "variant": NAME, "data_dir": DIR, "scratch": DIR, "trace": FILE?,
   "dump": FILE?, "at": S}
  {"mode": "pngs", "scratch": DIR}
It imports as little as it can before it starts (no argparse, no procs), so that the
bare window here and the app run here weigh what they weigh when started on their own.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: The changes the options tried, each alone (see _variants).
VARIANTS = (
    "as-is",
    "mallopt M_ARENA_MAX=2",
    "gc.collect() at 3 s",
    "malloc_trim(0) at 3 s",
    "gc.collect()+malloc_trim(0) at 3 s",
    "linecache.clearcache() at 3 s",
    "linecache.clearcache()+gc+trim at 3 s",
    "PNG icons, no SVG",
    "no style sheet",
    "no QtDBus sleep watch",
    "no QtNetwork server",
    "Python Unix socket instead of QtNetwork server",
    "linecache.clearcache() around the reminders' start",
    "linecache.clearcache() before the reminders' start",
    "linecache.clearcache() after each after-paint task",
    "PNG + Unix socket + linecache around start + gc+trim",
    "PNG + Unix socket + linecache after each task",
)

# --- The bare window plus steps ----------------------------------------


def _scheduler(explicit: bool) -> None:
    """A QtScheduler made and used as the app does (or with explicit instances)."""
    from datetime import UTC, datetime, timedelta

    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.jobstores.memory import MemoryJobStore
    from apscheduler.schedulers.qt import QtScheduler
    from apscheduler.triggers.date import DateTrigger

    options: dict[str, object] = {
        "executors": {"default": DebugExecutor()},
        "job_defaults": {"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    }
    if explicit:
        options["jobstores"] = {"default": MemoryJobStore()}
    scheduler = QtScheduler(timezone=UTC, **options)
    scheduler.start()
    soon = datetime.now(UTC) + timedelta(hours=1)
    for n in range(40):
        at = soon + timedelta(minutes=n)
        if explicit:
            scheduler.add_job(print, DateTrigger(at, UTC), id=f"job-{n}")
        else:
            scheduler.add_job(print, "date", run_date=at, id=f"job-{n}")
    _KEEP.append(scheduler)


def _entry_points() -> None:
    from importlib.metadata import entry_points

    for group in ("apscheduler.triggers", "apscheduler.executors", "apscheduler.jobstores"):
        _KEEP.append(list(entry_points(group=group)))


def _jsonschema() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "resources" / "schemas" / "plan.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    _KEEP.append(Draft202012Validator(schema))


def _system_bus() -> None:
    from PySide6.QtDBus import QDBusConnection

    _KEEP.append(QDBusConnection.systemBus())


def _local_server(scratch: Path) -> None:
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer()
    server.listen(str(scratch / f"server-{os.getpid()}"))
    _KEEP.append(server)


def _icons(kind: str, scratch: Path) -> None:
    """The icons the app draws (its two ways: a QIcon of a file, pixmaps from data)."""
    from PySide6.QtGui import QIcon, QImage, QPixmap

    folder = ROOT / "resources" / "icons"
    names = sorted(p.stem for p in folder.glob("*.svg"))[:16]
    if kind == "svg":
        icon = QIcon(str(folder / "app.svg"))
        pixmaps = [icon.pixmap(64, 64)]
        for name in names:
            pixmap = QPixmap()
            pixmap.loadFromData((folder / f"{name}.svg").read_bytes(), "SVG")
            pixmaps.append(pixmap.scaled(48, 48))
    else:
        image = QImage(48, 48, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0x80336699)
        path = scratch / f"icon-{os.getpid()}.png"
        image.save(str(path))
        pixmaps = [QIcon(str(path)).pixmap(64, 64)]
        pixmaps += [QPixmap(str(path)) for _ in names]
    _KEEP.append(pixmaps)


def _style_sheet(app: object) -> None:
    theme = _planner_module("def style_sheet(")
    app.setStyleSheet(theme.style_sheet())  # type: ignore[attr-defined]


def _import_all(names: list[str]) -> None:
    import importlib

    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # some only import on another system; say which
            print(f"skipped {name}: {type(exc).__name__}", file=sys.stderr)


def _steps(
    app: object, scratch: Path, loaded: dict[str, list[str]]
) -> dict[str, Callable[[], object]]:
    def imp(*names: str) -> Callable[[], None]:
        return lambda: _import_all(list(names))

    return {
        "asyncio": imp("asyncio"),
        "ssl": imp("ssl"),
        "concurrent.futures": imp("concurrent.futures"),
        "multiprocessing": imp("multiprocessing", "concurrent.futures.process"),
        "importlib.metadata": imp("importlib.metadata"),
        "entry-point scan": _entry_points,
        "tzlocal": lambda: __import__("tzlocal").get_localzone(),
        "QtScheduler import": imp("apscheduler.schedulers.qt"),
        "QtScheduler as the app": lambda: _scheduler(explicit=False),
        "QtScheduler explicit": lambda: _scheduler(explicit=True),
        "jsonschema": _jsonschema,
        "jeepney": imp("jeepney", "jeepney.io.blocking"),
        "PySide6.QtDBus": imp("PySide6.QtDBus"),
        "QtDBus system bus": _system_bus,
        "QtNetwork server": lambda: _local_server(scratch),
        "PySide6.QtSvg": imp("PySide6.QtSvg"),
        "SVG icons": lambda: _icons("svg", scratch),
        "PNG icons": lambda: _icons("png", scratch),
        "style sheet": lambda: _style_sheet(app),
        "planner, before paint": imp(*loaded["before_paint"]),
        "planner, all loaded": imp(*loaded["planner"]),
        "every module": imp(*loaded["all"]),
    }


_KEEP: list[object] = []  # what a step made stays alive, as in the app


def child_window(
    steps: list[str], scratch: Path, loaded_path: Path | None, trace: Path | None, at_s: float
) -> int:
    if trace is not None:
        import tracemalloc

        tracemalloc.start()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(800, 600)
    window.show()
    loaded = json.loads(loaded_path.read_text()) if loaded_path else {}
    table = _steps(app, scratch, loaded)
    QTimer.singleShot(0, lambda: [table[name]() for name in steps])
    if trace is not None:
        QTimer.singleShot(int(at_s * 1000) - 500, lambda: _write_trace(trace))
    return app.exec()


# --- In the child: the app, with one change -------------------------------------------


def _planner_module(marker: str) -> object:
    """The planner module whose source holds ``marker`` (module paths move; names stay)."""
    import importlib

    for path in sorted((ROOT / "planner").rglob("*.py")):
        if marker in path.read_text(encoding="utf-8"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            return importlib.import_module(".".join(p for p in parts if p != "__init__"))
    raise SystemExit(f"no planner module holds {marker!r}")


def _stub_method_holding(text: str) -> None:
    """Make the planner method whose body holds ``text`` do nothing (found by its source:
    methods move between modules)."""
    import ast

    module = _planner_module(text)
    source = Path(module.__file__).read_text(encoding="utf-8")  # type: ignore[attr-defined]
    for cls in ast.parse(source).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for fn in cls.body:
            if isinstance(fn, ast.FunctionDef) and text in (
                ast.get_source_segment(source, fn) or ""
            ):
                setattr(getattr(module, cls.name), fn.name, lambda self, *a, **k: None)
                return
    raise SystemExit(f"no method holds {text!r}")


def _libc() -> object:
    import ctypes

    return ctypes.CDLL("libc.so.6")


def _tidy(what: str) -> None:
    """After start-up: drop the source lines PySide6 had read ("lines"), collect cycles
    ("gc"), hand free malloc memory back to the system ("trim")."""
    if "lines" in what:
        import linecache

        linecache.clearcache()
    if "gc" in what:
        gc.collect()
    if "trim" in what:
        _libc().malloc_trim(0)  # type: ignore[attr-defined]


def _png_icons(scratch: Path) -> None:
    """The app's icons from PNG masks (tinted with QPainter) instead of SVG."""
    from functools import lru_cache

    from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

    theme = _planner_module("def app_icon(")
    folder = scratch / "png-icons"
    original = theme.app_icon  # type: ignore[attr-defined]

    @lru_cache(maxsize=128)
    def tinted(name: str, color: str) -> QIcon:
        image = QImage(str(folder / f"{name}.png"))
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), QColor(color))
        painter.end()
        return QIcon(QPixmap.fromImage(image))

    def app_icon() -> QIcon:
        return QIcon(str(folder / "app.png"))

    sheet = theme.style_sheet  # type: ignore[attr-defined]

    def style_sheet(palette: object = None) -> str:
        return sheet(palette).replace(
            (ROOT / "resources" / "icons" / "chevron-down.svg").as_posix(),
            (folder / "chevron-down.png").as_posix(),
        )

    theme._icon = tinted  # type: ignore[attr-defined]
    for module in [m for n, m in sys.modules.items() if n.startswith("planner")]:
        if getattr(module, "app_icon", None) is original:
            module.app_icon = app_icon  # type: ignore[attr-defined]
        if getattr(module, "style_sheet", None) is sheet:
            module.style_sheet = style_sheet  # type: ignore[attr-defined]


def render_pngs(scratch: Path) -> int:
    """Child: each SVG icon as a 48 px PNG mask (app.svg as 256 px, in colour)."""
    from PySide6.QtGui import QGuiApplication, QPixmap

    app = QGuiApplication(sys.argv[:1])
    folder = scratch / "png-icons"
    folder.mkdir(exist_ok=True)
    for svg in (ROOT / "resources" / "icons").glob("*.svg"):
        text = svg.read_text(encoding="utf-8").replace("currentColor", "#000000")
        pixmap = QPixmap()
        pixmap.loadFromData(text.encode(), "SVG")
        size = 256 if svg.stem == "app" else 48
        pixmap.scaled(size, size).save(str(folder / f"{svg.stem}.png"))
    del app
    return 0


def _variants(scratch: Path) -> dict[str, Callable[[], None]]:
    from PySide6.QtCore import QTimer

    def later(what: str) -> Callable[[], None]:
        return lambda: QTimer.singleShot(3000, lambda: _tidy(what))

    def no_sleep_watch() -> None:
        _stub_method_holding("QDBusConnection.systemBus()")

    def no_listen() -> None:
        _planner_module("class SingleInstance(").SingleInstance.listen = lambda s: None  # type: ignore[attr-defined]

    def python_socket() -> None:
        import socket

        from PySide6.QtCore import QSocketNotifier

        def listen(self: object) -> None:
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(str(scratch / f"instance-{os.getpid()}"))
            server.listen(4)
            server.setblocking(False)
            notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
            notifier.activated.connect(lambda *_: server.accept()[0].close())
            _KEEP.append((server, notifier))

        _planner_module("class SingleInstance(").SingleInstance.listen = listen  # type: ignore[attr-defined]

    def lines_around_start(then: str = "lines") -> None:
        service = _planner_module("class ReminderService(").ReminderService  # type: ignore[attr-defined]
        start = service.start

        def wrapped(self: object) -> None:
            _tidy("lines")  # what was read up to the paint and the rest of Today
            start(self)
            _tidy(then)  # the scheduler's modules, read while it was imported

        service.start = wrapped

    def lines_after_each_task() -> None:
        import planner.app

        after = planner.app.AfterFirstPaint
        init = after.__init__

        def interleaved(self: object, tasks: list[Callable[[], object]], *a: object) -> None:
            tidy: Callable[[], object] = lambda: _tidy("lines")  # noqa: E731
            init(self, [step for task in tasks for step in (task, tidy)], *a)

        after.__init__ = interleaved  # type: ignore[method-assign]

    def combined() -> None:
        _png_icons(scratch)
        python_socket()
        lines_around_start("lines gc trim")

    def combined_each() -> None:
        _png_icons(scratch)
        python_socket()
        lines_after_each_task()

    def no_sheet() -> None:
        import planner.app

        planner.app.style_sheet = lambda *a: ""  # type: ignore[attr-defined]

    table: dict[str, Callable[[], None]] = {
        "as-is": lambda: None,
        "mallopt M_ARENA_MAX=2": lambda: None,  # done at the very start (see child_app)
        "gc.collect() at 3 s": later("gc"),
        "malloc_trim(0) at 3 s": later("trim"),
        "gc.collect()+malloc_trim(0) at 3 s": later("gc trim"),
        "linecache.clearcache() at 3 s": later("lines"),
        "linecache.clearcache()+gc+trim at 3 s": later("lines gc trim"),
        "PNG icons, no SVG": lambda: _png_icons(scratch),
        "no style sheet": no_sheet,
        "no QtDBus sleep watch": no_sleep_watch,
        "no QtNetwork server": no_listen,
        "Python Unix socket instead of QtNetwork server": python_socket,
        "linecache.clearcache() around the reminders' start": lines_around_start,
        "linecache.clearcache() before the reminders' start": lambda: lines_around_start(""),
        "linecache.clearcache() after each after-paint task": lines_after_each_task,
        "PNG + Unix socket + linecache around start + gc+trim": combined,
        "PNG + Unix socket + linecache after each task": combined_each,
    }
    assert tuple(table) == VARIANTS
    return table


def child_app(
    variant: str, data_dir: str, scratch: Path, trace: Path | None, dump: Path | None, at_s: float
) -> int:
    if trace is not None:
        import tracemalloc

        tracemalloc.start()
    if variant == "mallopt M_ARENA_MAX=2":
        _libc().mallopt(-8, 2)  # type: ignore[attr-defined]  # M_ARENA_MAX, before threads
    gc.disable()  # as main.py
    sys.path.insert(0, str(ROOT))
    import planner.cli as cli

    getattr(cli, "_load_before_qt", lambda: None)()  # the layers without Qt come first
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # run_gui uses this one
    import planner.app  # noqa: F401  (what the window needs before its paint)

    before_paint = sorted(n for n in sys.modules if n.startswith("planner"))
    _variants(scratch)[variant]()
    if trace is not None:
        QTimer.singleShot(int(at_s * 1000) - 500, lambda: _write_trace(trace))
    if dump is not None:
        QTimer.singleShot(int(at_s * 1000) - 1500, lambda: _write_modules(dump, before_paint))
    _KEEP.append(app)
    return cli.main(["--data-dir", data_dir])


def _write_modules(path: Path, before_paint: list[str]) -> None:
    names = sorted(n for n in sys.modules if n not in ("__main__", "__mp_main__"))
    names = [n for n in names if not n.startswith("__editable__")]
    planner = [n for n in names if n.split(".")[0] == "planner"]
    part = path.with_suffix(".part")
    part.write_text(json.dumps({"all": names, "planner": planner, "before_paint": before_paint}))
    part.replace(path)


def _write_trace(path: Path) -> None:
    import tracemalloc

    snapshot = tracemalloc.take_snapshot()
    groups: dict[str, int] = {}
    for stat in snapshot.statistics("filename"):
        name = _group(stat.traceback[0].filename)
        groups[name] = groups.get(name, 0) + stat.size
    current, peak = tracemalloc.get_traced_memory()
    part = path.with_suffix(".part")
    part.write_text(json.dumps({"current": current, "peak": peak, "groups": groups}))
    part.replace(path)


def _group(filename: str) -> str:
    stdlib = os.path.dirname(os.__file__)
    if filename.startswith("<frozen importlib"):
        return "code of imported modules (import system)"
    if filename.startswith("<"):
        return "frozen stdlib"
    if "site-packages" in filename:
        return filename.split("site-packages", 1)[1].strip("/").split("/")[0]
    if filename.startswith(str(ROOT / "planner")):
        parts = Path(filename).relative_to(ROOT).parts
        return ".".join(parts[:2]) if len(parts) > 2 else "planner"
    if filename.startswith(stdlib):
        return "stdlib " + Path(filename).relative_to(stdlib).parts[0].removesuffix(".py")
    return Path(filename).name


def main() -> int:
    spec = json.loads(sys.argv[1])
    scratch = Path(spec["scratch"])

    def path(key: str) -> Path | None:
        return Path(spec[key]) if spec.get(key) else None

    if spec["mode"] == "pngs":
        return render_pngs(scratch)
    if spec["mode"] == "window":
        return child_window(spec["steps"], scratch, path("loaded"), path("trace"), spec["at"])
    return child_app(
        spec["variant"], spec["data_dir"], scratch, path("trace"), path("dump"), spec["at"]
    )


if __name__ == "__main__":
    sys.exit(main())
