"""Text a person deleted or edited away is gone from the files in every case: after an
edit, after the undo window, and at the next start when the app died in that window."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain.journal import JournalEntry, Mood
from planner.services.checklist import ChecklistService
from planner.services.journal import JournalService
from planner.storage.store import Store
from tests.helpers import HELPERS

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def files_hold(db_path: Path, word: str) -> bool:
    """Whether the database file or its write-ahead log still contains ``word``."""
    found = False
    for name in (db_path.name, db_path.name + "-wal"):
        path = db_path.with_name(name)
        if path.exists():
            found |= word.lower().encode() in path.read_bytes().lower()
    return found


def journal_for(store: Store) -> JournalService:
    return JournalService(store, ChecklistService(store, ZoneInfo("UTC"), clock=lambda: NOW))


def test_words_edited_away_are_wiped_when_the_edit_is_saved(tmp_path):
    db = tmp_path / "planner.db"
    store = Store.open(db)
    journal = journal_for(store)
    try:
        saved = journal.save_entry(
            JournalEntry(Mood(2), 6, date(2026, 11, 25), NOW, "UTC", note="Okapiwhisper scan")
        )
        assert files_hold(db, "Okapiwhisper")
        journal.save_entry(replace(saved, note="all fine"))
        assert not files_hold(db, "Okapiwhisper")
        assert not store.journal.wipe_pending()
        assert journal.entry(saved.id).note == "all fine"  # type: ignore[arg-type, union-attr]
    finally:
        store.close()


def test_a_wipe_cut_short_by_a_crash_is_finished_at_the_next_start(tmp_path):
    db = tmp_path / "planner.db"
    done = subprocess.run(
        [sys.executable, str(HELPERS / "delete_and_die.py"), str(db), "Quetzalmoth"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "deleted"
    # The app died in the undo window: the words are still in the files.
    assert files_hold(db, "Quetzalmoth")
    store = Store.open(db)
    try:
        journal = journal_for(store)
        assert store.journal.wipe_pending()
        assert journal.finish_pending_wipe()
        assert not files_hold(db, "Quetzalmoth")
        assert not store.journal.wipe_pending()
        assert not journal.finish_pending_wipe()  # nothing left to do the next time
        assert journal.count() == 5  # the other check-ins are untouched
    finally:
        store.close()
    assert not files_hold(db, "Quetzalmoth")


def test_a_delete_keeps_the_wipe_pending_until_the_undo_window_is_over(tmp_path):
    store = Store.open(tmp_path / "planner.db")
    journal = journal_for(store)
    try:
        saved = journal.save_entry(JournalEntry(Mood(3), 3, date(2026, 11, 25), NOW, "UTC"))
        assert not store.journal.wipe_pending()
        assert saved.id is not None
        gone = journal.delete_entry(saved.id)
        assert store.journal.wipe_pending()
        assert gone is not None
        journal.undo_delete(gone)  # brought back: a later wipe does no harm
        journal.forget_deleted()
        assert not store.journal.wipe_pending()
        assert journal.count() == 1
    finally:
        store.close()
