"""Kill -9 during backups and restores at random moments: the data file stays whole,
every reported save is there, and no half-written backup is ever listed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.domain.model import Item, Schedule
from planner.storage.backups import inspect_backup, list_backups
from planner.storage.migrations import MIGRATIONS
from planner.storage.restoring import back_up
from planner.storage.store import Store
from tests.helpers import HELPERS
from tests.helpers.backup_crasher import CRASH_DAY

CRASHER = HELPERS / "backup_crasher.py"
ROOT = Path(__file__).resolve().parents[3]
RUNS = 30
NOW = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)


def run_and_kill(args: list[str], delay: float, log: Path) -> list[str]:
    """Start the crasher, kill it ``delay`` s after its first line; return its lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with (
        log.open("wb") as errors,
        subprocess.Popen(
            [sys.executable, str(CRASHER), *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
        ) as proc,
    ):
        assert proc.stdout is not None
        first = proc.stdout.readline()
        if not first:
            proc.wait()
            pytest.fail(f"the crasher died before its first step: {log.read_text()}")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, log.read_text()
    return (first + rest).decode().split("\n")[:-1]


def days_in(path: Path) -> set[date]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {date.fromisoformat(d) for (d,) in conn.execute("SELECT day FROM checkoffs")}
    finally:
        conn.close()


def every_listed_backup_is_whole(folder: Path) -> int:
    listed = list_backups(folder)
    for backup in listed:
        inspect_backup(backup.path, len(MIGRATIONS))  # raises for a half-written one
    return len(listed)


@pytest.mark.slow
def test_backups_survive_kill_9(tmp_path: Path) -> None:
    db_path = tmp_path / "data" / "planner.db"
    rng = random.Random(20261202)
    reported: set[date] = set()
    for run in range(RUNS):
        lines = run_and_kill(
            ["backup", str(db_path)], rng.uniform(0.0, 0.3), tmp_path / f"crasher-{run}.log"
        )
        reported |= {date.fromisoformat(line[6:]) for line in lines if line.startswith("saved ")}
        missing = reported - days_in(db_path)
        assert not missing, f"run {run}: {len(missing)} reported saves lost"
        assert every_listed_backup_is_whole(db_path.parent / "backups") <= 7 + 4
        if "backed up" in lines:  # the newest backup holds every save before it
            last = len(lines) - 1 - lines[::-1].index("backed up")
            before = {date.fromisoformat(x[6:]) for x in lines[:last] if x.startswith("saved ")}
            newest = list_backups(db_path.parent / "backups")[0]
            assert before <= days_in(newest.path), f"run {run}"


@pytest.mark.slow
def test_restores_survive_kill_9(tmp_path: Path) -> None:
    db_path = tmp_path / "data" / "planner.db"
    store = Store.open(db_path)
    store.items.add(Item("Crash test", Schedule.daily()), today=date(2000, 1, 1), now=NOW)
    store.close()
    made = back_up(db_path, NOW)
    assert made is not None
    kept = tmp_path / "kept.db"
    kept.write_bytes(made.path.read_bytes())
    in_backup = days_in(kept)
    rng = random.Random(20261203)
    for run in range(RUNS):
        lines = run_and_kill(
            ["restore", str(db_path), str(kept)],
            rng.uniform(0.0, 0.3),
            tmp_path / f"crasher-{run}.log",
        )
        days = days_in(db_path)  # whole, whatever the moment
        assert in_backup <= days <= in_backup | {CRASH_DAY}, f"run {run}"
        if lines and lines[-1].startswith("saved "):
            assert CRASH_DAY in days, f"run {run}: a reported save was lost"
        every_listed_backup_is_whole(db_path.parent / "backups")
        reopened = Store.open(db_path)  # and the app opens it
        try:
            assert reopened.integrity_ok()
        finally:
            reopened.close()
