"""Small ways to fill a store for storage tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from planner.domain.model import Item, Schedule
from planner.storage.store import Store

TODAY = date(2024, 3, 4)
NOW = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)


def item_ids(store: Store, count: int) -> list[int]:
    """Add ``count`` daily items and return their ids."""
    items = store.items.add_many(
        [Item(f"item {n}", Schedule.daily()) for n in range(count)], today=TODAY, now=NOW
    )
    return [i.id for i in items if i.id is not None]
