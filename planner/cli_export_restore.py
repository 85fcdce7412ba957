"""``restore FILE`` when FILE is a JSON export (``main.py export``) rather than a backup:
check all of it, say what it holds, ask, then put it in place of the data the same safe
way a backup is restored (a backup of the data as it is first, one atomic swap).

Told apart from a backup by its content (``looks_like_export``: JSON starts with "{", a
database never does). As for a backup: refused while the app has the profile open and
for a usage mistake (exit 2); a file with problems, or an answer of no, exits 1 and
changes nothing. Every problem in the file is listed, each with its place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli_io import CommandError, hold_for_restore, say, say_zone, unlock_profile

if TYPE_CHECKING:
    from planner.services.export_restore import ExportSummary

EXIT_PROBLEMS = 1
#: The problems listed on the terminal; a file with more says how many more.
SHOWN_PROBLEMS = 50


def is_export_restore(args: argparse.Namespace) -> bool:
    """Whether ``restore FILE`` names a JSON export (then ``restore_export_command`` runs it)."""
    from planner.services.export_restore import looks_like_export

    return getattr(args, "command", None) == "restore" and looks_like_export(
        Path(args.file).expanduser()
    )


def restore_export_command(args: argparse.Namespace) -> int:
    """Run ``restore FILE`` for a JSON export; returns the exit status."""
    from planner.services.backups import BackupError, problem_text
    from planner.services.export_restore import ExportRefused

    try:
        return _restore(args)
    except ExportRefused as exc:
        lines = exc.text(SHOWN_PROBLEMS).split("\n")
        say(lines[0])
        for line in lines[1:]:
            print(line, file=sys.stderr)
        return EXIT_PROBLEMS
    except BackupError as exc:
        say(problem_text(exc).replace("\n", " "))
        return EXIT_PROBLEMS


def _restore(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from planner.paths import resolve_paths
    from planner.services.clock import now_utc
    from planner.services.export_restore import describe, restore_export

    paths = resolve_paths(args.data_dir)
    chosen = Path(args.file).expanduser()
    unlock_profile(paths.database)  # the restored data is locked the same way
    lock = hold_for_restore(paths)
    try:
        summary = describe(chosen)  # refused here when it cannot be used: nothing changed
        print(holds_text(summary), file=sys.stderr)
        if not _confirmed(args):
            say(QCoreApplication.translate("Commands", "Nothing was changed."))
            return EXIT_PROBLEMS
        done = restore_export(paths.database, chosen, now_utc())
    finally:
        lock.release()
    if done.before is None:
        say(QCoreApplication.translate("Commands", "The export is restored."))
    else:
        say(
            QCoreApplication.translate(
                "Commands", "The export is restored; the data as it was is in {file}."
            ).format(file=done.before)
        )
    return 0


def holds_text(summary: ExportSummary) -> str:
    """What the export holds, before anything changes."""
    from PySide6.QtCore import QCoreApplication

    from planner.services.clock import local_zone

    when = summary.exported_at.astimezone(local_zone(unknown_tz=say_zone))
    return QCoreApplication.translate(
        "Commands",
        "{file}: an export from {when} (version {app}) with {items}, {checkoffs}, {checkins}, "
        "{checkups} and {questions}. Restoring it replaces the data you have now; a backup "
        "of that is kept first.",
    ).format(
        file=summary.path,
        when=when.strftime("%Y-%m-%d %H:%M"),
        app=summary.app_version,
        items=_count("items", summary.items),
        checkoffs=_count("checkoffs", summary.checkoffs),
        checkins=_count("checkins", summary.checkins),
        checkups=_count("checkups", summary.checkups),
        questions=_count("questions", summary.questions),
    )


def _count(what: str, count: int) -> str:
    """ "1 item", "12 items" and so on, as whole phrases for translation."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str, n: int = -1) -> str:
        return QCoreApplication.translate("Commands", text, "", n)

    one = {
        "items": tr("1 checklist item"),
        "checkoffs": tr("1 check-off"),
        "checkins": tr("1 check-in"),
        "checkups": tr("1 checkup"),
        "questions": tr("1 question"),
    }
    many = {
        "items": tr("%n checklist items", count),
        "checkoffs": tr("%n check-offs", count),
        "checkins": tr("%n check-ins", count),
        "checkups": tr("%n checkups", count),
        "questions": tr("%n questions", count),
    }
    return one[what] if count == 1 else many[what]


def _confirmed(args: argparse.Namespace) -> bool:
    from PySide6.QtCore import QCoreApplication

    if getattr(args, "yes", False):
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "There is no terminal to ask on; add --yes to restore the export."
            )
        )
    print(
        QCoreApplication.translate("Commands", "Restore? [y/N]"),
        end=" ",
        file=sys.stderr,
        flush=True,
    )
    return sys.stdin.readline().strip().casefold() in ("y", "yes")
