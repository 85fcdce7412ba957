"""Kill -9 while the passphrase is turned on, changed or taken off, at random moments:
afterwards one whole copy is there, it opens with the old or the new key, and the note
left behind says which."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.domain.journal import JournalEntry, Mood
from planner.storage import cipher, keys
from planner.storage.errors import WrongPassphrase
from planner.storage.store import Store
from tests.helpers import HELPERS

CRASHER = HELPERS / "cipher_crasher.py"
ROOT = Path(__file__).resolve().parents[3]
RUNS = 30
OLD, NEW = "old passphrase", "new passphrase"
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ENTRIES = 6000
#: Fewer derivation rounds than SQLCipher's 256,000, in the child and here, so that most
#: kills fall in the rewrite and the swap (the derivation is not what is tested here).
ROUNDS = 1000


@pytest.fixture(scope="module", autouse=True)
def quick_derivation() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "KDF_ROUNDS", ROUNDS)
        yield


@pytest.fixture(autouse=True)
def no_key_held() -> Iterator[None]:
    keys.forget()
    yield
    keys.forget()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, quick_derivation: None) -> dict[str, Path]:
    """A plain profile with some thousands of check-ins, and the same encrypted (OLD)."""
    folder = tmp_path_factory.mktemp("pristine")
    plain = folder / "plain" / "planner.db"
    store = Store.open(plain)
    try:
        with store.batch():
            for n in range(ENTRIES):
                day = date(2016, 1, 1) + timedelta(days=n // 2)
                note = f"entry {n} about the garden and the long walk by the river " * 3
                store.journal.add(JournalEntry(Mood(3), n % 11, day, NOW, "UTC", note=note), NOW)
    finally:
        store.close()
    encrypted = folder / "encrypted" / "planner.db"
    encrypted.parent.mkdir()
    shutil.copyfile(plain, encrypted)
    cipher.encrypt(encrypted, OLD)
    return {"plain": plain, "encrypted": encrypted}


def run_and_kill(mode: str, path: Path, delay: float | None, log: Path) -> tuple[bool, float]:
    """Start the child, kill it ``delay`` seconds after it is ready (None: let it finish);
    whether it finished, and how long it ran after "ready"."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with (
        log.open("wb") as errors,
        subprocess.Popen(
            [sys.executable, str(CRASHER), mode, str(path), OLD, NEW, str(ROUNDS)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
        ) as proc,
    ):
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"ready\n", log.read_text()
        started = time.monotonic()
        if delay is not None:
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        took = time.monotonic() - started
        proc.wait()
    return b"done" in rest, took


def opens_with(path: Path, passphrase: str | None) -> bool:
    """Whether ``passphrase`` (None: no passphrase) opens the file, as the app would."""
    keys.forget()
    if passphrase is not None:
        if not cipher.is_encrypted(path):
            return False
        try:
            key = cipher.unlock(path, passphrase)
        except WrongPassphrase:
            return False
        keys.use(passphrase, key.salt, key.key)
    elif cipher.is_encrypted(path):
        return False
    return True


def check_whole(path: Path) -> None:
    store = Store.open(path)  # as the app opens it: the writer, after its check
    try:
        assert store.integrity_ok()
        notes = store.connection.execute("SELECT count(*) FROM journal_entries").fetchone()[0]
        assert notes == ENTRIES
    finally:
        store.close()
    keys.forget()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mode", "source", "before", "after"),
    [
        ("encrypt", "plain", None, NEW),
        ("change", "encrypted", OLD, NEW),
        ("decrypt", "encrypted", OLD, None),
    ],
)
def test_kill_9_during_a_swap_leaves_one_good_copy(
    tmp_path: Path,
    pristine: dict[str, Path],
    mode: str,
    source: str,
    before: str | None,
    after: str | None,
) -> None:
    rng = random.Random(f"{mode}-20261202")
    finished = 0
    took = 0.0
    mid_way = 0  # killed with the note written and the swap not yet done
    for run in range(RUNS + 1):  # run 0 is not killed: it times the whole rewrite
        path = tmp_path / f"run-{run}" / "planner.db"
        path.parent.mkdir(mode=0o700)
        shutil.copyfile(pristine[source], path)
        delay = None if run == 0 else rng.uniform(0.0, took * 1.2)
        done, ran = run_and_kill(mode, path, delay, tmp_path / f"{run}.log")
        if run == 0:
            assert done, (tmp_path / "0.log").read_text()
            took = ran
        else:
            finished += done
        old_opens, new_opens = opens_with(path, before), opens_with(path, after)
        assert old_opens != new_opens, f"run {run}: exactly one of the keys must open it"
        if done:
            assert new_opens
        note = cipher.interrupted(path)
        if note is not None:
            assert note.change.value == mode
            assert note.swapped == new_opens, f"run {run}: the note names the wrong key"
            mid_way += not note.swapped
        opens_with(path, after if new_opens else before)
        check_whole(path)
        cipher.finish(path)
        names = sorted(p.name for p in path.parent.iterdir())
        assert names == ["planner.db"], f"run {run}: {names}"
    print(f"{mode}: {finished} finished, {mid_way} killed mid-way, of {RUNS}")
    assert 0 < finished < RUNS, "the kills should fall both before and after the end"
    assert mid_way > 0, "some kills should fall during the rewrite"
