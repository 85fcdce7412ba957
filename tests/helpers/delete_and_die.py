"""Saves a check-in with a secret word, deletes it, and dies before the wipe, as an app
killed during the undo window would. Usage: delete_and_die.py DATABASE WORD"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from planner.domain.journal import JournalEntry, Mood  # noqa: E402
from planner.storage.store import Store  # noqa: E402


def main() -> None:
    path, word = Path(sys.argv[1]), sys.argv[2]
    store = Store.open(path)
    now = datetime(2026, 11, 24, 20, tzinfo=UTC)
    for n in range(5):
        store.journal.add(
            JournalEntry(Mood(3), 2, date(2026, 11, 20 + n), now, "UTC", note=f"ordinary day {n}"),
            now,
        )
    secret = store.journal.add(
        JournalEntry(Mood(2), 7, date(2026, 11, 24), now, "UTC", note=f"I call it {word}"), now
    )
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert secret.id is not None
    store.journal.delete(secret.id)
    print("deleted", flush=True)
    os._exit(0)  # no wipe, no close: the process is gone in the undo window


if __name__ == "__main__":
    main()
