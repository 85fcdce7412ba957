"""``passphrase set|change|remove`` from the terminal, with PLANNER_PASSPHRASE or typed
without echo; every command that opens the data asks first; a wrong one: one plain line,
exit 1, nothing changed."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.cli import main
from planner.cli_io import CommandError
from planner.cli_passphrase import add_passphrase_commands, passphrase_command
from planner.domain.journal import JournalEntry, Mood
from planner.services import passphrase as service
from planner.storage import keys
from planner.storage.store import Store

PASS = "correct horse battery"
NEW = "another good passphrase"
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_key_held(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("PLANNER_PASSPHRASE", "PLANNER_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    keys.forget()
    yield
    keys.forget()


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    store = Store.open(folder / "planner.db")
    try:
        entry = JournalEntry(Mood(3), 2, date(2026, 2, 1), NOW, "UTC", note="pelican")
        store.journal.add(entry, NOW)
    finally:
        store.close()
    return folder


def run(action: str, folder: Path) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    commands = parser.add_subparsers(dest="command")
    add_passphrase_commands(
        commands, lambda sub: sub.add_argument("--data-dir", default=argparse.SUPPRESS)
    )
    args = parser.parse_args(["passphrase", action, "--data-dir", str(folder)])
    try:
        return passphrase_command(args)
    finally:
        keys.forget()  # each command is its own process in real life


def exit_status(call: Callable[[], object]) -> int:
    with pytest.raises(SystemExit) as ended:
        call()
    return int(ended.value.code or 0)


def test_set_change_remove_with_the_environment(profile, monkeypatch, capsys) -> None:
    database = profile / "planner.db"
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    assert run("set", profile) == 0
    assert service.is_protected(database)
    assert b"pelican" not in database.read_bytes()
    err = capsys.readouterr().err
    assert "If you lose it, nobody can open your journal" in err
    assert "now locked" in err

    monkeypatch.setenv("PLANNER_NEW_PASSPHRASE", NEW)
    assert run("change", profile) == 0
    monkeypatch.setenv("PLANNER_PASSPHRASE", NEW)
    monkeypatch.delenv("PLANNER_NEW_PASSPHRASE")
    assert main(["export", "--data-dir", str(profile)]) == 0
    assert "pelican" in capsys.readouterr().out
    keys.forget()

    assert run("remove", profile) == 0
    assert not service.is_protected(database)
    assert database.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_wrong_passphrase_is_one_plain_line_and_exit_1(profile, monkeypatch, capsys) -> None:
    database = profile / "planner.db"
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    assert run("set", profile) == 0
    before = database.read_bytes()
    capsys.readouterr()
    monkeypatch.setenv("PLANNER_PASSPHRASE", "not the right one")
    assert exit_status(lambda: main(["export", "--data-dir", str(profile)])) == 1
    assert capsys.readouterr().err.strip() == "between-checkups: That is not the passphrase."
    keys.forget()
    assert exit_status(lambda: run("remove", profile)) == 1
    assert database.read_bytes() == before
    assert sorted(p.name for p in profile.iterdir()) == ["planner.db"]


def test_typed_twice_without_echo(profile, monkeypatch, capsys) -> None:
    typed = iter([PASS, PASS])
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert run("set", profile) == 0
    assert prompts == ["New passphrase: ", "Type it again: "]
    assert service.is_protected(profile / "planner.db")


def test_two_different_typings_change_nothing(profile, monkeypatch, capsys) -> None:
    typed = iter([PASS, PASS + "x"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    assert run("set", profile) == 1
    assert "not the same" in capsys.readouterr().err
    assert not service.is_protected(profile / "planner.db")


def test_too_short_is_refused(profile, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PLANNER_PASSPHRASE", "short")
    assert run("set", profile) == 1
    assert "at least 8 characters" in capsys.readouterr().err
    assert not service.is_protected(profile / "planner.db")


def test_no_terminal_and_no_variable_says_how(profile, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    assert run("set", profile) == 0
    monkeypatch.delenv("PLANNER_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    with pytest.raises(CommandError, match="PLANNER_PASSPHRASE"):
        run("remove", profile)


def test_refused_while_the_app_is_open(profile, monkeypatch) -> None:
    from planner.paths import resolve_paths
    from planner.services.single_instance import SingleInstance

    paths = resolve_paths(profile)
    holder = SingleInstance(str(paths.lock_file), paths.instance_key)
    assert holder.acquire()
    try:
        monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
        with pytest.raises(CommandError, match="open on this profile"):
            run("set", profile)
    finally:
        holder.release()
    assert not service.is_protected(profile / "planner.db")


def test_set_twice_and_remove_without_one_are_plain(profile, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    assert run("remove", profile) == 1
    assert "has no passphrase" in capsys.readouterr().err
    assert run("set", profile) == 0
    assert run("set", profile) == 1
    assert "already has a passphrase" in capsys.readouterr().err


def test_backups_follow_the_passphrase(profile, monkeypatch, capsys) -> None:
    backups = profile / "backups"
    backups.mkdir()
    backup = backups / "planner-20260101T000000Z.db"
    backup.write_bytes((profile / "planner.db").read_bytes())
    monkeypatch.setenv("PLANNER_PASSPHRASE", PASS)
    assert run("set", profile) == 0
    assert "Your backup was changed to match" in capsys.readouterr().err
    assert service.plain_backups(profile / "planner.db") == []
    assert b"pelican" not in backup.read_bytes()
    assert keys.salt_of(backup) == keys.salt_of(profile / "planner.db")
    monkeypatch.setenv("PLANNER_NEW_PASSPHRASE", NEW)
    assert run("change", profile) == 0
    assert keys.salt_of(backup) == keys.salt_of(profile / "planner.db")
    monkeypatch.setenv("PLANNER_PASSPHRASE", NEW)
    assert run("remove", profile) == 0
    assert backup.read_bytes().startswith(b"SQLite format 3\x00")
    assert sorted(p.name for p in backups.iterdir()) == [backup.name]
