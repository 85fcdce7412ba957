"""The plan commands: ``plan validate`` checks plan files, ``plan templates`` lists the
templates the app ships, and ``plan new`` writes one to edit. None of them reads or
changes a profile; ``plan make``, ``plan apply`` and ``plan export`` are in cli_plan_batch.

``plan validate`` exits 0 when every file is a good plan, 1 when any has a problem, and 2
for a usage mistake, which (as in every command) is one plain line on standard error.
Nothing here loads Qt before a command runs: the parser is also built to open the window.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from planner.cli_io import CommandError, say, write_file, write_stdout
from planner.cli_usage import OneLineParser

EXIT_PROBLEMS = 1
TEMPLATE_SUFFIX = ".plan.json"


def _writing(text: str) -> Callable[[IO[str]], None]:
    """What writes ``text`` to a stream, for write_stdout and write_file."""

    def write(out: IO[str]) -> None:
        out.write(text)

    return write


def add_plan_commands(
    commands: Any, add_global_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register ``plan`` and its commands on the main parser's subcommands (usage mistakes
    are one plain line: see ``cli_usage``)."""
    plan = commands.add_parser(
        "plan",
        help="check, make, apply or export plan files, or list the plan templates",
    )
    add_global_options(plan)
    actions = plan.add_subparsers(
        dest="plan_command", metavar="PLAN-COMMAND", parser_class=OneLineParser
    )
    validate = actions.add_parser(
        "validate", help="check plan files and report every problem as FILE:LINE:COL"
    )
    validate.add_argument("files", nargs="*", metavar="FILE", help="the plan files to check")
    validate.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per problem (the default); json: for scripts",
    )
    templates = actions.add_parser("templates", help="list the plan templates the app comes with")
    new = actions.add_parser("new", help="write a plan template to edit")
    new.add_argument("--template", metavar="NAME", required=True, help="see 'plan templates'")
    new.add_argument("--out", metavar="FILE", help="write to FILE instead of the screen")
    new.add_argument("--force", action="store_true", help="replace FILE if it exists")
    for parser in (validate, templates, new):
        add_global_options(parser)
    _add_batch_commands(actions, add_global_options)


def _add_batch_commands(
    actions: Any, add_global_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register ``plan make``, ``plan apply`` and ``plan export`` (run by cli_plan_batch)."""
    make = actions.add_parser("make", help="make one plan per row of a spreadsheet (CSV)")
    make.add_argument("--template", metavar="FILE", required=True, help="the plan to fill in")
    make.add_argument("--patients", metavar="FILE.csv", required=True, help="one row a patient")
    make.add_argument("--out", metavar="DIR", required=True, help="the folder for the plans")
    make.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    apply = actions.add_parser("apply", help="apply a plan to the profile (see --data-dir)")
    apply.add_argument("file", metavar="FILE", help="the plan file")
    apply.add_argument("--yes", action="store_true", help="apply without asking")
    export = actions.add_parser("export", help="write the profile's setup as a plan file")
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of the screen")
    export.add_argument(
        "--name",
        metavar="TEXT",
        default="",
        help="the plan's name (default: the name of the plan the profile came from)",
    )
    for parser in (make, apply, export):
        add_global_options(parser)


def plan_command(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication  # Qt only once a command runs

    if args.plan_command == "validate":
        return _validate(args)
    if args.plan_command == "templates":
        return _list_templates()
    if args.plan_command == "new":
        return _new(args)
    from planner.cli_plan_batch import batch_command

    done = batch_command(args)
    if done is not None:
        return done
    raise CommandError(
        QCoreApplication.translate(
            "Commands",
            "Say what to do with plans: 'plan validate FILE...', 'plan templates', "
            "'plan new --template NAME', 'plan make', 'plan apply FILE' or 'plan export'.",
        )
    )


# --- plan validate ------------------------------------------------------------------------------


def _validate(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication  # Qt only once a command runs

    from planner.services.clock import local_zone, now_utc
    from planner.services.plan_validation import summary, validate_files

    if not args.files:
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "plan validate needs the plan files to check: FILE..."
            )
        )
    # Only "in_days" tasks depend on the day, and they are checked the same on any day.
    today = now_utc().astimezone(local_zone(warn=False)).date()
    reports = validate_files([Path(name) for name in args.files], today)
    named = list(zip(args.files, reports, strict=True))  # each file as it was typed
    if args.format == "json":
        found = [
            {
                "file": name,
                "ok": report.ok,
                "problems": [
                    {
                        "line": p.line,
                        "col": p.col,
                        "place": p.place,
                        "code": p.code,
                        "message": p.message,
                    }
                    for p in report.problems
                ],
            }
            for name, report in named
        ]
        import json

        text = json.dumps(found, indent=2, ensure_ascii=False) + "\n"
        write_stdout(_writing(text))
    else:
        lines = "".join(
            f"{name}:{p.line}:{p.col}: {p.message}\n"
            for name, report in named
            for p in report.problems
        )
        write_stdout(_writing(lines))
        say(summary(reports))
    return 0 if all(report.ok for report in reports) else EXIT_PROBLEMS


# --- plan templates and plan new ----------------------------------------------------------------


def _templates() -> dict[str, Path]:
    """The shipped templates by name: standard.plan.json is "standard"."""
    from planner.paths import resources_dir

    folder = resources_dir() / "plans"
    found = sorted(folder.glob("*" + TEMPLATE_SUFFIX))
    return {path.name.removesuffix(TEMPLATE_SUFFIX): path for path in found if path.is_file()}


def _about(path: Path) -> tuple[str, str]:
    """A template's own name and description, on one line each ("" when unreadable)."""
    try:
        import json

        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    name, description = data.get("name"), data.get("description")
    return (
        " ".join(name.split()) if isinstance(name, str) else "",
        " ".join(description.split()) if isinstance(description, str) else "",
    )


def _list_templates() -> int:
    lines = "".join("\t".join((key, *_about(path))) + "\n" for key, path in _templates().items())
    write_stdout(_writing(lines))
    return 0


def _new(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication  # Qt only once a command runs

    templates = _templates()
    source = templates.get(args.template)
    if source is None:
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "There is no template named '{name}'; the templates are: {names}."
            ).format(name=args.template, names=", ".join(templates) or "-")
        )
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "Could not read the template {file} ({reason})."
            ).format(file=source, reason=exc.strerror)
        ) from exc
    if not args.out:
        write_stdout(_writing(text))
        return 0
    target = Path(args.out).expanduser()
    if target.exists() and not target.is_file():
        raise CommandError(
            QCoreApplication.translate("Commands", "{file} is not a regular file.").format(
                file=target
            )
        )
    if target.exists() and not args.force:
        raise CommandError(
            QCoreApplication.translate(
                "Commands",
                "{file} already exists; choose another name, or add --force to replace it.",
            ).format(file=target)
        )
    write_file(target, _writing(text))
    say(
        QCoreApplication.translate(
            "Commands",
            "Wrote the '{name}' template to {file}. Check it after editing: plan validate {file}",
        ).format(name=args.template, file=target)
    )
    return 0
