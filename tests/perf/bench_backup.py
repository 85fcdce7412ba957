"""Backup benchmark: backing up a ten-year profile, and finding that nothing changed.

Usage: python tests/perf/bench_backup.py [--runs 10] [--profile-dir DIR] [--fresh]

The profile is make_journal.py's ten years (12 items, ~36,000 check-offs, 7,300
check-ins, ...), made once in DIR (default: a folder in the temp dir) and reused by later
runs (--fresh makes it again). It is copied into a scratch folder first, so the backups
made here never land in DIR.

Everything is measured in one child process, started twice: a warm-up run fills the
bytecode cache (PYTHONPYCACHEPREFIX in the scratch folder, PYTHONDONTWRITEBYTECODE
dropped, as in bench_summary.py and bench_startup.py), then the measured run. Figures:
  cold backup    a fresh process: import the service, back up once (as ``main.py backup``
                 does, without the parser); target 1 s
  backup         BackupService.back_up_now with the app's writer open: online backup,
                 integrity check, fsync, rename, the tidy-up; median and worst of --runs;
                 target 1 s
  unchanged      back_up_if_due at start when nothing changed: a snapshot, its fingerprint,
                 thrown away (median; info)
  check          inspect_backup, what the list and a restore read first (median; info)
Targets are reported as PASS/MISS with the figure's share of the target; the exit
status is always 0 (not part of the test run).
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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PERF = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PERF))

TARGET_S = 1.0
CHILD_TIMEOUT_S = 300.0


# --- The child: every figure once, in one process ---------------------------------------


def child_main(profile: Path, runs: int, out: Path) -> int:
    started = time.perf_counter()
    from zoneinfo import ZoneInfo

    from planner.services.backups import BackupService

    zone = ZoneInfo("UTC")
    db = profile / "planner.db"
    service = BackupService(db, zone)
    first = service.back_up_now(datetime.now(UTC))
    cold_ms = (time.perf_counter() - started) * 1000
    assert first.made is not None

    from planner.storage.backups import inspect_backup
    from planner.storage.store import Store

    store = Store.open(db)  # the app's writer, open meanwhile
    try:
        now = datetime.now(UTC)
        backup_ms: list[float] = []
        for n in range(runs):
            t0 = time.perf_counter()
            done = service.back_up_now(now + timedelta(days=n + 1))
            backup_ms.append((time.perf_counter() - t0) * 1000)
            assert done.made is not None
        # The automatic backup of the same data, which the unchanged ones compare with.
        assert service.back_up_if_due(now + timedelta(days=runs + 1), at_start=True)
        unchanged_ms: list[float] = []
        for n in range(runs):
            t0 = time.perf_counter()
            skipped = service.back_up_if_due(
                now + timedelta(days=runs + 1, minutes=n + 1), at_start=True
            )
            unchanged_ms.append((time.perf_counter() - t0) * 1000)
            assert skipped is not None
            assert skipped.made is None
        newest = service.last_backup()
        assert newest is not None
        check_ms: list[float] = []
        for _ in range(runs):
            t0 = time.perf_counter()
            info = inspect_backup(newest.path, 1000)
            check_ms.append((time.perf_counter() - t0) * 1000)
    finally:
        store.close()
    figures = {
        "cold_ms": cold_ms,
        "backup_ms": backup_ms,
        "unchanged_ms": unchanged_ms,
        "check_ms": check_ms,
        "size": newest.size,
        "checkins": info.checkins,
        "checkoffs": info.checkoffs,
        "kept": len(service.list()),
    }
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

    copy = scratch / "profile"
    shutil.rmtree(copy, ignore_errors=True)
    copy.mkdir(mode=0o700)
    shutil.copyfile(folder / "planner.db", copy / "planner.db")
    out = scratch / "figures.json"
    out.unlink(missing_ok=True)
    env = child_env(scratch, None)
    command = [sys.executable, str(Path(__file__).resolve()), "--child"]
    command += ["--profile-dir", str(copy), "--runs", str(runs), "--out", str(out)]
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
    print(
        f"backup: {f['size'] / 1_000_000:.1f} MB, {f['checkins']:,} check-ins, "
        f"{f['checkoffs']:,} check-offs; {f['kept']} backups kept after the runs"
    )
    cold = f["cold_ms"]
    print(f"\n  cold backup (fresh process)    {cold:8.1f} ms   {_verdict(cold / 1000, TARGET_S)}")
    backup = statistics.median(f["backup_ms"])
    print(
        f"  backup, writer open (median)   {backup:8.1f} ms   worst {max(f['backup_ms']):.1f} ms"
        f"   {_verdict(backup / 1000, TARGET_S)}"
    )
    unchanged = statistics.median(f["unchanged_ms"])
    print(f"  nothing changed (median)       {unchanged:8.1f} ms   (info)")
    check = statistics.median(f["check_ms"])
    print(f"  check a backup (median)        {check:8.1f} ms   (info)")
    print(f"  ({runs} runs each)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="measured runs (default 10)")
    default_dir = Path(tempfile.gettempdir()) / "bench-backup-profile"
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
        f"Backup benchmark: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{platform.machine()}\nprofile: {described}{made}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
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
