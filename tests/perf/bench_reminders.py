"""Reminder benchmark: idle cost with 20 items and 40 reminder times, and lateness.

Usage: python tests/perf/bench_reminders.py [--idle-seconds 60] [--xvfb | --offscreen]

Idle: the app (20 items, 40 daily reminder times, none due during the run) and a bare
PySide6 window (tests/perf/bare_window.py --stay) run side by side; once both have
settled, their CPU time (user + system, all threads, from /proc) and their wake-ups
(voluntary context switches, all threads) are read over the same span.
Target: the app uses at most 0.1 s of CPU in 60 s.

Lateness: a second profile with 14 reminders due in the next minutes (12 snoozes five
seconds apart, and two reminder times on the next minute boundaries). Each reminder's
lateness is the time it was shown (the reminder log keeps milliseconds) minus its due
time. Target: every reminder within 1 s.

The platform is offscreen unless --xvfb is given or DISPLAY is set. Linux only (/proc).
Targets are reported as PASS/MISS; the exit status is always 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PERF = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PERF))

from bench_startup import _display, base_env, stop  # noqa: E402

from planner.domain.model import Item, Schedule  # noqa: E402
from planner.domain.reminder_rules import Outcome  # noqa: E402
from planner.domain.reminder_sources import ReminderSource  # noqa: E402
from planner.domain.reminders import DueReminder  # noqa: E402
from planner.services.settings import REMINDERS_SINCE, Settings  # noqa: E402
from planner.storage.store import Store  # noqa: E402

IDLE_CPU_LIMIT_S = 0.1
LATE_LIMIT_S = 1.0
SNOOZES = 12
SNOOZE_GAP_S = 5


def _far_times(now: datetime, count: int) -> list[clock_time]:
    """Clock times (UTC) from 1 to 19 hours ahead: none due during the run, none missed."""
    start = now + timedelta(hours=1)
    span = timedelta(hours=18) / count
    return [(start + span * k).time().replace(second=0, microsecond=0) for k in range(count)]


def make_profile(folder: Path, now: datetime, soon: list[clock_time]) -> list[int]:
    """20 daily items with 40 reminder times; ``soon`` replaces the first few times."""
    folder.mkdir(parents=True, mode=0o700)
    times = soon + _far_times(now, 40 - len(soon))
    store = Store.open(folder / "planner.db")
    try:
        items = store.items.add_many(
            [
                Item(f"Item {n + 1}", Schedule.daily(), reminders=tuple(times[2 * n : 2 * n + 2]))
                for n in range(20)
            ],
            today=(now - timedelta(days=1)).date(),
            now=now - timedelta(days=1),
        )
        Settings(store).set(REMINDERS_SINCE, (now - timedelta(hours=3)))
        store.settings.set("reminders.quiet_hours", "")
    finally:
        store.close()
    return [i.id for i in items if i.id is not None]


def add_snoozes(folder: Path, item_ids: list[int], now: datetime, first_s: float) -> None:
    """Snoozed reminders (shown an hour ago) due every SNOOZE_GAP_S seconds from first_s."""
    store = Store.open(folder / "planner.db")
    try:
        for n in range(SNOOZES):
            item = item_ids[5 + n]  # items whose times are all far away
            slot = (now - timedelta(hours=1)).replace(second=0, microsecond=0)
            due = DueReminder(slot, slot.date(), slot.time(), ReminderSource.item(item))
            store.reminder_log.mark_shown([due], slot)
            until = now + timedelta(seconds=first_s + n * SNOOZE_GAP_S)
            store.reminder_log.set_outcome([due], Outcome.SNOOZED, now, until)
            # The snoozed reminder belongs to a reminder time of the item (an hour ago).
            known = store.items.get(item)
            store.items.update(replace(known, reminders=(slot.time(), *known.reminders)))
    finally:
        store.close()


def lateness(folder: Path, since: datetime) -> tuple[list[float], int]:
    """Seconds late for each reminder due after ``since``, and how many were not shown."""
    store = Store.open_readonly(folder / "planner.db")
    try:
        entries = store.reminder_log.all()  # every kind: the items' and the check-in's
    finally:
        store.close()
    late: list[float] = []
    missing = 0
    for e in entries:
        if e.snoozed_until is not None:
            due, shown = e.snoozed_until, e.last_shown_at
            if shown is not None and shown < due:
                shown = None
        else:
            due, shown = e.due_at, e.first_shown_at
        if due < since:
            continue
        if shown is None:
            missing += 1
        else:
            late.append((shown - due).total_seconds())
    return late, missing


def cpu_and_wakeups(pid: int) -> tuple[float, float, int]:
    """(CPU seconds of the whole process, CPU seconds of the GUI thread, its wake-ups).

    The whole process from /proc/PID/stat (user + system, in clock ticks, including
    threads that have ended); the GUI (main) thread from /proc/PID/schedstat in
    nanoseconds; wake-ups are the GUI thread's voluntary context switches: each is
    one sleep in the event loop that something (a timer, an X event) ended.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    main_ns = int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
    switches = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            switches = int(line.split()[1])
    return cpu, main_ns / 1e9, switches


def wait_for_log(log: Path, text: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(errors="replace"):
            return
        time.sleep(0.1)
    raise SystemExit(f"the app did not log {text!r} within {timeout:.0f} s")


def start(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip


def idle_run(scratch: Path, env: dict[str, str], seconds: float) -> None:
    now = datetime.now(UTC)
    folder = scratch / "idle"
    make_profile(folder, now, [])
    app = start(["main.py", "--data-dir", str(folder)], env)
    bare = start([str(PERF / "bare_window.py"), "--stay"], env)
    try:
        wait_for_log(folder / "logs" / "planner.log", "Reminders planned (start)")
        time.sleep(3)  # let both settle (the rest of Today is built after the paint)
        app0, bare0 = cpu_and_wakeups(app.pid), cpu_and_wakeups(bare.pid)
        time.sleep(seconds)
        app1, bare1 = cpu_and_wakeups(app.pid), cpu_and_wakeups(bare.pid)
        log = (folder / "logs" / "planner.log").read_text(errors="replace")
    finally:
        stop(app)
        stop(bare)
    jobs = log.count("Reminders planned (")
    app_cpu, app_gui, app_wake = (b - a for a, b in zip(app0, app1, strict=True))
    bare_cpu, bare_gui, bare_wake = (b - a for a, b in zip(bare0, bare1, strict=True))
    scaled = app_cpu * 60 / seconds
    verdict = "PASS" if scaled <= IDLE_CPU_LIMIT_S else "MISS"
    print(f"\nIdle for {seconds:.0f} s (20 items, 40 reminder times, 80 jobs planned ahead):")
    print(
        f"  app : CPU {app_cpu:.3f} s (GUI thread {app_gui * 1000:.1f} ms), "
        f"{app_wake} wake-ups of the GUI thread"
    )
    print(
        f"  bare: CPU {bare_cpu:.3f} s (GUI thread {bare_gui * 1000:.1f} ms), "
        f"{bare_wake} wake-ups of the GUI thread"
    )
    print(f"  app CPU per 60 s: {scaled:.3f} s (target <= {IDLE_CPU_LIMIT_S} s)  {verdict}")
    print(f"  plans made by the app during the whole run: {jobs}")


def lateness_run(scratch: Path, env: dict[str, str]) -> None:
    now = datetime.now(UTC)
    folder = scratch / "late"
    minute = now.replace(second=0, microsecond=0)
    soon = [(minute + timedelta(minutes=k)).time() for k in (1, 2)]
    ids = make_profile(folder, now, soon)
    add_snoozes(folder, ids, now, first_s=10)
    last_due = max(minute + timedelta(minutes=2), now + timedelta(seconds=10 + 5 * SNOOZES))
    app = start(["main.py", "--data-dir", str(folder)], env)
    try:
        while datetime.now(UTC) < last_due + timedelta(seconds=3):
            time.sleep(0.5)
            if app.poll() is not None:
                raise SystemExit(f"the app exited early with {app.returncode}")
    finally:
        stop(app)
    late, missing = lateness(folder, now)
    print(f"\nLateness ({len(late)} reminders shown, {missing} not shown):")
    if late:
        worst = max(late)
        verdict = "PASS" if worst <= LATE_LIMIT_S and not missing else "MISS"
        print(
            f"  median {statistics.median(late) * 1000:.0f} ms, worst {worst * 1000:.0f} ms, "
            f"earliest {min(late) * 1000:.0f} ms (target: all within {LATE_LIMIT_S:.0f} s)  "
            f"{verdict}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--xvfb", action="store_true", help="start an Xvfb and use a real X window")
    where.add_argument("--offscreen", action="store_true", help="offscreen even if DISPLAY is set")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-reminders-") as tmp:
        scratch = Path(tmp)
        with _display(args) as display:
            env = base_env(scratch, display)
            env.pop("PLANNER_EXIT_AFTER_PAINT", None)
            env["TZ"] = "UTC"
            where = f"X display {display}" if display else "offscreen"
            print(f"Reminder benchmark: Python {sys.version.split()[0]}, {where}")
            idle_run(scratch, env, args.idle_seconds)
            lateness_run(scratch, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
