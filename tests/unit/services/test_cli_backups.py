"""``backup``, ``backups`` and ``restore`` from the command line: plain lines, the list a
person can read, and a restore that shows what it holds, asks, and waits for the app."""

from __future__ import annotations

import argparse
import io
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.cli import _add_global_options
from planner.cli_backups import add_backup_commands, backup_command
from planner.cli_io import EXIT_USAGE, CommandError, say
from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.paths import resolve_paths
from planner.services.single_instance import SingleInstance
from planner.storage.migrations import MIGRATIONS
from planner.storage.store import Store

NOW = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)


def run(argv: list[str]) -> int:
    """As main() will: parse, run, and one plain line with exit 2 for a CommandError."""
    parser = argparse.ArgumentParser(prog="between-checkups")
    _add_global_options(parser, in_subcommand=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_backup_commands(commands, lambda sub: _add_global_options(sub, in_subcommand=True))
    args = parser.parse_args(argv)
    try:
        return backup_command(args)
    except CommandError as exc:
        say(str(exc))
        return EXIT_USAGE


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """A profile with one item and two check-offs."""
    folder = tmp_path / "profile"
    store = Store.open(folder / "planner.db")
    item = store.items.add(Item("Walk", Schedule.daily()), today=date(2026, 12, 1), now=NOW)
    assert item.id is not None
    for day in (1, 2):
        store.checkoffs.record(
            CheckOff(item.id, date(2026, 12, day), Status.DONE, amount=1.0, recorded_at=NOW)
        )
    store.close()
    return folder


def titles(path: Path) -> list[str]:
    store = Store.open_readonly(path)
    try:
        return [i.title for i in store.items.active()]
    finally:
        store.close()


def test_backup_saves_one_in_the_backups_folder(profile: Path, capsys) -> None:
    assert run(["backup", "--data-dir", str(profile)]) == 0
    err = capsys.readouterr().err
    (made,) = (profile / "backups").glob("planner-*Z-by-you.db")
    assert err.startswith("between-checkups: Saved a backup (")
    assert str(made) in err


def test_backup_out_writes_the_file_asked_for(profile: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "mine.db"
    assert run(["backup", "--out", str(target), "--data-dir", str(profile)]) == 0
    assert titles(target) == ["Walk"]
    assert str(target) in capsys.readouterr().err
    assert not (profile / "backups").exists()


def test_backup_out_to_a_missing_folder_is_one_plain_line(
    profile: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "nowhere" / "mine.db"
    assert run(["backup", "--out", str(target), "--data-dir", str(profile)]) == 2
    err = capsys.readouterr().err
    assert err == f"between-checkups: The folder {target.parent} does not exist.\n"


def test_backup_out_never_overwrites_the_data_file(profile: Path, capsys) -> None:
    before = (profile / "planner.db").read_bytes()
    for name in ("planner.db", "planner.db-wal"):
        target = profile / name
        assert run(["backup", "--out", str(target), "--data-dir", str(profile)]) == 2
        assert "is the data file itself" in capsys.readouterr().err
    assert (profile / "planner.db").read_bytes() == before


def test_backups_lists_date_size_counts_and_kind(profile: Path, capsys) -> None:
    assert run(["backup", "--data-dir", str(profile)]) == 0
    capsys.readouterr()
    assert run(["backups", "--data-dir", str(profile)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    when, size, checkins, checkoffs, kind, name = line.split("\t")
    assert datetime.strptime(when, "%Y-%m-%d %H:%M")
    assert size.endswith("KB")
    assert (checkins, checkoffs, kind) == ("0 check-ins", "2 check-offs", "made by you")
    assert name.startswith("planner-")


def test_backups_with_none_yet_says_so(profile: Path, capsys) -> None:
    assert run(["backups", "--data-dir", str(profile)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "There are no backups in" in captured.err


def test_no_data_is_one_plain_line(tmp_path: Path, capsys) -> None:
    assert run(["backup", "--data-dir", str(tmp_path / "empty")]) == 2
    assert "There is no Between Checkups data in" in capsys.readouterr().err


def _backup_then_change(profile: Path, capsys) -> Path:
    assert run(["backup", "--data-dir", str(profile)]) == 0
    (made,) = (profile / "backups").glob("planner-*Z-by-you.db")
    store = Store.open(profile / "planner.db")
    store.items.add(Item("Tea", Schedule.daily()), today=date(2026, 12, 2), now=NOW)
    store.close()
    capsys.readouterr()
    return made


def test_restore_shows_what_the_backup_holds_then_puts_it_back(profile: Path, capsys) -> None:
    made = _backup_then_change(profile, capsys)
    assert run(["restore", made.name, "--yes", "--data-dir", str(profile)]) == 0
    err = capsys.readouterr().err
    assert "with 0 check-ins and 2 check-offs" in err
    assert "a backup of that is kept first" in err
    assert "The backup is restored; the data as it was is in" in err
    assert titles(profile / "planner.db") == ["Walk"]
    (before,) = (profile / "backups").glob("*-before-restore.db")
    assert titles(before) == ["Walk", "Tea"]


def test_restore_asks_and_no_changes_nothing(profile: Path, capsys, monkeypatch) -> None:
    made = _backup_then_change(profile, capsys)
    answer = io.StringIO("n\n")
    answer.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", answer)
    assert run(["restore", str(made), "--data-dir", str(profile)]) == 1
    err = capsys.readouterr().err
    assert "Restore? [y/N]" in err
    assert "Nothing was changed." in err
    assert titles(profile / "planner.db") == ["Walk", "Tea"]


def test_restore_without_a_terminal_or_yes_refuses(profile: Path, capsys, monkeypatch) -> None:
    made = _backup_then_change(profile, capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert run(["restore", str(made), "--data-dir", str(profile)]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert titles(profile / "planner.db") == ["Walk", "Tea"]


def test_restore_is_refused_while_the_app_is_open(profile: Path, capsys) -> None:
    made = _backup_then_change(profile, capsys)
    paths = resolve_paths(profile)
    app = SingleInstance(str(paths.lock_file), paths.instance_key)
    assert app.acquire()
    try:
        assert run(["restore", str(made), "--yes", "--data-dir", str(profile)]) == 2
    finally:
        app.release()
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (
        "between-checkups: Between Checkups is open on this profile; close it, then restore."
    )
    assert titles(profile / "planner.db") == ["Walk", "Tea"]


def test_a_damaged_or_newer_backup_is_refused_plainly(profile: Path, capsys) -> None:
    made = _backup_then_change(profile, capsys)
    newer = made.with_name("newer.db")
    newer.write_bytes(made.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    damaged = made.with_name("damaged.db")
    damaged.write_bytes(b"\0" * 8192)
    before = (profile / "planner.db").read_bytes()
    for bad, words in ((newer, "newer version"), (damaged, "damaged")):
        assert run(["restore", str(bad), "--yes", "--data-dir", str(profile)]) == 1
        (line,) = capsys.readouterr().err.splitlines()
        assert words in line
        assert "Nothing was changed." in line
    assert (profile / "planner.db").read_bytes() == before
    assert not list((profile / "backups").glob("*-before-restore.db"))
