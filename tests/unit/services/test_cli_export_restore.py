"""``restore FILE`` with a JSON export: it says what the export holds, asks, waits for the
app, lists every problem of a bad file with its place, and changes nothing then.

The ``restore`` parser comes from cli_backups; the run goes the way main() will send a
JSON export (``is_export_restore`` then ``restore_export_command``)."""

from __future__ import annotations

import argparse
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.cli import _add_global_options
from planner.cli_backups import add_backup_commands
from planner.cli_export_restore import is_export_restore, restore_export_command
from planner.cli_io import EXIT_USAGE, CommandError, say
from planner.domain.model import Item, Schedule
from planner.paths import resolve_paths
from planner.services.single_instance import SingleInstance
from planner.storage.store import Store
from tests.unit.services.export_profiles import small_export

NOW = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="between-checkups")
    _add_global_options(parser, in_subcommand=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_backup_commands(commands, lambda sub: _add_global_options(sub, in_subcommand=True))
    args = parser.parse_args(argv)
    assert is_export_restore(args)
    try:
        return restore_export_command(args)
    except CommandError as exc:
        say(str(exc))
        return EXIT_USAGE


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    store = Store.open(folder / "planner.db")
    store.items.add(Item("Old item", Schedule.daily()), today=date(2026, 12, 1), now=NOW)
    store.close()
    return folder


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(small_export()), encoding="utf-8")
    return path


def titles(folder: Path) -> list[str]:
    store = Store.open_readonly(folder / "planner.db")
    try:
        return [i.title for i in store.items.active()]
    finally:
        store.close()


def test_restore_shows_what_the_export_holds_then_puts_it_in_place(profile, export, capsys) -> None:
    assert run(["restore", str(export), "--yes", "--data-dir", str(profile)]) == 0
    err = capsys.readouterr().err
    assert f"{export}: an export from " in err
    assert "(version 0.1.0) with 1 checklist item, 1 check-off, 1 check-in, 0 checkups" in err
    assert "0 questions. Restoring it replaces the data you have now" in err
    assert "between-checkups: The export is restored; the data as it was is in" in err
    assert titles(profile) == ["Walk"]
    (before,) = (profile / "backups").glob("*-before-restore.db")
    assert titles_of(before) == ["Old item"]


def titles_of(database: Path) -> list[str]:
    store = Store.open_readonly(database)
    try:
        return [i.title for i in store.items.active()]
    finally:
        store.close()


def test_restore_asks_and_no_changes_nothing(profile, export, capsys, monkeypatch) -> None:
    answer = io.StringIO("n\n")
    answer.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", answer)
    before = (profile / "planner.db").read_bytes()
    assert run(["restore", str(export), "--data-dir", str(profile)]) == 1
    err = capsys.readouterr().err
    assert "Restore? [y/N]" in err
    assert err.rstrip().endswith("between-checkups: Nothing was changed.")
    assert (profile / "planner.db").read_bytes() == before


def test_without_a_terminal_or_yes_it_refuses(profile, export, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(["restore", str(export), "--data-dir", str(profile)]) == EXIT_USAGE
    assert "add --yes to restore the export" in capsys.readouterr().err
    assert titles(profile) == ["Old item"]


def test_refused_while_the_app_is_open(profile, export, capsys) -> None:
    paths = resolve_paths(profile)
    app = SingleInstance(str(paths.lock_file), paths.instance_key)
    assert app.acquire()
    try:
        assert run(["restore", str(export), "--yes", "--data-dir", str(profile)]) == EXIT_USAGE
    finally:
        app.release()
    assert "Between Checkups is open on this profile" in capsys.readouterr().err
    assert titles(profile) == ["Old item"]


def test_a_bad_export_lists_every_problem_and_changes_nothing(profile, tmp_path, capsys) -> None:
    doc = small_export()
    doc["journal"][0]["mood"] = 12
    doc["checkoffs"][0]["item_id"] = 5
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = (profile / "planner.db").read_bytes()
    assert run(["restore", str(bad), "--yes", "--data-dir", str(profile)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"between-checkups: {bad} cannot be restored, so nothing was changed:",
        "  check-off 1: 'item_id' is 5, but there is no item with that id in the file.",
        "  check-in 1: 'mood' must be a whole number from 1 to 5.",
    ]
    assert (profile / "planner.db").read_bytes() == before
    assert not (profile / "backups").exists()


def test_a_newer_export_is_one_plain_line(profile, tmp_path, capsys) -> None:
    doc = small_export()
    doc["version"] = 7
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")
    assert run(["restore", str(newer), "--yes", "--data-dir", str(profile)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (
        f"between-checkups: {newer} was made by a newer version of Between Checkups (export "
        "version 7). Nothing was changed. Install the newer version to restore it."
    )


def test_a_backup_file_is_left_to_the_backup_restore(profile) -> None:
    args = argparse.Namespace(command="restore", file=str(profile / "planner.db"))
    assert not is_export_restore(args)
    assert not is_export_restore(argparse.Namespace(command="export", file="x.json"))
