"""Make one plan per row of a spreadsheet (CSV): each row fills a template's per-patient
fields, every plan made is checked as ``plan validate`` checks a file, and a problem in
any row means no plan at all (the caller writes nothing)."""

from __future__ import annotations

import copy
import csv
import difflib
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from planner.domain.plan_file import PlanError, parse_plan
from planner.services.plan_validation import locate

__all__ = [
    "COLUMNS",
    "BatchProblem",
    "MadePlan",
    "make_plans",
    "read_rows",
    "slug",
]

QUESTION_COLUMNS = tuple(f"question_{n}" for n in range(1, 6))
CONTACT_COLUMNS = {
    "contact_role": "role",
    "contact_name": "name",
    "contact_phone": "phone",
    "contact_out_of_hours_phone": "out_of_hours_phone",
    "contact_email": "email",
}
REQUIRED = ("label", "anchor_date")
#: Every column the spreadsheet may have; "label" and "anchor_date" are required.
COLUMNS = (
    "label",
    "anchor_date",
    "anchor_event",
    "program_name",
    *CONTACT_COLUMNS,
    *QUESTION_COLUMNS,
)
WHOLE_FILE = "-"  # the column of a problem about the file or the template

_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Where a plan problem's JSON Pointer lands in the spreadsheet.
_POINTER_COLUMNS = (
    ("/patient/label", "label"),
    ("/followup/anchor/date", "anchor_date"),
    ("/followup/anchor/event", "anchor_event"),
    ("/program/name", "program_name"),
    *((f"/program/contacts/0/{key}", column) for column, key in CONTACT_COLUMNS.items()),
)


@dataclass(frozen=True)
class BatchProblem:
    """One problem, at its spreadsheet row (the header is row 1) and column name."""

    row: int
    column: str
    message: str


@dataclass(frozen=True)
class MadePlan:
    """One plan made from a row: its file name (from the label) and its JSON text."""

    row: int
    file_name: str
    text: str


class BatchError(Exception):
    """The spreadsheet (or the template) has problems; nothing should be written."""

    def __init__(self, problems: Sequence[BatchProblem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = list(problems)


class Commands(QObject):
    """The counted sentences of ``plan make`` (a QObject so that ``self.tr()`` marks plurals;
    its name is the command line's translation context)."""

    def done(self, count: int, *, written: bool) -> str:
        if written:
            return self.tr("%n plans written", None, count)
        return self.tr("%n plans checked; nothing written (--dry-run)", None, count)


def slug(text: str) -> str:
    """``text`` as a file name or id: lowercase a-z, digits and single dashes, <= 64."""
    folded = text.casefold().encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", folded).strip("-")[:64].strip("-")


def _column_at(line: bytes, header: Sequence[str]) -> str:
    """The column a byte offset on a line falls in (by commas; quotes are not followed)."""
    index = line.count(b",")
    name = header[index] if index < len(header) else ""
    return name or str(index + 1)  # a column without a name is called by its number


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        row = before.count(b"\n") + 1
        first = data.split(b"\n", 1)[0].decode("utf-8", "replace")
        header = [name.strip().casefold() for name in first.split(",")]
        column = _column_at(before.rsplit(b"\n", 1)[-1], header)
        message = QCoreApplication.translate(
            "Commands", "This is not UTF-8 text (byte {byte}); save the spreadsheet as CSV UTF-8."
        ).format(byte=exc.start + 1)
        raise BatchError([BatchProblem(row, column, message)]) from None


def _check_header(header: Sequence[str]) -> list[BatchProblem]:
    problems: list[BatchProblem] = []
    seen: set[str] = set()
    for index, name in enumerate(header):
        column = name or str(index + 1)
        if name in seen:
            problems.append(
                BatchProblem(
                    1, column, QCoreApplication.translate("Commands", "This column is named twice.")
                )
            )
        seen.add(name)
        if name not in COLUMNS and re.fullmatch(r"question_[0-9]+", name):
            message = QCoreApplication.translate(
                "Commands",
                "A plan takes at most {count} questions: question_1 to question_{count}.",
            ).format(count=len(QUESTION_COLUMNS))
            problems.append(BatchProblem(1, column, message))
        elif name not in COLUMNS:
            close = difflib.get_close_matches(name, COLUMNS, n=1)
            message = (
                QCoreApplication.translate(
                    "Commands", "'{name}' is not a column a plan has; did you mean '{close}'?"
                ).format(name=name, close=close[0])
                if close
                else QCoreApplication.translate(
                    "Commands", "'{name}' is not a column a plan has; the columns are: {names}."
                ).format(name=name, names=", ".join(COLUMNS))
            )
            problems.append(BatchProblem(1, column, message))
    for name in REQUIRED:
        if name not in seen:
            message = QCoreApplication.translate(
                "Commands", "The column '{name}' is missing."
            ).format(name=name)
            problems.append(BatchProblem(1, name, message))
    return problems


def read_rows(data: bytes) -> list[tuple[int, dict[str, str]]]:
    """The spreadsheet's rows as (row number, column: trimmed cell); BatchError if unusable.

    UTF-8 with or without a byte order mark; blank rows are skipped.
    """
    text = _decode(data)
    if not text.strip():
        raise BatchError(
            [
                BatchProblem(
                    1, WHOLE_FILE, QCoreApplication.translate("Commands", "The file is empty.")
                )
            ]
        )
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        message = QCoreApplication.translate(
            "Commands", "This is not a readable CSV line ({reason})."
        ).format(reason=exc)
        raise BatchError([BatchProblem(reader.line_num, WHOLE_FILE, message)]) from None
    header = [name.strip().casefold() for name in records[0]]
    problems = _check_header(header)
    rows: list[tuple[int, dict[str, str]]] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(header):
            message = QCoreApplication.translate(
                "Commands", "This row has {count} cells; the header names {columns}."
            ).format(count=len(record), columns=len(header))
            problems.append(BatchProblem(number, WHOLE_FILE, message))
            continue
        cells = [*record, *[""] * (len(header) - len(record))]
        rows.append(
            (number, {name: cell.strip() for name, cell in zip(header, cells, strict=True)})
        )
    if problems:
        raise BatchError(problems)
    if not rows:
        raise BatchError(
            [
                BatchProblem(
                    2,
                    WHOLE_FILE,
                    QCoreApplication.translate("Commands", "There is no row below the header."),
                )
            ]
        )
    return rows


def _row_problems(number: int, row: Mapping[str, str], seen: dict[str, int]) -> list[BatchProblem]:
    problems: list[BatchProblem] = []
    label = row.get("label", "")
    name = slug(label)
    if not label:
        problems.append(
            BatchProblem(
                number, "label", QCoreApplication.translate("Commands", "The label is empty.")
            )
        )
    elif not name:
        message = QCoreApplication.translate(
            "Commands", "The label needs a letter a-z or a digit, to name its file."
        )
        problems.append(BatchProblem(number, "label", message))
    elif name in seen:
        message = QCoreApplication.translate(
            "Commands", "This label makes the same file name as row {row} ({file})."
        ).format(row=seen[name], file=name)
        problems.append(BatchProblem(number, "label", message))
    else:
        seen[name] = number
    day = row.get("anchor_date", "")
    if not _DATE_RE.fullmatch(day):
        message = QCoreApplication.translate(
            "Commands", "'{value}' is not a date written YYYY-MM-DD."
        ).format(value=day)
        problems.append(BatchProblem(number, "anchor_date", message))
    else:
        try:
            date.fromisoformat(day)
        except ValueError:
            message = QCoreApplication.translate(
                "Commands", "{value} is not a day on the calendar."
            ).format(value=day)
            problems.append(BatchProblem(number, "anchor_date", message))
    return problems


def _filled(template: Mapping[str, Any], row: Mapping[str, str]) -> dict[str, Any]:
    plan = copy.deepcopy(dict(template))
    plan["version"] = 2
    plan["patient"] = {"label": row["label"]}
    anchor = plan["followup"].setdefault("anchor", {"event": ""})
    if row.get("anchor_event"):
        anchor["event"] = row["anchor_event"]
    if not anchor.get("event"):
        anchor["event"] = QCoreApplication.translate("Commands", "End of treatment")
    anchor["date"] = row["anchor_date"]
    contact = {key: row[column] for column, key in CONTACT_COLUMNS.items() if row.get(column)}
    if row.get("program_name") or contact:
        program = plan.setdefault("program", {"name": row.get("program_name", "")})
        if row.get("program_name"):
            program["name"] = row["program_name"]
        if contact:
            contacts = program.setdefault("contacts", [])
            if not contacts:
                contacts.append(contact)
            elif "name" in contact:
                # Another person: nothing of the template's contact is theirs but the role.
                kept = {"role": contacts[0]["role"]} if "role" in contacts[0] else {}
                contacts[0] = {**kept, **contact}
            else:  # the same person (or a desk): only the given fields change
                contacts[0] = {**contacts[0], **contact}
    questions = [row[column] for column in QUESTION_COLUMNS if row.get(column)]
    if questions:
        plan["questions"] = [*plan.get("questions", []), *questions]
    return plan


def _column_of(place: str) -> str:
    for pointer, column in _POINTER_COLUMNS:
        if place == pointer:
            return column
    if place.startswith("/questions/"):
        return "question"
    return WHOLE_FILE


def make_plans(
    data: bytes, template: Mapping[str, Any], schema: Mapping[str, Any], *, today: date
) -> list[MadePlan]:
    """One checked plan per row, or BatchError with every problem of every row."""
    rows = read_rows(data)
    followup = template.get("followup")
    if not isinstance(followup, Mapping) or not followup.get("schedules"):
        message = QCoreApplication.translate(
            "Commands",
            "The template has no follow-up schedules, so anchor_date has nowhere to go; "
            'start from a template with a "followup" section.',
        )
        raise BatchError([BatchProblem(1, "anchor_date", message)])
    problems: list[BatchProblem] = []
    seen: dict[str, int] = {}
    made: list[MadePlan] = []
    for number, row in rows:
        found = _row_problems(number, row, seen)
        problems.extend(found)
        if found:
            continue
        text = json.dumps(_filled(template, row), indent=2, ensure_ascii=False) + "\n"
        raw = text.encode("utf-8")
        try:
            parse_plan(raw, schema, today=today)
        except PlanError as error:
            for located in locate(error.problems, raw, schema):
                problems.append(BatchProblem(number, _column_of(located.place), located.message))
            continue
        made.append(MadePlan(number, slug(row["label"]) + ".plan.json", text))
    if problems:
        raise BatchError(problems)
    return made
