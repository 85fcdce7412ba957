"""A JSON export as a real way back: export, restore and export again give the same JSON;
restoring twice adds nothing twice; the data before is kept as a backup; what the file
holds is said before anything changes; a failing swap leaves the data whole."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.domain.model import Item, Schedule
from planner.services.export_restore import (
    ExportRefused,
    describe,
    looks_like_export,
    restore_export,
)
from planner.storage.backups import BackupError, inspect_backup
from planner.storage.migrations import MIGRATIONS
from planner.storage.restoring import write_backup
from planner.storage.store import Store
from tests.unit.services.export_profiles import (
    NOW,
    export_text,
    make_year,
    small_export,
    without_stamp,
)

LATER = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def year(tmp_path_factory) -> tuple[Path, str]:
    """A realistic profile (made once) and its export."""
    folder = tmp_path_factory.mktemp("year")
    database = make_year(folder / "profile")
    text = export_text(database)
    export = folder / "export.json"
    export.write_text(text, encoding="utf-8")
    return export, text


def _other_profile(folder: Path) -> Path:
    """A profile with data of its own, which a restore replaces."""
    database = folder / "planner.db"
    store = Store.open(database)
    store.items.add(Item("Old item", Schedule.daily()), today=date(2026, 1, 1), now=NOW)
    store.settings.set("theme", "high-contrast")
    store.close()
    return database


def test_export_restore_export_gives_the_same_json(year, tmp_path) -> None:
    export, text = year
    database = tmp_path / "new" / "planner.db"
    done = restore_export(database, export, LATER)
    assert done.before is None  # there was no data yet
    again = export_text(database, now=LATER)
    assert without_stamp(again) == without_stamp(text)
    doc = json.loads(text)
    for table in ("items", "checkoffs", "journal", "checkups", "reminder_log", "questions"):
        assert doc[table], f"the profile should hold some {table}"
    assert any(item["archived"] for item in doc["items"])
    assert {c["status"] for c in doc["checkups"]} == {"booked", "planned", "removed"}
    assert {r["kind"] for r in doc["reminder_log"]} == {"item", "checkin", "book", "visit"}


def test_restoring_over_data_keeps_it_as_a_backup_first(year, tmp_path) -> None:
    export, text = year
    database = _other_profile(tmp_path)
    done = restore_export(database, export, LATER)
    assert done.before is not None
    assert done.before.name.endswith("-before-restore.db")
    assert without_stamp(export_text(database)) == without_stamp(text)
    kept = Store.open_readonly(done.before)
    try:
        assert [i.title for i in kept.items.active()] == ["Old item"]
        assert kept.settings.get("theme") == "high-contrast"
    finally:
        kept.close()
    store = Store.open(database)  # the app opens the restored file as usual
    try:
        assert store.integrity_ok()
        assert store.journal.count(filter_=_all_checkins()) == len(json.loads(text)["journal"])
    finally:
        store.close()


def _all_checkins():
    from planner.domain.journal import JournalFilter

    return JournalFilter()


def test_restoring_the_same_export_twice_adds_nothing_twice(year, tmp_path) -> None:
    export, text = year
    database = tmp_path / "planner.db"
    restore_export(database, export, LATER)
    first = export_text(database)
    restore_export(database, export, LATER.replace(hour=10))
    assert export_text(database) == first
    assert without_stamp(first) == without_stamp(text)


def test_the_journal_search_finds_restored_words(year, tmp_path) -> None:
    from planner.domain.journal import JournalFilter

    export, _ = year
    database = tmp_path / "planner.db"
    restore_export(database, export, LATER)
    store = Store.open_readonly(database)
    try:
        found = store.journal.page(JournalFilter(text="ümlauts"), 10)
        assert [e.note.split("\n")[0] for e in found] == ["A good day."]
    finally:
        store.close()


def test_describe_says_what_the_export_holds_and_changes_nothing(year, tmp_path) -> None:
    export, text = year
    doc = json.loads(text)
    before = export.read_bytes()
    summary = describe(export)
    assert export.read_bytes() == before
    assert summary.exported_at == NOW
    assert summary.app_version == doc["app_version"]
    assert summary.version == 1
    assert summary.items == len(doc["items"])
    assert summary.checkoffs == len(doc["checkoffs"])
    assert summary.checkins == len(doc["journal"])
    assert summary.checkups == sum(1 for c in doc["checkups"] if c["status"] != "removed")
    assert summary.questions == len(doc["questions"]) == 2
    assert summary.size == len(before)


def test_an_older_export_without_the_later_fields_is_restored(tmp_path) -> None:
    doc = small_export()
    for key in ("followup_schedules", "questions", "care_notes", "checkups", "reminder_log"):
        del doc[key]
    del doc["checkoffs"][0]["skip_note"]
    del doc["items"][0]["reminders"]
    doc["reminder_log"] = [  # before reminder kinds: item 0 was the evening check-in
        {
            "item_id": 0,
            "date": "2026-11-24",
            "time": "20:00",
            "due_at_utc": "2026-11-24T19:00:00+00:00",
            "first_shown_at_utc": None,
            "last_shown_at_utc": None,
            "outcome": "missed",
            "outcome_at_utc": None,
            "snoozed_until_utc": None,
        }
    ]
    export = tmp_path / "old.json"
    export.write_text(json.dumps(doc), encoding="utf-8")
    database = tmp_path / "data" / "planner.db"
    restore_export(database, export, LATER)
    again = json.loads(export_text(database))
    assert again["items"][0]["reminders"] == []
    assert again["checkoffs"][0]["skip_note"] is None
    assert again["reminder_log"][0]["kind"] == "checkin"
    assert again["journal"] == doc["journal"]


def test_an_export_is_told_apart_from_a_backup(year, tmp_path) -> None:
    export, _ = year
    database = _other_profile(tmp_path)
    backup = tmp_path / "copy.db"
    write_backup(database, backup)
    assert looks_like_export(export)
    assert not looks_like_export(backup)
    assert not looks_like_export(tmp_path / "missing.json")
    spaced = tmp_path / "spaced.json"
    spaced.write_bytes(b"\xef\xbb\xbf \n" + export.read_bytes())
    assert looks_like_export(spaced)
    assert describe(spaced).items > 0
    with pytest.raises(ExportRefused):
        describe(backup)


def test_a_failing_swap_leaves_the_data_whole_and_no_files_behind(
    year, tmp_path, monkeypatch
) -> None:
    export, _ = year
    database = _other_profile(tmp_path)
    Store.open(database).close()
    before = database.read_bytes()
    import planner.storage.restoring as restoring

    real_replace = os.replace
    swaps = []

    def no_room(src, dst):
        if Path(dst) == database:  # the swap itself fails (the safety backup was made)
            swaps.append(src)
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(restoring.os, "replace", no_room)
    with pytest.raises(BackupError):
        restore_export(database, export, LATER)
    monkeypatch.undo()
    assert swaps, "the swap was tried"
    assert database.read_bytes() == before
    assert list((tmp_path / "backups").glob("*-before-restore.db"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".incoming-")]
    assert inspect_backup(database, len(MIGRATIONS)).checkins == 0


def test_the_built_database_is_private_and_current(year, tmp_path) -> None:
    export, _ = year
    database = tmp_path / "planner.db"
    restore_export(database, export, LATER)
    assert os.stat(database).st_mode & 0o777 == 0o600
    assert inspect_backup(database, len(MIGRATIONS)).version == len(MIGRATIONS)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("planner.db")) == []
