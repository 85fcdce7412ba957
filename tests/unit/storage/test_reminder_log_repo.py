"""The reminder log: shown times, snoozes and outcomes survive a reopen."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import CHECKIN, ReminderSource, SourceKind
from planner.domain.reminders import DueReminder
from planner.storage.store import Store
from tests.helpers.storage import item_ids

DUE = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


def test_shown_then_snoozed_then_shown_again_then_done(db_path: Path) -> None:
    store = Store.open(db_path)
    (item,) = item_ids(store, 1)
    r = DueReminder(DUE, date(2026, 3, 2), time(8, 30), ReminderSource.item(item))
    shown = DUE + timedelta(seconds=0.25)
    store.reminder_log.mark_shown([r], shown)
    until = DUE + timedelta(minutes=10)
    store.reminder_log.set_outcome([r], Outcome.SNOOZED, DUE + timedelta(minutes=1), until)
    store.reminder_log.mark_shown([r], until)
    store.reminder_log.set_outcome([r], Outcome.DONE, until + timedelta(minutes=2))
    store.close()

    reopened = Store.open(db_path)
    (entry,) = reopened.reminder_log.for_item(item)
    assert entry.key == (ReminderSource.item(item), date(2026, 3, 2), time(8, 30))
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
    r = DueReminder(DUE, date(2026, 3, 2), time(8, 30), ReminderSource.item(item))
    store.reminder_log.set_outcome([r], Outcome.MISSED, DUE + timedelta(hours=13))
    (entry,) = store.reminder_log.for_item(item)
    assert (entry.outcome, entry.first_shown_at) == (Outcome.MISSED, None)
    with pytest.raises(ValueError, match="snooze"):
        store.reminder_log.set_outcome([r], Outcome.SNOOZED, DUE)
    with pytest.raises(ValueError, match="aware"):
        store.reminder_log.mark_shown([r], datetime(2026, 3, 2, 8, 0))


def test_the_check_in_and_an_item_at_one_time_are_two_rows(store: Store) -> None:
    (item,) = item_ids(store, 1)
    day, at = date(2026, 3, 2), time(20, 0)
    checkin = DueReminder(DUE, day, at, CHECKIN)
    pill = DueReminder(DUE, day, at, ReminderSource.item(item))
    store.reminder_log.mark_shown([checkin, pill], DUE)
    store.reminder_log.set_outcome([checkin], Outcome.SNOOZED, DUE, DUE + timedelta(minutes=10))
    store.reminder_log.mark_shown([checkin], DUE + timedelta(minutes=10))  # the same row again
    store.reminder_log.set_outcome([pill], Outcome.DONE, DUE)
    (logged,) = store.reminder_log.for_kind(SourceKind.CHECKIN)
    assert (logged.source, logged.outcome) == (CHECKIN, Outcome.SNOOZED)
    assert logged.last_shown_at == DUE + timedelta(minutes=10)
    (done,) = store.reminder_log.for_item(item)
    assert (done.source, done.outcome) == (ReminderSource.item(item), Outcome.DONE)
    assert store.reminder_log.since(day) == {logged.key: logged, done.key: done}
    rows = store.connection.execute(
        "SELECT kind, item_id FROM reminder_log ORDER BY kind"
    ).fetchall()
    assert rows == [("checkin", None), ("item", item)]


@pytest.mark.parametrize(
    ("kind", "item_id"),
    [("item", None), ("checkin", "own"), ("item", 999), ("checkup", None)],
)
def test_the_table_refuses_rows_that_belong_to_nothing(store: Store, kind, item_id) -> None:
    (item,) = item_ids(store, 1)
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute(
            "INSERT INTO reminder_log (kind, item_id, day, at, due_at_utc) "
            "VALUES (?, ?, '2026-03-02', '08:30', '2026-03-02T07:30:00+00:00')",
            (kind, item if item_id == "own" else item_id),
        )
    assert store.reminder_log.all() == []


def test_an_item_takes_its_reminder_rows_when_it_goes(store: Store) -> None:
    keep, gone = item_ids(store, 2)
    day = date(2026, 3, 2)
    store.reminder_log.mark_shown(
        [
            DueReminder(DUE, day, time(8, 30), ReminderSource.item(keep)),
            DueReminder(DUE, day, time(8, 30), ReminderSource.item(gone)),
            DueReminder(DUE, day, time(8, 30), CHECKIN),
        ],
        DUE,
    )
    with store.transaction() as conn:  # the app archives items; a deletion still cascades
        conn.execute("DELETE FROM items WHERE id = ?", (gone,))
    assert [e.source for e in store.reminder_log.all()] == [ReminderSource.item(keep), CHECKIN]
    assert store.connection.execute("PRAGMA foreign_key_check").fetchall() == []
