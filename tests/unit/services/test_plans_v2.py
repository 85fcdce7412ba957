"""Applying a version 2 plan, and the sentences for problems in its sections."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from planner.domain.followup import Phase, Rebase
from planner.domain.journal.checkups import CheckupKind
from planner.domain.plan_file import PlanError, parse_plan
from planner.services.plan_problems import describe_all
from planner.services.plans import apply_plan, plan_schema, read_plan, template_paths
from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    FOLLOWUP_ANCHOR_EVENT,
    FOLLOWUP_ANCHOR_ON,
    read_setting,
)
from planner.storage.store import Store

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
ITEM = {"id": "walk", "title": "Walk", "category": "movement", "schedule": {"type": "daily"}}
VISIT = {
    "kind": "oncologist",
    "title": "Oncologist visit",
    "phases": [{"every_months": 3, "for_months": 24}, {"every_months": 12}],
    "book_weeks_before": 2,
    "source": "My oncologist",
}


def plan_text(**top: Any) -> str:
    doc: dict[str, Any] = {"format": "between-checkups-plan", "version": 2, "name": "Mine"}
    doc["items"] = [ITEM]
    doc.update(top)
    return json.dumps(doc)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "planner.db")
    yield opened
    opened.close()


def test_apply_sets_contacts_schedules_anchor_and_questions(store: Store) -> None:
    program = {
        "name": "City Survivorship Program",
        "contacts": [{"role": "Nurse", "phone": "555 0100", "out_of_hours_phone": "555 0199"}],
    }
    followup = {"anchor": {"event": "End of treatment", "date": "2026-09-30"}, "schedules": [VISIT]}
    plan = parse_plan(
        plan_text(program=program, followup=followup, questions=["Is this normal?"]),
        plan_schema(),
        today=TODAY,
    )
    apply_plan(store, plan, today=TODAY, now=NOW)
    assert read_setting(store, CARE_TEAM_NAME) == "City Survivorship Program"
    assert read_setting(store, CARE_PHONE) == "555 0100"
    assert read_setting(store, CARE_PHONE_AFTER_HOURS) == "555 0199"
    assert read_setting(store, FOLLOWUP_ANCHOR_EVENT) == "End of treatment"
    assert read_setting(store, FOLLOWUP_ANCHOR_ON) == date(2026, 9, 30)
    (saved,) = store.followup.all()
    assert saved.id is not None
    assert (saved.kind, saved.title, saved.lead_days) == (
        CheckupKind.ONCOLOGIST,
        "Oncologist visit",
        14,
    )
    assert saved.phases == (Phase(3, 24), Phase(12, None))
    assert [q.text for q in store.questions.all()] == ["Is this normal?"]
    assert [i.title for i in store.items.active()] == ["Walk"]

    # Applied again: the same schedule keeps its id, the open question is not added twice.
    apply_plan(store, plan, today=TODAY, now=NOW)
    (again,) = store.followup.all()
    assert again.id == saved.id
    assert [q.text for q in store.questions.all()] == ["Is this normal?"]


def test_a_template_keeps_the_persons_anchor_date_and_other_schedules(store: Store) -> None:
    from planner.domain.followup import FollowupSchedule

    own = FollowupSchedule(CheckupKind.BLOOD_TEST, "Blood count", (Phase(6, None),))
    (own,) = store.followup.replace_all([own], NOW)
    assert own.id is not None
    store.followup.set_rebase(own.id, Rebase(1, date(2026, 3, 1)))
    store.settings.set(FOLLOWUP_ANCHOR_ON.key, "2026-01-15")
    paths = {p.name: p for p in template_paths()}
    plan = read_plan(paths["breast.plan.json"], TODAY)
    apply_plan(store, plan, today=TODAY, now=NOW)
    titles = [s.title for s in store.followup.all()]
    assert titles == ["Oncologist visit", "Mammogram", "Blood count"]
    assert store.followup.all()[2].rebase == Rebase(1, date(2026, 3, 1))
    assert read_setting(store, FOLLOWUP_ANCHOR_ON) == date(2026, 1, 15)
    assert read_setting(store, FOLLOWUP_ANCHOR_EVENT) == "End of treatment"
    assert read_setting(store, CARE_PHONE) == ""  # a template names no program
    assert len(store.questions.all()) == 1


def test_a_version_1_plan_applies_as_before(store: Store) -> None:
    text = plan_text(version=1)
    apply_plan(store, parse_plan(text, plan_schema(), today=TODAY), today=TODAY, now=NOW)
    assert [i.title for i in store.items.active()] == ["Walk"]
    assert store.followup.all() == []
    assert store.questions.all() == []
    assert read_setting(store, CARE_TEAM_NAME) == ""


def sentences(text: str) -> list[str]:
    with pytest.raises(PlanError) as caught:
        parse_plan(text, plan_schema(), today=TODAY)
    return describe_all(caught.value)


def test_problems_in_the_sections_say_where_in_plain_words() -> None:
    zero = VISIT | {"phases": [{"every_months": 0, "for_months": 12}]}
    assert sentences(plan_text(followup={"schedules": [zero]})) == [
        'Follow-up schedule 1 ("Oncologist visit"), phase 1: "every_months" must be '
        "a whole number from 1 to 60 (it is 0)."
    ]
    open_first = VISIT | {"phases": [{"every_months": 3}, {"every_months": 6}]}
    assert sentences(plan_text(followup={"schedules": [open_first]})) == [
        'Follow-up schedule 1 ("Oncologist visit"), phase 1: "for_months" is missing. '
        "Only the last phase can go on without an end."
    ]
    assert sentences(plan_text(resources=[{"name": "Helpline"}])) == [
        'Resource 1 ("Helpline"): it needs "phone" or "text", or both.'
    ]
    program = {"name": "P", "contacts": [{"role": "Nurse", "phone": " "}]}
    assert sentences(plan_text(program=program)) == [
        'Contact 1 ("Nurse"): "phone" is blank. Please write something in it.'
    ]
    assert sentences(plan_text(version=1, questions=["Why?"])) == [
        'The plan: a plan of version 2 is needed for "questions". Change "version" to 2.'
    ]
    many = [f"Question {n}?" for n in range(21)]
    assert sentences(plan_text(questions=many)) == [
        'The plan: "questions" has 21 entries. It can have at most 20 entries.'
    ]
    anchor = {"event": "Surgery", "date": "2026-02-30"}
    assert sentences(plan_text(followup={"anchor": anchor, "schedules": [VISIT]})) == [
        'Follow-up start: "date" is "2026-02-30", which is not a real date on the calendar.'
    ]
