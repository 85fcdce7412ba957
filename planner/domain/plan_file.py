"""Read a plan file (JSON, format version 1) into checklist items.

Plan files come from outside the app (a coordinator, an e-mail, a USB stick), so
everything here treats the input as untrusted: a size cap before parsing, plain
JSON only, validation against the plan JSON Schema, and one plain-words sentence
that names the place when something is wrong. Nothing here touches files, Qt or
the clock: the caller passes the bytes, the schema and today's date.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from planner.domain.model import (
    WEEKDAY_NAMES,
    Category,
    Item,
    Schedule,
    ScheduleError,
    ScheduleKind,
    Target,
)

__all__ = [
    "FORMAT_NAME",
    "MAX_PLAN_BYTES",
    "SUPPORTED_VERSION",
    "Plan",
    "PlanError",
    "parse_plan",
]

MAX_PLAN_BYTES = 1_000_000
FORMAT_NAME = "between-checkups-plan"
SUPPORTED_VERSION = 1

ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_PATTERN_PHRASES = {
    ID_PATTERN: (
        "a short code of lowercase letters (a-z), digits and dashes, "
        'at most 64 characters, like "walk-daily"'
    ),
    DATE_PATTERN: 'a date written as YYYY-MM-DD, like "2026-03-15"',
}

# Which schema error to report first when several apply to the same place.
_VALIDATOR_ORDER = {"type": 0, "required": 1, "additionalProperties": 2, "oneOf": 3}

_NOT_A_PLAN = "The file is not a Between Checkups plan"


class PlanError(ValueError):
    """A plan file that cannot be used, with one plain-words sentence saying why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Plan:
    """A parsed plan, ready to preview and apply."""

    name: str
    description: str
    items: tuple[Item, ...]


def parse_plan(data: str | bytes, schema: Mapping[str, Any], *, today: date) -> Plan:
    """Parse and check a plan file; raise PlanError with a plain message if it is unusable.

    ``today`` is the day the plan is applied: every-N-days rhythms start on it and
    ``in_days`` one-time tasks are counted from it.
    """
    try:
        raw = _load_json(data)
        _check_format_and_version(raw)
        _validate(raw, schema)
        return _build_plan(raw, today)
    except RecursionError:
        raise PlanError(
            "The file is not a plan this app can read (its data is nested too deeply)."
        ) from None


# --- JSON ---------------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number too large")
    return value


def _load_json(data: str | bytes) -> dict[str, Any]:
    raw_bytes = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data
    size = len(raw_bytes)
    if size > MAX_PLAN_BYTES:
        raise PlanError(
            f"The file is too large to be a plan ({size:,} bytes). "
            f"A plan file can be at most {MAX_PLAN_BYTES:,} bytes."
        )
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PlanError(
                f"The file is not a plan: it is not UTF-8 text (byte {exc.start + 1})."
            ) from None
    else:
        text = data.removeprefix("\ufeff")
    if not text.strip():
        raise PlanError("The file is empty.")
    try:
        raw = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise PlanError(
            f"The file is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    except ValueError:
        raise PlanError(
            "The file is not valid JSON (it has a number that is not allowed, "
            "such as NaN, Infinity or one that is far too large)."
        ) from None
    if not isinstance(raw, dict):
        raise PlanError(f"{_NOT_A_PLAN} (it holds {_kind(raw)}, not a plan in {{ }} braces).")
    return raw


def _check_format_and_version(raw: Mapping[str, Any]) -> None:
    if "format" not in raw:
        raise PlanError(f'{_NOT_A_PLAN} (its "format" is missing).')
    fmt = raw["format"]
    if fmt != FORMAT_NAME or not isinstance(fmt, str):
        raise PlanError(f'{_NOT_A_PLAN} (its "format" is {_show(fmt)}, not "{FORMAT_NAME}").')
    if "version" not in raw:
        raise PlanError('The plan does not say which version it is (its "version" is missing).')
    version = raw["version"]
    is_number = isinstance(version, int | float) and not isinstance(version, bool)
    if not is_number or version != int(version) or version < 1:
        raise PlanError(
            f'The plan\'s "version" must be a whole number like {SUPPORTED_VERSION} '
            f"(it is {_show(version)})."
        )
    if version > SUPPORTED_VERSION:
        raise PlanError(
            "This plan was made for a newer version of Between Checkups "
            f"(plan version {_num(int(version))}). Update the app to open it."
        )


# --- schema validation --------------------------------------------------------------------------


def _validate(raw: dict[str, Any], schema: Mapping[str, Any]) -> None:
    # Imported here: jsonschema takes tens of milliseconds to import, and the app
    # should not pay that at every start, only when someone opens a plan.
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    errors = list(validator.iter_errors(raw))
    if not errors:
        return
    best = min(errors, key=_error_sort_key)
    raise PlanError(_describe_error(best, raw))


def _error_sort_key(error: Any) -> tuple[tuple[tuple[int, int, str], ...], int]:
    path = tuple(
        (0, step, "") if isinstance(step, int) else (1, 0, str(step))
        for step in error.absolute_path
    )
    return path, _VALIDATOR_ORDER.get(str(error.validator), 9)


def _describe_error(error: Any, raw: Mapping[str, Any]) -> str:
    path = list(error.absolute_path)
    validator = str(error.validator)
    value = error.validator_value
    instance = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}

    # Errors about an object as a whole (its fields) name the object as the place.
    if validator == "required":
        missing = [key for key in value if isinstance(instance, dict) and key not in instance]
        names = _join_names(missing or list(value))
        verb = "is" if len(missing) <= 1 else "are"
        return f"{_place(path, raw)}: {names} {verb} missing."
    if validator in ("additionalProperties", "unevaluatedProperties"):
        known = set(schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in known) if isinstance(instance, dict) else []
        if len(extra) == 1:
            return (
                f"{_place(path, raw)}: {_quote(extra[0])} is not a field a plan can have. "
                "Check the spelling, or remove it."
            )
        return (
            f"{_place(path, raw)}: these fields are not ones a plan can have: "
            f"{_join_names(extra)}. Check the spelling, or remove them."
        )
    if validator == "oneOf" and isinstance(instance, dict) and instance.get("type") == "once":
        return (
            f'{_place(path, raw)}: a one-time task needs either "due" (a date like '
            '"2026-03-15") or "in_days" (a number of days), and only one of them.'
        )

    # Errors about one value: name the field that holds it.
    field, entry, container = _split_path(path)
    if field is None:
        if path[:1] == ["items"] and len(path) == 2 and validator == "type":
            return (
                f"{_place(path, raw)} is not written as an item "
                '(each item needs { } braces with fields such as "id" and "title").'
            )
        if validator == "type":
            return f"{_place(path, raw)} must be {_expectation(schema)}, not {_kind(instance)}."
        return f"{_place(path, raw)} is not written the way a plan needs it."

    where = _place(container, raw)
    name = _quote(field) if entry is None else f"entry {entry + 1} of {_quote(field)}"
    if container == [] and field == "items" and validator == "minItems":
        return "The plan has no items. A plan needs at least one item."
    if validator == "type":
        return f"{where}: {name} must be {_expectation(schema)}, not {_kind(instance)}."
    if validator == "maxLength":
        return (
            f"{where}: {name} is too long ({len(instance)} characters). "
            f"It can have at most {value} characters."
        )
    if validator == "minLength":
        return f"{where}: {name} is empty. Please write something in it."
    if validator == "minItems":
        return f"{where}: {name} must have at least {_count(value, 'entry', 'entries')}."
    if validator == "maxItems":
        return (
            f"{where}: {name} has {len(instance)} entries. "
            f"It can have at most {_count(value, 'entry', 'entries')}."
        )
    if validator == "uniqueItems":
        thing = "day" if field == "days" else "entry"
        return f"{where}: {name} lists the same {thing} more than once."
    if validator in ("enum", "const", "pattern"):
        return f"{where}: {name} must be {_expectation(schema)} (it is {_show(instance)})."
    if validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return f"{where}: {name} must be {_expectation(schema)} (it is {_show(instance)})."
    return f"{where}: {name} is not written the way a plan needs it."


def _split_path(path: Sequence[Any]) -> tuple[str | None, int | None, list[Any]]:
    """Split a path into (field name, entry number inside that field, path of its container).

    ["items", 2, "schedule", "days", 1] -> ("days", 1, ["items", 2, "schedule"]);
    ["items", 2] (an item itself) -> (None, None, ["items", 2]).
    """
    steps = list(path)
    if len(steps) == 2 and steps[0] == "items" and isinstance(steps[1], int):
        return None, None, steps
    if len(steps) >= 2 and isinstance(steps[-1], int) and isinstance(steps[-2], str):
        return steps[-2], steps[-1], steps[:-2]
    if steps and isinstance(steps[-1], str):
        return steps[-1], None, steps[:-1]
    return None, None, steps


def _place(path: Sequence[Any], raw: Mapping[str, Any]) -> str:
    """Name a place in plain words: 'The plan', 'Item 3 ("Walk")', 'Item 3 ("Walk"), schedule'."""
    if len(path) >= 2 and path[0] == "items" and isinstance(path[1], int):
        index = path[1]
        place = f"Item {index + 1}"
        items = raw.get("items")
        if isinstance(items, list) and 0 <= index < len(items):
            title = items[index].get("title") if isinstance(items[index], dict) else None
            if isinstance(title, str) and title.strip():
                place += f" ({_quote(_shorten(title))})"
        rest = [str(step) for step in path[2:] if isinstance(step, str)]
    else:
        place = "The plan"
        rest = [str(step) for step in path if isinstance(step, str)]
    if rest:
        place += ", " + ", ".join(rest)
    return place


def _expectation(schema: Mapping[str, Any]) -> str:
    """Say what a value must be, from its schema, e.g. 'a whole number from 1 to 7'."""
    if "const" in schema:
        return _show(schema["const"])
    if "enum" in schema:
        return "one of " + _join_names([str(v) for v in schema["enum"]], last="or")
    kind = schema.get("type")
    if kind in ("integer", "number"):
        noun = "a whole number" if kind == "integer" else "a number"
        low, high = schema.get("minimum"), schema.get("maximum")
        above = schema.get("exclusiveMinimum")
        if low is not None and high is not None:
            return f"{noun} from {_num(low)} to {_num(high)}"
        if above is not None and high is not None:
            return f"{noun} more than {_num(above)} and at most {_num(high)}"
        if low is not None:
            return f"{noun} of at least {_num(low)}"
        if high is not None:
            return f"{noun} of at most {_num(high)}"
        return noun
    if kind == "string":
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and pattern in _PATTERN_PHRASES:
            return _PATTERN_PHRASES[pattern]
        high = schema.get("maxLength")
        if high is not None and schema.get("minLength", 0) >= 1:
            return f"text of 1 to {high} characters"
        if high is not None:
            return f"text of at most {high} characters"
        return "text"
    if kind == "array":
        entries = schema.get("items")
        if isinstance(entries, Mapping) and "enum" in entries:
            return "a list of " + _expectation(entries).removeprefix("one of ")
        return "a list in [ ] brackets"
    if kind == "object":
        return "a group of fields in { } braces"
    return "written differently"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a group of fields"


def _show(value: Any) -> str:
    """Show a small JSON value the way it is written in the file; describe anything bigger."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return _num(value)
    if isinstance(value, str):
        return _quote(_shorten(value))
    return _kind(value)


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = str(value)
    return text if len(text) <= 20 else text[:17] + "..."


def _quote(text: str) -> str:
    return f'"{text}"'


def _shorten(text: str, limit: int = 40) -> str:
    # One line, printable, not too long, with no lone surrogates that cannot be shown.
    text = " ".join(text.split())
    text = "".join(
        ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else "?" for ch in text
    )
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _join_names(names: Sequence[str], last: str = "and") -> str:
    quoted = [_quote(_shorten(n)) for n in names]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + f" {last} " + quoted[-1]


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


# --- building the items -------------------------------------------------------------------------


def _build_plan(raw: Mapping[str, Any], today: date) -> Plan:
    name = _text(raw["name"], ["name"], raw, required=True)
    description = _text(raw.get("description", ""), ["description"], raw)
    entries: list[Mapping[str, Any]] = raw["items"]

    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        key = entry["id"]
        if not _ID_RE.fullmatch(key):
            raise PlanError(
                f'{_place(["items", index], raw)}: "id" must be {_PATTERN_PHRASES[ID_PATTERN]} '
                f"(it is {_show(key)})."
            )
        if key in seen:
            raise PlanError(
                f"Items {seen[key] + 1} and {index + 1} both have the id {_quote(key)}. "
                "Each item needs its own id."
            )
        seen[key] = index

    items = tuple(_build_item(index, entry, raw, today) for index, entry in enumerate(entries))
    return Plan(name=name, description=description, items=items)


def _build_item(index: int, entry: Mapping[str, Any], raw: Mapping[str, Any], today: date) -> Item:
    path: list[Any] = ["items", index]
    target_data = entry.get("target")
    target = None
    if target_data is not None:
        unit = _text(target_data["unit"], [*path, "target", "unit"], raw, required=True)
        target = Target(amount=float(target_data["amount"]), unit=unit)
    return Item(
        title=_text(entry["title"], [*path, "title"], raw, required=True),
        why=_text(entry.get("why", ""), [*path, "why"], raw),
        details=_text(entry.get("details", ""), [*path, "details"], raw),
        category=Category(entry["category"]),
        schedule=_build_schedule(entry["schedule"], [*path, "schedule"], raw, today),
        target=target,
        position=index,
        created_on=None,
        plan_key=entry["id"],
    )


def _build_schedule(
    data: Mapping[str, Any], path: list[Any], raw: Mapping[str, Any], today: date
) -> Schedule:
    kind = ScheduleKind(data["type"])
    try:
        if kind is ScheduleKind.DAILY:
            return Schedule.daily()
        if kind is ScheduleKind.WEEKDAYS:
            return Schedule.on_weekdays(*(WEEKDAY_NAMES.index(day) for day in data["days"]))
        if kind is ScheduleKind.TIMES_PER_WEEK:
            return Schedule.per_week(int(data["times"]))
        if kind is ScheduleKind.EVERY_N_DAYS:
            return Schedule.every_n_days(int(data["days"]), anchor=today)
        if "in_days" in data:
            return Schedule.once(today + timedelta(days=int(data["in_days"])))
        return Schedule.once(_date(data["due"], [*path, "due"], raw))
    except ScheduleError as exc:
        raise PlanError(f"{_place(path, raw)}: {exc}") from None


def _date(text: str, path: list[Any], raw: Mapping[str, Any]) -> date:
    where = _place(path[:-1], raw)
    if not _DATE_RE.fullmatch(text):
        raise PlanError(
            f'{where}: "due" must be {_PATTERN_PHRASES[DATE_PATTERN]} (it is {_show(text)}).'
        )
    try:
        return date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        raise PlanError(
            f'{where}: "due" is {_show(text)}, which is not a real date on the calendar.'
        ) from None


def _text(value: str, path: list[Any], raw: Mapping[str, Any], *, required: bool = False) -> str:
    field = str(path[-1])
    where = _place(path[:-1], raw)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PlanError(
            f"{where}: {_quote(field)} has a broken character (a lone \\u escape). "
            "Remove it or write the character again."
        ) from None
    cleaned = value.strip()
    if required and not cleaned:
        raise PlanError(f"{where}: {_quote(field)} is blank. Please write something in it.")
    return cleaned
