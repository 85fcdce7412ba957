"""Passphrase benchmark: opening an encrypted ten-year profile against a plain one, and
turning the passphrase on, changing it and taking it off.

Usage: python tests/perf/bench_passphrase.py [--runs 5] [--profile-dir DIR] [--fresh]

The profile is make_journal.py's ten years (12 items, ~36,000 check-offs, 7,300
check-ins, ...), made once in DIR (default: a folder in the temp dir) and reused by later
runs (--fresh makes it again); it is copied into a scratch folder, and an encrypted copy
made there. Each figure is taken in fresh child processes (the key is held per process,
and sqlcipher3 is loaded only for an encrypted profile). A warm-up run first fills the
bytecode cache (PYTHONPYCACHEPREFIX in the scratch folder, PYTHONDONTWRITEBYTECODE
dropped, as in bench_summary.py). Figures (medians of --runs processes):
  open plain       Store.open of the plain profile, with its first read (info)
  open encrypted   unlocking (the key derivation, loading sqlcipher3) and Store.open of
                   the encrypted copy, with its first read
  added            open encrypted minus open plain; target 0.3 s
  encrypt          cipher.encrypt of the ten-year profile (derive, export, check, swap);
                   target 5 s. change and decrypt beside it (info)
  memory           RSS added by the encrypted open over the plain one (info)
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PERF = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PERF))

ADDED_S = 0.3
ENCRYPT_S = 5.0
PASSPHRASE = "a quiet morning by the lake"
CHILD_TIMEOUT_S = 300.0


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


# --- The children ---------------------------------------------------------------------


def child_open(database: Path, encrypted: bool, out: Path) -> int:
    """Open as the app does at start (after the imports), then read the journal's count."""
    from planner.services import passphrase
    from planner.storage.store import Store

    rss0 = _rss_kib()
    started = time.perf_counter()
    if encrypted:
        passphrase.unlock(database, PASSPHRASE)
    unlocked = time.perf_counter()
    store = Store.open(database)
    count = store.connection.execute("SELECT count(*) FROM journal_entries").fetchone()[0]
    done = time.perf_counter()
    rss1 = _rss_kib()
    store.close()
    figures = {
        "open_ms": (done - started) * 1000,
        "unlock_ms": (unlocked - started) * 1000,
        "store_ms": (done - unlocked) * 1000,
        "rss_kib": rss1 - rss0,
        "checkins": count,
    }
    out.write_text(json.dumps(figures))
    return 0


def child_rewrite(database: Path, out: Path) -> int:
    from planner.storage import cipher

    t0 = time.perf_counter()
    cipher.encrypt(database, PASSPHRASE)
    t1 = time.perf_counter()
    cipher.change(database, PASSPHRASE, PASSPHRASE + " again")
    t2 = time.perf_counter()
    cipher.decrypt(database, PASSPHRASE + " again")
    t3 = time.perf_counter()
    figures = {
        "encrypt_ms": (t1 - t0) * 1000,
        "change_ms": (t2 - t1) * 1000,
        "decrypt_ms": (t3 - t2) * 1000,
        "size": database.stat().st_size,
    }
    out.write_text(json.dumps(figures))
    return 0


# --- The parent -----------------------------------------------------------------------


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


def _child(scratch: Path, *args: str) -> dict[str, Any]:
    from procs import child_env

    out = scratch / "figures.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args, "--out", str(out)]
    done = subprocess.run(
        command,
        env=child_env(scratch, None),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
    )
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"the child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    found: dict[str, Any] = json.loads(out.read_text())
    return found


def _copy(source: Path, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700, parents=True)
    shutil.copyfile(source / "planner.db", folder / "planner.db")
    return folder / "planner.db"


def _verdict(value: float, target: float) -> str:
    return f"{'PASS' if value <= target else 'MISS'} ({value / target:.2f} of the target)"


def _median(rows: list[dict[str, Any]], key: str) -> float:
    return statistics.median(row[key] for row in rows)


def measure(profile: Path, runs: int, scratch: Path) -> None:
    plain = _copy(profile, scratch / "plain")
    encrypted = _copy(profile, scratch / "encrypted")
    sys.path.insert(0, str(ROOT))
    from planner.storage import cipher

    cipher.encrypt(encrypted, PASSPHRASE)
    _child(scratch, "open", str(plain), "plain")  # warm-up: fills the bytecode cache
    _child(scratch, "open", str(encrypted), "encrypted")
    opened_plain, opened_enc, rewrites = [], [], []
    for _ in range(runs):
        opened_plain.append(_child(scratch, "open", str(plain), "plain"))
        opened_enc.append(_child(scratch, "open", str(encrypted), "encrypted"))
    for _ in range(max(1, min(runs, 3))):
        rewrites.append(_child(scratch, "rewrite", str(_copy(profile, scratch / "rewrite"))))
    plain_ms, enc_ms = _median(opened_plain, "open_ms"), _median(opened_enc, "open_ms")
    added = enc_ms - plain_ms
    print(f"  ({opened_plain[0]['checkins']:,} check-ins; {rewrites[0]['size'] / 1e6:.1f} MB)")
    print(f"\n  open plain (median)            {plain_ms:8.1f} ms   (info)")
    print(
        f"  open encrypted (median)        {enc_ms:8.1f} ms   unlock "
        f"{_median(opened_enc, 'unlock_ms'):.1f} ms + Store.open "
        f"{_median(opened_enc, 'store_ms'):.1f} ms"
    )
    print(f"  added by the passphrase        {added:8.1f} ms   {_verdict(added / 1000, ADDED_S)}")
    enc = _median(rewrites, "encrypt_ms")
    print(f"  encrypt ten years (median)     {enc:8.1f} ms   {_verdict(enc / 1000, ENCRYPT_S)}")
    print(f"  change the passphrase          {_median(rewrites, 'change_ms'):8.1f} ms   (info)")
    print(f"  remove the passphrase          {_median(rewrites, 'decrypt_ms'):8.1f} ms   (info)")
    extra = _median(opened_enc, "rss_kib") - _median(opened_plain, "rss_kib")
    print(f"  memory added (RSS)             {extra / 1024:8.1f} MiB  (info)")
    print(f"  ({runs} processes each for the opens, {len(rewrites)} for the rewrites)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs (default 5)")
    default_dir = Path(tempfile.gettempdir()) / "bench-passphrase-profile"
    parser.add_argument("--profile-dir", type=Path, default=default_dir)
    parser.add_argument("--fresh", action="store_true", help="make the profile again")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child[0] == "open":
            return child_open(Path(args.child[1]), args.child[2] == "encrypted", args.out)
        return child_rewrite(Path(args.child[1]), args.out)
    described, made_in = _profile(args.profile_dir, args.fresh)
    made = f" (made in {made_in:.2f} s)" if made_in is not None else ""
    print(
        f"Passphrase benchmark: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{platform.machine()}\nprofile: {described}{made}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-passphrase-") as tmp:
        try:
            measure(args.profile_dir, max(1, args.runs), Path(tmp))
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"FAILED: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
