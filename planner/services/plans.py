"""Read plan files from disk and apply a plan: checklist items, and from version 2 the
care team's contacts, the follow-up schedules with their anchor, and questions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.domain.followup import FollowupSchedule
from planner.domain.plan_file import (
    MAX_PLAN_BYTES,
    Plan,
    PlanError,
    PlanFollowup,
    Program,
    parse_plan,
)
from planner.domain.questions import Question, open_questions
from planner.paths import resources_dir
from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    FOLLOWUP_ANCHOR_EVENT,
    FOLLOWUP_ANCHOR_ON,
    PATIENT_LABEL,
    PLAN_NAME,
    PROGRAM_CONTACTS,
    RESOURCES,
    SIGNS_TO_REPORT,
    Setting,
    read_setting,
)
from planner.storage.store import Store

#: The templates shipped in resources/plans, by file name (without ".plan.json").
TEMPLATES = ("standard", "breast", "colorectal", "melanoma", "hodgkin-lymphoma")


def standard_plan_path() -> Path:
    return resources_dir() / "plans" / "standard.plan.json"


def template_paths() -> list[Path]:
    """The shipped plan templates, the standard plan first."""
    return [resources_dir() / "plans" / f"{name}.plan.json" for name in TEMPLATES]


def plan_schema() -> dict[str, Any]:
    """The JSON Schema for plan files, as shipped in resources."""
    text = (resources_dir() / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def read_plan(path: Path, today: date) -> Plan:
    """Read and check a plan file; any problem becomes a PlanError (see plan_problems)."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_PLAN_BYTES + 1)
    except OSError as exc:
        from planner.domain.plan_file import PlanPlace, PlanProblem, PlanProblemCode

        reason = exc.strerror or type(exc).__name__  # the system's own words
        values = {"path": str(path), "reason": reason}
        problem = PlanProblem(PlanProblemCode.FILE_UNREADABLE, PlanPlace(), values)
        raise PlanError(problem) from exc
    return parse_plan(data, plan_schema(), today=today)


def apply_plan(store: Store, plan: Plan, *, today: date, now: datetime) -> None:
    """Put the plan in the store in one transaction: what it says about the program and
    the person, the follow-up schedules and their anchor, the items, the questions.

    Questions already open are not added twice. The planned checkups follow at the next
    ``FollowupService.sync`` (at start, and after every change to the schedules).
    """
    with store.batch():
        if plan.name:
            _save(store, PLAN_NAME, plan.name)
        if plan.patient:
            _save(store, PATIENT_LABEL, plan.patient)
        if plan.program is not None:
            _apply_care_team(store, plan.program)
        if plan.signs_to_report:
            _save(store, SIGNS_TO_REPORT, plan.signs_to_report)
        if plan.resources:
            _save(store, RESOURCES, plan.resources)
        if plan.followup is not None:
            _apply_followup(store, plan.followup, now)
        store.items.add_many(plan.items, today=today, now=now)
        if plan.questions:
            have = {q.text for q in open_questions(store.questions.all())}
            for text in plan.questions:
                if text not in have:
                    store.questions.add(Question(text), now)


def _save(store: Store, setting: Setting[Any], value: Any) -> None:
    store.settings.set(setting.key, setting.write(setting.clean(value)))


def _apply_care_team(store: Store, program: Program) -> None:
    """The program's name and its first contact's phones become the care team's (a
    field the plan leaves empty keeps what the person set); all its contacts are kept
    as they are, for Settings and for ``plan export``."""
    if program.contacts:
        _save(store, PROGRAM_CONTACTS, program.contacts)
    contact = program.main_contact
    name = program.name or (contact.name if contact else "")
    for setting, value in (
        (CARE_TEAM_NAME, name),
        (CARE_PHONE, contact.phone if contact else ""),
        (CARE_PHONE_AFTER_HOURS, contact.out_of_hours_phone if contact else ""),
    ):
        if value:
            _save(store, setting, value)


def _apply_followup(store: Store, followup: PlanFollowup, now: datetime) -> None:
    """The plan's schedules replace the saved ones of the same kind and title (which keep
    their id, so their booked checkups stay theirs); the person's other schedules stay,
    after them. The anchor is set when the plan gives its date; a template's event
    only names the anchor when the person has none yet."""
    anchor = followup.anchor
    saved = store.followup.all()
    by_name = {(s.kind, s.title.casefold()): s for s in saved}
    schedules: list[FollowupSchedule] = []
    for schedule in followup.schedules:
        old = by_name.pop((schedule.kind, schedule.title.casefold()), None)
        if old is None:
            schedules.append(schedule)
            continue
        # A real visit the schedule was recounted from stays, unless it is now before
        # the anchor (its visits could not be counted).
        rebase = old.rebase
        if rebase is not None and anchor is not None and rebase.on < anchor.on:
            rebase = None
        schedules.append(replace(schedule, id=old.id, rebase=rebase))
    kept = [s for s in saved if (s.kind, s.title.casefold()) in by_name]
    if anchor is not None:
        kept = [
            s if s.rebase is None or s.rebase.on >= anchor.on else replace(s, rebase=None)
            for s in kept
        ]
    # The schedules first: with the old anchor still set, no rebase is before it.
    store.followup.replace_all([*schedules, *kept], now)
    if anchor is not None:
        _save(store, FOLLOWUP_ANCHOR_EVENT, anchor.event)
        _save(store, FOLLOWUP_ANCHOR_ON, anchor.on)
    elif followup.anchor_event and not read_setting(store, FOLLOWUP_ANCHOR_EVENT):
        _save(store, FOLLOWUP_ANCHOR_EVENT, followup.anchor_event)
