"""The backup commands: ``backup`` (a checked backup now, in the backups folder or in
``--out FILE``), ``backups`` (the list) and ``restore FILE`` (a backup in place of the
data, after showing what it holds and keeping a backup of the data as it is).

``backup`` and ``backups`` may run while the app is open: they only read the data file.
``restore`` is refused while the app has the profile open (exit 2), as is a usage
mistake; a file that cannot be used, or an answer of no, exits 1 and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from planner.cli_io import (
    CommandError,
    hold_for_restore,
    open_for_reading,
    say,
    say_zone,
    unlock_profile,
    write_stdout,
)

if TYPE_CHECKING:
    from planner.services.backups import BackupService
    from planner.storage.backups import BackupInfo

EXIT_PROBLEMS = 1


def add_backup_commands(
    commands: Any, add_global_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register ``backup``, ``backups`` and ``restore`` on the main parser's subcommands."""
    backup = commands.add_parser("backup", help="make a checked backup of your data now")
    backup.add_argument(
        "--out", metavar="FILE", help="save it as FILE instead of in the backups folder"
    )
    listing = commands.add_parser(
        "backups", help="list your backups: date, size, check-ins, check-offs, kind"
    )
    restore = commands.add_parser(
        "restore",
        help="put a backup or a JSON export back in place of your data (with the app closed)",
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        help="a backup (a path, or a name from 'backups'), or an export (.json)",
    )
    restore.add_argument("--yes", action="store_true", help="restore without asking")
    for parser in (backup, listing, restore):
        add_global_options(parser)


def backup_command(args: argparse.Namespace) -> int:
    """Run ``backup``, ``backups`` or ``restore``; returns the exit status."""
    from planner.services.backups import BackupError, problem_text

    try:
        if args.command == "backup":
            return _backup(args)
        if args.command == "backups":
            return _list(args)
        return _restore(args)
    except BackupError as exc:
        say(problem_text(exc).replace("\n", " "))
        return EXIT_PROBLEMS


def _service(args: argparse.Namespace) -> BackupService:
    """The profile's backups, with the second folder from its settings."""
    from planner.services.backups import BackupService
    from planner.services.clock import local_zone

    store = open_for_reading(args)  # says plainly when there is no data there
    try:
        return BackupService.from_store(store, local_zone(unknown_tz=say_zone))
    finally:
        store.close()


def _backup(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from planner.services.clock import now_utc

    service = _service(args)
    if args.out:
        from planner.storage.restoring import write_backup

        target = Path(args.out).expanduser().resolve()
        if target.exists() and not target.is_file():
            raise CommandError(
                QCoreApplication.translate("Commands", "{file} is not a regular file.").format(
                    file=target
                )
            )
        if target.name.startswith(service.database.name) and target.parent == (
            service.database.resolve().parent
        ):
            raise CommandError(
                QCoreApplication.translate(
                    "Commands",
                    "{file} is the data file itself; choose another name for the backup.",
                ).format(file=target)
            )
        if not target.parent.is_dir():
            raise CommandError(
                QCoreApplication.translate(
                    "Commands", "The folder {folder} does not exist."
                ).format(folder=target.parent)
            )
        size = write_backup(service.database, target)
        say(
            QCoreApplication.translate("Commands", "Saved a backup ({size}) in {file}.").format(
                size=_size(size), file=target
            )
        )
        return 0
    done = service.back_up_now(now_utc())
    assert done.made is not None
    say(
        QCoreApplication.translate("Commands", "Saved a backup ({size}) in {file}.").format(
            size=_size(done.made.size), file=done.made.path
        )
    )
    if done.second_copy is not None:
        say(
            QCoreApplication.translate("Commands", "A copy is in {file}.").format(
                file=done.second_copy
            )
        )
    if done.second_problem is not None:
        say(done.second_problem)
        return EXIT_PROBLEMS
    return 0


def _list(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from planner.services.backups import BackupError, problem_text
    from planner.services.clock import local_zone
    from planner.storage.backups import BackupProblem

    service = _service(args)
    zone = local_zone(unknown_tz=say_zone)
    listed = service.list()
    if not listed:
        say(
            QCoreApplication.translate("Commands", "There are no backups in {folder} yet.").format(
                folder=service.folder
            )
        )
        return 0
    lines = []
    for entry in listed:
        when = entry.file.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        if entry.info is None and entry.problem is BackupProblem.LOCKED:
            held = [QCoreApplication.translate("Commands", "locked, cannot be used"), ""]
        elif entry.info is None:
            held = [QCoreApplication.translate("Commands", "damaged, cannot be used"), ""]
        else:
            held = [_checkins(entry.info.checkins), _checkoffs(entry.info.checkoffs)]
        row = [when, _size(entry.file.size), *held, _kind(entry.file.reason), entry.file.path.name]
        lines.append("\t".join(row) + "\n")
    text = "".join(lines)

    def write(out: IO[str]) -> None:
        out.write(text)

    write_stdout(write)
    for entry in listed:
        if entry.problem is BackupProblem.LOCKED:
            say(problem_text(BackupError(BackupProblem.LOCKED, Path(entry.file.path.name))))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from planner.paths import resolve_paths
    from planner.services.backups import BackupService
    from planner.services.clock import local_zone, now_utc
    from planner.storage.backups import backup_folder

    paths = resolve_paths(args.data_dir)
    chosen = Path(args.file).expanduser()
    if not chosen.exists() and chosen.name == args.file:  # a name from the list
        chosen = backup_folder(paths.database) / chosen.name
    unlock_profile(paths.database)  # the data as it is, and the backup, may be locked
    service = BackupService(paths.database, local_zone(unknown_tz=say_zone))
    lock = hold_for_restore(paths)
    try:
        info = service.check(chosen)  # refused here when it cannot be used: nothing changed
        print(_holds(info), file=sys.stderr)
        if not _confirmed(args):
            say(QCoreApplication.translate("Commands", "Nothing was changed."))
            return EXIT_PROBLEMS
        done = service.restore(chosen, now_utc())
    finally:
        lock.release()
    if done.before is None:
        say(QCoreApplication.translate("Commands", "The backup is restored."))
    else:
        say(
            QCoreApplication.translate(
                "Commands", "The backup is restored; the data as it was is in {file}."
            ).format(file=done.before)
        )
    return 0


def _holds(info: BackupInfo) -> str:
    from PySide6.QtCore import QCoreApplication

    from planner.services.clock import local_zone

    when = "?" if info.at is None else info.at.astimezone(local_zone(warn=False))
    return QCoreApplication.translate(
        "Commands",
        "{file}: a backup from {when} ({size}) with {checkins} and {checkoffs}. Restoring "
        "it replaces the data you have now; a backup of that is kept first.",
    ).format(
        file=info.path,
        when=when.strftime("%Y-%m-%d %H:%M") if isinstance(when, datetime) else when,
        size=_size(info.size),
        checkins=_checkins(info.checkins),
        checkoffs=_checkoffs(info.checkoffs),
    )


def _confirmed(args: argparse.Namespace) -> bool:
    from PySide6.QtCore import QCoreApplication

    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "There is no terminal to ask on; add --yes to restore the backup."
            )
        )
    print(
        QCoreApplication.translate("Commands", "Restore? [y/N]"),
        end=" ",
        file=sys.stderr,
        flush=True,
    )
    return sys.stdin.readline().strip().casefold() in ("y", "yes")


def _checkins(count: int) -> str:
    from PySide6.QtCore import QCoreApplication

    if count == 1:
        return QCoreApplication.translate("Commands", "1 check-in")
    return QCoreApplication.translate("Commands", "%n check-ins", "", count)


def _checkoffs(count: int) -> str:
    from PySide6.QtCore import QCoreApplication

    if count == 1:
        return QCoreApplication.translate("Commands", "1 check-off")
    return QCoreApplication.translate("Commands", "%n check-offs", "", count)


def _kind(reason: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if reason is None:
        return QCoreApplication.translate("Commands", "automatic")
    if reason == "by-you":
        return QCoreApplication.translate("Commands", "made by you")
    if reason == "before-import":
        return QCoreApplication.translate("Commands", "before a plan import")
    if reason == "before-restore":
        return QCoreApplication.translate("Commands", "before a restore")
    if reason.startswith("before-v"):
        return QCoreApplication.translate("Commands", "before an update")
    return reason


def _size(size: int) -> str:
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB"
