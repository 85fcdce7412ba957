"""Version 3 to 4 (the journal): a safety copy first, every old row kept, and the evening
check-in logged (as item 0 in version 4; as a check-in of its own since version 5)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from planner.domain.journal import JournalEntry, JournalFilter, Mood
from planner.domain.model import CheckOff, Item, Schedule, SkipReason, Status, Target
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import CHECKIN, SourceKind
from planner.domain.reminders import DueReminder
from planner.storage.migrations import MIGRATIONS
from planner.storage.store import Store
from tests.helpers.old_schema import log_old_reminder

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
OLD_TABLES = ("items", "checkoffs", "settings", "reminder_log")


def record_old_answer(conn: sqlite3.Connection, answer: CheckOff) -> None:
    """One answer as versions 1 to 5 kept it (no skip note; the repository writes one)."""
    assert answer.recorded_at is not None
    conn.execute(
        "INSERT INTO checkoffs (item_id, day, status, amount, skip_reason, recorded_at_utc, "
        "zone) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            answer.item_id,
            answer.day.isoformat(),
            answer.status.value,
            answer.amount,
            answer.skip_reason.value if answer.skip_reason else None,
            answer.recorded_at.isoformat(),
            answer.zone,
        ),
    )


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    """Every row of a table, read with a plain connection of its own."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


@pytest.fixture
def v3(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """A database as version 3 left it, with items, answers, settings and reminders."""
    store = Store.open(db_path, migrations=MIGRATIONS[:3])
    try:
        pill, walk, gone = store.items.add_many(
            [
                Item("Pill", Schedule.daily(), reminders=(time(8, 0), time(20, 0))),
                Item("Walk", Schedule.per_week(3), target=Target(20, "minutes")),
                Item("Old habit", Schedule.on_weekdays(0, 3)),
            ],
            today=date(2026, 11, 1),
            now=NOW,
        )
        store.items.archive(gone.id, now=NOW)
        store.settings.set("theme", "dark")
        store.settings.set("text_size", "large")
        with store.transaction() as conn:  # the repository speaks the current schema only
            record_old_answer(
                conn, CheckOff(pill.id, date(2026, 11, 23), Status.DONE, recorded_at=NOW)
            )
            record_old_answer(
                conn,
                CheckOff(walk.id, date(2026, 11, 24), Status.PARTIAL, amount=12, recorded_at=NOW),
            )
            record_old_answer(
                conn,
                CheckOff(
                    walk.id,
                    date(2026, 11, 25),
                    Status.SKIPPED,
                    skip_reason=SkipReason.NOT_WELL,
                    recorded_at=NOW,
                    zone="Europe/Berlin",
                ),
            )
            day = date(2026, 11, 25)
            log_old_reminder(
                conn, pill.id, day, time(8, 0), NOW, shown=NOW, outcome="done", outcome_at=NOW
            )
            log_old_reminder(conn, pill.id, day, time(20, 0), NOW, shown=NOW)
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == 3
    finally:
        store.close()
    return {table: rows(db_path, table) for table in OLD_TABLES}


def test_every_old_row_is_kept_exactly(db_path: Path, v3: dict) -> None:
    assert all(v3[table] for table in OLD_TABLES)  # each table had something to keep
    Store.open(db_path, migrations=MIGRATIONS[:4]).close()
    for table in OLD_TABLES:
        assert rows(db_path, table) == v3[table], table


def test_the_upgraded_file_is_version_4_and_reads_as_before(db_path: Path, v3: dict) -> None:
    v4 = Store.open(db_path, migrations=MIGRATIONS[:4])
    try:
        assert v4.connection.execute("PRAGMA user_version").fetchone()[0] == 4
        assert v4.integrity_ok()
        assert v4.connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        v4.close()
    store = Store.open(db_path)  # read through today's repositories (version 5 on)
    try:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert not store.is_new
        assert store.integrity_ok()
        assert store.connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [i.title for i in store.items.active()] == ["Pill", "Walk"]
        assert [i.title for i in store.items.archived()] == ["Old habit"]
        pill = store.items.active()[0]
        assert pill.reminders == (time(8, 0), time(20, 0))
        assert [(c.day, c.status) for c in store.checkoffs.all()] == [
            (date(2026, 11, 23), Status.DONE),
            (date(2026, 11, 24), Status.PARTIAL),
            (date(2026, 11, 25), Status.SKIPPED),
        ]
        assert store.settings.all() == {"theme": "dark", "text_size": "large"}
        log = store.reminder_log.for_item(pill.id)
        assert [(e.at, e.outcome) for e in log] == [(time(8, 0), Outcome.DONE), (time(20, 0), None)]
        indexes = {
            name
            for (name,) in store.connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reminder_log'"
            )
        }
        assert "reminder_log_day" in indexes
        # The new tables start empty and work.
        assert store.journal.all() == []
        assert store.checkups.all() == []
        assert store.wellbeing.screens() == []
        assert store.drafts.get("checkin") is None
    finally:
        store.close()


def test_a_safety_copy_of_version_3_is_made_first(db_path: Path, v3: dict) -> None:
    Store.open(db_path).close()
    (backup,) = (db_path.parent / "backups").glob("planner-*Z-before-v4.db")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone() == (3,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {n for (n,) in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "journal_entries" not in tables
    finally:
        copy.close()
    for table in OLD_TABLES:
        assert rows(backup, table) == v3[table], table


def test_the_evening_check_in_can_be_logged_once_upgraded(db_path: Path, v3: dict) -> None:
    day, at = date(2026, 11, 25), time(19, 30)
    old = Store.open(db_path, migrations=MIGRATIONS[:3])
    try:
        with pytest.raises(sqlite3.IntegrityError), old.transaction() as conn:
            log_old_reminder(conn, 0, day, at, NOW)  # version 3 refused it: no item 0
    finally:
        old.close()
    v4 = Store.open(db_path, migrations=MIGRATIONS[:4])
    try:
        with v4.transaction() as conn:
            log_old_reminder(conn, 0, day, at, NOW)  # version 4 took it as item 0
        assert v4.connection.execute(
            "SELECT day, at FROM reminder_log WHERE item_id = 0"
        ).fetchall() == [("2026-11-25", "19:30")]
    finally:
        v4.close()
    store = Store.open(db_path)
    try:
        checkin = DueReminder(NOW, day, at, CHECKIN)
        store.reminder_log.mark_shown([checkin], NOW)
        store.reminder_log.set_outcome([checkin], Outcome.DONE, NOW)
        (logged,) = store.reminder_log.for_kind(SourceKind.CHECKIN)
        assert (logged.source, logged.day, logged.at, logged.outcome) == (
            CHECKIN,
            date(2026, 11, 25),
            time(19, 30),
            Outcome.DONE,
        )
    finally:
        store.close()


def test_the_journal_works_in_an_upgraded_file(db_path: Path, v3: dict) -> None:
    store = Store.open(db_path)
    try:
        made = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
        saved = store.journal.add(
            JournalEntry(Mood.GOOD, 2, date(2026, 11, 24), made, "America/New_York", note="fine"),
            NOW,
        )
        assert store.journal.count(JournalFilter(text="fine")) == 1
        assert store.journal.get(saved.id or 0) == saved
    finally:
        store.close()
    again = Store.open(db_path)  # opening once more migrates nothing and copies nothing
    try:
        assert again.journal.count(JournalFilter()) == 1
    finally:
        again.close()
    assert len(list((db_path.parent / "backups").glob("*.db"))) == 1
