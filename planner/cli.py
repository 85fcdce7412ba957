"""The command line: the window by default, subcommands for exports.

Global options (such as ``--data-dir``) are accepted before or after a
subcommand. Errors print one plain line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from planner import APP_NAME, __version__
from planner.cli_io import (
    EXIT_USAGE,
    CommandError,
    open_for_reading,
    say,
    say_zone,
    write_file,
    write_stdout,
)
from planner.cli_usage import OneLineParser

if TYPE_CHECKING:
    pass

#: What the window needs that does not use Qt (see ``_load_before_qt``).
QT_FREE_LAYERS = (
    "planner.paths",
    "planner.domain.progress",
    "planner.services.clock",
    "planner.services.logging_setup",
    "planner.storage.store",
)


def _add_global_options(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep data, settings and logs in DIR (also $PLANNER_DATA_DIR)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. Every parser in it is a OneLineParser (the subcommands take
    their parent's class): a usage mistake is one plain line and exit status 2."""
    parser = OneLineParser(
        prog="between-checkups",
        description=f"{APP_NAME}: a checklist and journal for living in remission.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the tray (or minimised when there is no tray), as at login",
    )
    parser.add_argument(
        "--plan",
        metavar="FILE",
        help="on a new profile, start the guided set-up with the plan in FILE chosen",
    )
    _add_global_options(parser, in_subcommand=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export", help="write your data as JSON or CSV")
    export.add_argument(
        "--format",
        choices=("json", "csv"),
        default="json",
        help="json: everything; csv: one table (see --table)",
    )
    export.add_argument(
        "--table",
        choices=("checkoffs", "journal", "checkups"),
        help="with --format csv: checkoffs (the default), journal (check-ins) or checkups",
    )
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of the screen")
    _add_global_options(export, in_subcommand=True)
    reminders = commands.add_parser(
        "reminders", help="list the reminders due in the next days (local times)"
    )
    reminders.add_argument(
        "--from", dest="start", metavar="ISO-DATETIME", help="start here instead of now"
    )
    reminders.add_argument(
        "--days", type=int, default=7, metavar="N", help="how many days ahead (default 7)"
    )
    _add_global_options(reminders, in_subcommand=True)
    summary = commands.add_parser(
        "summary", help="save a PDF summary of the weeks since your last checkup"
    )
    summary.add_argument("--from", dest="start", metavar="DATE", help="first day (2026-09-01)")
    summary.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    summary.add_argument(
        "--out", metavar="FILE.pdf", help="where to save it (default: checkup-summary-DATE.pdf)"
    )
    _add_global_options(summary, in_subcommand=True)
    calendar = commands.add_parser(
        "calendar", help="write your checkups as a calendar file (.ics) for your calendar app"
    )
    calendar.add_argument("--out", metavar="FILE.ics", help="write to FILE instead of the screen")
    calendar.add_argument(
        "--details",
        choices=("on", "off"),
        help="name each checkup and its place in the events (default: as set in the app)",
    )
    _add_global_options(calendar, in_subcommand=True)
    from planner.cli_plans import add_plan_commands

    add_plan_commands(commands, lambda sub: _add_global_options(sub, in_subcommand=True))
    from planner.cli_backups import add_backup_commands

    add_backup_commands(commands, lambda sub: _add_global_options(sub, in_subcommand=True))
    from planner.cli_passphrase import add_passphrase_commands

    add_passphrase_commands(commands, lambda sub: _add_global_options(sub, in_subcommand=True))
    return parser


def _plain_streams() -> None:
    """Standard output always carries UTF-8 (an export is UTF-8 whatever the terminal);
    standard error replaces what the terminal cannot show rather than fail."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "replace")):
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(
                    encoding="utf-8" if stream is sys.stdout else None, errors=errors
                )


def main(argv: Sequence[str] | None = None) -> int:
    _plain_streams()
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command:
        gc.enable()  # main.py pauses the collector for the window's start-up only
        # Commands report problems themselves, in one line; log lines stay quiet here
        # (the window writes them to its log file).
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        if args.command == "export":
            return _export(args)
        if args.command == "reminders":
            return _reminders(args)
        if args.command == "summary":
            from planner.cli_checkups import summary_command

            return summary_command(args)
        if args.command == "calendar":
            from planner.cli_checkups import calendar_command

            return calendar_command(args)
        if args.command in ("backup", "backups", "restore"):
            from planner.cli_export_restore import is_export_restore, restore_export_command

            if is_export_restore(args):
                return restore_export_command(args)
            from planner.cli_backups import backup_command

            return backup_command(args)
        if args.command == "plan":
            from planner.cli_plans import plan_command

            return plan_command(args)
        if args.command == "passphrase":
            from planner.cli_passphrase import passphrase_command

            return passphrase_command(args)
        _check_screen()
        _load_before_qt()
        from planner.app import run_gui

        return run_gui(args.data_dir, minimized=args.minimized, plan=args.plan)
    except CommandError as exc:
        say(str(exc))
        return EXIT_USAGE


def _load_before_qt() -> None:
    """Load the window's layers that need no Qt before Qt itself.

    Once PySide6 is loaded it reads the source of every module named in an import
    statement after that (looking for its opt-in "__feature__" switches), so what is
    loaded here first, with the standard modules it needs, is spared that: about 4 ms of
    the start-up.
    """
    for name in QT_FREE_LAYERS:
        importlib.import_module(name)


def _check_screen() -> None:
    """On Linux, say plainly when there is no screen, instead of letting Qt abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        from PySide6.QtCore import QCoreApplication  # only now: Qt loads after the layers

        raise CommandError(
            QCoreApplication.translate(
                "Commands",
                "there is no screen to show the window on (neither DISPLAY nor "
                "WAYLAND_DISPLAY is set). Start it from your desktop, or use a command such "
                "as 'export'.",
            )
        )


def _export(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from planner.services.clock import now_utc
    from planner.services.export import export_csv, export_json

    if args.table and args.format != "csv":
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "--table works with --format csv; the JSON export holds every table."
            )
        )
    store = open_for_reading(args)
    try:

        def write(out: IO[str]) -> None:
            if args.format == "json":
                export_json(store, out, now=now_utc())
            else:
                export_csv(store, out, args.table or "checkoffs")

        if args.out:
            write_file(Path(args.out), write)
        else:
            write_stdout(write)
    finally:
        store.close()
    return 0


def _reminders(args: argparse.Namespace) -> int:
    from datetime import datetime, timedelta

    from PySide6.QtCore import QCoreApplication

    from planner.services.clock import local_zone, now_utc
    from planner.services.reminder_plan import upcoming_reminders

    if not 1 <= args.days <= 366:
        raise CommandError(
            QCoreApplication.translate("Commands", "--days must be a whole number from 1 to 366.")
        )
    zone = local_zone(unknown_tz=say_zone)
    start = now_utc()
    if args.start:
        try:
            start = datetime.fromisoformat(args.start)
        except ValueError as exc:
            raise CommandError(
                QCoreApplication.translate(
                    "Commands", "'{text}' is not a date and time; write it like 2026-11-24T08:00."
                ).format(text=args.start)
            ) from exc
        if start.tzinfo is None:
            start = start.replace(tzinfo=zone)  # a plain time is local time
        if not 1900 <= start.year <= 9000:
            raise CommandError(
                QCoreApplication.translate(
                    "Commands", "--from must be a date between the years 1900 and 9000."
                )
            )
    store = open_for_reading(args)
    try:
        found = upcoming_reminders(store, start, start + timedelta(days=args.days), zone)
    finally:
        store.close()
    lines = "".join(f"{r.due.instant.astimezone(zone).isoformat()}\t{r.title}\n" for r in found)
    write_stdout(lambda out: out.write(lines))
    return 0
