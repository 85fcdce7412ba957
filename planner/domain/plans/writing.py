"""A version 2 plan's sections written back as plan-file JSON (what ``read_sections`` reads)."""

from __future__ import annotations

from typing import Any

from planner.domain.followup import FollowupSchedule
from planner.domain.plans.reading import Sections
from planner.domain.plans.sections import Contact, PlanFollowup, Program, Resource


def sections_json(sections: Sections) -> dict[str, Any]:
    """The sections as JSON values, leaving out the ones the plan does not have."""
    out: dict[str, Any] = {}
    if sections.program is not None:
        out["program"] = _program(sections.program)
    if sections.patient:
        out["patient"] = {"label": sections.patient}
    if sections.followup is not None:
        out["followup"] = _followup(sections.followup)
    if sections.questions:
        out["questions"] = list(sections.questions)
    if sections.signs_to_report:
        out["signs_to_report"] = list(sections.signs_to_report)
    if sections.resources:
        out["resources"] = [_resource(resource) for resource in sections.resources]
    return out


def _program(program: Program) -> dict[str, Any]:
    out: dict[str, Any] = {"name": program.name}
    if program.contacts:
        out["contacts"] = [_contact(contact) for contact in program.contacts]
    return out


def _contact(contact: Contact) -> dict[str, str]:
    out = {"role": contact.role, "phone": contact.phone}
    optional = {
        "name": contact.name,
        "out_of_hours_phone": contact.out_of_hours_phone,
        "email": contact.email,
    }
    return out | {key: value for key, value in optional.items() if value}


def _followup(followup: PlanFollowup) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if followup.anchor_event:
        anchor: dict[str, str] = {"event": followup.anchor_event}
        if followup.anchor_on is not None:
            anchor["date"] = followup.anchor_on.isoformat()
        out["anchor"] = anchor
    out["schedules"] = [_schedule(schedule) for schedule in followup.schedules]
    return out


def _schedule(schedule: FollowupSchedule) -> dict[str, Any]:
    phases: list[dict[str, int]] = []
    for phase in schedule.phases:
        entry = {"every_months": phase.every_months}
        if phase.months is not None:
            entry["for_months"] = phase.months
        phases.append(entry)
    out: dict[str, Any] = {
        "kind": schedule.kind.value,
        "title": schedule.title,
        "phases": phases,
        "book_weeks_before": schedule.lead_days // 7,
    }
    if schedule.source:
        out["source"] = schedule.source
    return out


def _resource(resource: Resource) -> dict[str, str]:
    out = {"name": resource.name}
    if resource.phone:
        out["phone"] = resource.phone
    if resource.text:
        out["text"] = resource.text
    return out
