"""Which reminders fall due in a span of time, read from the store.

The pure rules live in ``domain.reminders``; this gathers the items and the answers
they need. The command line lists the result, and the scheduler will plan from it.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.domain.model import CheckOff, Item, Schedule, ScheduleKind, Status
from planner.domain.reminders import DueReminder, reminders_between
from planner.domain.schedule import week_start
from planner.services.settings import CHECKIN_TIME, read_setting
from planner.storage.store import Store

log = logging.getLogger(__name__)

#: The evening check-in is logged in the reminder log as this item (no checklist item has it).
CHECKIN_ITEM_ID = 0
CHECKIN_TITLE = "Evening check-in"


def checkin_item(at: time) -> Item:
    """The evening check-in, dressed as a daily item so the reminder rules apply to it."""
    return Item(
        title=CHECKIN_TITLE,
        schedule=Schedule(ScheduleKind.DAILY),
        why="How are you today? A check-in takes a few seconds.",
        id=CHECKIN_ITEM_ID,
        reminders=(at,),
    )


def _checkin_reminders(
    store: Store, start: datetime, end: datetime, zone: ZoneInfo
) -> list[tuple[DueReminder, Item]]:
    """The evening check-in on each day without a check-in yet."""
    at = read_setting(store, CHECKIN_TIME)
    if at is None:
        return []
    item = checkin_item(at)
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    known = [
        CheckOff(CHECKIN_ITEM_ID, day, Status.DONE)
        for day in store.journal.days_with_entries(first, last)
    ]
    return [(r, item) for r in reminders_between(item, item.reminders, start, end, zone, known)]


def upcoming_reminders(
    store: Store, start: datetime, end: datetime, zone: ZoneInfo
) -> list[tuple[DueReminder, Item]]:
    """Every reminder due in (start, end], in time order (ties in checklist order), the
    evening check-in included."""
    items = [i for i in store.items.active() if i.reminders and i.id is not None]
    found = _checkin_reminders(store, start, end, zone)
    if not items:
        return found
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
    for item in items:
        assert item.id is not None
        known = answers.get(item.id, [])
        found += [
            (r, item) for r in reminders_between(item, item.reminders, start, end, zone, known)
        ]
    found.sort(key=lambda pair: (pair[0].instant, pair[1].position))
    return found
