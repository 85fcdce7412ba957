"""Plain-words sentences for what is wrong in a plan file, naming the place.

Turns JSON Schema errors into sentences a coordinator can act on, e.g.
'Item 3 ("Walk"), schedule: "times" must be a whole number from 1 to 7 (it is 9).'
Kept apart from parsing (``plan_file``) because the wording is most of the work.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$"

PATTERN_PHRASES = {
    ID_PATTERN: (
        "a short code of lowercase letters (a-z), digits and dashes, "
        'at most 64 characters, like "walk-daily"'
    ),
    DATE_PATTERN: 'a date written as YYYY-MM-DD, like "2026-03-15"',
    TIME_PATTERN: 'a time of day written as HH:MM (24-hour), like "08:30"',
}

# Which schema error to report first when several apply to the same place.
_VALIDATOR_ORDER = {"type": 0, "required": 1, "additionalProperties": 2, "oneOf": 3}


def error_sort_key(error: Any) -> tuple[tuple[tuple[int, int, str], ...], int]:
    path = tuple(
        (0, step, "") if isinstance(step, int) else (1, 0, str(step))
        for step in error.absolute_path
    )
    return path, _VALIDATOR_ORDER.get(str(error.validator), 9)


def describe_error(error: Any, raw: Mapping[str, Any]) -> str:
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
        return f"{place(path, raw)}: {names} {verb} missing."
    if validator in ("additionalProperties", "unevaluatedProperties"):
        known = set(schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in known) if isinstance(instance, dict) else []
        if len(extra) == 1:
            return (
                f"{place(path, raw)}: {quote(extra[0])} is not a field a plan can have. "
                "Check the spelling, or remove it."
            )
        return (
            f"{place(path, raw)}: these fields are not ones a plan can have: "
            f"{_join_names(extra)}. Check the spelling, or remove them."
        )
    if validator == "oneOf" and isinstance(instance, dict) and instance.get("type") == "once":
        return (
            f'{place(path, raw)}: a one-time task needs either "due" (a date like '
            '"2026-03-15") or "in_days" (a number of days), and only one of them.'
        )

    # Errors about one value: name the field that holds it.
    field, entry, container = _split_path(path)
    if field is None:
        if path[:1] == ["items"] and len(path) == 2 and validator == "type":
            return (
                f"{place(path, raw)} is not written as an item "
                '(each item needs { } braces with fields such as "id" and "title").'
            )
        if validator == "type":
            return f"{place(path, raw)} must be {_expectation(schema)}, not {kind(instance)}."
        return f"{place(path, raw)} is not written the way a plan needs it."

    where = place(container, raw)
    name = quote(field) if entry is None else f"entry {entry + 1} of {quote(field)}"
    if container == [] and field == "items" and validator == "minItems":
        return "The plan has no items. A plan needs at least one item."
    if validator == "type":
        return f"{where}: {name} must be {_expectation(schema)}, not {kind(instance)}."
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
        return f"{where}: {name} must be {_expectation(schema)} (it is {show(instance)})."
    if validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return f"{where}: {name} must be {_expectation(schema)} (it is {show(instance)})."
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


def place(path: Sequence[Any], raw: Mapping[str, Any]) -> str:
    """Name a place in plain words: 'The plan', 'Item 3 ("Walk")', 'Item 3 ("Walk"), schedule'."""
    if len(path) >= 2 and path[0] == "items" and isinstance(path[1], int):
        index = path[1]
        place = f"Item {index + 1}"
        items = raw.get("items")
        if isinstance(items, list) and 0 <= index < len(items):
            title = items[index].get("title") if isinstance(items[index], dict) else None
            if isinstance(title, str) and title.strip():
                place += f" ({quote(_shorten(title))})"
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
        return show(schema["const"])
    if "enum" in schema:
        return "one of " + _join_names([str(v) for v in schema["enum"]], last="or")
    kind = schema.get("type")
    if kind in ("integer", "number"):
        noun = "a whole number" if kind == "integer" else "a number"
        low, high = schema.get("minimum"), schema.get("maximum")
        above = schema.get("exclusiveMinimum")
        if low is not None and high is not None:
            return f"{noun} from {num(low)} to {num(high)}"
        if above is not None and high is not None:
            return f"{noun} more than {num(above)} and at most {num(high)}"
        if low is not None:
            return f"{noun} of at least {num(low)}"
        if high is not None:
            return f"{noun} of at most {num(high)}"
        return noun
    if kind == "string":
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and pattern in PATTERN_PHRASES:
            return PATTERN_PHRASES[pattern]
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


def kind(value: Any) -> str:
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


def show(value: Any) -> str:
    """Show a small JSON value the way it is written in the file; describe anything bigger."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return num(value)
    if isinstance(value, str):
        return quote(_shorten(value))
    return kind(value)


def num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = str(value)
    return text if len(text) <= 20 else text[:17] + "..."


def quote(text: str) -> str:
    return f'"{text}"'


def _shorten(text: str, limit: int = 40) -> str:
    # One line, printable, not too long, with no lone surrogates that cannot be shown.
    text = " ".join(text.split())
    text = "".join(
        ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else "?" for ch in text
    )
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _join_names(names: Sequence[str], last: str = "and") -> str:
    quoted = [quote(_shorten(n)) for n in names]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + f" {last} " + quoted[-1]


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


# --- building the items -------------------------------------------------------------------------
