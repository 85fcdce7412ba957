"""Plan files, version 2: the sections beside the items, the templates, problems with places."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from planner.domain.followup import FollowupError, FollowupProblem, Phase
from planner.domain.journal.checkups import CheckupKind
from planner.domain.plan_errors import Expected, JsonKind
from planner.domain.plan_file import (
    MAX_PLAN_BYTES,
    Plan,
    PlanError,
    PlanPlace,
    PlanProblem,
    PlanProblemCode,
    parse_plan,
)
from planner.domain.plans.places import Section, SectionPlace, section_of
from planner.domain.plans.reading import followup_problem
from planner.domain.plans.writing import sections_json

Code = PlanProblemCode
ROOT = Path(__file__).parents[3]
SCHEMA: dict[str, Any] = json.loads(
    (ROOT / "resources" / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
)
PLANS = ROOT / "resources" / "plans"
TEMPLATES = ["standard", "breast", "colorectal", "melanoma", "hodgkin-lymphoma"]
TODAY = date(2026, 1, 5)
ITEM = {"id": "walk", "title": "Walk", "category": "movement", "schedule": {"type": "daily"}}

SECTIONS: dict[str, Any] = {
    "program": {
        "name": "City Hospital Survivorship Program",
        "contacts": [
            {
                "role": "Nurse navigator",
                "phone": "+1 555 0100",
                "name": "Anna Berg",
                "out_of_hours_phone": "+1 555 0199",
                "email": "survivorship@example.org",
            },
            {"role": "Oncology clinic", "phone": "+1 555 0111"},
        ],
    },
    "patient": {"label": "SP-0142"},
    "followup": {
        "anchor": {"event": "End of treatment", "date": "2026-09-30"},
        "schedules": [
            {
                "kind": "oncologist",
                "title": "Oncologist visit",
                "phases": [
                    {"every_months": 3, "for_months": 24},
                    {"every_months": 6, "for_months": 36},
                    {"every_months": 12},
                ],
                "book_weeks_before": 3,
                "source": "My oncologist, October 2026",
            },
            {
                "kind": "scan",
                "title": "Mammogram",
                "phases": [{"every_months": 12}],
                "book_weeks_before": 5,
            },
        ],
    },
    "questions": ["When is my first scan?", "Who do I call at night?"],
    "signs_to_report": ["Anything new", "Anything that lasts", "Anything that worries you"],
    "resources": [
        {"name": "Cancer helpline", "phone": "+1 555 0123"},
        {"name": "Support group", "text": "Tuesdays at 6 pm, room 4"},
        {"name": "Both", "phone": "1", "text": "two"},
    ],
}


def doc(**top: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"format": "between-checkups-plan", "version": 2, "name": "Test plan"}
    out["items"] = [ITEM]
    out.update(top)
    return out


def parse(data: dict[str, Any] | str | bytes) -> Plan:
    text = data if isinstance(data, str | bytes) else json.dumps(data)
    return parse_plan(text, SCHEMA, today=TODAY)


def problems(data: dict[str, Any] | str | bytes) -> tuple[PlanProblem, ...]:
    with pytest.raises(PlanError) as caught:
        parse(data)
    return caught.value.problems


def schedule_place(number: int, title: str | None, *rest: str | int) -> PlanPlace:
    path: tuple[str | int, ...] = ("followup", "schedules", number - 1, *rest)
    names = ("followup", "schedules", *(step for step in rest if isinstance(step, str)))
    entry = path[-1] + 1 if isinstance(path[-1], int) and isinstance(path[-2], str) else None
    return PlanPlace(path=path, title=title, fields=names, entry=entry)


# --- version 1 and the templates ------------------------------------------------------------------


def test_version_1_still_parses_with_no_sections() -> None:
    plan = parse(doc(version=1))
    assert plan.version == 1
    assert (plan.program, plan.patient, plan.followup) == (None, "", None)
    assert (plan.questions, plan.signs_to_report, plan.resources) == ((), (), ())


def test_version_1_cannot_have_version_2_sections() -> None:
    (problem,) = problems(doc(version=1, questions=["Why?"], patient={"label": "A"}))
    assert problem == PlanProblem(
        Code.UNKNOWN_FIELDS, PlanPlace(), {"names": ("patient", "questions"), "needs_version": 2}
    )


@pytest.mark.parametrize("name", TEMPLATES)
def test_each_template_validates_and_parses(name: str) -> None:
    raw = (PLANS / f"{name}.plan.json").read_bytes()
    data = json.loads(raw)
    Draft202012Validator(SCHEMA).validate(data)
    plan = parse(raw)
    assert plan.version == 2
    assert plan.program is None  # a template names no program
    assert len(plan.signs_to_report) == 3
    standard = json.loads((PLANS / "standard.plan.json").read_text(encoding="utf-8"))
    assert data["items"] == standard["items"]
    if name == "standard":
        assert plan.followup is None
        return
    assert "example to adjust with your care team" in plan.description
    assert "never medical advice" in plan.description
    assert plan.followup is not None
    assert plan.followup.anchor_event == "End of treatment"
    assert plan.followup.anchor is None  # the date is filled in for each person
    for schedule in plan.followup.schedules:
        assert "change it with your care team" in schedule.source
        assert "Chosen here" in schedule.source


def test_templates_follow_the_guideline_phases() -> None:
    def phases(name: str) -> dict[str, tuple[Phase, ...]]:
        plan = parse((PLANS / f"{name}.plan.json").read_bytes())
        assert plan.followup is not None
        return {s.title: s.phases for s in plan.followup.schedules}

    breast = phases("breast")
    assert breast["Oncologist visit"] == (Phase(4, 36), Phase(6, 24), Phase(12, None))
    assert breast["Mammogram"] == (Phase(12, None),)
    colorectal = phases("colorectal")
    assert colorectal["CEA blood test"] == (Phase(4, 60),)
    assert colorectal["CT scan"] == (Phase(12, 36),)
    assert colorectal["Colonoscopy"] == (Phase(12, 12),)
    assert phases("melanoma")["Oncologist visit"] == (Phase(4, 24), Phase(6, 36), Phase(12, None))
    assert phases("hodgkin-lymphoma")["Oncologist visit"] == (Phase(3, 24), Phase(6, 36))


# --- every field ---------------------------------------------------------------------------------


def test_every_v2_field_is_read() -> None:
    plan = parse(doc(**SECTIONS))
    assert plan.program is not None
    assert plan.program.name == "City Hospital Survivorship Program"
    main = plan.program.main_contact
    assert main is not None
    assert (main.role, main.name, main.phone) == ("Nurse navigator", "Anna Berg", "+1 555 0100")
    assert (main.out_of_hours_phone, main.email) == ("+1 555 0199", "survivorship@example.org")
    assert plan.patient == "SP-0142"
    assert plan.followup is not None
    assert plan.followup.anchor is not None
    assert plan.followup.anchor.on == date(2026, 9, 30)
    visit, scan = plan.followup.schedules
    assert visit.kind is CheckupKind.ONCOLOGIST
    assert visit.phases == (Phase(3, 24), Phase(6, 36), Phase(12, None))
    assert (visit.lead_days, visit.source) == (21, "My oncologist, October 2026")
    assert (scan.kind, scan.lead_days, scan.source) == (CheckupKind.SCAN, 35, "")
    assert plan.questions == ("When is my first scan?", "Who do I call at night?")
    assert plan.resources[1].text == "Tuesdays at 6 pm, room 4"


def test_every_v2_field_round_trips() -> None:
    plan = parse(doc(**SECTIONS))
    assert sections_json(plan.sections) == SECTIONS
    assert parse(doc(**sections_json(plan.sections))) == plan


def test_text_is_trimmed_and_questions_cleaned() -> None:
    plan = parse(
        doc(
            questions=["  Is   this\tnormal? ", "Is this normal?"],
            patient={"label": " A.B. "},
            followup={
                "schedules": [{"kind": "other", "title": " Echo ", "phases": [{"every_months": 6}]}]
            },
        )
    )
    assert plan.questions == ("Is this normal?",)
    assert plan.patient == "A.B."
    assert plan.followup is not None
    assert plan.followup.schedules[0].title == "Echo"
    assert plan.followup.schedules[0].lead_days == 21  # 3 weeks unless the plan says
    assert plan.followup.anchor_event == ""


# --- problems, each at its place -----------------------------------------------------------------


def followup_with(*phases: dict[str, Any], **fields: Any) -> dict[str, Any]:
    schedule = {"kind": "oncologist", "title": "Visit", "phases": list(phases)} | fields
    return doc(followup={"schedules": [schedule]})


def test_a_phase_of_0_months_is_a_problem_at_the_phase() -> None:
    (problem,) = problems(followup_with({"every_months": 0, "for_months": 12}))
    assert problem.code is Code.OUT_OF_RANGE
    assert problem.place == schedule_place(1, "Visit", "phases", 0, "every_months")
    assert problem.values["value"] == 0
    assert problem.values["minimum"] == 1
    assert section_of(problem.place) == SectionPlace(Section.SCHEDULE, 1, 1, ("every_months",))


def test_an_open_phase_before_the_last_is_a_problem_at_that_phase() -> None:
    (problem,) = problems(followup_with({"every_months": 3}, {"every_months": 6}))
    assert problem == PlanProblem(
        Code.MISSING_FIELDS, schedule_place(1, "Visit", "phases", 0), {"names": ("for_months",)}
    )


def test_other_followup_errors_become_problems_at_their_place() -> None:
    raw = followup_with({"every_months": 3})
    entry = raw["followup"]["schedules"][0]
    path = ["followup", "schedules", 0]
    got = followup_problem(
        FollowupError(FollowupProblem.EVERY_OUT_OF_RANGE, 1, 60), entry, path, raw
    )
    assert got.code is Code.OUT_OF_RANGE
    assert got.place.path == ("followup", "schedules", 0, "phases", 0, "every_months")
    assert got.values["expected"] is Expected.WHOLE_NUMBER
    got = followup_problem(FollowupError(FollowupProblem.REBASE_BEFORE_ANCHOR), entry, path, raw)
    assert got.code is Code.SCHEDULE_NOT_USABLE
    assert got.place.path == ("followup", "schedules", 0)


def test_unknown_field_in_followup() -> None:
    data = doc(followup={"schedules": SECTIONS["followup"]["schedules"], "colour": "red"})
    assert problems(data) == (
        PlanProblem(
            Code.UNKNOWN_FIELDS,
            PlanPlace(("followup",), fields=("followup",)),
            {"names": ("colour",)},
        ),
    )
    data = followup_with({"every_months": 3}, weeks=2)
    (problem,) = problems(data)
    assert (problem.code, problem.place) == (Code.UNKNOWN_FIELDS, schedule_place(1, "Visit"))


@pytest.mark.parametrize(
    ("day", "code"), [("2026-02-30", Code.NOT_A_REAL_DATE), ("30/09/2026", Code.BAD_DATE)]
)
def test_bad_anchor_date(day: str, code: PlanProblemCode) -> None:
    data = doc(
        followup={
            "anchor": {"event": "Surgery", "date": day},
            "schedules": SECTIONS["followup"]["schedules"],
        }
    )
    (problem,) = problems(data)
    fields = ("followup", "anchor", "date")
    assert problem == PlanProblem(
        code,
        PlanPlace(fields, fields=fields),
        {"value": day} | ({"kind": JsonKind.TEXT} if code is Code.BAD_DATE else {}),
    )


def test_too_many_questions_and_a_blank_one() -> None:
    (problem,) = problems(doc(questions=[f"Question {n}?" for n in range(21)]))
    assert problem == PlanProblem(
        Code.TOO_MANY_ENTRIES,
        PlanPlace(("questions",), fields=("questions",)),
        {"count": 21, "max_items": 20},
    )
    (problem,) = problems(doc(questions=["Fine?", "   "]))
    assert problem == PlanProblem(
        Code.BLANK_TEXT, PlanPlace(("questions", 1), fields=("questions",), entry=2)
    )


def test_contact_and_resource_problems_name_their_entry() -> None:
    program = {"name": "P", "contacts": [{"role": "Nurse", "phone": "1", "email": "no-at-sign"}]}
    (problem,) = problems(doc(program=program))
    assert problem.code is Code.BAD_PATTERN
    assert problem.place.title == "Nurse"
    assert section_of(problem.place) == SectionPlace(Section.CONTACT, 1, None, ("email",))
    (problem,) = problems(doc(resources=[{"name": "Helpline"}]))
    assert problem.values == {"names": ("phone", "text"), "any_one": True}
    assert section_of(problem.place) == SectionPlace(Section.RESOURCE, 1)
    assert problem.place.title == "Helpline"


def test_the_same_schedule_twice_is_refused() -> None:
    schedule = {"kind": "scan", "title": "CT", "phases": [{"every_months": 12}]}
    twice = [schedule, schedule | {"title": "ct"}]
    (problem,) = problems(doc(followup={"schedules": twice}))
    assert problem == PlanProblem(Code.REPEATED_ENTRY, schedule_place(2, "ct", "title"))


def test_a_file_over_1_mb_and_version_3_are_refused() -> None:
    data = json.dumps(doc(**SECTIONS, description="x" * MAX_PLAN_BYTES))
    assert [p.code for p in problems(data)] == [Code.TOO_LARGE]
    (problem,) = problems(doc(version=3, **SECTIONS))
    assert problem.code is Code.VERSION_TOO_NEW
    assert problem.values == {"version": 3, "supported": 2}
