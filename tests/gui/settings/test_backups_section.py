"""Settings → Backups: the last backup, Back up now, the list with what each holds, a
second folder, and a restore that is checked and shown before it is asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.domain.journal import JournalEntry, Mood
from planner.services.backup_keeper import BackupKeeper
from planner.services.checklist import ChecklistService
from planner.services.reminders import ReminderService
from planner.services.settings import BACKUP_SECOND_FOLDER, read_setting
from planner.ui.settings.restore_dialog import RestoreDialog
from planner.ui.settings.settings_page import SettingsPage
from tests.helpers.clock import BERLIN, NOW, RunningClock, berlin


@pytest.fixture
def checklist(store) -> ChecklistService:
    return ChecklistService(store, BERLIN, clock=RunningClock(berlin(9, 0)).now)


@pytest.fixture
def keeper(store, checklist):
    made = BackupKeeper(store, lambda: BERLIN, checklist.now)
    yield made
    made.shutdown()


@pytest.fixture
def page(qtbot, store, checklist, keeper) -> SettingsPage:
    reminders = ReminderService(store, checklist, zone_source=lambda: BERLIN)
    shown = SettingsPage(reminders, backups=keeper)
    qtbot.addWidget(shown)
    return shown


def test_back_up_now_lists_the_backup_with_what_it_holds(qtbot, store, page) -> None:
    entry = JournalEntry(Mood.GOOD, 2, NOW.date(), NOW, "Europe/Berlin", note="Calm")
    store.journal.add(entry, NOW)
    section = page.backups
    assert section is not None
    assert section.status.text() == "No backup yet. The first one is made today."
    with qtbot.waitSignal(section.list_done, timeout=10_000):
        qtbot.mouseClick(section.now_button, Qt.MouseButton.LeftButton)
    assert section.status.text().startswith("Last backup: ")
    assert section.list.topLevelItemCount() == 1
    row = section.list.topLevelItem(0)
    assert [row.text(c) for c in (2, 3, 4)] == ["1", "0", "Made by you"]
    assert section.list_note.text() == "A backup was made just now. It is at the top of the list."
    assert not section.restore_button.isEnabled()  # nothing chosen yet
    section.list.setCurrentItem(row)
    assert section.restore_button.isEnabled()


def test_a_chosen_backup_is_checked_and_shown_before_a_restore_is_asked(
    qtbot, store, page, keeper
) -> None:
    section = page.backups
    assert section is not None
    with qtbot.waitSignal(section.list_done, timeout=10_000):
        qtbot.mouseClick(section.now_button, Qt.MouseButton.LeftButton)
    section.list.setCurrentItem(section.list.topLevelItem(0))
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    assert dialog.heading.text() == "This backup can be restored."
    assert "Check-ins: 0" in dialog.details.text()
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(keeper.restore_asked):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert keeper.pending_restore == section.listed[0].file.path


def test_a_file_that_is_not_a_backup_is_refused_plainly(qtbot, page, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "holiday.db"
    bad.write_bytes(b"not a database at all" * 100)
    section = page.backups
    assert section is not None
    monkeypatch.setattr(section, "choose_file", lambda: bad)
    qtbot.mouseClick(section.file_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        pass
    assert dialog.heading.text() == "This file cannot be restored."
    assert "Nothing was changed" in dialog.details.text()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_second_folder_can_be_chosen_and_stopped(qtbot, store, page, tmp_path, monkeypatch):
    section = page.backups
    assert section is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(section, "choose_folder", lambda: str(stick))
    qtbot.mouseClick(section.choose_button, Qt.MouseButton.LeftButton)
    assert read_setting(store, BACKUP_SECOND_FOLDER) == str(stick)
    assert section.second.text() == f"A second copy of each backup goes to: {stick}"
    with qtbot.waitSignal(section.list_done, timeout=10_000):
        qtbot.mouseClick(section.now_button, Qt.MouseButton.LeftButton)
    assert len(list(Path(stick).glob("planner-*.db"))) == 1
    qtbot.mouseClick(section.stop_button, Qt.MouseButton.LeftButton)
    assert read_setting(store, BACKUP_SECOND_FOLDER) == ""
    assert section.stop_button.isHidden()


def test_the_start_backs_up_once_and_again_only_after_a_change(qtbot, store, checklist):
    folder = Path(store.path).parent / "backups"
    first = BackupKeeper(store, lambda: BERLIN, checklist.now)
    with qtbot.waitSignal(first.made, timeout=10_000):
        first.start(delay_ms=0)
    first.shutdown()
    assert len(list(folder.glob("planner-*Z.db"))) == 1
    again = BackupKeeper(store, lambda: BERLIN, checklist.now)  # the next start, no change
    again.start(delay_ms=0)
    again.shutdown()  # waits for the worker
    assert len(list(folder.glob("planner-*Z.db"))) == 1
    entry = JournalEntry(Mood.OKAY, 3, NOW.date(), NOW, "Europe/Berlin")
    store.journal.add(entry, NOW)
    later = BackupKeeper(store, lambda: BERLIN, checklist.now)
    with qtbot.waitSignal(later.made, timeout=10_000) as made:
        later.start(delay_ms=0)
    later.shutdown()
    newest = made.args[0].made.path
    assert later.service.check(newest).checkins == 1
    # The same day keeps only its newest automatic backup (7 days and 4 weeks in all).
    assert list(folder.glob("planner-*.db")) == [newest]


def test_a_json_export_is_described_and_can_be_restored(qtbot, store, page, keeper, tmp_path):
    from planner.cli import main

    store.journal.add(JournalEntry(Mood.GOOD, 2, NOW.date(), NOW, "Europe/Berlin"), NOW)
    export = tmp_path / "export.json"
    data_dir = str(Path(store.path).parent)
    assert main(["export", "--data-dir", data_dir, "--out", str(export)]) == 0
    section = page.backups
    assert section is not None
    section.choose_file = lambda: export  # type: ignore[method-assign]
    qtbot.mouseClick(section.file_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    assert dialog.heading.text() == "This export can be restored."
    assert "Check-ins: 1" in dialog.details.text().splitlines()
    with qtbot.waitSignal(keeper.restore_asked):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert keeper.pending_restore == export


def test_restore_file_says_how_it_went_and_a_bad_file_changes_nothing(store, keeper, tmp_path):
    from planner.services.backup_keeper import restore_file

    made = keeper.service.back_up_now(NOW).made
    assert made is not None
    store.journal.add(JournalEntry(Mood.GOOD, 2, NOW.date(), NOW, "Europe/Berlin"), NOW)
    store.close()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "between-checkups-export", "version": 99}', encoding="utf-8")
    before = Path(keeper.service.database).read_bytes()
    said = restore_file(keeper.service, bad, NOW)
    assert "newer" in said
    assert Path(keeper.service.database).read_bytes() == before
    said = restore_file(keeper.service, made.path, NOW)
    assert said == (
        "Your data was restored from the file you chose. What you had just before is kept "
        "in your backups, so you can go back to it."
    )
    assert list((Path(store.path).parent / "backups").glob("*-before-restore.db"))
