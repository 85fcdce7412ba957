"""Build a version 2 plan's sections (program, follow-up, ...) from checked JSON.

The JSON Schema has already refused wrong types, unknown fields and values out of
range; what is left is what a schema cannot say: text that is blank once trimmed,
dates not on the calendar, a phase with no end before the last, a schedule named
twice. Every problem is kept with its place, in the order of the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from planner.domain.followup import (
    MAX_EVERY_MONTHS,
    MAX_PHASE_MONTHS,
    FollowupError,
    FollowupProblem,
    FollowupSchedule,
    Phase,
)
from planner.domain.journal.checkups import CheckupKind
from planner.domain.plan_errors import Expected, PlanError, PlanProblem, found, place_of
from planner.domain.plan_errors import PlanProblemCode as Code
from planner.domain.plans.fields import collect, read_date, read_line, read_text
from planner.domain.plans.sections import Contact, PlanFollowup, Program, Resource
from planner.domain.questions import clean_question

Path = list[Any]


@dataclass(frozen=True)
class Sections:
    """The version 2 sections of one plan, as read."""

    program: Program | None = None
    patient: str = ""
    followup: PlanFollowup | None = None
    questions: tuple[str, ...] = ()
    signs_to_report: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()


def read_sections(raw: Mapping[str, Any], problems: list[PlanProblem]) -> Sections:
    """The sections of ``raw`` (already checked against the schema); problems are added."""
    program = patient = followup = None
    if "program" in raw:
        program = collect(problems, partial(_program, raw["program"], raw))
    if "patient" in raw:
        data = raw["patient"]["label"]
        patient = collect(problems, partial(read_line, data, ["patient", "label"], raw))
    if "followup" in raw:
        followup = _followup(raw["followup"], raw, problems)
    return Sections(
        program=program,
        patient=patient or "",
        followup=followup,
        questions=_lines(raw, "questions", problems, question=True),
        signs_to_report=_lines(raw, "signs_to_report", problems),
        resources=tuple(_resources(raw, problems)),
    )


def _program(data: Mapping[str, Any], raw: Mapping[str, Any]) -> Program:
    problems: list[PlanProblem] = []
    name = collect(
        problems, partial(read_line, data["name"], ["program", "name"], raw, required=True)
    )
    contacts = []
    for index, entry in enumerate(data.get("contacts", ())):
        contact = collect(problems, partial(_contact, entry, ["program", "contacts", index], raw))
        if contact is not None:
            contacts.append(contact)
    if problems:
        raise PlanError(*problems)
    return Program(name or "", tuple(contacts))


def _contact(entry: Mapping[str, Any], path: Path, raw: Mapping[str, Any]) -> Contact:
    problems: list[PlanProblem] = []
    values: dict[str, str] = {}
    for key in ("role", "phone", "name", "out_of_hours_phone", "email"):
        if key in entry:
            required = key in ("role", "phone")
            text = collect(
                problems, partial(read_line, entry[key], [*path, key], raw, required=required)
            )
            values[key] = text or ""
    if problems:
        raise PlanError(*problems)
    return Contact(**values)


def _followup(
    data: Mapping[str, Any], raw: Mapping[str, Any], problems: list[PlanProblem]
) -> PlanFollowup:
    event, on = "", None
    anchor = data.get("anchor")
    if anchor is not None:
        path: Path = ["followup", "anchor"]
        event = (
            collect(
                problems, partial(read_line, anchor["event"], [*path, "event"], raw, required=True)
            )
            or ""
        )
        if "date" in anchor:
            on = collect(problems, partial(read_date, anchor["date"], [*path, "date"], raw))
    schedules: list[FollowupSchedule] = []
    seen: dict[tuple[CheckupKind, str], int] = {}
    for index, entry in enumerate(data["schedules"]):
        path = ["followup", "schedules", index]
        schedule = collect(problems, partial(_schedule, entry, path, raw))
        if schedule is None:
            continue
        key = (schedule.kind, schedule.title.casefold())
        if key in seen:
            problems.append(PlanProblem(Code.REPEATED_ENTRY, place_of([*path, "title"], raw)))
        else:
            seen[key] = index
            schedules.append(schedule)
    return PlanFollowup(event, on, tuple(schedules))


def _schedule(entry: Mapping[str, Any], path: Path, raw: Mapping[str, Any]) -> FollowupSchedule:
    problems: list[PlanProblem] = []
    title = collect(
        problems, partial(read_line, entry["title"], [*path, "title"], raw, required=True)
    )
    source = collect(problems, partial(read_text, entry.get("source", ""), [*path, "source"], raw))
    if problems:
        raise PlanError(*problems)
    phases = tuple(
        Phase(int(phase["every_months"]), _months(phase.get("for_months")))
        for phase in entry["phases"]
    )
    weeks = int(entry.get("book_weeks_before", 3))
    try:
        return FollowupSchedule(
            kind=CheckupKind(entry["kind"]),
            title=title or "",
            phases=phases,
            lead_days=weeks * 7,
            source=source or "",
        )
    except FollowupError as exc:
        raise PlanError(followup_problem(exc, entry, path, raw)) from None


def _months(value: Any) -> int | None:
    return None if value is None else int(value)


def followup_problem(
    exc: FollowupError, entry: Mapping[str, Any], path: Path, raw: Mapping[str, Any]
) -> PlanProblem:
    """What a FollowupError about the schedule at ``path`` means, at its place."""
    problem, args = exc.problem, exc.values
    number = args[0] if args and isinstance(args[0], int) else 1
    phase: Path = [*path, "phases", number - 1]
    phases = entry.get("phases", [])
    here = phases[number - 1] if 0 < number <= len(phases) else {}

    def out_of_range(key: str, maximum: int) -> PlanProblem:
        limits = {"expected": Expected.WHOLE_NUMBER, "minimum": 1, "maximum": maximum}
        return PlanProblem(
            Code.OUT_OF_RANGE, place_of([*phase, key], raw), limits | found(here.get(key))
        )

    if problem is FollowupProblem.EVERY_OUT_OF_RANGE:
        return out_of_range("every_months", MAX_EVERY_MONTHS)
    if problem is FollowupProblem.LENGTH_OUT_OF_RANGE:
        return out_of_range("for_months", MAX_PHASE_MONTHS)
    if problem is FollowupProblem.OPEN_PHASE_NOT_LAST:
        # Only the last phase can go on; the sentence says so (see plan_problems).
        return PlanProblem(Code.MISSING_FIELDS, place_of(phase, raw), {"names": ("for_months",)})
    if problem is FollowupProblem.NO_PHASES:
        return PlanProblem(Code.TOO_FEW_ENTRIES, place_of([*path, "phases"], raw), {"min_items": 1})
    if problem is FollowupProblem.TOO_MANY_PHASES:
        values = {"count": len(phases), "max_items": number}
        return PlanProblem(Code.TOO_MANY_ENTRIES, place_of([*path, "phases"], raw), values)
    if problem is FollowupProblem.NO_TITLE:
        return PlanProblem(Code.BLANK_TEXT, place_of([*path, "title"], raw))
    return PlanProblem(Code.SCHEDULE_NOT_USABLE, place_of(path, raw), {"type": "followup"})


def _lines(
    raw: Mapping[str, Any], key: str, problems: list[PlanProblem], *, question: bool = False
) -> tuple[str, ...]:
    """A list of one-line texts (questions, signs to report), cleaned, without repeats."""
    kept: list[str] = []
    for index, value in enumerate(raw.get(key, ())):
        text = collect(problems, partial(read_line, value, [key, index], raw, required=True))
        if text is not None and question:
            text = clean_question(text)
            if not text:
                problems.append(PlanProblem(Code.BLANK_TEXT, place_of([key, index], raw)))
                continue
        if text and text not in kept:
            kept.append(text)
    return tuple(kept)


def _resources(raw: Mapping[str, Any], problems: list[PlanProblem]) -> list[Resource]:
    kept: list[Resource] = []
    for index, entry in enumerate(raw.get("resources", ())):
        path: Path = ["resources", index]
        before = len(problems)
        name = collect(
            problems, partial(read_line, entry["name"], [*path, "name"], raw, required=True)
        )
        phone = collect(problems, partial(read_line, entry.get("phone", ""), [*path, "phone"], raw))
        text = collect(problems, partial(read_line, entry.get("text", ""), [*path, "text"], raw))
        if len(problems) > before:
            continue
        if not phone and not text:
            values = {"names": ("phone", "text"), "any_one": True}
            problems.append(PlanProblem(Code.MISSING_FIELDS, place_of(path, raw), values))
            continue
        kept.append(Resource(name or "", phone or "", text or ""))
    return kept
