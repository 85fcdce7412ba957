"""Importing a plan: the preview, and applying a newer version of the same plan in place."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from planner.domain.model import Item, Schedule, Status
from planner.domain.plan_file import PlanError
from planner.services.changes import Changes
from planner.services.checklist import ChecklistService
from planner.services.plan_import import ContactField, ItemField, PlanImport
from planner.services.plan_problems import describe_all
from planner.services.plans import standard_plan_path
from planner.services.settings import CARE_PHONE, CARE_TEAM_NAME, read_setting
from planner.storage.store import Store

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
TODAY = date(2026, 11, 23)
ZONE = ZoneInfo("UTC")
VISIT = {
    "kind": "oncologist",
    "title": "Oncologist visit",
    "phases": [{"every_months": 3, "for_months": 24}, {"every_months": 12}],
    "book_weeks_before": 2,
}


def item(key: str, title: str) -> dict[str, Any]:
    return {"id": key, "title": title, "category": "movement", "schedule": {"type": "daily"}}


def write_plan(path: Path, items: list[dict[str, Any]], **top: Any) -> Path:
    doc: dict[str, Any] = {"format": "between-checkups-plan", "version": 2, "name": "City plan"}
    doc["items"] = items
    doc.update(top)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


V1 = [item("walk", "Walk"), item("water", "Drink water"), item("stretch", "Stretch")]
V2 = [item("walk", "Walk 20 minutes"), item("water", "Drink water"), item("sleep", "Sleep")]
PROGRAM = {"name": "City Hospital", "contacts": [{"role": "Nurse", "phone": "555-0100"}]}
FOLLOWUP = {"anchor": {"event": "End of treatment", "date": "2026-09-30"}, "schedules": [VISIT]}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "planner.db")
    yield opened
    opened.close()


@pytest.fixture
def checklist(store: Store) -> ChecklistService:
    return ChecklistService(store, ZONE, clock=lambda: NOW)


@pytest.fixture
def importer(store: Store, checklist: ChecklistService) -> PlanImport:
    return PlanImport(store, checklist)


def test_a_fresh_profile_previews_everything_as_added(importer: PlanImport, tmp_path) -> None:
    path = write_plan(
        tmp_path / "v1.json", V1, program=PROGRAM, followup=FOLLOWUP, questions=["Scans?"]
    )
    preview = importer.preview(path)
    assert [i.title for i in preview.added] == ["Walk", "Drink water", "Stretch"]
    assert preview.updated == preview.kept == preview.dropped == ()
    assert [s.title for s in preview.schedules_added] == ["Oncologist visit"]
    assert preview.contacts[0].field is ContactField.NAME
    assert (preview.contacts[1].field, preview.contacts[1].old) == (ContactField.PHONE, "")
    assert preview.contacts[1].new == "555-0100"
    assert preview.questions == ("Scans?",)
    # Every 3 months from 30 Sep 2026: 30 Dec 2026 .. 30 Sep 2028, two years ahead.
    assert preview.checkups_planned == 8


def test_the_standard_plan_previews_as_all_added_on_a_fresh_profile(importer: PlanImport) -> None:
    # (How fast the preview is: tests/perf/bench_plans.py, not a timed assertion here.)
    preview = importer.preview(standard_plan_path())
    assert preview.added
    assert preview.updated == preview.dropped == ()


def test_a_newer_version_updates_in_place_and_keeps_check_offs(
    store: Store, checklist: ChecklistService, importer: PlanImport, tmp_path
) -> None:
    buses: list[Changes] = []
    checklist.bus.changed.connect(buses.append)
    importer.apply(importer.preview(write_plan(tmp_path / "v1.json", V1)), archive_dropped=False)
    mine = store.items.add(Item("My own", Schedule.daily()), today=TODAY, now=NOW)
    walk = next(i for i in store.items.active() if i.plan_key == "walk")
    checklist.mark_done(walk, TODAY)

    preview = importer.preview(write_plan(tmp_path / "v2.json", V2, program=PROGRAM))
    assert [i.title for i in preview.added] == ["Sleep"]
    assert [(u.old.title, u.new.title, u.changes) for u in preview.updated] == [
        ("Walk", "Walk 20 minutes", (ItemField.TITLE,))
    ]
    assert [i.title for i in preview.kept] == ["Drink water"]
    assert [i.title for i in preview.dropped] == ["Stretch"]
    assert preview.own_items == 1

    importer.apply(preview, archive_dropped=True)
    active = store.items.active()
    assert [i.title for i in active] == ["Walk 20 minutes", "Drink water", "My own", "Sleep"]
    renamed = next(i for i in active if i.plan_key == "walk")
    assert renamed.id == walk.id
    assert store.checkoffs.get(walk.id, TODAY).status is Status.DONE  # type: ignore[arg-type]
    # The person's own item is untouched (it only closed the gap Stretch left).
    assert store.items.get(mine.id) == replace(mine, position=2)  # type: ignore[arg-type]
    assert [i.title for i in store.items.archived()] == ["Stretch"]
    assert read_setting(store, CARE_TEAM_NAME) == "City Hospital"
    assert read_setting(store, CARE_PHONE) == "555-0100"
    assert buses[-1].everything


def test_dropped_items_stay_unless_asked(store: Store, importer: PlanImport, tmp_path) -> None:
    importer.apply(importer.preview(write_plan(tmp_path / "v1.json", V1)), archive_dropped=False)
    importer.apply(importer.preview(write_plan(tmp_path / "v2.json", V2)), archive_dropped=False)
    assert sorted(i.title for i in store.items.active()) == [
        "Drink water",
        "Sleep",
        "Stretch",
        "Walk 20 minutes",
    ]


def test_applying_twice_adds_nothing_twice(store: Store, importer: PlanImport, tmp_path) -> None:
    path = write_plan(
        tmp_path / "v1.json", V1, program=PROGRAM, followup=FOLLOWUP, questions=["Scans?"]
    )
    importer.apply(importer.preview(path), archive_dropped=False)
    checkups = len(store.checkups.everything())
    again = importer.preview(path)
    assert again.added == again.updated == again.dropped == ()
    assert again.questions == again.contacts == again.schedules_added == ()
    assert again.checkups_planned == 0
    assert not again.changes_anything
    importer.apply(again, archive_dropped=True)
    assert len(store.items.active()) == 3
    assert len(store.questions.all()) == 1
    assert len(store.followup.all()) == 1
    assert len(store.checkups.everything()) == checkups == 8


def test_a_broken_file_changes_nothing(store: Store, importer: PlanImport, tmp_path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "between-checkups-plan", "version": 2, "items": [', "utf-8")
    with pytest.raises(PlanError) as caught:
        importer.preview(path)
    assert describe_all(caught.value)
    assert store.items.active() == []
    assert list(tmp_path.rglob("*before-import*")) == []


def test_a_copy_of_the_data_file_is_made_first(
    store: Store, importer: PlanImport, tmp_path
) -> None:
    store.items.add(Item("Before", Schedule.daily()), today=TODAY, now=NOW)
    copy = importer.apply(
        importer.preview(write_plan(tmp_path / "v1.json", V1)), archive_dropped=False
    )
    assert copy.name == f"planner-{NOW.astimezone(UTC):%Y%m%dT%H%M%S}Z-before-import.db"
    assert copy.parent == tmp_path / "backups"
    kept = Store.open_readonly(copy)
    try:
        assert [i.title for i in kept.items.active()] == ["Before"]
    finally:
        kept.close()
