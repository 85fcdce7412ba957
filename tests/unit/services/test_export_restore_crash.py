"""Kill -9 while JSON exports are being restored, at random moments: the data file is
always whole and holds exactly one export's data (or the data before), never a mix, and
every backup listed is whole."""

from __future__ import annotations

import copy
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from planner.services.export_restore import restore_export
from planner.storage.backups import inspect_backup, list_backups
from planner.storage.migrations import MIGRATIONS
from planner.storage.store import Store
from tests.unit.services.export_profiles import export_text, small_export, without_stamp

ROOT = Path(__file__).resolve().parents[3]
RUNS = 30
NOW = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)
#: Restores A and B in turn, saying "ready" first and "restored A" (or B) after each.
CRASHER = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from planner.services.export_restore import restore_export
database, first, second = (Path(a) for a in sys.argv[1:4])
print("ready", flush=True)
for n in range(1000):
    name, export = (("A", first), ("B", second))[n % 2]
    restore_export(database, export, datetime(2026, 12, 2, 10, 15, n % 60, tzinfo=UTC))
    print("restored", name, flush=True)
"""


def _export(tag: str, checkins: int) -> dict[str, Any]:
    doc = copy.deepcopy(small_export())
    entry = doc["journal"][0]
    doc["journal"] = [dict(entry, id=n, note=f"{tag} {n}") for n in range(1, checkins + 1)]
    doc["settings"] = {"which": tag}
    return doc


def _content(database: Path) -> dict[str, Any]:
    """What the profile holds (the app opens it as usual first)."""
    Store.open(database).close()
    return without_stamp(export_text(database))


def _kill_after(args: list[str], delay: float, log: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with (
        log.open("wb") as errors,
        subprocess.Popen(
            [sys.executable, "-c", CRASHER, *args],
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
            pytest.fail(f"the crasher died before it started: {log.read_text()}")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, log.read_text()
    return (first + rest).decode().split("\n")[:-1]


@pytest.mark.slow
def test_export_restores_survive_kill_9(tmp_path: Path) -> None:
    exports = {}
    expected = {}
    for tag, count in (("A", 3000), ("B", 1500)):
        path = tmp_path / f"{tag}.json"
        path.write_text(json.dumps(_export(tag, count)), encoding="utf-8")
        exports[tag] = path
        reference = tmp_path / f"ref-{tag}" / "planner.db"
        restore_export(reference, path, NOW)
        expected[tag] = _content(reference)
    database = tmp_path / "data" / "planner.db"
    restore_export(database, exports["B"], NOW)
    rng = random.Random(20261202)
    seen: set[int] = set()
    for run in range(RUNS):
        lines = _kill_after(
            [str(database), str(exports["A"]), str(exports["B"])],
            rng.uniform(0.0, 0.6),
            tmp_path / f"crasher-{run}.log",
        )
        held = _content(database)
        assert held in (expected["A"], expected["B"]), f"run {run}: a mix, or nothing"
        said = [line[-1] for line in lines if line.startswith("restored ")]
        if said:  # the last one reported, or the next one if its swap came before the kill
            assert held == expected[said[-1]] or held == expected["AB"[len(said) % 2]]
        seen.add(len(said))
        for backup in list_backups(database.parent / "backups"):
            inspect_backup(backup.path, len(MIGRATIONS))  # raises for a half-written one
        store = Store.open(database)
        try:
            assert store.integrity_ok()
        finally:
            store.close()
    assert len(seen) > 1, "the kills all came at the same step"
