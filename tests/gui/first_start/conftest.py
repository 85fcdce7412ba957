"""Fixtures for the guided first start: a shown wizard, and a coordinator's plan file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from planner.paths import resources_dir
from planner.ui.first_start.wizard import FirstStartWizard


@pytest.fixture
def wizard_for(qtbot, service):
    """Make, show and (with ``active``) activate the wizard, as the app does."""

    def make(plan_file: Path | None = None, *, active: bool = False) -> FirstStartWizard:
        wizard = FirstStartWizard(service, plan_file)
        qtbot.addWidget(wizard)
        wizard.resize(800, 600)
        wizard.show()
        qtbot.waitExposed(wizard)
        if active:
            wizard.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
        return wizard

    return make


@pytest.fixture
def program_plan(tmp_path) -> Path:
    """The breast template with a program contact and an anchor date, as a coordinator's."""
    raw = json.loads((resources_dir() / "plans" / "breast.plan.json").read_text("utf-8"))
    raw["program"] = {
        "name": "City Survivorship Program",
        "contacts": [{"role": "Nurse", "phone": "555 0100", "out_of_hours_phone": "555 0199"}],
    }
    raw["followup"]["anchor"]["date"] = "2026-09-30"
    path = tmp_path / "patient.plan.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path
