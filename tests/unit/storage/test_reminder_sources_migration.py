"""Version 4 to 5 (reminder sources): item 0 becomes the check-in, the link to items is back,
item rows keep their data, and a failed upgrade leaves the file as it was."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from planner.domain.model import Item, Schedule
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import CHECKIN, ReminderSource, SourceKind
from planner.domain.reminders import DueReminder
from planner.storage.errors import StoreError
from planner.storage.migrations import MIGRATIONS
from planner.storage.store import Store
from tests.helpers.old_schema import log_old_reminder

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
DAY = date(2026, 11, 25)
EVENING = time(19, 30)
#: An item id no row of ``items`` has (a row a hand-edited version 4 file could hold).
NO_SUCH_ITEM = 99
# A made-up next step that fails after version 5's own statements ran.
BROKEN_NEXT = """
INSERT INTO settings (key, value) VALUES ('half', 'done');
UPDATE no_such_table SET x = 1;
"""


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    """Every row of a table, read with a plain connection of its own."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


@pytest.fixture
def v4(db_path: Path) -> dict[str, object]:
    """A version 4 database whose reminder log holds the check-in as item 0, two items'
    reminders (one at the check-in's very day and time) and a row of a missing item."""
    store = Store.open(db_path, migrations=MIGRATIONS[:4])
    try:
        pill, walk = store.items.add_many(
            [
                Item("Pill", Schedule.daily(), reminders=(time(8, 0), EVENING)),
                Item("Walk", Schedule.per_week(3), reminders=(time(10, 0),)),
            ],
            today=date(2026, 11, 1),
            now=NOW,
        )
        store.items.archive(walk.id, now=NOW)
        yesterday = DAY - timedelta(days=1)
        until = NOW + timedelta(minutes=40)
        with store.transaction() as conn:
            log_old_reminder(
                conn,
                0,
                yesterday,
                EVENING,
                NOW - timedelta(days=1),
                shown=NOW - timedelta(days=1),
                outcome="done",
                outcome_at=NOW - timedelta(hours=23),
            )
            log_old_reminder(
                conn,
                0,
                DAY,
                EVENING,
                NOW,
                shown=NOW,
                outcome="snoozed",
                outcome_at=NOW + timedelta(minutes=1),
                snoozed_until=until,
            )
            log_old_reminder(
                conn,
                pill.id,
                DAY,
                time(8, 0),
                NOW - timedelta(hours=11),
                shown=NOW,
                outcome="done",
                outcome_at=NOW,
            )
            log_old_reminder(conn, pill.id, DAY, EVENING, NOW, shown=NOW)
            log_old_reminder(
                conn,
                walk.id,
                yesterday,
                time(10, 0),
                NOW - timedelta(days=1),
                outcome="missed",
                outcome_at=NOW,
            )
            log_old_reminder(conn, NO_SUCH_ITEM, DAY, time(9, 0), NOW, shown=NOW)
        assert store.connection.execute("PRAGMA user_version").fetchone() == (4,)
    finally:
        store.close()
    return {"pill": pill.id, "walk": walk.id, "until": until, "log": rows(db_path, "reminder_log")}


def test_item_0_rows_become_check_in_rows_and_item_rows_keep_their_data(
    db_path: Path, v4: dict
) -> None:
    old = v4["log"]
    assert len(old) == 6
    assert sum(1 for row in old if row[1] == 0) == 2  # two check-ins, logged as item 0
    Store.open(db_path, migrations=MIGRATIONS[:5]).close()
    assert columns(db_path, "reminder_log")[:3] == ["id", "kind", "item_id"]
    expected = [
        (row[0], "checkin" if row[1] == 0 else "item", None if row[1] == 0 else row[1], *row[2:])
        for row in old
        if row[1] != NO_SUCH_ITEM
    ]
    assert rows(db_path, "reminder_log") == expected  # ids, days, times and stamps as they were


def test_the_upgraded_log_reads_as_sources(db_path: Path, v4: dict) -> None:
    pill = ReminderSource.item(v4["pill"])
    store = Store.open(db_path)
    try:
        assert store.connection.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS),)
        done, snoozed = store.reminder_log.for_kind(SourceKind.CHECKIN)
        assert (done.source, done.day, done.at, done.outcome) == (
            CHECKIN,
            DAY - timedelta(days=1),
            EVENING,
            Outcome.DONE,
        )
        assert (snoozed.source, snoozed.outcome, snoozed.snoozed_until) == (
            CHECKIN,
            Outcome.SNOOZED,
            v4["until"],
        )
        assert store.reminder_log.pending_snoozes() == [snoozed]
        morning, evening = store.reminder_log.for_item(v4["pill"])
        assert (morning.source, morning.at, morning.outcome) == (pill, time(8, 0), Outcome.DONE)
        assert (evening.source, evening.at, evening.first_shown_at) == (pill, EVENING, NOW)
        (missed,) = store.reminder_log.for_item(v4["walk"])  # archived items keep theirs
        assert missed.outcome is Outcome.MISSED
        # The check-in and the pill at 19:30 on one day are two reminders, two keys.
        today = store.reminder_log.since(DAY)
        assert set(today) == {(CHECKIN, DAY, EVENING), (pill, DAY, EVENING), (pill, DAY, time(8))}
    finally:
        store.close()


def test_the_link_to_items_holds_and_the_missing_items_row_is_left_out(
    db_path: Path, v4: dict
) -> None:
    store = Store.open(db_path, migrations=MIGRATIONS[:5])
    try:
        conn = store.connection
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)  # on while migrating too
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.integrity_ok()
        (link,) = conn.execute("PRAGMA foreign_key_list(reminder_log)").fetchall()
        assert (link[2], link[3], link[4], link[6]) == ("items", "item_id", "id", "CASCADE")
        assert conn.execute(
            "SELECT count(*) FROM reminder_log WHERE item_id = ?", (NO_SUCH_ITEM,)
        ).fetchone() == (0,)
        indexes = {
            name: unique for _, name, unique, *_ in conn.execute("PRAGMA index_list(reminder_log)")
        }
        assert indexes == {"reminder_log_key": 1, "reminder_log_day": 0, "reminder_log_item": 0}
    finally:
        store.close()


def test_the_upgraded_log_updates_its_rows_and_refuses_a_made_up_item(
    db_path: Path, v4: dict
) -> None:
    store = Store.open(db_path)
    try:
        checkin = DueReminder(NOW, DAY, EVENING, CHECKIN)
        later = v4["until"] + timedelta(seconds=5)
        store.reminder_log.mark_shown([checkin], later)  # the snooze ends: the same row
        store.reminder_log.set_outcome([checkin], Outcome.DONE, later)
        (_, today) = store.reminder_log.for_kind(SourceKind.CHECKIN)
        assert (today.first_shown_at, today.last_shown_at, today.outcome) == (
            NOW,
            later,
            Outcome.DONE,
        )
        assert store.reminder_log.pending_snoozes() == []
        ghost = DueReminder(NOW, DAY, EVENING, ReminderSource.item(NO_SUCH_ITEM))
        with pytest.raises(sqlite3.IntegrityError):
            store.reminder_log.mark_shown([ghost], NOW)
    finally:
        store.close()
    assert len(rows(db_path, "reminder_log")) == 5


def test_a_safety_copy_of_version_4_is_made_first(db_path: Path, v4: dict) -> None:
    Store.open(db_path).close()
    (backup,) = (db_path.parent / "backups").glob("planner-*Z-before-v5.db")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone() == (4,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
    assert rows(backup, "reminder_log") == v4["log"]  # the missing item's row too


def test_a_failing_upgrade_leaves_the_version_4_file_byte_identical(
    db_path: Path, v4: dict
) -> None:
    before = db_path.read_bytes()
    with pytest.raises(StoreError):
        Store.open(db_path, migrations=[*MIGRATIONS, BROKEN_NEXT])
    assert db_path.read_bytes() == before
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (4,)
        assert conn.execute("SELECT value FROM settings WHERE key = 'half'").fetchall() == []
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "reminder_log_v5" not in tables
    finally:
        conn.close()
    assert "kind" not in columns(db_path, "reminder_log")  # version 5's rebuild was undone
    assert rows(db_path, "reminder_log") == v4["log"]
    Store.open(db_path).close()  # and the real upgrade still goes through afterwards
    assert "kind" in columns(db_path, "reminder_log")
