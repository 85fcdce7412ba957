"""A profile's current setup written as a version 2 plan file: the active checklist, the
care team as the program's contact, the follow-up schedules and anchor, and the open
questions (never the journal), so that a coordinator can build a template in the app."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.model import WEEKDAY_NAMES, Item, Schedule, ScheduleKind
from planner.domain.plan_file import FORMAT_NAME, Contact, PlanFollowup, Program
from planner.domain.plans.reading import Sections
from planner.domain.plans.writing import sections_json
from planner.domain.questions import open_questions
from planner.services.plan_batch import slug
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
    read_setting,
)
from planner.storage.store import Store

__all__ = ["NothingToExport", "export_plan"]


class NothingToExport(Exception):
    """The checklist is empty, and a plan needs at least one item; the text says so."""


def _schedule(schedule: Schedule, today: date | None) -> dict[str, Any]:
    kind = schedule.kind
    out: dict[str, Any] = {"type": kind.value}
    if kind is ScheduleKind.WEEKDAYS:
        out["days"] = [WEEKDAY_NAMES[d] for d in sorted(schedule.weekdays)]
    elif kind is ScheduleKind.TIMES_PER_WEEK:
        out["times"] = schedule.times_per_week
    elif kind is ScheduleKind.EVERY_N_DAYS:
        out["days"] = schedule.interval_days  # it starts again on the day it is applied
    elif kind is ScheduleKind.ONCE and schedule.due is not None:
        if today is None:
            out["due"] = schedule.due.isoformat()
        else:  # a plan made from it is applied later: "in N days" from then, at most a year
            out["in_days"] = min(max((schedule.due - today).days, 0), 365)
    return out


def _item(item: Item, key: str, today: date | None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": key, "title": item.title}
    if item.why:
        out["why"] = item.why
    if item.details:
        out["details"] = item.details
    out["category"] = item.category.value
    out["schedule"] = _schedule(item.schedule, today)
    if item.target is not None:
        out["target"] = {"amount": item.target.amount, "unit": item.target.unit}
    if item.reminders:
        out["reminders"] = [f"{t.hour:02d}:{t.minute:02d}" for t in item.reminders]
    return out


def _keys(items: list[Item]) -> list[str]:
    """Each item's id: its plan key, or a slug of its title; repeats get -2, -3, ..."""
    keys: list[str] = []
    for item in items:
        base = item.plan_key or slug(item.title) or "item"
        key, n = base, 2
        while key in keys:
            suffix = f"-{n}"
            key, n = base[: 64 - len(suffix)] + suffix, n + 1
        keys.append(key)
    return keys


def _program(store: Store) -> Program | None:
    """The care team as the program: its name, and the contacts a plan gave (kept in
    full), the first one with the phones the person keeps in Settings now."""
    name = read_setting(store, CARE_TEAM_NAME)
    phone = read_setting(store, CARE_PHONE)
    after = read_setting(store, CARE_PHONE_AFTER_HOURS)
    saved = read_setting(store, PROGRAM_CONTACTS)
    if not (name or phone or saved):
        return None
    care_team = QCoreApplication.translate("Commands", "Care team")
    first = saved[0] if saved else Contact(role=care_team, phone="")
    contacts = saved[1:]
    if phone:
        contacts = (replace(first, phone=phone, out_of_hours_phone=after), *contacts)
    return Program(name or care_team, contacts)


def _followup(store: Store) -> PlanFollowup | None:
    schedules = tuple(store.followup.all())
    if not schedules:
        return None
    event = read_setting(store, FOLLOWUP_ANCHOR_EVENT)
    on = read_setting(store, FOLLOWUP_ANCHOR_ON)
    return PlanFollowup(event, on if event else None, schedules)


def export_plan(store: Store, name: str = "", *, today: date | None = None) -> dict[str, Any]:
    """The setup as plan-file JSON (``json.dumps`` it); it passes ``plan validate``.

    The plan is called ``name``, else by the plan the setup came from, else "My setup".
    With ``today``, a one-time task is written as due some days after the plan is applied
    (``in_days``), as templates say it, rather than on a date that will have passed.
    """
    items = store.items.active()
    if not items:
        raise NothingToExport(
            QCoreApplication.translate(
                "Commands",
                "The checklist has no items, and a plan needs at least one; add one first.",
            )
        )
    questions = tuple(dict.fromkeys(q.text for q in open_questions(store.questions.all())))
    sections = Sections(
        program=_program(store),
        patient=read_setting(store, PATIENT_LABEL),
        followup=_followup(store),
        questions=questions,
        signs_to_report=read_setting(store, SIGNS_TO_REPORT),
        resources=read_setting(store, RESOURCES),
    )
    title = " ".join(name.split()) or read_setting(store, PLAN_NAME)
    return {
        "format": FORMAT_NAME,
        "version": 2,
        "name": title or QCoreApplication.translate("Commands", "My setup"),
        "description": QCoreApplication.translate("Commands", "Exported from Between Checkups."),
        **sections_json(sections),
        "items": [_item(item, key, today) for item, key in zip(items, _keys(items), strict=True)],
    }
