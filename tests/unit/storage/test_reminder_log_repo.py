"""The reminder log: shown times, snoozes and outcomes survive a reopen."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from planner.domain.reminder_rules import Outcome
from planner.domain.reminders import DueReminder
from planner.storage.store import Store
from tests.helpers.storage import item_ids

DUE = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


def test_shown_then_snoozed_then_shown_again_then_done(db_path: Path) -> None:
    store = Store.open(db_path)
    (item,) = item_ids(store, 1)
    r = DueReminder(DUE, date(2026, 3, 2), time(8, 30), item)
    shown = DUE + timedelta(seconds=0.25)
    store.reminder_log.mark_shown([r], shown)
    until = DUE + timedelta(minutes=10)
    store.reminder_log.set_outcome([r], Outcome.SNOOZED, DUE + timedelta(minutes=1), until)
    store.reminder_log.mark_shown([r], until)
    store.reminder_log.set_outcome([r], Outcome.DONE, until + timedelta(minutes=2))
    store.close()

    reopened = Store.open(db_path)
    (entry,) = reopened.reminder_log.for_item(item)
    assert entry.key == (item, date(2026, 3, 2), time(8, 30))
    assert entry.due_at == DUE
    assert entry.first_shown_at == shown  # milliseconds are kept
    assert entry.last_shown_at == until
    assert entry.outcome is Outcome.DONE
    assert entry.outcome_at == until + timedelta(minutes=2)
    assert reopened.reminder_log.since(date(2026, 3, 2)) == {entry.key: entry}
    assert reopened.reminder_log.since(date(2026, 3, 3)) == {}
    reopened.close()


def test_outcome_without_showing_and_snooze_rules(store: Store) -> None:
    (item,) = item_ids(store, 1)
    r = DueReminder(DUE, date(2026, 3, 2), time(8, 30), item)
    store.reminder_log.set_outcome([r], Outcome.MISSED, DUE + timedelta(hours=13))
    (entry,) = store.reminder_log.for_item(item)
    assert (entry.outcome, entry.first_shown_at) == (Outcome.MISSED, None)
    with pytest.raises(ValueError, match="snooze"):
        store.reminder_log.set_outcome([r], Outcome.SNOOZED, DUE)
    with pytest.raises(ValueError, match="aware"):
        store.reminder_log.mark_shown([r], datetime(2026, 3, 2, 8, 0))
