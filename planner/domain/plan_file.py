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
from functools import partial
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
    PlanError,
    PlanPlace,
    PlanProblem,
    PlanProblemCode,
    found,
    kind_of,
    place_of,
)
from planner.domain.plan_schema_errors import problems_of
from planner.domain.plans.fields import collect as _collect
from planner.domain.plans.fields import read_date as _date
from planner.domain.plans.fields import read_text as _text
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
    """
    try:
        raw = _load_json(data)
        _check_format_and_version(raw)
        _check_sections_fit_version(raw)
        _validate(raw, schema)
        return _build_plan(raw, today)
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
        raise PlanError(PlanProblem(Code.NOT_JSON, place)) from None
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


def _check_sections_fit_version(raw: Mapping[str, Any]) -> None:
    # Checked before the schema, which knows every version's fields: a version 1 file
    # with a version 2 section would not open in the apps that read version 1 only.
    extra = tuple(sorted(key for key in V2_SECTIONS if key in raw))
    if raw["version"] == 1 and extra:
        values = {"names": extra, "needs_version": 2}
        raise PlanError(PlanProblem(Code.UNKNOWN_FIELDS, PlanPlace(), values))


# --- schema validation --------------------------------------------------------------------------


def _validate(raw: dict[str, Any], schema: Mapping[str, Any]) -> None:
    # Imported here: jsonschema takes tens of milliseconds to import, and the app
    # should not pay that at every start, only when someone opens a plan.
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    problems = problems_of(validator.iter_errors(raw), raw)
    if problems:
        raise PlanError(*(titled(problem, raw) for problem in problems))


def _build_plan(raw: Mapping[str, Any], today: date) -> Plan:
    # Every problem found here is kept, in the order of the file; the first one is
    # the one the old single message named.
    problems: list[PlanProblem] = []
    name = _collect(problems, partial(_text, raw["name"], ["name"], raw, required=True))
    description = _collect(
        problems, partial(_text, raw.get("description", ""), ["description"], raw)
    )
    entries: list[Mapping[str, Any]] = raw["items"]

    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        key = entry["id"]
        here = place_of(["items", index, "id"], raw)
        if not _ID_RE.fullmatch(key):
            problems.append(PlanProblem(Code.BAD_ID, here, found(key)))
        elif key in seen:
            values = {"id": key, "first": seen[key] + 1, "second": index + 1}
            problems.append(PlanProblem(Code.DUPLICATE_ID, here, values))
        else:
            seen[key] = index

    built = [
        _collect(problems, partial(_build_item, index, entry, raw, today))
        for index, entry in enumerate(entries)
    ]
    sections = read_sections(raw, problems)
    if problems:
        raise PlanError(*(titled(problem, raw) for problem in problems))
    items = tuple(item for item in built if item is not None)
    return Plan(
        name=name or "",
        description=description or "",
        items=items,
        version=int(raw["version"]),
        program=sections.program,
        patient=sections.patient,
        followup=sections.followup,
        questions=sections.questions,
        signs_to_report=sections.signs_to_report,
        resources=sections.resources,
    )


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
    except ScheduleError:
        here = place_of(path, raw)
        raise PlanError(PlanProblem(Code.SCHEDULE_NOT_USABLE, here, {"type": kind})) from None
