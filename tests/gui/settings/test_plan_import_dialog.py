"""Import a plan from Settings: the preview in plain words, the question before archiving,
a broken file that changes nothing, and Apply."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from planner.services.checklist import ChecklistService
from planner.services.plan_import import PlanImport
from planner.services.reminders import ReminderService
from planner.ui.settings.plan_import_dialog import PlanImportDialog
from planner.ui.settings.settings_page import SettingsPage
from tests.helpers.clock import BERLIN, RunningClock, berlin


def item(key: str, title: str) -> dict[str, Any]:
    return {"id": key, "title": title, "category": "movement", "schedule": {"type": "daily"}}


def write_plan(path: Path, items: list[dict[str, Any]], **top: Any) -> Path:
    doc: dict[str, Any] = {"format": "between-checkups-plan", "version": 2, "name": "City plan"}
    doc["items"] = items
    doc.update(top)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


V1 = [item("walk", "Walk"), item("water", "Drink water"), item("stretch", "Stretch")]
PROGRAM = {"name": "City Hospital", "contacts": [{"role": "Nurse", "phone": "555-0100"}]}


@pytest.fixture
def checklist(store) -> ChecklistService:
    return ChecklistService(store, BERLIN, clock=RunningClock(berlin(9, 0)).now)


@pytest.fixture
def importer(store, checklist) -> PlanImport:
    return PlanImport(store, checklist)


def test_the_dialog_shows_the_preview_and_applies(qtbot, store, importer, tmp_path) -> None:
    dialog = PlanImportDialog(importer)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed):
        dialog.load(write_plan(tmp_path / "plan.json", V1, program=PROGRAM, questions=["Scans?"]))
    text = dialog.summary.text()
    assert "3 items will be added:\n• Walk\n• Drink water\n• Stretch" in text
    assert "Care team: City Hospital (now: none)" in text
    assert "Phone: 555-0100 (now: none)" in text
    assert "1 question will be added:\n• Scans?" in text
    assert dialog.archive_check.isHidden()  # nothing to archive
    assert store.items.active() == []  # nothing changes before Apply

    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in store.items.active()] == ["Walk", "Drink water", "Stretch"]
    assert dialog.heading.text() == "“City plan” was imported. This was changed:"
    assert dialog.summary.text().splitlines() == [
        "Items added: 3",
        "Questions added: 1",
        "Your care team's contact was updated.",
    ]
    assert dialog.done_note.text() == (
        "A backup of your data from before was made first. Settings → Backups lists it."
    )
    assert dialog.copy is not None
    assert dialog.copy.exists()
    assert dialog.apply_button.isHidden()
    assert dialog.cancel_button.text() == "Close"


def test_it_asks_before_archiving_what_the_new_version_dropped(
    qtbot, store, importer, tmp_path
) -> None:
    importer.apply(importer.preview(write_plan(tmp_path / "v1.json", V1)), archive_dropped=False)
    dialog = PlanImportDialog(importer)
    qtbot.addWidget(dialog)
    v2 = [item("walk", "Walk 20 minutes"), item("water", "Drink water")]
    with qtbot.waitSignal(dialog.previewed):
        dialog.load(write_plan(tmp_path / "v2.json", v2))
    assert "“Walk” becomes “Walk 20 minutes” (name)" in dialog.summary.text()
    assert not dialog.archive_check.isHidden()
    assert not dialog.archive_check.isChecked()
    assert dialog.archive_check.text() == "Also archive the item this plan no longer has"
    assert dialog.dropped.text() == "• Stretch"
    dialog.archive_check.setChecked(True)
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in store.items.active()] == ["Walk 20 minutes", "Drink water"]
    assert [i.title for i in store.items.archived()] == ["Stretch"]


def test_a_broken_file_shows_its_problems_and_changes_nothing(
    qtbot, store, importer, tmp_path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "between-checkups-plan", "version": 2, "name": "x"}', "utf-8")
    dialog = PlanImportDialog(importer)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed):
        dialog.load(path)
    assert dialog.heading.text() == "This file cannot be imported. Nothing was changed."
    assert dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    assert store.items.active() == []
    assert list(Path(store.path).parent.rglob("*before-import*")) == []


def test_settings_offers_import_a_plan(qtbot, store, checklist, importer, tmp_path, monkeypatch):
    path = write_plan(tmp_path / "plan.json", V1)
    monkeypatch.setattr(PlanImportDialog, "choose_file", lambda _self: path)
    reminders = ReminderService(store, checklist, zone_source=lambda: BERLIN)
    page = SettingsPage(reminders, plan_import=importer)
    qtbot.addWidget(page)
    button = page.plans.button
    assert button.objectName() == "ImportPlanButton"
    assert button.accessibleName() == "Import a plan"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.plans.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "3 items will be added" in dialog.summary.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert store.items.active() == []


PEOPLE = {
    "name": "City Hospital",
    "contacts": [
        {"role": "Nurse", "name": "Sam Lee", "phone": "555-0100"},
        {"role": "Social worker", "phone": "555-0142", "email": "kim@example.org"},
    ],
}


def test_a_plan_for_someone_else_is_pointed_out_before_apply(
    qtbot, store, importer, tmp_path
) -> None:
    first = write_plan(tmp_path / "a.json", V1, patient={"label": "AB-12"})
    importer.apply(importer.preview(first), archive_dropped=False)
    dialog = PlanImportDialog(importer)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed):
        dialog.load(write_plan(tmp_path / "b.json", V1, patient={"label": "CD-34"}))
    assert not dialog.patient_note.isHidden()
    assert dialog.patient_note.text() == (
        "This plan was made for CD-34, but the plan already here was made for AB-12. "
        "Check that this is the right file before you apply it."
    )
    assert dialog.apply_button.isEnabled()  # a warning, not a refusal
    assert not dialog.apply_button.isDefault()  # Return does not apply after a warning
    assert dialog.cancel_button.isDefault()
    assert dialog.summary.text().startswith("Who the plan is for: CD-34 (now: AB-12)")
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.heading.text() == "“City plan” was imported. This was changed:"
    assert dialog.summary.text() == "The plan is now the one for CD-34."
    assert dialog.patient_note.isHidden()


def test_settings_shows_what_the_program_gave(qtbot, store, checklist, importer, tmp_path):
    reminders = ReminderService(store, checklist, zone_source=lambda: BERLIN)
    page = SettingsPage(reminders, plan_import=importer)
    qtbot.addWidget(page)
    assert page.program.box.isHidden()  # no plan gave anything yet
    plan = write_plan(
        tmp_path / "p.json",
        V1,
        program=PEOPLE,
        patient={"label": "AB-12"},
        signs_to_report=["A new lump", "A cough that does not go away"],
        resources=[{"name": "Support group", "text": "Tuesdays, 6 pm"}],
    )
    page.show()
    importer.apply(importer.preview(plan), archive_dropped=False)
    assert not page.program.box.isHidden()
    assert page.program.about.text() == "Your plan: “City plan”, made for AB-12."
    assert page.program.signs.text() == "• A new lump\n• A cough that does not go away"
    # Every contact is listed; the first one's phone is also the care team's (above).
    assert page.program.contacts.text() == (
        "• Nurse (Sam Lee): 555-0100\n• Social worker: 555-0142, kim@example.org"
    )
    assert page.program.resources.text() == "• Support group: Tuesdays, 6 pm"
    assert page.care.phone.text() == "555-0100"
