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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
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
from planner.domain.plan_errors import (
    DATE_PATTERN,
    ID_PATTERN,
    PATTERN_PHRASES,
    describe_error,
    error_sort_key,
    kind,
    num,
    place,
    quote,
    show,
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

_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

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
        raise PlanError(f"{_NOT_A_PLAN} (it holds {kind(raw)}, not a plan in {{ }} braces).")
    return raw


def _check_format_and_version(raw: Mapping[str, Any]) -> None:
    if "format" not in raw:
        raise PlanError(f'{_NOT_A_PLAN} (its "format" is missing).')
    fmt = raw["format"]
    if fmt != FORMAT_NAME or not isinstance(fmt, str):
        raise PlanError(f'{_NOT_A_PLAN} (its "format" is {show(fmt)}, not "{FORMAT_NAME}").')
    if "version" not in raw:
        raise PlanError('The plan does not say which version it is (its "version" is missing).')
    version = raw["version"]
    is_number = isinstance(version, int | float) and not isinstance(version, bool)
    if not is_number or version != int(version) or version < 1:
        raise PlanError(
            f'The plan\'s "version" must be a whole number like {SUPPORTED_VERSION} '
            f"(it is {show(version)})."
        )
    if version > SUPPORTED_VERSION:
        raise PlanError(
            "This plan was made for a newer version of Between Checkups "
            f"(plan version {num(int(version))}). Update the app to open it."
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
    best = min(errors, key=error_sort_key)
    raise PlanError(describe_error(best, raw))


def _build_plan(raw: Mapping[str, Any], today: date) -> Plan:
    name = _text(raw["name"], ["name"], raw, required=True)
    description = _text(raw.get("description", ""), ["description"], raw)
    entries: list[Mapping[str, Any]] = raw["items"]

    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        key = entry["id"]
        if not _ID_RE.fullmatch(key):
            raise PlanError(
                f'{place(["items", index], raw)}: "id" must be {PATTERN_PHRASES[ID_PATTERN]} '
                f"(it is {show(key)})."
            )
        if key in seen:
            raise PlanError(
                f"Items {seen[key] + 1} and {index + 1} both have the id {quote(key)}. "
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
        reminders=tuple(sorted(time.fromisoformat(t) for t in entry.get("reminders", ()))),
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
        raise PlanError(f"{place(path, raw)}: {exc}") from None


def _date(text: str, path: list[Any], raw: Mapping[str, Any]) -> date:
    where = place(path[:-1], raw)
    if not _DATE_RE.fullmatch(text):
        raise PlanError(
            f'{where}: "due" must be {PATTERN_PHRASES[DATE_PATTERN]} (it is {show(text)}).'
        )
    try:
        return date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        raise PlanError(
            f'{where}: "due" is {show(text)}, which is not a real date on the calendar.'
        ) from None


def _text(value: str, path: list[Any], raw: Mapping[str, Any], *, required: bool = False) -> str:
    field = str(path[-1])
    where = place(path[:-1], raw)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PlanError(
            f"{where}: {quote(field)} has a broken character (a lone \\u escape). "
            "Remove it or write the character again."
        ) from None
    cleaned = value.strip()
    if required and not cleaned:
        raise PlanError(f"{where}: {quote(field)} is blank. Please write something in it.")
    return cleaned
