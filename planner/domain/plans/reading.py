"""Build a version 2 plan's sections (program, follow-up, ...) from its JSON.

The JSON Schema refuses wrong types, unknown fields and values out of range; what is
left is what a schema cannot say: text that is blank once trimmed, dates not on the
calendar, a phase with no end before the last, a schedule named twice. These checks run
even when the schema found problems, on every part it found nothing wrong in (so one
run lists everything), and never raise on wrong types. Every problem is kept with its
place, in the order of the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planner.domain.followup import (
    MAX_EVERY_MONTHS,
    MAX_PHASE_MONTHS,
    FollowupError,
    FollowupProblem,
    FollowupSchedule,
    Phase,
    check_phases,
)
from planner.domain.journal.checkups import CheckupKind
from planner.domain.plan_errors import Expected, PlanProblem, found, place_of
from planner.domain.plan_errors import PlanProblemCode as Code
from planner.domain.plans.fields import Path, Reader, Steps, entries, whole
from planner.domain.plans.sections import Contact, PlanFollowup, Program, Resource
from planner.domain.questions import clean_question

_KINDS = frozenset(kind.value for kind in CheckupKind)


@dataclass(frozen=True)
class Sections:
    """The version 2 sections of one plan, as read."""

    program: Program | None = None
    patient: str = ""
    followup: PlanFollowup | None = None
    questions: tuple[str, ...] = ()
    signs_to_report: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()


def read_sections(
    raw: Mapping[str, Any],
    problems: list[PlanProblem],
    flagged: frozenset[Steps] = frozenset(),
) -> Sections:
    """The sections of ``raw``; problems are added. Safe on any JSON: what the schema found
    a problem in (``flagged``) or what has the wrong type is left out, the rest is checked."""
    read = Reader(raw, problems, flagged)
    program = followup = None
    if "program" in raw:
        program = _program(read, raw["program"])
    patient = read.text(
        read.group(raw, "patient", ["patient"]), "label", ["patient", "label"], one_line=True
    )
    if isinstance(raw.get("followup"), Mapping):
        followup = _followup(read, raw["followup"])
    return Sections(
        program=program,
        patient=patient or "",
        followup=followup,
        questions=_lines(read, "questions", question=True),
        signs_to_report=_lines(read, "signs_to_report"),
        resources=tuple(_resources(read)),
    )


def _program(read: Reader, data: object) -> Program | None:
    before = len(read.problems)
    name = read.text(data, "name", ["program", "name"], required=True, one_line=True)
    contacts = []
    for index, entry in enumerate(entries(data, "contacts")):
        contact = _contact(read, entry, ["program", "contacts", index])
        if contact is not None:
            contacts.append(contact)
    if name is None or len(read.problems) > before:
        return None
    return Program(name, tuple(contacts))


def _contact(read: Reader, entry: object, path: Path) -> Contact | None:
    if not isinstance(entry, Mapping):
        return None
    values: dict[str, str] = {}
    usable = True
    for key in ("role", "phone", "name", "out_of_hours_phone", "email"):
        required = key in ("role", "phone")
        text = read.text(entry, key, [*path, key], required=required, one_line=True)
        usable = usable and text is not None
        values[key] = text or ""
    return Contact(**values) if usable else None


def _followup(read: Reader, data: Mapping[str, Any]) -> PlanFollowup:
    event, on = "", None
    path: Path = ["followup", "anchor"]
    anchor = data.get("anchor")
    if isinstance(anchor, Mapping):
        event = read.text(anchor, "event", [*path, "event"], required=True, one_line=True) or ""
        on = read.date(anchor, "date", [*path, "date"])
    schedules: list[FollowupSchedule] = []
    seen: dict[tuple[CheckupKind, str], int] = {}
    for index, entry in enumerate(entries(data, "schedules")):
        path = ["followup", "schedules", index]
        schedule = _schedule(read, entry, path)
        if schedule is None:
            continue
        key = (schedule.kind, schedule.title.casefold())
        if key in seen:
            here = place_of([*path, "title"], read.raw)
            read.problems.append(PlanProblem(Code.REPEATED_ENTRY, here))
        else:
            seen[key] = index
            schedules.append(schedule)
    return PlanFollowup(event, on, tuple(schedules))


def _schedule(read: Reader, entry: object, path: Path) -> FollowupSchedule | None:
    """The schedule, or None; its phase rules are checked even when another field is wrong."""
    if not isinstance(entry, Mapping):
        return None
    before = len(read.problems)
    title = read.text(entry, "title", [*path, "title"], required=True, one_line=True)
    source = read.text(entry, "source", [*path, "source"])
    value = entry.get("kind")
    kind = None
    if isinstance(value, str) and value in _KINDS and read.readable([*path, "kind"]):
        kind = CheckupKind(value)
    weeks = whole(entry.get("book_weeks_before", 3))
    if not read.readable([*path, "book_weeks_before"]):
        weeks = None
    phases = _phases(read, entry, path)
    try:
        if phases is None:
            return None
        if title is None or source is None or kind is None or weeks is None:
            check_phases(phases)  # the rules the schema cannot check, on their own
            return None
        if len(read.problems) > before:
            check_phases(phases)
            return None
        return FollowupSchedule(
            kind=kind, title=title, phases=phases, lead_days=weeks * 7, source=source
        )
    except FollowupError as exc:
        read.problems.append(followup_problem(exc, entry, path, read.raw))
        return None


def _phases(read: Reader, entry: Mapping[str, Any], path: Path) -> tuple[Phase, ...] | None:
    """The phases, when the schema found nothing wrong in any of them."""
    found_phases = entry.get("phases")
    if not isinstance(found_phases, list) or not read.readable([*path, "phases"]):
        return None
    phases = []
    for phase in found_phases:
        every = whole(phase.get("every_months")) if isinstance(phase, Mapping) else None
        months = phase.get("for_months") if isinstance(phase, Mapping) else None
        length = None if months is None else whole(months)
        if every is None or (months is not None and length is None):
            return None
        phases.append(Phase(every, length))
    return tuple(phases)


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


def _lines(read: Reader, key: str, *, question: bool = False) -> tuple[str, ...]:
    """A list of one-line texts (questions, signs to report), cleaned, without repeats."""
    kept: list[str] = []
    for index, value in enumerate(entries(read.raw, key)):
        text = read.line(value, [key, index], required=True)
        if text is not None and question:
            text = clean_question(text)
            if not text:
                read.problems.append(PlanProblem(Code.BLANK_TEXT, place_of([key, index], read.raw)))
                continue
        if text and text not in kept:
            kept.append(text)
    return tuple(kept)


def _resources(read: Reader) -> list[Resource]:
    kept: list[Resource] = []
    for index, entry in enumerate(entries(read.raw, "resources")):
        path: Path = ["resources", index]
        if not isinstance(entry, Mapping):
            continue
        before = len(read.problems)
        name = read.text(entry, "name", [*path, "name"], required=True, one_line=True)
        phone = read.text(entry, "phone", [*path, "phone"], one_line=True)
        text = read.text(entry, "text", [*path, "text"], one_line=True)
        if phone == "" and text == "":
            values = {"names": ("phone", "text"), "any_one": True}
            read.problems.append(PlanProblem(Code.MISSING_FIELDS, place_of(path, read.raw), values))
        elif None not in (name, phone, text) and len(read.problems) == before:
            kept.append(Resource(name or "", phone or "", text or ""))
    return kept
