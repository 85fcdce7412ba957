"""Which reminders fall due in a span of time, read from the store.

The pure rules live in ``domain.reminders``; this gathers the items and the answers
they need. The command line lists the result, and the scheduler will plan from it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain.model import CheckOff, Item, ScheduleKind
from planner.domain.reminders import DueReminder, reminders_between
from planner.domain.schedule import week_start
from planner.storage.database import Store


def upcoming_reminders(
    store: Store, start: datetime, end: datetime, zone: ZoneInfo
) -> list[tuple[DueReminder, Item]]:
    """Every reminder due in (start, end], in time order (ties in checklist order)."""
    items = [i for i in store.items.active() if i.reminders and i.id is not None]
    if not items:
        return []
    first_day = week_start(start.astimezone(zone).date()) - timedelta(days=1)
    last_day = end.astimezone(zone).date() + timedelta(days=1)
    # A one-time task is finished by an answer on any day, so it needs all of them.
    once = {i.id for i in items if i.schedule.kind is ScheduleKind.ONCE}
    answers: dict[int, list[CheckOff]] = {}
    for c in store.checkoffs.between(first_day, last_day):
        if c.item_id not in once:
            answers.setdefault(c.item_id, []).append(c)
    for c in store.checkoffs.for_items([i for i in once if i is not None]):
        answers.setdefault(c.item_id, []).append(c)
    found: list[tuple[DueReminder, Item]] = []
    for item in items:
        assert item.id is not None
        known = answers.get(item.id, [])
        found += [
            (r, item) for r in reminders_between(item, item.reminders, start, end, zone, known)
        ]
    found.sort(key=lambda pair: (pair[0].instant, pair[1].position))
    return found
