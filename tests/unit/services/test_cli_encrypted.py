"""Every command that opens the data, on a profile locked with a passphrase: with the
right one in PLANNER_PASSPHRASE it works as on a plain profile; with a wrong one it says
"That is not the passphrase.", exits 1 and changes nothing. A JSON export and a backup
restore into the locked profile and stay locked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.journal import Checkup, CheckupKind, JournalEntry, Mood
from planner.domain.model import Item, Schedule
from planner.services import passphrase as service
from planner.services.export_restore import build_database, read_export
from planner.services.plans import template_paths
from planner.storage import cipher, keys
from planner.storage.store import Store
from tests.unit.services.export_profiles import small_export

PASS = "correct horse battery"
NOW = datetime.now(UTC)
TODAY = NOW.date()
SECRET = "pelican"
BREAST = next(p for p in template_paths() if p.name.startswith("breast"))
ROUNDS = 1000


@pytest.fixture(autouse=True)
def clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(keys, "KDF_ROUNDS", ROUNDS)
    monkeypatch.setenv("TZ", "UTC")
    for name in ("PLANNER_PASSPHRASE", "PLANNER_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    keys.forget()
    yield
    keys.forget()


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """A locked profile with an item, a check-in and a coming checkup."""
    folder = tmp_path / "profile"
    database = folder / "planner.db"
    store = Store.open(database)
    try:
        store.items.add(Item("Walk", Schedule.daily()), today=TODAY, now=NOW)
        entry = JournalEntry(Mood(3), 2, TODAY - timedelta(days=2), NOW, "UTC", note=SECRET)
        store.journal.add(entry, NOW)
        store.checkups.add(Checkup(TODAY + timedelta(days=9), CheckupKind.SCAN, "UTC"), NOW)
    finally:
        store.close()
    cipher.encrypt(database, PASS)
    return folder


def run(argv: list[str]) -> int:
    """One command, as its own process would run it: the key is not kept after it."""
    try:
        return main(argv)
    except SystemExit as ended:
        return int(ended.code or 0)
    finally:
        keys.forget()


def commands(folder: Path, out: Path) -> dict[str, list[str]]:
    data = ["--data-dir", str(folder)]
    return {
        "export": ["export", *data, "--format", "json", "--out", str(out / "export.json")],
        "reminders": ["reminders", *data],
        "summary": ["summary", *data, "--out", str(out / "summary.pdf")],
        "calendar": ["calendar", *data, "--out", str(out / "checkups.ics")],
        "plan export": ["plan", "export", *data, "--out", str(out / "mine.plan.json")],
        "plan apply": ["plan", "apply", str(BREAST), *data, "--yes"],
        "backup": ["backup", *data],
        "backup --out": ["backup", *data, "--out", str(out / "copy.db")],
        "backups": ["backups", *data],
    }


def locked_notes(folder: Path) -> set[str]:
    """The check-ins' notes, read with the passphrase (it must open the file)."""
    service.unlock(folder / "planner.db", PASS)
    try:
        store = Store.open_readonly(folder / "planner.db")
        try:
            return {entry.note for entry in store.journal.all()}
        finally:
            store.close()
    finally:
        keys.forget()


def assert_locked(path: Path) -> None:
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert SECRET.encode() not in data


def test_every_data_command_works_with_the_passphrase(
    profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, qapp
) -> None:
    """(``qapp``: the summary needs a Qt application; the test run's own, so that the
    command does not make one of its own.)"""
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    for name, argv in commands(profile, tmp_path).items():
        assert run(argv) == 0, (name, capsys.readouterr().err)
    capsys.readouterr()
    assert SECRET in (tmp_path / "export.json").read_text(encoding="utf-8")
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert "BEGIN:VCALENDAR" in (tmp_path / "checkups.ics").read_text(encoding="utf-8")
    assert_locked(tmp_path / "copy.db")
    assert_locked(profile / "planner.db")
    for backup in (profile / "backups").glob("planner-*.db"):
        assert_locked(backup)
    assert run(["backups", "--data-dir", str(profile)]) == 0
    listed = capsys.readouterr().out
    assert "cannot be used" not in listed
    assert len(listed.splitlines()) == 2  # the backup and the copy before the plan
    assert SECRET in locked_notes(profile)


def test_a_wrong_passphrase_is_one_plain_line_and_exit_1(
    profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, qapp
) -> None:
    monkeypatch.setenv("PLANNER_PASSPHRASE", "not the right one")
    before = (profile / "planner.db").read_bytes()
    export = tmp_path / "small.json"
    export.write_text(json.dumps(small_export()), encoding="utf-8")
    every = {
        **commands(profile, tmp_path),
        "restore export": ["restore", str(export), "--yes", "--data-dir", str(profile)],
        "restore backup": ["restore", str(tmp_path / "x.db"), "--yes", "--data-dir", str(profile)],
    }
    for name, argv in every.items():
        assert run(argv) == 1, name
        err = capsys.readouterr().err
        assert err == "between-checkups: That is not the passphrase.\n", name
    assert (profile / "planner.db").read_bytes() == before
    assert not (profile / "backups").exists()
    assert not (tmp_path / "export.json").exists()


def test_a_backup_restores_into_the_locked_profile(
    profile: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    assert run(["backup", "--data-dir", str(profile)]) == 0
    (made,) = (profile / "backups").glob("planner-*.db")
    assert run(["plan", "apply", str(BREAST), "--data-dir", str(profile), "--yes"]) == 0
    capsys.readouterr()
    assert run(["restore", made.name, "--yes", "--data-dir", str(profile)]) == 0
    assert "The backup is restored" in capsys.readouterr().err
    assert_locked(profile / "planner.db")
    assert SECRET in locked_notes(profile)


def test_a_backup_locked_with_an_old_passphrase_is_listed_as_unusable(
    profile: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    assert run(["backup", "--data-dir", str(profile)]) == 0
    (old,) = (profile / "backups").glob("planner-*.db")
    cipher.change(profile / "planner.db", PASS, "a brand new passphrase")  # not the backups
    monkeypatch.setenv("PLANNER_PASSPHRASE", "a brand new passphrase")
    capsys.readouterr()
    assert run(["backups", "--data-dir", str(profile)]) == 0
    out, err = capsys.readouterr()
    assert "locked, cannot be used" in out
    assert (
        f"{old.name} is locked with a passphrase that is not the one in use now, so it "
        "cannot be read. Nothing was changed." in err
    )
    before = (profile / "planner.db").read_bytes()
    assert run(["restore", old.name, "--yes", "--data-dir", str(profile)]) == 1
    assert "is locked with a passphrase that is not the one in use now" in capsys.readouterr().err
    assert (profile / "planner.db").read_bytes() == before


def test_a_json_export_restores_into_the_locked_profile(
    profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    export = tmp_path / "small.json"
    export.write_text(json.dumps(small_export()), encoding="utf-8")
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    assert run(["restore", str(export), "--yes", "--data-dir", str(profile)]) == 0
    assert "The export is restored" in capsys.readouterr().err
    assert_locked(profile / "planner.db")
    (before,) = (profile / "backups").glob("*-before-restore.db")
    assert_locked(before)
    assert SECRET not in locked_notes(profile)  # the export's data, not the old
    assert not list(profile.glob(".incoming-*"))
    service.unlock(profile / "planner.db", PASS)
    store = Store.open(profile / "planner.db")  # the app opens it as on any day
    try:
        assert store.integrity_ok()
    finally:
        store.close()


def test_the_database_built_from_an_export_is_locked_too(profile: Path, tmp_path: Path) -> None:
    export = tmp_path / "small.json"
    export.write_text(json.dumps(small_export()), encoding="utf-8")
    service.unlock(profile / "planner.db", PASS)
    _, rows = read_export(export)
    built = build_database(profile, rows, export)
    try:
        assert keys.file_kind(built) is keys.FileKind.ENCRYPTED
        assert keys.salt_of(built) == keys.salt_of(profile / "planner.db")
    finally:
        built.unlink()


def test_a_plain_profile_never_asks(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "plain"
    store = Store.open(folder / "planner.db")
    store.items.add(Item("Walk", Schedule.daily()), today=date(2026, 12, 1), now=NOW)
    store.close()
    assert run(["backups", "--data-dir", str(folder)]) == 0  # no terminal, no variable
    assert run(["backup", "--data-dir", str(folder)]) == 0
