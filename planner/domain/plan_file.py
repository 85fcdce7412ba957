"""Read a plan file (JSON, format version 1 or 2) into a Plan: items, and from
version 2 the program, patient label, follow-up, questions, signs and resources.

Plan files come from outside the app (a coordinator, an e-mail, a USB stick), so
everything here treats the input as untrusted: a size cap before parsing, plain
JSON only, validation against the plan JSON Schema, and a PlanError that lists what
is wrong as PlanProblems (a code, a place, values; the best match first), which
``planner.services.plan_problems`` words. Nothing here touches files, Qt or the
clock: the caller passes the bytes, the schema and today's date.
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
    TIME_PATTERN,
    PlanError,
    PlanPlace,
    PlanProblem,
    PlanProblemCode,
    found,
    kind_of,
    place_of,
)
from planner.domain.plan_schema_errors import problems_of
from planner.domain.plans.fields import Reader, entries, flagged_places, whole
from planner.domain.plans.places import titled
from planner.domain.plans.reading import Sections, read_sections
from planner.domain.plans.sections import (
    V2_SECTIONS,
    Contact,
    PlanFollowup,
    Program,
    Resource,
)

__all__ = [
    "DATE_PATTERN",
    "V2_SECTIONS",
    "Contact",
    "PlanFollowup",
    "Program",
    "Resource",
    "FORMAT_NAME",
    "ID_PATTERN",
    "MAX_PLAN_BYTES",
    "SUPPORTED_VERSION",
    "Plan",
    "PlanError",
    "PlanPlace",
    "PlanProblem",
    "PlanProblemCode",
    "parse_plan",
]

Code = PlanProblemCode

MAX_PLAN_BYTES = 1_000_000
FORMAT_NAME = "between-checkups-plan"
SUPPORTED_VERSION = 2

_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_TIME_RE = re.compile(TIME_PATTERN.strip("^$"))
_CATEGORIES = frozenset(category.value for category in Category)
_SCHEDULE_KINDS = frozenset(kind.value for kind in ScheduleKind)


def _problem(code: PlanProblemCode, **values: object) -> PlanError:
    """A PlanError about the file as a whole."""
    return PlanError(PlanProblem(code, PlanPlace(), values))


@dataclass(frozen=True)
class Plan:
    """A parsed plan, ready to preview and apply."""

    name: str
    description: str
    items: tuple[Item, ...]
    version: int = 1
    program: Program | None = None
    patient: str = ""  # a label the coordinator chose: initials or a program number
    followup: PlanFollowup | None = None
    questions: tuple[str, ...] = ()  # cleaned, one line each, no repeats
    signs_to_report: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()

    @property
    def sections(self) -> Sections:
        """What version 2 adds beside the items (see ``planner.domain.plans``)."""
        return Sections(
            self.program,
            self.patient,
            self.followup,
            self.questions,
            self.signs_to_report,
            self.resources,
        )


def parse_plan(data: str | bytes, schema: Mapping[str, Any], *, today: date) -> Plan:
    """Parse and check a plan file; raise PlanError with its problems if it is unusable.

    ``today`` is the day the plan is applied: every-N-days rhythms start on it and
    ``in_days`` one-time tasks are counted from it.

    Every problem is listed, not only the first kind found: the checks a schema cannot
    make (repeated ids, dates not on the calendar, the follow-up's phases, blank text)
    also run on every part of the file the schema found nothing wrong in. The schema's
    problems come first (the likeliest causes), then the others in the order of the file.
    Only a file that is not a plan at all (not JSON, another format, a newer version)
    stops at its first problem.
    """
    try:
        raw = _load_json(data)
        _check_format_and_version(raw)
        first = [*_sections_fit_version(raw), *_validate(raw, schema)]
        read = Reader(raw, flagged=flagged_places(first))
        plan = _build_plan(read, today)
        said = set(first)
        problems = [*first, *(p for p in read.problems if p not in said)]
        if problems:
            raise PlanError(*(titled(problem, raw) for problem in problems))
        return plan
    except RecursionError:
        raise _problem(Code.NESTED_TOO_DEEPLY) from None


# --- JSON ---------------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number too large")
    return value


#: What the JSON reader's message says is wrong, as a code the problem words know.
_JSON_WHY = (
    ("Expecting ',' delimiter", "comma"),
    ("Expecting ':' delimiter", "colon"),
    ("Expecting property name", "name"),
    ("Expecting value", "value"),
    ("Unterminated string", "open_text"),
    ("Invalid control character", "control"),
    ("Extra data", "extra"),
    ("Invalid \\escape", "escape"),
)


def _load_json(data: str | bytes) -> dict[str, Any]:
    raw_bytes = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data
    size = len(raw_bytes)
    if size > MAX_PLAN_BYTES:
        raise _problem(Code.TOO_LARGE, size=size, limit=MAX_PLAN_BYTES)
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _problem(Code.NOT_UTF8, byte=exc.start + 1) from None
    else:
        text = data.removeprefix("\ufeff")
    if not text.strip():
        raise _problem(Code.EMPTY_FILE)
    try:
        raw = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        place = PlanPlace(line=exc.lineno, column=exc.colno)
        why = next((code for start, code in _JSON_WHY if exc.msg.startswith(start)), "")
        raise PlanError(PlanProblem(Code.NOT_JSON, place, {"why": why})) from None
    except ValueError:
        raise _problem(Code.BAD_NUMBER) from None
    if not isinstance(raw, dict):
        raise _problem(Code.NOT_AN_OBJECT, kind=kind_of(raw))
    return raw


def _check_format_and_version(raw: Mapping[str, Any]) -> None:
    if "format" not in raw:
        raise _problem(Code.FORMAT_MISSING)
    fmt = raw["format"]
    if fmt != FORMAT_NAME or not isinstance(fmt, str):
        values = found(fmt) | {"expected_format": FORMAT_NAME}
        raise PlanError(PlanProblem(Code.WRONG_FORMAT, place_of(["format"], raw), values))
    if "version" not in raw:
        raise _problem(Code.VERSION_MISSING)
    version = raw["version"]
    here = place_of(["version"], raw)
    is_number = isinstance(version, int | float) and not isinstance(version, bool)
    if not is_number or version != int(version) or version < 1:
        values = found(version) | {"supported": SUPPORTED_VERSION}
        raise PlanError(PlanProblem(Code.VERSION_NOT_WHOLE, here, values))
    if version > SUPPORTED_VERSION:
        values = {"version": int(version), "supported": SUPPORTED_VERSION}
        raise PlanError(PlanProblem(Code.VERSION_TOO_NEW, here, values))


def _sections_fit_version(raw: Mapping[str, Any]) -> list[PlanProblem]:
    # Checked beside the schema, which knows every version's fields: a version 1 file
    # with a version 2 section would not open in the apps that read version 1 only.
    extra = tuple(sorted(key for key in V2_SECTIONS if key in raw))
    if raw["version"] == 1 and extra:
        values = {"names": extra, "needs_version": 2}
        return [PlanProblem(Code.UNKNOWN_FIELDS, PlanPlace(), values)]
    return []


# --- schema validation --------------------------------------------------------------------------


def _validate(raw: dict[str, Any], schema: Mapping[str, Any]) -> tuple[PlanProblem, ...]:
    # Imported here: jsonschema takes tens of milliseconds to import, and the app
    # should not pay that at every start, only when someone opens a plan.
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    return problems_of(validator.iter_errors(raw), raw)


def _build_plan(read: Reader, today: date) -> Plan:
    # Every problem found here is added to ``read.problems``, in the order of the file;
    # the plan is used only when there is none (nor any from the schema).
    raw = read.raw
    name = read.text(raw, "name", ["name"], required=True, one_line=False)
    description = read.text(raw, "description", ["description"], one_line=False)
    found_items = entries(raw, "items")
    _check_ids(read, found_items)
    built = [_build_item(read, index, entry, today) for index, entry in enumerate(found_items)]
    sections = read_sections(raw, read.problems, read.flagged)
    version = whole(raw.get("version"))
    return Plan(
        name=name or "",
        description=description or "",
        items=tuple(item for item in built if item is not None),
        version=version or 1,
        program=sections.program,
        patient=sections.patient,
        followup=sections.followup,
        questions=sections.questions,
        signs_to_report=sections.signs_to_report,
        resources=sections.resources,
    )


def _check_ids(read: Reader, found_items: list[Any]) -> None:
    """Each item's id has the written form of one, and no two items share one."""
    seen: dict[str, int] = {}
    for index, entry in enumerate(found_items):
        path: list[Any] = ["items", index, "id"]
        key = entry.get("id") if isinstance(entry, Mapping) else None
        if not isinstance(key, str) or not read.readable(path):
            continue
        here = place_of(path, read.raw)
        if not _ID_RE.fullmatch(key):
            read.problems.append(PlanProblem(Code.BAD_ID, here, found(key)))
        elif key in seen:
            values = {"id": key, "first": seen[key] + 1, "second": index + 1}
            read.problems.append(PlanProblem(Code.DUPLICATE_ID, here, values))
        else:
            seen[key] = index


def _build_item(read: Reader, index: int, entry: object, today: date) -> Item | None:
    """The item, or None when any part of it cannot be used (each part is still checked)."""
    if not isinstance(entry, Mapping):
        return None
    path: list[Any] = ["items", index]
    title = read.text(entry, "title", [*path, "title"], required=True, one_line=False)
    why = read.text(entry, "why", [*path, "why"], one_line=False)
    details = read.text(entry, "details", [*path, "details"], one_line=False)
    schedule = _build_schedule(read, entry.get("schedule"), [*path, "schedule"], today)
    target: Target | None = None
    target_data = read.group(entry, "target", [*path, "target"])
    if target_data is not None:
        unit = read.text(target_data, "unit", [*path, "target", "unit"], required=True)
        amount = target_data.get("amount")
        if unit is None or isinstance(amount, bool) or not isinstance(amount, int | float):
            return None
        target = Target(amount=float(amount), unit=unit)
    elif "target" in entry:
        return None
    category = entry.get("category")
    reminders = _reminders(entry.get("reminders", []))
    key = entry.get("id")
    if title is None or why is None or details is None or schedule is None:
        return None
    if not (isinstance(category, str) and category in _CATEGORIES):
        return None
    if reminders is None or not isinstance(key, str):
        return None
    return Item(
        title=title,
        why=why,
        details=details,
        category=Category(category),
        schedule=schedule,
        target=target,
        position=index,
        created_on=None,
        plan_key=key,
        reminders=reminders,
    )


def _reminders(value: object) -> tuple[time, ...] | None:
    if not isinstance(value, list):
        return None
    if not all(isinstance(text, str) and _TIME_RE.fullmatch(text) for text in value):
        return None
    return tuple(sorted(time.fromisoformat(text) for text in value))


def _build_schedule(read: Reader, data: object, path: list[Any], today: date) -> Schedule | None:
    """The schedule, when the schema found nothing wrong in it (else None)."""
    if not isinstance(data, Mapping) or not read.readable(path):
        return None
    kind_name = data.get("type")
    if not isinstance(kind_name, str) or kind_name not in _SCHEDULE_KINDS:
        return None
    kind = ScheduleKind(kind_name)
    try:
        if kind is ScheduleKind.DAILY:
            return Schedule.daily()
        if kind is ScheduleKind.WEEKDAYS:
            days = entries(data, "days")
            if not all(isinstance(day, str) and day in WEEKDAY_NAMES for day in days):
                return None
            return Schedule.on_weekdays(*(WEEKDAY_NAMES.index(day) for day in days))
        count = whole(data.get("times" if kind is ScheduleKind.TIMES_PER_WEEK else "days"))
        if kind is ScheduleKind.TIMES_PER_WEEK:
            return None if count is None else Schedule.per_week(count)
        if kind is ScheduleKind.EVERY_N_DAYS:
            return None if count is None else Schedule.every_n_days(count, anchor=today)
        if "in_days" in data:
            in_days = whole(data["in_days"])
            return None if in_days is None else Schedule.once(today + timedelta(days=in_days))
        due = read.date(data, "due", [*path, "due"])
        return None if due is None else Schedule.once(due)
    except (ScheduleError, OverflowError):
        here = place_of(path, read.raw)
        read.problems.append(PlanProblem(Code.SCHEDULE_NOT_USABLE, here, {"type": kind}))
        return None
