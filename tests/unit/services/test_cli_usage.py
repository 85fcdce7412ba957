"""Usage mistakes anywhere on the command line (the top level, each command, each plan
action) are one plain line on standard error and exit status 2; --help still works."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[3]


def run(argv: list[str]) -> int:
    """The status of ``main``, whether it returns it or the parser exits with it."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["plan", "foo"],
            "Unknown plan action 'foo'. Try: validate, templates, new, make, apply, export.",
        ),
        (
            ["foo"],
            "Unknown command 'foo'. Try: export, reminders, summary, calendar, plan, "
            "backup, backups, restore, passphrase.",
        ),
        (
            ["export", "--format", "xml"],
            "export: 'xml' is an invalid choice for --format. Try: json, csv (see --help).",
        ),
        (["plan", "new"], "plan new: please add --template NAME (see --help)."),
        (["plan", "apply"], "plan apply: please add FILE (see --help)."),
        (
            ["plan", "make", "--template", "a.json", "--out", "d"],
            "plan make: please add --patients FILE.csv (see --help).",
        ),
        (["export", "--out"], "export: --out needs a value, such as --out FILE (see --help)."),
        (
            ["reminders", "--days", "many"],
            "reminders: --days needs a whole number, not 'many' (see --help).",
        ),
        (["--bogus"], "'--bogus' is not an option here (see --help)."),
        (["summary", "--bogus"], "summary: '--bogus' is not an option here (see --help)."),
        (["plan", "--bogus"], "plan: '--bogus' is not an option here (see --help)."),
        (["--data-dir"], "--data-dir needs a value, such as --data-dir DIR (see --help)."),
        (["--minimized=yes"], "--minimized takes no value (see --help)."),
        (
            ["calendar", "--details", "maybe"],
            "calendar: 'maybe' is an invalid choice for --details. Try: on, off (see --help).",
        ),
        (
            ["reminders", "--d", "3"],
            "reminders: '--d' could be --days, --data-dir; write the whole name (see --help).",
        ),
    ],
)
def test_a_usage_mistake_is_one_plain_line_and_exit_2(argv, said, capsys):
    assert run(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"between-checkups: {said}\n"


def test_every_parser_of_the_command_line_says_mistakes_in_one_line():
    parser = build_parser()
    found = [parser]
    for parser in found:
        for action in parser._actions:
            if action.nargs == argparse.PARSER:  # a command's or the plan actions' parsers
                found.extend(action.choices.values())
    assert len(found) > 10  # the top level, its commands and the plan actions
    assert {type(parser).__name__ for parser in found} == {"OneLineParser"}


@pytest.mark.parametrize(
    "argv", [["plan", "foo"], ["export", "--format", "xml"], ["plan", "validate", "--format"]]
)
def test_from_a_terminal_too(argv):
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith("between-checkups: ")
    assert "usage:" not in done.stderr


@pytest.mark.parametrize("argv", [["--help"], ["plan", "--help"], ["plan", "validate", "--help"]])
def test_help_still_shows_how_to_use_it(argv, capsys):
    assert run(argv) == 0
    out, err = capsys.readouterr()
    assert out.startswith("usage: between-checkups")
    assert err == ""
