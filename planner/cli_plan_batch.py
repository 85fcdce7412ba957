"""``plan make`` (one plan per spreadsheet row), ``plan apply`` (a plan into a profile,
after showing what changes and keeping a copy of the data file) and ``plan export``
(a profile's setup as a plan file).

``plan make`` exits 1 when any row has a problem (and writes nothing); ``plan apply``
exits 2 when it cannot ask and was not told ``--yes``, or when the app has the profile open.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from planner.cli_io import (
    EXIT_USAGE,
    CommandError,
    open_for_reading,
    say,
    unlock_profile,
    write_file,
    write_stdout,
)

if TYPE_CHECKING:
    from planner.services.plan_import import ImportPreview

EXIT_PROBLEMS = 1
MAX_CSV_BYTES = 20_000_000


def _writing(text: str) -> Callable[[IO[str]], None]:
    def write(out: IO[str]) -> None:
        out.write(text)

    return write


def batch_command(args: argparse.Namespace) -> int | None:
    """Run the command if it is one of these three; None when it is not."""
    if args.plan_command == "make":
        return _make(args)
    if args.plan_command == "apply":
        return _apply(args)
    if args.plan_command == "export":
        return _export(args)
    return None


def _today() -> Any:
    from planner.services.clock import local_zone, now_utc

    return now_utc().astimezone(local_zone(warn=False)).date()


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(limit + 1)
    except OSError as exc:
        raise CommandError(
            QCoreApplication.translate("Commands", "Could not read {file} ({reason}).").format(
                file=path, reason=exc.strerror
            )
        ) from exc


# --- plan make ----------------------------------------------------------------------------------


def _nothing_written(count: int) -> None:
    """The closing line on standard error after the problems of a spreadsheet."""
    say(
        QCoreApplication.translate(
            "Commands", "Nothing was written: the spreadsheet has 1 problem (above)."
        )
        if count == 1
        else QCoreApplication.translate(
            "Commands", "Nothing was written: the spreadsheet has {count} problems (above)."
        ).format(count=count)
    )


def _make(args: argparse.Namespace) -> int:
    from planner.services.plan_batch import BatchError, make_plans
    from planner.services.plan_validation import validate_file
    from planner.services.plans import plan_schema

    today = _today()
    template_path, csv_path, out = Path(args.template), Path(args.patients), Path(args.out)
    schema = plan_schema()
    report = validate_file(template_path, today, schema=schema)
    if not report.ok:
        lines = "".join(f"{args.template}:{p.line}:{p.col}: {p.message}\n" for p in report.problems)
        write_stdout(_writing(lines))
        return EXIT_PROBLEMS
    template = json.loads(_read_bytes(template_path, 1_000_000).decode("utf-8-sig"))
    if out.exists() and not out.is_dir():
        raise CommandError(
            QCoreApplication.translate("Commands", "{folder} is a file, not a folder.").format(
                folder=out
            )
        )
    data = _read_bytes(csv_path, MAX_CSV_BYTES)
    if len(data) > MAX_CSV_BYTES:
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "{file} is too large for a spreadsheet of patients."
            ).format(file=csv_path)
        )
    try:
        made = make_plans(data, template, schema, today=today)
    except BatchError as error:
        lines = "".join(
            f"{args.patients}:{p.row}:{p.column}: {p.message}\n" for p in error.problems
        )
        write_stdout(_writing(lines))
        _nothing_written(len(error.problems))
        return EXIT_PROBLEMS
    taken = [plan for plan in made if (out / plan.file_name).exists()]
    if taken:
        lines = "".join(
            f"{args.patients}:{plan.row}:label: "
            + QCoreApplication.translate("Commands", "{file} already exists.").format(
                file=out / plan.file_name
            )
            + "\n"
            for plan in taken
        )
        write_stdout(_writing(lines))
        say(
            QCoreApplication.translate(
                "Commands",
                "Nothing was written. Choose another --out folder, or move the old plans away.",
            )
        )
        return EXIT_PROBLEMS
    if not args.dry_run:
        try:
            out.mkdir(parents=True, exist_ok=True)  # a new folder for the plans is made
        except OSError as exc:
            raise CommandError(
                QCoreApplication.translate(
                    "Commands", "Could not make the folder {folder} ({reason})."
                ).format(folder=out, reason=exc.strerror)
            ) from exc
        for plan in made:
            write_file(out / plan.file_name, _writing(plan.text))
    for plan in made:  # the names, so the coordinator knows which file is whose
        say(str(out / plan.file_name))
    from planner.services.plan_batch import Commands

    say(Commands().done(len(made), written=not args.dry_run))
    return 0


# --- plan apply ---------------------------------------------------------------------------------


def _changes(preview: ImportPreview) -> list[str]:
    """What applying the plan changes, one line each (as the app's import preview says)."""
    from planner.services.plan_import_words import describe_preview

    return describe_preview(preview)


def _confirmed(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "There is no terminal to ask on; add --yes to apply the plan."
            )
        )
    print(
        QCoreApplication.translate("Commands", "Apply? [y/N]"), end=" ", file=sys.stderr, flush=True
    )
    answer = sys.stdin.readline().strip().casefold()
    return answer in ("y", "yes")


def _apply(args: argparse.Namespace) -> int:
    """Apply a plan to a profile as Settings' "Import a plan…" does: the plan's items are
    matched by their id and updated in place (never added twice), after a copy of the
    data file."""
    from planner.domain.plan_file import PlanError
    from planner.paths import resolve_paths
    from planner.services.checklist import ChecklistService
    from planner.services.clock import local_zone
    from planner.services.plan_import import PlanImport
    from planner.services.plan_problems import describe_all
    from planner.services.single_instance import SingleInstance
    from planner.storage.store import Store

    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        open_for_reading(args)  # says plainly that there is no data there
    unlock_profile(paths.database)  # asks for the passphrase when the data is locked
    lock = SingleInstance(str(paths.lock_file), paths.instance_key)
    if not lock.acquire():
        raise CommandError(
            QCoreApplication.translate(
                "Commands",
                "Between Checkups is open on this profile; close it, then apply the plan.",
            )
        )
    try:
        store = Store.open(paths.database)
        try:
            importer = PlanImport(store, ChecklistService(store, local_zone()))
            try:
                preview = importer.preview(Path(args.file))
            except PlanError as error:
                raise CommandError(
                    QCoreApplication.translate(
                        "Commands", "{file} is not a usable plan: {problem} (see plan validate)."
                    ).format(file=args.file, problem=describe_all(error)[0])
                ) from error
            for line in _changes(preview):
                print(line, file=sys.stderr)
            if not preview.changes_anything:
                say(QCoreApplication.translate("Commands", "Nothing to change."))
                return 0
            if not _confirmed(args):
                say(QCoreApplication.translate("Commands", "Nothing was changed."))
                return EXIT_PROBLEMS
            copy = importer.apply(preview, archive_dropped=False)
        finally:
            store.close()
    finally:
        lock.release()
    say(
        QCoreApplication.translate(
            "Commands", "The plan is applied; the data as it was is in {file}."
        ).format(file=copy)
    )
    return 0


# --- plan export --------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from planner.services.plan_export import NothingToExport, export_plan

    store = open_for_reading(args)
    try:
        text = (
            json.dumps(export_plan(store, args.name, today=_today()), indent=2, ensure_ascii=False)
            + "\n"
        )
    except NothingToExport as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()
    if args.out:
        write_file(Path(args.out), _writing(text))
    else:
        write_stdout(_writing(text))
    return 0


__all__ = ["EXIT_USAGE", "batch_command"]
