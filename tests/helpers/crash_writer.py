"""Crash-test writer: records one check-off per day forever, printing each day once saved."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from planner.domain.model import CheckOff, Item, Schedule, Status  # noqa: E402
from planner.storage.store import Store  # noqa: E402

FIRST_DAY = date(2000, 1, 1)


def main(path: Path) -> None:
    """Open the store, make sure an item exists, then save and report days until killed."""
    store = Store.open(path)
    now = datetime.now(UTC)
    items = store.items.active() or [
        store.items.add(Item("Crash test", Schedule.daily()), today=FIRST_DAY, now=now)
    ]
    item_id = items[0].id
    assert item_id is not None
    saved = store.checkoffs.for_item(item_id)
    day = saved[-1].day + timedelta(days=1) if saved else FIRST_DAY
    while True:
        checkoff = CheckOff(item_id, day, Status.DONE, amount=1.0, recorded_at=datetime.now(UTC))
        store.checkoffs.record(checkoff)
        sys.stdout.write(day.isoformat() + "\n")
        sys.stdout.flush()
        day += timedelta(days=1)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
