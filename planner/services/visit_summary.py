"""The visit summary ("Prepare for my checkup"), read from the store in one go.

Only what the period needs is read: the check-ins of the period (and of the days before
the last checkup, for worry by phase), its screens and answers (all answers of one-time
and every-N-days items, whose state depends on earlier ones), the checkups, the open
questions and the care team's contact. Plain data and no Qt objects: it runs on a
worker thread with a read-only store of its own (``TaskRunner``, ``Store.open_readonly``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from planner.domain.journal import JournalEntry, JournalFilter, sorted_checkups
from planner.domain.model import CheckOff
from planner.domain.schedule import NEEDS_ALL_ANSWERS
from planner.domain.visit_summary import (
    CareContact,
    VisitSummary,
    check_period,
    checkin_span,
    summarize,
)
from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    read_setting,
)
from planner.storage.store import Store

__all__ = ["SummaryMaker", "build_visit_summary", "care_contact"]

#: Check-ins read per query (a year of them, at a few a day, in a few queries).
_PAGE = 1000


def care_contact(store: Store) -> CareContact:
    """The care team's name and phone numbers from the settings ("" when not entered)."""
    return CareContact(
        name=read_setting(store, CARE_TEAM_NAME),
        phone=read_setting(store, CARE_PHONE),
        after_hours=read_setting(store, CARE_PHONE_AFTER_HOURS),
    )


def _entries(store: Store, first: date, last: date) -> list[JournalEntry]:
    """The check-ins made on the local days ``first`` to ``last``."""
    days = JournalFilter(since=first, until=last)
    found: list[JournalEntry] = []
    while True:  # pages by keyset (newest first), so a check-in saved meanwhile is no matter
        page = store.journal.page(days, _PAGE, found[-1] if found else None)
        found += page
        if len(page) < _PAGE:
            return found


def _checkoffs(store: Store, needs_all: list[int], start: date, end: date) -> list[CheckOff]:
    """The answers of the period; for the items in ``needs_all``, all of them up to ``end``."""
    every = set(needs_all)
    found = [c for c in store.checkoffs.between(start, end) if c.item_id not in every]
    found += [c for c in store.checkoffs.for_items(needs_all) if c.day <= end]
    return found


def build_visit_summary(
    store: Store, start: date, end: date, zone: str, today: date
) -> VisitSummary:
    """The summary of the days ``start`` to ``end`` (both included), made ``today``.

    Raises ``SummaryError`` for an end before the start or a period over 366 days.
    """
    check_period(start, end)
    checkups = sorted_checkups(store.checkups.shown())
    first, last = checkin_span(start, end, today, checkups)
    items = store.items.active() + store.items.archived()
    needs_all = [i.id for i in items if i.id is not None and i.schedule.kind in NEEDS_ALL_ANSWERS]
    # Screens are few (one pair a fortnight): read from the period's start on, kept by day.
    since = datetime.combine(start - timedelta(days=1), time(0), UTC)
    return summarize(
        start=start,
        end=end,
        today=today,
        zone=zone,
        entries=_entries(store, first, last),
        screens=store.wellbeing.screens(since),
        items=items,
        checkoffs=_checkoffs(store, needs_all, start, end),
        checkups=checkups,
        questions=store.questions.all(),
        contact=care_contact(store),
    )


class SummaryMaker:
    """Makes summaries off the GUI thread, each task with its own read-only store.

    For the window: ``runner`` runs the work, ``summarize(reader, start, end)`` is what
    runs there, ``period()`` the default dates (since the last checkup, to today).
    """

    def __init__(self, store: Store, zone: Callable[[], str], today: Callable[[], date]) -> None:
        from planner.services.tasks import TaskRunner
        from planner.storage.errors import StoreError

        path = store.path
        self._store = store
        self._zone = zone
        self._today = today
        self.runner: TaskRunner[Store] = TaskRunner(
            lambda: Store.open_readonly(path),
            expected_errors=(OSError, StoreError),
            max_threads=2,
        )

    def summarize(self, reader: Store, start: date, end: date) -> VisitSummary:
        return build_visit_summary(reader, start, end, self._zone(), self._today())

    def period(self) -> tuple[date, date]:
        from planner.domain.visit_summary import default_period

        return default_period(self._store.checkups.all(), self._today())

    def shutdown(self) -> None:
        self.runner.shutdown()
