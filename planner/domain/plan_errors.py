"""What can be wrong in a plan file, as data: a code, a place and values.

The domain never words a problem. ``planner.services.plan_problems`` is the one
place that turns a ``PlanProblem`` into a translated sentence for a coordinator.
A place names the item (1-based) and its title, the fields below it, and the JSON
path, so a screen can later point at a line and column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$"


class PatternKind(StrEnum):
    """The written forms the plan schema asks for, by pattern."""

    ID = "id"
    DATE = "date"
    TIME = "time"


PATTERN_KINDS = {
    ID_PATTERN: PatternKind.ID,
    DATE_PATTERN: PatternKind.DATE,
    TIME_PATTERN: PatternKind.TIME,
}


class JsonKind(StrEnum):
    """What a JSON value is, to say what was found instead of what was needed."""

    NULL = "null"
    BOOLEAN = "boolean"
    INTEGER = "integer"
    NUMBER = "number"
    TEXT = "text"
    LIST = "list"
    GROUP = "group"


class Expected(StrEnum):
    """What a value must be (``values["expected"]`` of WRONG_TYPE and OUT_OF_RANGE).

    Details ride along in the same values: ``exactly`` (EXACTLY); ``allowed`` (ONE_OF,
    and LIST when the list holds names); ``minimum``, ``maximum``, ``exclusive_minimum``
    (WHOLE_NUMBER, NUMBER); ``pattern`` (a PatternKind), ``min_length``, ``max_length``
    (TEXT).
    """

    EXACTLY = "exactly"
    ONE_OF = "one_of"
    WHOLE_NUMBER = "whole_number"
    NUMBER = "number"
    TEXT = "text"
    LIST = "list"
    GROUP = "group"
    OTHER = "other"


class PlanProblemCode(StrEnum):
    """Every problem a plan file can have. The comment lists the keys in ``values``.

    Value-level problems also carry ``kind`` (a JsonKind of the value found) and, when
    that value is a plain one (text, number, true/false, null), ``value`` itself.
    """

    FILE_UNREADABLE = "file_unreadable"  # path, reason (the system's words)
    TOO_LARGE = "too_large"  # size, limit (bytes)
    NOT_UTF8 = "not_utf8"  # byte (1-based position of the first bad byte)
    EMPTY_FILE = "empty_file"
    NOT_JSON = "not_json"  # (the place has line and column)
    BAD_NUMBER = "bad_number"  # NaN, Infinity or a number far too large
    NESTED_TOO_DEEPLY = "nested_too_deeply"
    NOT_AN_OBJECT = "not_an_object"  # kind
    FORMAT_MISSING = "format_missing"
    WRONG_FORMAT = "wrong_format"  # kind, value, expected_format
    VERSION_MISSING = "version_missing"
    VERSION_NOT_WHOLE = "version_not_whole"  # kind, value, supported
    VERSION_TOO_NEW = "version_too_new"  # version, supported
    MISSING_FIELDS = "missing_fields"  # names (the place is the group that lacks them)
    UNKNOWN_FIELDS = "unknown_fields"  # names (the place is the group that has them)
    ONCE_NEEDS_DUE_OR_IN_DAYS = "once_needs_due_or_in_days"  # (the place is the schedule)
    NOT_AN_ITEM = "not_an_item"  # kind
    WRONG_TYPE = "wrong_type"  # kind, expected (+ its details)
    NO_ITEMS = "no_items"
    TOO_LONG = "too_long"  # length, max_length
    EMPTY_TEXT = "empty_text"
    BLANK_TEXT = "blank_text"
    BROKEN_CHARACTER = "broken_character"  # a lone \u escape (surrogate)
    TOO_FEW_ENTRIES = "too_few_entries"  # min_items
    TOO_MANY_ENTRIES = "too_many_entries"  # count, max_items
    REPEATED_DAY = "repeated_day"
    REPEATED_ENTRY = "repeated_entry"
    NOT_ONE_OF = "not_one_of"  # kind, value, allowed (category, weekday names, ...)
    NOT_EXACTLY = "not_exactly"  # kind, value, exactly
    BAD_ID = "bad_id"  # kind, value
    BAD_DATE = "bad_date"  # kind, value (not written YYYY-MM-DD)
    BAD_TIME = "bad_time"  # kind, value (not written HH:MM)
    BAD_PATTERN = "bad_pattern"  # kind, value (any other written form)
    OUT_OF_RANGE = "out_of_range"  # kind, value, expected (+ minimum, maximum, ...)
    NOT_A_REAL_DATE = "not_a_real_date"  # value
    DUPLICATE_ID = "duplicate_id"  # id, first, second (1-based item numbers)
    SCHEDULE_NOT_USABLE = "schedule_not_usable"  # type
    NOT_AS_NEEDED = "not_as_needed"  # anything else about a value


@dataclass(frozen=True)
class PlanPlace:
    """Where a problem is: the JSON path, and the same in a coordinator's terms."""

    path: tuple[str | int, ...] = ()  # from the top of the file, e.g. ("items", 2, "title")
    item: int | None = None  # 1-based number of the item, when the place is in one
    title: str | None = None  # that item's title, when it has a usable one
    fields: tuple[str, ...] = ()  # field names below the item or plan, e.g. ("schedule", "days")
    entry: int | None = None  # 1-based entry in the last field, when that field is a list
    line: int | None = None
    column: int | None = None

    @property
    def pointer(self) -> str:
        """The place as a JSON Pointer (RFC 6901), e.g. "/items/2/schedule/times"."""
        steps = (str(step).replace("~", "~0").replace("/", "~1") for step in self.path)
        return "".join("/" + step for step in steps)

    @property
    def field(self) -> str | None:
        """The last field name, the one a value-level problem is about."""
        return self.fields[-1] if self.fields else None


@dataclass(frozen=True)
class PlanProblem:
    """One thing wrong with a plan file: what (code), where (place), and its values."""

    code: PlanProblemCode
    place: PlanPlace = PlanPlace()
    values: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def __reduce__(self) -> tuple[type[PlanProblem], tuple[object, ...]]:
        # The read-only view of the values cannot be pickled or copied; a dict can.
        return PlanProblem, (self.code, self.place, dict(self.values))

    def __hash__(self) -> int:
        # The values' keys only: their values may be lists, and equal problems still match.
        return hash((self.code, self.place, tuple(sorted(self.values))))


class PlanError(ValueError):
    """A plan file that cannot be used, with what is wrong (``problems``, best first)."""

    def __init__(self, *problems: PlanProblem) -> None:
        if not problems:
            raise TypeError("a PlanError needs at least one problem")
        super().__init__(*problems)
        self.problems: tuple[PlanProblem, ...] = problems

    @property
    def problem(self) -> PlanProblem:
        """The problem to show first."""
        return self.problems[0]

    def __str__(self) -> str:
        # For logs only: screens and the CLI word problems with services.plan_problems.
        text = "; ".join(_for_log(problem) for problem in self.problems[:3])
        more = len(self.problems) - 3
        return text + (f" (and {more} more)" if more > 0 else "")


def _for_log(problem: PlanProblem) -> str:
    where = problem.place.pointer or "/"
    if problem.place.line is not None:
        where = f"line {problem.place.line}, column {problem.place.column}"
    shown = ", ".join(f"{key}={_short_repr(value)}" for key, value in problem.values.items())
    return f"{problem.code.value} at {where}" + (f" ({shown})" if shown else "")


def _short_repr(value: object) -> str:
    text = value.value if isinstance(value, StrEnum) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def kind_of(value: object) -> JsonKind:
    """What a value read from JSON is."""
    if value is None:
        return JsonKind.NULL
    if isinstance(value, bool):
        return JsonKind.BOOLEAN
    if isinstance(value, int):
        return JsonKind.INTEGER
    if isinstance(value, float):
        return JsonKind.NUMBER
    if isinstance(value, str):
        return JsonKind.TEXT
    if isinstance(value, list | tuple):
        return JsonKind.LIST
    return JsonKind.GROUP


def found(value: object) -> dict[str, object]:
    """The values that describe what was found: its kind, and the value if it is plain."""
    kind = kind_of(value)
    if kind in (JsonKind.LIST, JsonKind.GROUP):
        return {"kind": kind}
    return {"kind": kind, "value": value}


def place_of(path: Sequence[Any], raw: Mapping[str, Any]) -> PlanPlace:
    """The place of ``path`` in the file ``raw``, with the item's number and title if in one."""
    steps = tuple(step if isinstance(step, int) else str(step) for step in path)
    item = title = None
    rest = steps
    if len(steps) >= 2 and steps[0] == "items" and isinstance(steps[1], int):
        index = steps[1]
        item = index + 1
        rest = steps[2:]
        items = raw.get("items")
        if isinstance(items, list) and 0 <= index < len(items) and isinstance(items[index], dict):
            text = items[index].get("title")
            if isinstance(text, str) and text.strip():
                title = text
    entry = None
    if len(rest) >= 2 and isinstance(rest[-1], int) and isinstance(rest[-2], str):
        entry = rest[-1] + 1
    names = tuple(step for step in rest if isinstance(step, str))
    return PlanPlace(steps, item, title, names, entry)
