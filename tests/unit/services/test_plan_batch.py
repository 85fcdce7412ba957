"""Making plans from a spreadsheet: the columns, every problem at its row and column, and
plan export, whose result is a plan that validates."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from planner.domain.model import Item, Schedule
from planner.domain.plan_file import Contact, parse_plan
from planner.domain.questions import Question
from planner.services.plan_batch import BatchError, make_plans, read_rows, slug
from planner.services.plan_export import NothingToExport, export_plan
from planner.services.plans import apply_plan, plan_schema, read_plan, template_paths
from planner.services.settings import CARE_PHONE, CARE_TEAM_NAME
from planner.storage.store import Store

TODAY = date(2026, 1, 10)
NOW = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def schema():
    return plan_schema()


@pytest.fixture(scope="module")
def template():
    path = next(p for p in template_paths() if p.name.startswith("breast"))
    return json.loads(path.read_text(encoding="utf-8"))


def problems_of(data: bytes, template, schema):
    with pytest.raises(BatchError) as caught:
        make_plans(data, template, schema, today=TODAY)
    return [(p.row, p.column) for p in caught.value.problems], caught.value.problems


def test_slug_keeps_a_to_z_digits_and_dashes():
    assert slug("  AB 01 / Ünit ") == "ab-01-nit"
    assert slug("***") == ""
    assert len(slug("x" * 100)) == 64


def test_every_column_fills_its_field(template, schema):
    header = (
        "label,anchor_date,anchor_event,program_name,contact_role,contact_name,contact_phone,"
        "contact_out_of_hours_phone,contact_email,question_1,question_5\n"
    )
    row = "P-7,2026-03-01,Surgery,City Clinic,Nurse,Ana,555 1,555 2,a@b.org,Scans?,Diet?\n"
    made = make_plans((header + row).encode(), template, schema, today=TODAY)
    assert [plan.file_name for plan in made] == ["p-7.plan.json"]
    plan = parse_plan(made[0].text, schema, today=TODAY)
    assert plan.patient == "P-7"
    assert plan.followup is not None
    assert plan.followup.anchor is not None
    assert plan.followup.anchor.on == date(2026, 3, 1)
    assert plan.followup.anchor.event == "Surgery"
    assert plan.program is not None
    assert plan.program.name == "City Clinic"
    contact = plan.program.main_contact
    assert contact is not None
    assert (contact.role, contact.name, contact.phone) == ("Nurse", "Ana", "555 1")
    assert (contact.out_of_hours_phone, contact.email) == ("555 2", "a@b.org")
    assert plan.questions[-2:] == ("Scans?", "Diet?")


def test_a_bom_and_blank_rows_are_fine(template, schema):
    data = b"\xef\xbb\xbfLabel , anchor_date\r\nA1,2026-03-01\r\n,\r\nB2,2026-03-02\r\n"
    assert [p.file_name for p in make_plans(data, template, schema, today=TODAY)] == [
        "a1.plan.json",
        "b2.plan.json",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"anchor_date\n2026-03-01\n", [(1, "label")]),
        (b"label,anchor_date\n ,2026-03-01\n", [(2, "label")]),
        (b"label,anchor_date\nA,2026-03-01\na,2026-03-02\n", [(3, "label")]),
        (
            b"label,anchor_date\nA,2026-3-1\nB,2026-02-30\n",
            [(2, "anchor_date"), (3, "anchor_date")],
        ),
        (b"label,anchor_date,lable\nA,2026-03-01,x\n", [(1, "lable")]),
        (b"label,anchor_date\nA\xe9,2026-03-01\n", [(2, "label")]),
        (b"label,anchor_date\nA,2026-03-01,\xff\n", [(2, "3")]),
        (b"", [(1, "-")]),
        (b"label,anchor_date\n", [(2, "-")]),
        (b"label,anchor_date\nA,2026-03-01,extra\n", [(2, "-")]),
    ],
    ids=[
        "no-label-column",
        "empty-label",
        "duplicate-labels",
        "bad-dates",
        "stray-column",
        "latin-1",
        "bad-byte-past-header",
        "empty-file",
        "header-only",
        "extra-cell",
    ],
)
def test_bad_spreadsheets_say_where(template, schema, data, expected):
    assert problems_of(data, template, schema)[0] == expected


def test_a_misspelt_column_gets_a_suggestion(template, schema):
    _, problems = problems_of(b"label,anchor_date,contact_phon\nA,2026-03-01,1\n", template, schema)
    assert "contact_phone" in problems[0].message


def test_a_plan_problem_lands_on_its_row(template, schema):
    data = b"label,anchor_date,contact_role\nA,2026-03-01,Nurse\n"  # a contact needs a phone
    places, _ = problems_of(data, template, schema)
    assert places
    assert all(row == 2 for row, _ in places)


def test_a_template_without_followup_is_refused_once(schema):
    standard = json.loads(template_paths()[0].read_text(encoding="utf-8"))
    places, _ = problems_of(b"label,anchor_date\nA,2026-03-01\nB,2026-03-01\n", standard, schema)
    assert places == [(1, "anchor_date")]


def test_read_rows_trims_cells():
    assert read_rows(b"label,anchor_date\n A ,2026-03-01\n") == [
        (2, {"label": "A", "anchor_date": "2026-03-01"})
    ]


def test_export_of_an_applied_plan_validates_and_keeps_the_setup(tmp_path, schema):
    store = Store.open(tmp_path / "planner.db")
    try:
        plan = read_plan(template_paths()[1], TODAY)
        apply_plan(store, plan, today=TODAY, now=NOW)
        store.settings.set(CARE_TEAM_NAME.key, CARE_TEAM_NAME.write("Oncology"))
        store.settings.set(CARE_PHONE.key, CARE_PHONE.write("555 0100"))
        store.questions.add(Question("What about my scar?"), NOW)
        exported = export_plan(store)
    finally:
        store.close()
    again = parse_plan(json.dumps(exported), schema, today=TODAY)
    assert [i.plan_key for i in again.items] == [i.plan_key for i in plan.items]
    assert again.program is not None
    assert again.program.name == "Oncology"
    assert again.followup is not None
    assert plan.followup is not None
    assert len(again.followup.schedules) == len(plan.followup.schedules)
    assert "What about my scar?" in again.questions
    assert "journal" not in exported


def test_an_empty_checklist_is_not_exported(tmp_path):
    store = Store.open(tmp_path / "planner.db")
    try:
        with pytest.raises(NothingToExport):
            export_plan(store)
    finally:
        store.close()


def test_export_of_items_alone_validates_with_unique_ids(tmp_path, schema):
    store = Store.open(tmp_path / "planner.db")
    try:
        walk = Item(title="Walk!", schedule=Schedule.every_n_days(3, anchor=TODAY))
        store.items.add_many([walk, walk], today=TODAY, now=NOW)
        exported = export_plan(store)
    finally:
        store.close()
    plan = parse_plan(json.dumps(exported), schema, today=TODAY)
    assert [item.plan_key for item in plan.items] == ["walk", "walk-2"]


def test_bad_bytes_under_a_blank_header_name_the_column_by_number():
    with pytest.raises(BatchError) as caught:
        read_rows(b"\n\x80")
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (2, "1")


def test_a_row_with_another_contact_person_takes_none_of_the_templates_details(schema):
    template = json.loads(json.dumps(TEMPLATE_WITH_CONTACT))
    header = "label,anchor_date,contact_name,contact_phone\n"
    made = make_plans(
        (header + "MK-1,2026-03-01,Carl Dunn,555 9\nMK-2,2026-03-01,,555 8\n").encode(),
        template,
        schema,
        today=TODAY,
    )
    first, second = (parse_plan(plan.text, schema, today=TODAY) for plan in made)
    assert first.program is not None
    assert first.program.main_contact == Contact("Nurse navigator", "555 9", name="Carl Dunn")
    assert second.program is not None
    # No name given: the same person, with only the phone changed.
    assert second.program.main_contact == Contact(
        "Nurse navigator",
        "555 8",
        name="Anna Berg",
        out_of_hours_phone="555 0199",
        email="anna@example.org",
    )


TEMPLATE_WITH_CONTACT = {
    "format": "between-checkups-plan",
    "version": 2,
    "name": "City plan",
    "program": {
        "name": "City",
        "contacts": [
            {
                "role": "Nurse navigator",
                "name": "Anna Berg",
                "phone": "555 0100",
                "out_of_hours_phone": "555 0199",
                "email": "anna@example.org",
            }
        ],
    },
    "followup": {
        "anchor": {"event": "End of treatment"},
        "schedules": [{"kind": "oncologist", "title": "Visit", "phases": [{"every_months": 6}]}],
    },
    "items": [
        {"id": "walk", "title": "Walk", "category": "movement", "schedule": {"type": "daily"}}
    ],
}


def test_a_sixth_question_column_says_how_many_there_can_be(template, schema):
    with pytest.raises(BatchError) as caught:
        make_plans(
            b"label,anchor_date,question_6\nA,2026-03-01,Why?\n", template, schema, today=TODAY
        )
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (1, "question_6")
    assert problem.message == "A plan takes at most 5 questions: question_1 to question_5."
