"""``passphrase set``, ``passphrase change`` and ``passphrase remove``: from the terminal
what Settings → Privacy does.

A new passphrase is typed twice without echo, or read from PLANNER_NEW_PASSPHRASE (for
``set``, PLANNER_PASSPHRASE also works); the current one is typed, or read from
PLANNER_PASSPHRASE. Refused while the app has the profile open (exit 2), as is a usage
mistake; a wrong passphrase or a passphrase that is too weak exits 1, nothing changed.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.cli_io import (
    PASSPHRASE_ENV,
    CommandError,
    ask_secret,
    open_for_reading,
    say,
    wrong_passphrase,
)
from planner.cli_usage import OneLineParser

NEW_PASSPHRASE_ENV = "PLANNER_NEW_PASSPHRASE"
EXIT_PROBLEMS = 1


def add_passphrase_commands(
    commands: Any, add_global_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register ``passphrase set|change|remove`` on the main parser's subcommands."""
    parent = commands.add_parser(
        "passphrase", help="set, change or remove the passphrase that locks your data"
    )
    add_global_options(parent)
    actions = parent.add_subparsers(
        dest="passphrase_command", metavar="set|change|remove", parser_class=OneLineParser
    )
    for name, text in (
        ("set", "lock your data with a passphrase (with the app closed)"),
        ("change", "change the passphrase (with the app closed)"),
        ("remove", "take the passphrase off your data (with the app closed)"),
    ):
        add_global_options(actions.add_parser(name, help=text))


def passphrase_command(args: argparse.Namespace) -> int:
    """Run ``passphrase set``, ``change`` or ``remove``; returns the exit status."""
    from planner.paths import resolve_paths
    from planner.services.single_instance import SingleInstance

    action = getattr(args, "passphrase_command", None)
    if action not in ("set", "change", "remove"):
        raise CommandError(
            QCoreApplication.translate(
                "Commands",
                "Say what to do: passphrase set, passphrase change or passphrase remove.",
            )
        )
    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        open_for_reading(args)  # says plainly that there is no data there
    lock = SingleInstance(str(paths.lock_file), paths.instance_key)
    if not lock.acquire():
        raise CommandError(
            QCoreApplication.translate(
                "Commands",
                "Between Checkups is open on this profile; close it, then change the passphrase.",
            )
        )
    try:
        return _run(action, paths.database, paths.data_dir)
    finally:
        lock.release()


def _run(action: str, database: Path, data_dir: Path) -> int:
    from planner.services import passphrase
    from planner.storage.errors import StoreError, StoreProblem

    protected = passphrase.is_protected(database)
    if action == "set" and protected:
        say(
            QCoreApplication.translate(
                "Commands",
                "Your data already has a passphrase. To change it, use: passphrase change.",
            )
        )
        return EXIT_PROBLEMS
    if action != "set" and not protected:
        say(
            QCoreApplication.translate(
                "Commands", "Your data has no passphrase. To set one, use: passphrase set."
            )
        )
        return EXIT_PROBLEMS
    remembered = passphrase.Remembered(data_dir)
    service = passphrase.PassphraseService(database, remembered, lambda change: change())
    try:
        if action == "set":
            say(
                QCoreApplication.translate(
                    "Commands",
                    "Keep your passphrase safe. If you lose it, nobody can open your journal "
                    "again, not even us. Make a backup first if you like: main.py backup.",
                )
            )
            new = _new_passphrase(first_env=(NEW_PASSPHRASE_ENV, PASSPHRASE_ENV))
            if new is None:
                return EXIT_PROBLEMS
            service.set(new)
            say(
                QCoreApplication.translate(
                    "Commands", "Your data is now locked with your passphrase."
                )
            )
            _say_backups(service.relocked.done)
            _say_plain_backups(passphrase.plain_backups(database))
        elif action == "change":
            old = _current()
            new = _new_passphrase(first_env=(NEW_PASSPHRASE_ENV,))
            if new is None:
                return EXIT_PROBLEMS
            kept = remembered.is_saved()
            service.change(old, new, remember=kept)
            say(
                QCoreApplication.translate(
                    "Commands", "Your passphrase is changed. Use the new one from now on."
                )
            )
            _say_backups(service.relocked.done)
        else:
            service.remove(_current())
            say(
                QCoreApplication.translate(
                    "Commands",
                    "Your data has no passphrase now. Anyone who can use this computer "
                    "could read it.",
                )
            )
            _say_backups(service.relocked.done)
        note = service.backups_note()
        if note is not None:
            say(note)
    except StoreError as exc:
        if exc.problem is StoreProblem.WRONG_PASSPHRASE:
            raise wrong_passphrase() from exc
        from planner.services.problems import describe

        say(describe(exc).replace("\n", " "))
        return EXIT_PROBLEMS
    return 0


def _current() -> str:
    return os.environ.get(PASSPHRASE_ENV) or ask_secret(
        QCoreApplication.translate("Commands", "Current passphrase: ")
    )


def _new_passphrase(first_env: tuple[str, ...]) -> str | None:
    """The new passphrase from the environment, or typed twice; None (said why) when it
    cannot be used."""
    from planner.services.passphrase import check_new

    for name in first_env:
        if os.environ.get(name):
            problem = check_new(os.environ[name])
            if problem is not None:
                say(problem)
                return None
            return os.environ[name]
    first = ask_secret(QCoreApplication.translate("Commands", "New passphrase: "))
    problem = check_new(first)
    if problem is None:
        second = ask_secret(QCoreApplication.translate("Commands", "Type it again: "))
        problem = check_new(first, second)
    if problem is not None:
        say(problem)
        return None
    return first


def _say_backups(done: int) -> None:
    """How many backups were rewritten to match (they open as the data does now)."""
    if done == 0:
        return
    if done == 1:
        text = QCoreApplication.translate(
            "Commands", "Your backup was changed to match, so it opens the same way."
        )
    else:
        text = QCoreApplication.translate(
            "Commands", "Your {count} backups were changed to match, so they open the same way."
        ).format(count=done)
    say(text)


def _say_plain_backups(files: list[Path]) -> None:
    if not files:
        return
    if len(files) == 1:
        text = QCoreApplication.translate(
            "Commands",
            "1 older backup in {folder} is not locked. Delete it, or keep it somewhere safe.",
        )
    else:
        text = QCoreApplication.translate(
            "Commands",
            "{count} older backups in {folder} are not locked. Delete them, or keep them "
            "somewhere safe.",
        )
    say(text.format(count=len(files), folder=files[0].parent))
