"""Check plan files for the command line: every problem of a file, each at its line and
column, the likeliest cause first, and "did you mean" for a misspelled field.

The domain (``parse_plan``) says what is wrong and where in JSON terms; this module
finds that place in the file's text (json-source-map's pointer map), and
``plan_problems`` words it.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from planner.domain.plan_file import (
    MAX_PLAN_BYTES,
    PlanError,
    PlanPlace,
    PlanProblem,
    PlanProblemCode,
    parse_plan,
)
from planner.services.plan_problems import describe
from planner.services.plans import plan_schema

__all__ = ["FileReport", "Located", "locate", "summary", "validate_file", "validate_files"]

Code = PlanProblemCode

# The likeliest cause first: a file that cannot be read as JSON explains everything after
# it, then a file that is not a plan (or not this version of one), then the rest in order.
_READING = frozenset(
    {
        Code.FILE_UNREADABLE,
        Code.TOO_LARGE,
        Code.NOT_UTF8,
        Code.EMPTY_FILE,
        Code.NOT_JSON,
        Code.BAD_NUMBER,
        Code.NESTED_TOO_DEEPLY,
        Code.NOT_AN_OBJECT,
    }
)
_FORMAT = frozenset(
    {
        Code.FORMAT_MISSING,
        Code.WRONG_FORMAT,
        Code.VERSION_MISSING,
        Code.VERSION_NOT_WHOLE,
        Code.VERSION_TOO_NEW,
    }
)


@dataclass(frozen=True)
class Located:
    """One problem, where it is in the file (1-based line and column) and in plain words."""

    line: int
    col: int
    place: str  # its JSON Pointer (of the field itself, when unknown); "" for the whole file
    code: str
    message: str


@dataclass(frozen=True)
class FileReport:
    """What is wrong with one file; no problems means the plan is good."""

    path: Path
    problems: list[Located] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def validate_files(paths: Iterable[Path], today: date) -> list[FileReport]:
    """A report for each file, in the order given (the schema is read once)."""
    schema = plan_schema()
    return [validate_file(path, today, schema=schema) for path in paths]


def validate_file(
    path: Path, today: date, *, schema: Mapping[str, Any] | None = None
) -> FileReport:
    """Read and check one plan file; a file that cannot be read is a problem of that file."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_PLAN_BYTES + 1)
    except OSError as exc:
        values = {"path": str(path), "reason": exc.strerror or type(exc).__name__}
        problem = PlanProblem(Code.FILE_UNREADABLE, PlanPlace(), values)
        return FileReport(path, [_whole_file(problem)])
    schema = plan_schema() if schema is None else schema
    try:
        parse_plan(data, schema, today=today)
    except PlanError as error:
        return FileReport(path, locate(error.problems, data, schema))
    return FileReport(path)


def locate(
    problems: Sequence[PlanProblem], data: bytes, schema: Mapping[str, Any]
) -> list[Located]:
    """Each problem at its line and column in ``data``, the likeliest cause first."""
    text = data.decode("utf-8-sig", errors="replace")
    pointers = _pointer_map(text) if any(p.place.path for p in problems) else {}
    raw = _loaded(text) if any(p.code is Code.UNKNOWN_FIELDS for p in problems) else None
    located: list[tuple[int, Located, PlanProblem]] = []
    for problem in problems:
        rank = 0 if problem.code in _READING else 1 if problem.code in _FORMAT else 2
        for one in _split(problem):
            located.append((rank, _located(one, data, pointers, raw, schema), one))
    # A misspelt field ("titel") is the likely cause of the field missing beside it
    # ("title"): the missing one is told right after it, not before.
    meant: dict[tuple[tuple[str | int, ...], str], Located] = {}
    for _rank, where, one in located:
        names = one.values.get("names")
        if one.code is Code.UNKNOWN_FIELDS and isinstance(names, tuple) and names:
            guess = _suggestion(str(names[0]), one.place.path, raw, schema)
            if guess is not None:
                meant[one.place.path, guess] = where

    def order(entry: tuple[int, Located, PlanProblem]) -> tuple[int, int, int, int]:
        rank, where, one = entry
        names = one.values.get("names")
        if one.code is Code.MISSING_FIELDS and isinstance(names, tuple | list):
            for name in names:
                cause = meant.get((one.place.path, str(name)))
                if cause is not None:
                    return rank, cause.line, cause.col, 1
        return rank, where.line, where.col, 0

    located.sort(key=order)
    return [where for _, where, _one in located]


def _split(problem: PlanProblem) -> list[PlanProblem]:
    """Unknown fields one by one: each has its own place and its own likely spelling."""
    names = problem.values.get("names")
    if problem.code is not Code.UNKNOWN_FIELDS or not isinstance(names, tuple | list):
        return [problem]
    values = dict(problem.values)  # keeps what else it says, such as needs_version
    return [PlanProblem(problem.code, problem.place, values | {"names": (name,)}) for name in names]


def _located(
    problem: PlanProblem,
    data: bytes,
    pointers: Mapping[str, tuple[int, int, int | None, int | None]],
    raw: object,
    schema: Mapping[str, Any],
) -> Located:
    place = problem.place
    message = describe(problem)
    pointer = place.pointer
    line, col = place.line or 1, place.column or 1
    names = problem.values.get("names")
    if problem.code is Code.NOT_UTF8:
        line, col = _byte_position(data, problem.values.get("byte"))
    elif problem.code is Code.UNKNOWN_FIELDS and isinstance(names, tuple) and names:
        # The place is the group; point at the unknown field's own name instead.
        name = str(names[0])
        pointer = PlanPlace(path=(*place.path, name)).pointer
        line, col = _position(pointers, [*place.path, name], key=True)
        guess = _suggestion(name, place.path, raw, schema)
        if guess is not None:
            meant = QCoreApplication.translate("Commands", 'Did you mean "{name}"?')
            message = f"{message} {meant.format(name=guess)}"
    elif place.path:
        line, col = _position(pointers, place.path, key=False)
    return Located(line, col, pointer, problem.code.value, message)


def _whole_file(problem: PlanProblem) -> Located:
    return Located(1, 1, "", problem.code.value, describe(problem))


# --- places in the text -------------------------------------------------------------------------


def _pointer_map(text: str) -> dict[str, tuple[int, int, int | None, int | None]]:
    """Each value's pointer -> (line, column of the value, line, column of its key), 0-based.

    json-source-map writes pointers without RFC 6901's escapes ("/a/b" for the key "a/b").
    """
    from json_source_map import calculate  # only when a file has a problem to place

    try:
        entries = calculate(text)
    except (RecursionError, ValueError):
        return {}
    found: dict[str, tuple[int, int, int | None, int | None]] = {}
    for pointer, entry in entries.items():
        key = entry.key_start
        found[pointer] = (
            entry.value_start.line,
            entry.value_start.column,
            None if key is None else key.line,
            None if key is None else key.column,
        )
    return found


def _position(
    pointers: Mapping[str, tuple[int, int, int | None, int | None]],
    steps: Sequence[str | int],
    *,
    key: bool,
) -> tuple[int, int]:
    """The 1-based line and column of the value at ``steps`` (or of its key), else of the
    nearest group around it that the file has."""
    for end in range(len(steps), -1, -1):
        pointer = "".join("/" + str(step) for step in steps[:end])
        entry = pointers.get(pointer)
        if entry is None:
            continue
        line, col, key_line, key_col = entry
        if key and end == len(steps) and key_line is not None and key_col is not None:
            return key_line + 1, key_col + 1
        return line + 1, col + 1
    return 1, 1


def _byte_position(data: bytes, byte: object) -> tuple[int, int]:
    """Line and column of the 1-based byte position ``byte`` (for a file that is not UTF-8)."""
    if not isinstance(byte, int) or byte < 1:
        return 1, 1
    before = data[: byte - 1].removeprefix(b"\xef\xbb\xbf")
    line_start = before.rfind(b"\n") + 1
    col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return before.count(b"\n") + 1, col


def _loaded(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


# --- did you mean -------------------------------------------------------------------------------


def _suggestion(
    name: str, steps: Sequence[str | int], raw: object, schema: Mapping[str, Any]
) -> str | None:
    """The field this misspelled ``name`` most likely meant, from the fields the schema
    allows in that group and the group does not have yet."""
    group = _value_at(raw, steps)
    allowed = _allowed_names(schema, steps, raw)
    present = set(group) if isinstance(group, dict) else set()
    candidates = sorted(allowed - present)
    by_lower = {candidate.lower(): candidate for candidate in candidates}
    close = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[close[0]] if close else None


def _value_at(raw: object, steps: Sequence[str | int]) -> object:
    value = raw
    for step in steps:
        if isinstance(value, dict) and isinstance(step, str):
            value = value.get(step)
        elif isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value):
            value = value[step]
        else:
            return None
    return value


def _allowed_names(schema: Mapping[str, Any], steps: Sequence[str | int], raw: object) -> set[str]:
    """The property names the schema allows for the group at ``steps`` in ``raw``."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    nodes: list[Mapping[str, Any]] = [schema]
    value = raw
    for step in steps:
        below: list[Mapping[str, Any]] = []
        for node in _branches(nodes, value, schema, validator):
            if isinstance(step, str):
                sub = node.get("properties", {}).get(step)
            else:
                sub = node.get("items")
            if isinstance(sub, Mapping):
                below.append(sub)
        nodes, value = below, _value_at(value, [step])
    names: set[str] = set()
    for node in _branches(nodes, value, schema, validator):
        names.update(str(name) for name in node.get("properties", {}))
    return names


def _branches(
    nodes: Iterable[Mapping[str, Any]], value: object, root: Mapping[str, Any], validator: Any
) -> list[Mapping[str, Any]]:
    """The schemas that apply to ``value``: each node with its references followed, its
    ``allOf``/``anyOf``/``oneOf`` parts, and the ``then`` (or ``else``) of its ``if``."""
    done: list[Mapping[str, Any]] = []
    todo = list(nodes)
    while todo and len(done) < 200:
        node = todo.pop(0)
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target = _resolve(root, ref)
            if target is not None:
                todo.append(target)
        done.append(node)
        for key in ("allOf", "anyOf", "oneOf"):
            parts = node.get(key)
            if isinstance(parts, list):
                todo.extend(part for part in parts if isinstance(part, Mapping))
        condition = node.get("if")
        if isinstance(condition, Mapping | bool):
            matches = validator.evolve(schema=condition).is_valid(value)
            then = node.get("then" if matches else "else")
            if isinstance(then, Mapping):
                todo.append(then)
    return done


def _resolve(root: Mapping[str, Any], ref: str) -> Mapping[str, Any] | None:
    node: Any = root
    for step in ref[2:].split("/"):
        step = step.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or step not in node:
            return None
        node = node[step]
    return node if isinstance(node, Mapping) else None


# --- the summary --------------------------------------------------------------------------------


def summary(reports: Sequence[FileReport]) -> str:
    """E.g. "2 files checked: 1 with 3 problems" (for standard error, after the problems)."""
    return Commands().summary(reports)


class Commands(QObject):
    """Counted sentences of the commands. A QObject so that ``self.tr()`` marks their
    plural forms (``QCoreApplication.translate`` with a count is not marked); its name is
    the translation context the command line's other sentences use."""

    def summary(self, reports: Sequence[FileReport]) -> str:
        checked = len(reports)
        files = (
            self.tr("1 file checked")
            if checked == 1
            else self.tr("%n files checked", None, checked)
        )
        bad = sum(1 for report in reports if not report.ok)
        if not bad:
            return self.tr("{checked}: no problems").format(checked=files)
        count = sum(len(report.problems) for report in reports)
        problems = self.tr("1 problem") if count == 1 else self.tr("%n problems", None, count)
        return self.tr("{checked}: {files} with {problems}").format(
            checked=files, files=bad, problems=problems
        )
