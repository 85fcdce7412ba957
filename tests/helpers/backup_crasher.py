"""Crash-test backups and restores: loops until killed, printing each step once it is done.

Usage: backup_crasher.py backup DB       save a check-off ("saved DAY"), back up, again
       backup_crasher.py restore DB FILE  "restoring", restore FILE, "restored", save a
                                          check-off on CRASH_DAY ("saved DAY"), again
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from planner.domain.model import CheckOff, Item, Schedule, Status  # noqa: E402
from planner.services.backups import BackupService  # noqa: E402
from planner.storage.backups import list_backups  # noqa: E402
from planner.storage.store import Store  # noqa: E402

FIRST_DAY = date(2000, 1, 1)
CRASH_DAY = date(2099, 1, 1)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def item_of(store: Store) -> int:
    items = store.items.active() or [
        store.items.add(
            Item("Crash test", Schedule.daily()), today=FIRST_DAY, now=datetime.now(UTC)
        )
    ]
    item_id = items[0].id
    assert item_id is not None
    return item_id


def record(store: Store, item_id: int, day: date) -> None:
    store.checkoffs.record(
        CheckOff(item_id, day, Status.DONE, amount=1.0, recorded_at=datetime.now(UTC))
    )
    say(f"saved {day.isoformat()}")


def backups(path: Path) -> None:
    """Save, then back up (an hour later each time, so old ones are tidied away too)."""
    service = BackupService(path, UTC)
    newest = service.last_backup()
    now = max(datetime.now(UTC), newest.at if newest else datetime.now(UTC))
    store = Store.open(path)
    item_id = item_of(store)
    saved = store.checkoffs.for_item(item_id)
    day = saved[-1].day + timedelta(days=1) if saved else FIRST_DAY
    while True:
        record(store, item_id, day)
        day += timedelta(days=1)
        now += timedelta(hours=1)
        service.back_up_if_due(now, at_start=True)
        say("backed up")


def restores(path: Path, backup: Path) -> None:
    """Restore, then save a check-off on the restored data; over and over."""
    service = BackupService(path, UTC)
    while True:
        say("restoring")
        service.restore(backup, datetime.now(UTC))
        say("restored")
        store = Store.open(path)
        try:
            record(store, item_of(store), CRASH_DAY)
        finally:
            store.close()
        service.prune(datetime.now(UTC))
        assert len(list_backups(service.folder)) < 50


if __name__ == "__main__":
    if sys.argv[1] == "backup":
        backups(Path(sys.argv[2]))
    else:
        restores(Path(sys.argv[2]), Path(sys.argv[3]))
