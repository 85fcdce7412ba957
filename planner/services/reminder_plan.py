"""Which reminders fall due in a span of time, and which are still open, read from the store.

Reminders come from sources (``domain.reminder_sources``), one planner here per kind:
the checklist items' reminder times, the evening check-in, and the checkups ("book it"
for a planned one, the day before and on the day for a booked one). The pure rules live in
``domain.reminders``; this gathers what they need. The command line lists the result,
and the reminder service plans from it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import assert_never
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from planner.domain.journal import Checkup
from planner.domain.model import CheckOff, Item
from planner.domain.reminder_sources import ReminderSource, SourceKind
from planner.domain.reminders import DueReminder, checkin_reminders, reminders_between
from planner.domain.schedule import NEEDS_ALL_ANSWERS, week_start
from planner.services.settings import CHECKIN_TIME, read_setting
from planner.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reminder:
    """A due reminder as the screens show it: its title, and the checklist item it belongs
    to (None for a reminder of another kind, such as the evening check-in)."""

    due: DueReminder
    title: str
    item: Item | None = None
    checkup: Checkup | None = None  # for "book it" and visit reminders

    @property
    def source(self) -> ReminderSource:
        return self.due.source

    @property
    def is_checkin(self) -> bool:
        """The evening check-in (answered by checking in, not by a check-off)."""
        return self.due.source.kind is SourceKind.CHECKIN

    @property
    def item_id(self) -> int | None:
        """The checklist item's id (None for reminders that belong to no item)."""
        return self.due.source.item_id

    @property
    def is_booking(self) -> bool:
        """A "book it" reminder (answered by booking the checkup)."""
        return self.due.source.kind is SourceKind.BOOK


def checkin_title() -> str:
    """The evening check-in's title in the reminder panel and the notifications."""
    return QCoreApplication.translate("Reminders", "Evening check-in")


def checkup_title(kind: SourceKind, checkup: Checkup) -> str:
    """A checkup reminder's title: "Time to book: Blood test (due Mon 1 Mar)" or
    "Checkup tomorrow: Scan at 09:30". Kind names only, never the illness."""
    from planner.services.checkup_words import booking_title, visit_title

    return booking_title(checkup) if kind is SourceKind.BOOK else visit_title(checkup)


def _lead_days(store: Store) -> dict[int, int]:
    return {s.id: s.lead_days for s in store.followup.all() if s.id is not None}


def _checkup_reminders(
    store: Store, start: datetime, end: datetime, zone: ZoneInfo
) -> list[Reminder]:
    """Planned checkups' "book it" reminders and booked ones' day-before and on-the-day."""
    from planner.domain.checkup_reminders import checkup_reminders

    checkups: dict[int | None, Checkup] = {c.id: c for c in store.checkups.shown()}
    if not checkups:
        return []
    found = []
    for r in checkup_reminders(checkups.values(), _lead_days(store), start, end, zone):
        checkup = checkups[r.source.checkup_id]
        found.append(Reminder(r, checkup_title(r.source.kind, checkup), checkup=checkup))
    return found


def _item_reminders(store: Store, start: datetime, end: datetime, zone: ZoneInfo) -> list[Reminder]:
    """The checklist items' reminders, item by item in the checklist's order."""
    items = [i for i in store.items.active() if i.reminders and i.id is not None]
    if not items:
        return []
    first_day = week_start(start.astimezone(zone).date()) - timedelta(days=1)
    last_day = end.astimezone(zone).date() + timedelta(days=1)
    # A one-time task is finished by an answer on any day, and an every-N-days item
    # counts from its latest answer, so these need all of their answers.
    whole = {i.id for i in items if i.schedule.kind in NEEDS_ALL_ANSWERS}
    answers: dict[int, list[CheckOff]] = {}
    for c in store.checkoffs.between(first_day, last_day):
        if c.item_id not in whole:
            answers.setdefault(c.item_id, []).append(c)
    for c in store.checkoffs.for_items([i for i in whole if i is not None]):
        answers.setdefault(c.item_id, []).append(c)
    found: list[Reminder] = []
    for item in items:
        assert item.id is not None
        known = answers.get(item.id, [])
        due = reminders_between(item, item.reminders, start, end, zone, known)
        found += [Reminder(r, item.title, item) for r in due]
    return found


def _checkin_reminders(
    store: Store, start: datetime, end: datetime, zone: ZoneInfo
) -> list[Reminder]:
    """The evening check-in on each day without a check-in yet (none when it is off)."""
    at = read_setting(store, CHECKIN_TIME)
    if at is None:
        return []
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    checked_in = store.journal.days_with_entries(first, last)
    title = checkin_title()
    return [Reminder(r, title) for r in checkin_reminders(at, start, end, zone, checked_in)]


def upcoming_reminders(
    store: Store, start: datetime, end: datetime, zone: ZoneInfo
) -> list[Reminder]:
    """Every reminder due in (start, end], from every source, in time order (at one time:
    the evening check-in, then the checklist in its order)."""
    found = (
        _checkin_reminders(store, start, end, zone)
        + _checkup_reminders(store, start, end, zone)
        + _item_reminders(store, start, end, zone)
    )
    found.sort(key=lambda r: r.due.instant)  # a stable sort: ties keep the order above
    return found


def open_reminders(store: Store, due: Sequence[DueReminder]) -> list[Reminder]:
    """Those of ``due`` their source still wants, as the screens show them: an active
    item's on a day it has no answer, the check-in's on a day without a check-in."""
    if not due:
        return []
    first, last = min(r.day for r in due), max(r.day for r in due)
    items = {i.id: i for i in store.items.active()}
    answered = {(c.item_id, c.day) for c in store.checkoffs.between(first, last)}
    checked_in = store.journal.days_with_entries(first, last)
    checkups: dict[int | None, Checkup] = {}
    leads: dict[int, int] = {}
    if any(r.source.checkup_id is not None for r in due):
        checkups = {c.id: c for c in store.checkups.shown()}
        leads = _lead_days(store)
    found: list[Reminder] = []
    for r in due:
        kind = r.source.kind
        if kind is SourceKind.ITEM:
            item = items.get(r.source.item_id)
            if item is not None and (item.id, r.day) not in answered:
                found.append(Reminder(r, item.title, item))
        elif kind is SourceKind.CHECKIN:
            if r.day not in checked_in:
                found.append(Reminder(r, checkin_title()))
        elif kind is SourceKind.BOOK or kind is SourceKind.VISIT:
            from planner.domain.checkup_reminders import still_wanted
            from planner.domain.followup import DEFAULT_LEAD_DAYS

            checkup = checkups.get(r.source.checkup_id)
            lead = leads.get(checkup.schedule_id or -1, DEFAULT_LEAD_DAYS) if checkup else 0
            if checkup is not None and still_wanted(r, checkup, lead):
                found.append(Reminder(r, checkup_title(kind, checkup), checkup=checkup))
        else:
            assert_never(kind)
    return found
