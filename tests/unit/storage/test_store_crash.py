"""Kill -9 a writer at random moments: the file stays intact and every reported save survives."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import HELPERS

WRITER = HELPERS / "crash_writer.py"
ROOT = Path(__file__).resolve().parents[3]
RUNS = 30


def run_and_kill(db_path: Path, delay: float, log: Path) -> list[date]:
    """Start the writer, kill it after its first save plus delay; return the days it reported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with (
        log.open("wb") as errors,
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path)],
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
            pytest.fail(f"writer died before saving: {log.read_text()}")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    lines = (first + rest).decode().split("\n")
    return [date.fromisoformat(line) for line in lines[:-1]]


@pytest.mark.slow
def test_saved_answers_survive_kill_9(tmp_path: Path) -> None:
    db_path = tmp_path / "data" / "planner.db"
    rng = random.Random(20240304)
    reported: set[date] = set()
    for run in range(RUNS):
        days = run_and_kill(db_path, rng.uniform(0.05, 0.4), tmp_path / f"writer-{run}.log")
        assert days
        assert not reported.intersection(days), "a new run must continue after the last day"
        reported.update(days)
        # Read-only checks on odd runs leave the -wal in place, so the next writer recovers it.
        uri = db_path.as_uri() + ("?mode=ro" if run % 2 else "")
        conn = sqlite3.connect(uri, uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = {date.fromisoformat(d) for (d,) in conn.execute("SELECT day FROM checkoffs")}
        finally:
            conn.close()
        missing = reported - stored
        assert not missing, f"run {run}: {len(missing)} reported saves lost"
