"""What the commands share: one plain line for a problem, reading a profile without
changing it, and writing to standard output or to a file safely."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from planner.paths import AppPaths
    from planner.services.single_instance import SingleInstance
    from planner.storage.store import Store

EXIT_USAGE = 2


class CommandError(Exception):
    """A problem the person can fix; its text is shown as it is."""


def say(text: str) -> None:
    """One line on standard error (nothing, when standard error itself is closed)."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        print(f"between-checkups: {text}", file=sys.stderr, flush=True)


def open_for_reading(args: argparse.Namespace) -> Store:
    """The profile's store, read-only: commands never move, migrate or write the file,
    even while the app is open."""
    from PySide6.QtCore import QCoreApplication

    from planner.paths import resolve_paths
    from planner.storage.errors import StoreError
    from planner.storage.store import Store

    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "There is no Between Checkups data in {folder} yet."
            ).format(folder=paths.data_dir)
        )
    unlock_profile(paths.database)
    try:
        return Store.open_readonly(paths.database)
    except StoreError as exc:
        from planner.services.problems import describe

        raise CommandError(describe(exc).replace("\n", " ")) from exc


#: Scripts pass the passphrase here (as borg and restic do); terminals are asked.
PASSPHRASE_ENV = "PLANNER_PASSPHRASE"
#: A wrong passphrase: a plain line and this exit status.
EXIT_WRONG_PASSPHRASE = 1


def ask_secret(prompt: str) -> str:
    """Ask in the terminal without showing what is typed; a plain error without one."""
    from PySide6.QtCore import QCoreApplication

    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandError(
            QCoreApplication.translate(
                "Commands",
                "A passphrase is needed here. Run this in a terminal to type it, or put it "
                "in PLANNER_PASSPHRASE.",
            )
        )
    import getpass

    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt) as exc:
        raise CommandError(
            QCoreApplication.translate("Commands", "No passphrase was typed; nothing was done.")
        ) from exc


def wrong_passphrase() -> SystemExit:
    """Say "That is not the passphrase." and end with status 1 (raise what this returns)."""
    from planner.services.problems import describe
    from planner.storage.errors import StoreProblem, WrongPassphrase

    say(describe(WrongPassphrase(StoreProblem.WRONG_PASSPHRASE)))
    return SystemExit(EXIT_WRONG_PASSPHRASE)


def unlock_profile(database: Path) -> None:
    """Before a command opens the data: when it is locked with a passphrase, take it from
    PLANNER_PASSPHRASE or ask for it without echo. Nothing happens for a plain profile."""
    from PySide6.QtCore import QCoreApplication

    from planner.services import passphrase
    from planner.storage.errors import StoreError, StoreProblem

    if not passphrase.is_protected(database) or passphrase.is_unlocked():
        return
    text = os.environ.get(PASSPHRASE_ENV) or ask_secret(
        QCoreApplication.translate("Commands", "Passphrase: ")
    )
    try:
        passphrase.unlock(database, text)
    except StoreError as exc:
        if exc.problem is StoreProblem.WRONG_PASSPHRASE:
            raise wrong_passphrase() from exc
        from planner.services.problems import describe

        raise CommandError(describe(exc).replace("\n", " ")) from exc


def hold_for_restore(paths: AppPaths) -> SingleInstance:
    """The profile's lock, held for a restore (release it after): its folder made private
    (made when missing), and a plain line when the app has the profile open."""
    from PySide6.QtCore import QCoreApplication

    from planner.services.single_instance import SingleInstance
    from planner.storage.opening import secure_folder

    try:
        secure_folder(paths.data_dir, ours=not paths.data_dir.exists())
    except OSError as exc:
        raise CommandError(
            QCoreApplication.translate("Commands", "Cannot write in {folder} ({reason}).").format(
                folder=paths.data_dir, reason=exc.strerror
            )
        ) from exc
    lock = SingleInstance(str(paths.lock_file), paths.instance_key)
    if not lock.acquire():
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "Between Checkups is open on this profile; close it, then restore."
            )
        )
    return lock


def write_stdout(write: Callable[[IO[str]], None]) -> None:
    from PySide6.QtCore import QCoreApplication

    if sys.stdout is None:  # started with standard output closed (``>&-``)
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "There is no standard output to write to; use --out FILE instead."
            )
        )
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (``| head``): that is not an error for us.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError as exc:
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "Could not write to standard output ({reason})."
            ).format(reason=exc.strerror)
        ) from exc


def say_zone(tz: str, used: ZoneInfo) -> None:
    from PySide6.QtCore import QCoreApplication

    say(
        QCoreApplication.translate(
            "Commands", "TZ={tz} is not a time zone name, so the times below are in {zone}."
        ).format(tz=tz, zone=used.key)
    )


def write_file(target: Path, write: Callable[[IO[str]], None]) -> None:
    """Write through a private temporary file, then move it into place."""
    from PySide6.QtCore import QCoreApplication

    target = target.expanduser().resolve()  # a link is written through, not replaced
    if target.exists() and not target.is_file():
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "{file} is not a regular file, so the export was not written."
            ).format(file=target)
        )
    folder = target.parent
    if not folder.is_dir():
        raise CommandError(
            QCoreApplication.translate("Commands", "The folder {folder} does not exist.").format(
                folder=folder
            )
        )
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", dir=folder)
    except OSError as exc:
        raise CommandError(
            QCoreApplication.translate("Commands", "Cannot write in {folder} ({reason}).").format(
                folder=folder, reason=exc.strerror
            )
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CommandError(
            QCoreApplication.translate("Commands", "Could not write {file} ({reason}).").format(
                file=target, reason=exc.strerror
            )
        ) from exc
