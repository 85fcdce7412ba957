"""What a version 2 plan says beside the checklist — who it is for, all the program's
contacts, the signs to call about, the resources — is kept, previewed, exported again,
and applied in one transaction with the rest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from planner.domain.plan_file import Contact, Resource, parse_plan
from planner.services.checklist import ChecklistService
from planner.services.plan_export import export_plan
from planner.services.plan_import import PlanImport
from planner.services.plan_import_words import describe_preview
from planner.services.plans import plan_schema
from planner.services.settings import (
    CARE_PHONE,
    PATIENT_LABEL,
    PLAN_NAME,
    PROGRAM_CONTACTS,
    RESOURCES,
    SIGNS_TO_REPORT,
    read_setting,
)
from planner.storage.errors import StoreError, StoreProblem
from planner.storage.store import Store

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
TODAY = date(2026, 11, 23)
CONTACTS = [
    {"role": "Nurse", "name": "Sam Lee", "phone": "555-0100", "email": "sam@example.org"},
    {"role": "Social worker", "phone": "555-0142", "out_of_hours_phone": "555-0199"},
]
SIGNS = ["A new lump or swelling", "Pain that lasts more than two weeks"]
RESOURCES_JSON = [
    {"name": "Tuesday support group", "text": "Room 4, 6 pm"},
    {"name": "Helpline", "phone": "555-0123"},
]


def write_plan(path: Path, **top: Any) -> Path:
    doc: dict[str, Any] = {
        "format": "between-checkups-plan",
        "version": 2,
        "name": "City survivorship plan",
        "items": [
            {"id": "walk", "title": "Walk", "category": "movement", "schedule": {"type": "daily"}}
        ],
    }
    doc.update(top)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def full_plan(path: Path, label: str = "AB-12") -> Path:
    return write_plan(
        path,
        program={"name": "City Hospital", "contacts": CONTACTS},
        patient={"label": label},
        signs_to_report=SIGNS,
        resources=RESOURCES_JSON,
        questions=["When is my next scan?"],
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "planner.db")
    yield opened
    opened.close()


@pytest.fixture
def importer(store: Store) -> PlanImport:
    return PlanImport(store, ChecklistService(store, ZoneInfo("UTC"), clock=lambda: NOW))


def test_everything_the_program_gives_is_kept(store, importer, tmp_path) -> None:
    importer.apply(importer.preview(full_plan(tmp_path / "p.json")), archive_dropped=False)
    assert read_setting(store, PLAN_NAME) == "City survivorship plan"
    assert read_setting(store, PATIENT_LABEL) == "AB-12"
    contacts = read_setting(store, PROGRAM_CONTACTS)
    assert [c.role for c in contacts] == ["Nurse", "Social worker"]
    assert contacts[0].email == "sam@example.org"
    assert contacts[1].out_of_hours_phone == "555-0199"
    assert read_setting(store, CARE_PHONE) == "555-0100"  # the first is the care team's
    assert read_setting(store, SIGNS_TO_REPORT) == tuple(SIGNS)
    assert read_setting(store, RESOURCES) == (
        Resource("Tuesday support group", text="Room 4, 6 pm"),
        Resource("Helpline", phone="555-0123"),
    )


def test_the_preview_names_the_patient_and_the_new_lists(importer, tmp_path) -> None:
    preview = importer.preview(full_plan(tmp_path / "p.json"))
    assert preview.patient == "AB-12"
    assert preview.other_patient == ""
    assert preview.signs_to_report == tuple(SIGNS)
    assert [r.name for r in preview.resources] == ["Tuesday support group", "Helpline"]
    lines = describe_preview(preview)
    assert lines[0] == "This plan was made for AB-12."
    assert "Care team's phone: 555-0100 (now: none)." in lines
    assert "Phone out of hours: 555-0199 (now: none)." not in lines  # the first has none
    assert (
        "Call the care team about: A new lump or swelling; Pain that lasts more than two weeks."
    ) in lines


def test_a_plan_made_for_someone_else_is_pointed_out(importer, tmp_path) -> None:
    importer.apply(importer.preview(full_plan(tmp_path / "a.json")), archive_dropped=False)
    preview = importer.preview(full_plan(tmp_path / "b.json", label="CD-34"))
    assert preview.patient == "CD-34"
    assert preview.other_patient == "AB-12"
    assert describe_preview(preview)[0] == (
        "Check the file: this plan was made for CD-34, but the plan already here was "
        "made for AB-12."
    )
    # The same plan again: nothing is pointed out, and nothing is new.
    same = importer.preview(full_plan(tmp_path / "c.json"))
    assert same.other_patient == ""
    assert not same.signs_to_report
    assert not same.resources
    assert not same.program_contacts


def test_the_export_gives_it_all_back_and_validates(store, importer, tmp_path) -> None:
    importer.apply(importer.preview(full_plan(tmp_path / "p.json")), archive_dropped=False)
    store.settings.set(CARE_PHONE.key, CARE_PHONE.write("555-0777"))  # edited in Settings
    exported = export_plan(store)
    assert exported["name"] == "City survivorship plan"
    again = parse_plan(json.dumps(exported), plan_schema(), today=TODAY)
    assert again.patient == "AB-12"
    assert again.program is not None
    assert again.program.contacts == (
        Contact("Nurse", "555-0777", name="Sam Lee", email="sam@example.org"),
        Contact("Social worker", "555-0142", out_of_hours_phone="555-0199"),
    )
    assert again.signs_to_report == tuple(SIGNS)
    assert [r.name for r in again.resources] == ["Tuesday support group", "Helpline"]
    assert export_plan(store, name="  Breast  template ")["name"] == "Breast template"


def test_a_fresh_profile_exports_as_my_setup(store, importer, tmp_path) -> None:
    store.items.add_many(
        importer.preview(write_plan(tmp_path / "p.json", name="x")).plan.items,
        today=TODAY,
        now=NOW,
    )
    assert export_plan(store)["name"] == "My setup"


def test_a_failure_part_way_changes_nothing(store, importer, tmp_path, monkeypatch) -> None:
    """Items, settings, follow-up and questions are one transaction: a question that
    cannot be saved takes back the items and the contacts saved before it."""
    preview = importer.preview(full_plan(tmp_path / "p.json"))

    def full(*_args: object) -> None:
        raise StoreError(StoreProblem.DISK_FULL)

    monkeypatch.setattr(type(store.questions), "add", lambda self, *a: full())
    with pytest.raises(StoreError):
        importer.apply(preview, archive_dropped=False)
    assert store.items.active() == []
    assert read_setting(store, PATIENT_LABEL) == ""
    assert read_setting(store, CARE_PHONE) == ""
    assert read_setting(store, SIGNS_TO_REPORT) == ()
    assert store.questions.all() == []


def test_unreadable_saved_lists_fall_back_to_empty(store) -> None:
    for setting, text in (
        (PROGRAM_CONTACTS, "not json"),
        (RESOURCES, '[{"name": 3}]'),
        (SIGNS_TO_REPORT, '{"a": 1}'),
    ):
        store.settings.set(setting.key, text)
        assert read_setting(store, setting) == ()


def test_a_one_time_task_is_exported_as_days_after_the_plan_is_applied(store) -> None:
    from datetime import timedelta

    from planner.domain.model import Item, Schedule

    for title, days in (("Call the clinic", 7), ("Old task", -3)):
        item = Item(title, Schedule.once(TODAY + timedelta(days=days)))
        store.items.add(item, today=TODAY, now=NOW)
    schedules = [i["schedule"] for i in export_plan(store, today=TODAY)["items"]]
    assert schedules == [{"type": "once", "in_days": 7}, {"type": "once", "in_days": 0}]
    again = parse_plan(json.dumps(export_plan(store, today=TODAY)), plan_schema(), today=TODAY)
    assert [i.schedule.due for i in again.items] == [TODAY + timedelta(days=7), TODAY]
