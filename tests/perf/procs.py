"""Child processes for the benchmarks: the display, the environment, and /proc readings.

Linux only for the /proc readings. Nothing here imports Qt or the app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PERF = Path(__file__).resolve().parent
#: The fields of /proc/PID/status a memory reading keeps (all in KiB), and the threads.
STATUS_FIELDS = ("VmRSS", "RssAnon", "RssFile", "RssShmem", "VmHWM", "Threads")


def kill(pid: int) -> None:
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def stop(proc: subprocess.Popen[bytes]) -> None:
    """End a child politely (SIGTERM), then firmly (SIGKILL after 5 s)."""
    if proc.poll() is not None:
        return
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


def add_display_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--xvfb", action="store_true", help="start an Xvfb and use a real X window")
    where.add_argument("--offscreen", action="store_true", help="offscreen even if DISPLAY is set")


@contextmanager
def display_for(args: argparse.Namespace) -> Iterator[str | None]:
    """The X display to use (None: Qt's offscreen platform), from --xvfb / --offscreen."""
    if args.xvfb:
        with xvfb_display() as display:
            yield display
    elif not args.offscreen and os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
    else:
        yield None


def child_env(scratch: Path, display: str | None) -> dict[str, str]:
    """The environment of a started app or bare window: user folders in the scratch dir.

    Bytecode is written and used as on a user's machine (PYTHONDONTWRITEBYTECODE is
    dropped), but into a cache in the scratch folder (PYTHONPYCACHEPREFIX), so the
    project tree gets no __pycache__; a warm-up run fills it.
    """
    env = dict(os.environ)
    env.pop("PLANNER_EXIT_AFTER_PAINT", None)
    env.pop("PLANNER_DATA_DIR", None)
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


def read_status(pid: int) -> dict[str, int]:
    """Memory figures (KiB) and the thread count from /proc/PID/status."""
    found: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in STATUS_FIELDS:
            found[key] = int(value.split()[0])
    missing = [k for k in STATUS_FIELDS if k not in found]
    if missing:  # a zombie has no memory lines
        raise ProcessLookupError(f"process {pid} has no {', '.join(missing)} (it has ended)")
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the whole process (all its threads) from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def smaps_by_mapping(pid: int) -> tuple[Counter[str], Counter[str]]:
    """Resident KiB per mapping of /proc/PID/smaps: (anonymous, file-backed and shared).

    File mappings are named by their file's base name; anonymous ones are "[heap]",
    "[stack]" or "[anon]" (malloc arenas, Python's arenas, Qt's buffers all land there).
    """
    anon: Counter[str] = Counter()
    other: Counter[str] = Counter()
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if head and "-" in head[0] and not head[0].endswith(":"):
            path = head[5].strip() if len(head) > 5 else "[anon]"
            name = os.path.basename(path) if path.startswith("/") else path
        elif head and head[0] == "Anonymous:":
            anon[name] += int(head[1])
        elif head and head[0] == "Rss:":
            other[name] += int(head[1])
    for key, value in anon.items():
        other[key] -= value
    return anon, +other


@dataclass(frozen=True)
class Running:
    """A process read from outside a fixed time after it was started."""

    status: dict[str, int]  # see STATUS_FIELDS
    cpu_s: float
    alive: bool  # still running when read (else the readings are empty)
    stderr: str


def sample_running(
    args: list[str],
    env: dict[str, str],
    scratch: Path,
    after_s: float,
    *,
    smaps: bool = False,
) -> tuple[Running, tuple[Counter[str], Counter[str]] | None]:
    """Start ``sys.executable args``, read it ``after_s`` seconds after the start, end it.

    Returns the reading and, when ``smaps`` is set, ``smaps_by_mapping`` at that moment.
    """
    err_path = scratch / "running-stderr.txt"
    maps = None
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
        try:
            time.sleep(max(0.0, started + after_s - time.monotonic()))
            try:
                status, cpu = read_status(proc.pid), cpu_seconds(proc.pid)
                if smaps:
                    maps = smaps_by_mapping(proc.pid)
                alive = proc.poll() is None
            except (ProcessLookupError, FileNotFoundError):
                status, cpu, alive = {}, 0.0, False
        finally:
            stop(proc)
    return Running(status, cpu, alive, err_path.read_text(errors="replace")), maps
