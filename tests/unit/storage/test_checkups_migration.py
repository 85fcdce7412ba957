"""Version 6 to 7 (checkups prepared): old checkups become booked ones with their own
calendar UID, the reminder log keeps every row and learns checkups' reminders, and a
failed upgrade leaves the file as it was."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from planner.domain.journal import CheckupKind, CheckupStatus
from planner.domain.model import Item, Schedule
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import CHECKIN, ReminderSource
from planner.domain.reminders import DueReminder
from planner.storage.errors import StoreError
from planner.storage.migrations import MIGRATIONS
from planner.storage.store import Store

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
DAY = date(2026, 11, 25)
EVENING = time(18, 0)
# A made-up next step that fails after version 7's own statements ran.
BROKEN_NEXT = """
INSERT INTO settings (key, value) VALUES ('half', 'done');
UPDATE no_such_table SET x = 1;
"""
OLD_CHECKUPS = [
    ("2026-09-03", None, "America/New_York", "blood_test", "", None, ""),
    ("2026-12-03", "09:30", "Europe/Berlin", "scan", "City Hospital", "2026-12-10", "Bring images"),
    ("2027-03-01", "14:00", "Europe/Berlin", "oncologist", "Dr. Weber", None, ""),
]


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
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
def v6(db_path: Path) -> dict[str, object]:
    """A version 6 database with three checkups and a reminder log of item and check-in rows."""
    store = Store.open(db_path, migrations=MIGRATIONS[:6])
    try:
        (pill,) = store.items.add_many(
            [Item("Pill", Schedule.daily(), reminders=(EVENING,))], today=date(2026, 11, 1), now=NOW
        )
        with store.transaction() as conn:
            for row in OLD_CHECKUPS:
                conn.execute(
                    "INSERT INTO checkups (day, at, zone, kind, place, results_on, note, "
                    "created_at_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*row, stamp(NOW)),
                )
            for kind, item_id, day, outcome in [
                ("checkin", None, DAY - timedelta(days=1), "done"),
                ("item", pill.id, DAY - timedelta(days=1), "missed"),
                ("item", pill.id, DAY, None),
                ("checkin", None, DAY, "snoozed"),
            ]:
                conn.execute(
                    "INSERT INTO reminder_log (kind, item_id, day, at, due_at_utc, "
                    "first_shown_at_utc, last_shown_at_utc, outcome, outcome_at_utc, "
                    "snoozed_until_utc) VALUES (?, ?, ?, '18:00', ?, ?, ?, ?, ?, ?)",
                    (
                        kind,
                        item_id,
                        day.isoformat(),
                        stamp(NOW),
                        stamp(NOW),
                        stamp(NOW),
                        outcome,
                        stamp(NOW) if outcome else None,
                        stamp(NOW + timedelta(minutes=10)) if outcome == "snoozed" else None,
                    ),
                )
        assert store.connection.execute("PRAGMA user_version").fetchone() == (6,)
    finally:
        store.close()
    return {
        "pill": pill.id,
        "checkups": rows(db_path, "checkups"),
        "log": rows(db_path, "reminder_log"),
    }


def test_every_old_checkup_becomes_booked_with_a_uid_of_its_own(db_path: Path, v6: dict) -> None:
    store = Store.open(db_path)
    try:
        found = store.checkups.everything()
        assert [(c.day.isoformat(), c.kind, c.place) for c in found] == [
            ("2026-09-03", CheckupKind.BLOOD_TEST, ""),
            ("2026-12-03", CheckupKind.SCAN, "City Hospital"),
            ("2027-03-01", CheckupKind.ONCOLOGIST, "Dr. Weber"),
        ]
        assert {c.status for c in found} == {CheckupStatus.BOOKED}
        assert store.checkups.all() == found
        assert store.checkups.planned() == []
        uids = [c.uid for c in found]
        assert len(set(uids)) == 3
        assert all(uid.endswith("@between-checkups") and len(uid) > 30 for uid in uids)
        assert all(
            (c.title, c.schedule_id, c.number, c.due_on, c.sequence) == ("", None, None, None, 0)
            for c in found
        )
        scan = found[1]
        assert (scan.at, scan.zone, scan.results_on, scan.note) == (
            time(9, 30),
            "Europe/Berlin",
            date(2026, 12, 10),
            "Bring images",
        )
    finally:
        store.close()
    # The old columns keep their values; the new ones come after them.
    new = rows(db_path, "checkups")
    assert [row[:9] for row in new] == v6["checkups"]
    assert columns(db_path, "checkups")[9:] == [
        "title",
        "status",
        "schedule_id",
        "number",
        "due_on",
        "uid",
        "sequence",
    ]


def test_the_reminder_log_keeps_its_rows_and_ids(db_path: Path, v6: dict) -> None:
    Store.open(db_path).close()
    assert columns(db_path, "reminder_log")[:4] == ["id", "kind", "item_id", "checkup_id"]
    expected = [(row[0], row[1], row[2], None, *row[3:]) for row in v6["log"]]
    assert rows(db_path, "reminder_log") == expected
    store = Store.open(db_path)
    try:
        (done, snoozed) = store.reminder_log.for_kind(CHECKIN.kind)
        assert (done.outcome, snoozed.outcome) == (Outcome.DONE, Outcome.SNOOZED)
        assert store.reminder_log.pending_snoozes() == [snoozed]
        assert [e.outcome for e in store.reminder_log.for_item(v6["pill"])] == [
            Outcome.MISSED,
            None,
        ]
    finally:
        store.close()


def test_checkup_reminders_have_a_foreign_key_that_goes_with_the_checkup(
    db_path: Path, v6: dict
) -> None:
    store = Store.open(db_path)
    try:
        conn = store.connection
        links = {
            (row[2], row[3], row[4], row[6])
            for row in conn.execute("PRAGMA foreign_key_list(reminder_log)")
        }
        assert links == {
            ("items", "item_id", "id", "CASCADE"),
            ("checkups", "checkup_id", "id", "CASCADE"),
        }
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.integrity_ok()
        scan = store.checkups.everything()[1]
        assert scan.id is not None
        visit = DueReminder(NOW, DAY, EVENING, ReminderSource.visit(scan.id))
        book = DueReminder(NOW, DAY, EVENING, ReminderSource.book(scan.id))
        pill = DueReminder(NOW, DAY, EVENING, ReminderSource.item(v6["pill"]))
        # One day and time: the pill, the check-in, and the checkup's two kinds are four rows.
        store.reminder_log.mark_shown(
            [visit, book, pill, DueReminder(NOW, DAY, EVENING, CHECKIN)], NOW
        )
        store.reminder_log.set_outcome([visit], Outcome.DONE, NOW)
        today = store.reminder_log.since(DAY)
        assert set(today) == {
            (visit.source, DAY, EVENING),
            (book.source, DAY, EVENING),
            (pill.source, DAY, EVENING),
            (CHECKIN, DAY, EVENING),
        }
        assert today[(visit.source, DAY, EVENING)].outcome is Outcome.DONE
        assert today[(book.source, DAY, EVENING)].outcome is None
        with pytest.raises(sqlite3.IntegrityError):
            store.reminder_log.mark_shown(
                [DueReminder(NOW, DAY, EVENING, ReminderSource.visit(99))], NOW
            )
        # Deleting the checkup's row (the journal wipe does) takes its reminders with it.
        with store.transaction() as c:
            c.execute("DELETE FROM checkups WHERE id = ?", (scan.id,))
        assert set(store.reminder_log.since(DAY)) == {
            (pill.source, DAY, EVENING),
            (CHECKIN, DAY, EVENING),
        }
        indexes = {
            name: unique for _, name, unique, *_ in conn.execute("PRAGMA index_list(reminder_log)")
        }
        assert indexes == {
            "reminder_log_key": 1,
            "reminder_log_day": 0,
            "reminder_log_item": 0,
            "reminder_log_checkup": 0,
        }
    finally:
        store.close()


def test_a_checkup_reminder_needs_a_checkup_and_the_others_must_not_have_one(
    db_path: Path, v6: dict
) -> None:
    store = Store.open(db_path)
    try:
        insert = (
            "INSERT INTO reminder_log (kind, item_id, checkup_id, day, at, due_at_utc) "
            "VALUES (?, ?, ?, '2026-11-25', '18:00', '2026-11-25T17:00:00.000+00:00')"
        )
        for kind, item_id, checkup_id in [
            ("book", None, None),
            ("visit", v6["pill"], None),
            ("checkin", None, 1),
            ("item", v6["pill"], 1),
        ]:
            with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
                conn.execute(insert, (kind, item_id, checkup_id))
    finally:
        store.close()


def test_a_safety_copy_of_version_6_is_made_first(db_path: Path, v6: dict) -> None:
    Store.open(db_path).close()
    (backup,) = (db_path.parent / "backups").glob("planner-*Z-before-v7.db")
    assert rows(backup, "checkups") == v6["checkups"]
    assert rows(backup, "reminder_log") == v6["log"]


def test_a_failing_upgrade_leaves_the_version_6_file_byte_identical(
    db_path: Path, v6: dict
) -> None:
    before = db_path.read_bytes()
    with pytest.raises(StoreError):
        Store.open(db_path, migrations=[*MIGRATIONS, BROKEN_NEXT])
    assert db_path.read_bytes() == before
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (6,)
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"followup_schedules", "questions", "reminder_log_v7"}.isdisjoint(tables)
        assert conn.execute("SELECT value FROM settings WHERE key = 'half'").fetchall() == []
    finally:
        conn.close()
    assert "uid" not in columns(db_path, "checkups")
    assert "checkup_id" not in columns(db_path, "reminder_log")
    assert rows(db_path, "reminder_log") == v6["log"]
    Store.open(db_path).close()  # the real upgrade still goes through afterwards
    assert "checkup_id" in columns(db_path, "reminder_log")
