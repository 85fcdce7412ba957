"""The guided first start: through every page by keyboard, set up later, templates,
broken plan files, a plan chosen beforehand (--plan), and the values it saves."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from planner import app as app_module
from planner.domain.quiet_hours import QuietHours
from planner.services.plans import read_plan, standard_plan_path
from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    CHECKIN_TIME,
    FOLLOWUP_ANCHOR_EVENT,
    FOLLOWUP_ANCHOR_ON,
    QUIET_HOURS,
    read_setting,
)
from tests.gui.first_start.wizard_helpers import button, enter
from tests.helpers.clock import TODAY

PAGES = [
    "FirstStartWelcome",
    "FirstStartPlan",
    "FirstStartContact",
    "FirstStartAnchor",
    "FirstStartTimes",
    "FirstStartDone",
]


def _standard_titles() -> list[str]:
    return [i.title for i in read_plan(standard_plan_path(), TODAY).items]


def test_enter_goes_through_every_page_and_finish_gives_the_standard_plan(qtbot, wizard_for, store):
    wizard = wizard_for()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.focusWidget() is not None)
    seen = [wizard.currentPage().objectName()]
    for _ in PAGES[1:]:
        enter(qtbot, wizard)
        seen.append(wizard.currentPage().objectName())
    assert seen == PAGES
    with qtbot.waitSignal(wizard.accepted):
        enter(qtbot, wizard)
    assert [i.title for i in store.items.active()] == _standard_titles()
    assert read_setting(store, CHECKIN_TIME) == time(20, 0)


def test_every_interactive_widget_is_named(wizard_for):
    wizard = wizard_for()
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QListWidget

    kinds = (QAbstractButton, QAbstractSpinBox, QLineEdit, QListWidget)
    for page in (wizard.page(n) for n in wizard.pageIds()):
        for kind in kinds:
            for widget in page.findChildren(kind):
                if widget.objectName().startswith("qt_"):
                    continue
                assert widget.objectName(), widget
                assert widget.accessibleName(), widget.objectName()


def test_the_welcome_says_it_is_not_for_emergencies(wizard_for):
    wizard = wizard_for()
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in wizard.welcome.findChildren(QLabel))
    assert "not for emergencies" in texts
    assert "stays on this computer" in texts


def test_set_up_later_gives_the_standard_plan(qtbot, wizard_for, store):
    wizard = wizard_for()
    enter(qtbot, wizard)  # on to the plan page: still nothing chosen for real
    with qtbot.waitSignal(wizard.rejected):
        qtbot.mouseClick(button(wizard, "WizardSetUpLater"), Qt.MouseButton.LeftButton)
    assert [i.title for i in store.items.active()] == _standard_titles()
    assert wizard.result() == 0


def test_a_template_is_applied_with_its_follow_up_schedule(qtbot, wizard_for, store):
    wizard = wizard_for()
    wizard.next()
    names = [wizard.plan.templates.item(n).text() for n in range(wizard.plan.templates.count())]
    row = next(n for n, name in enumerate(names) if name.startswith("Breast"))
    wizard.plan.templates.setCurrentRow(row)
    assert wizard.plan.template.isChecked()
    assert "breast cancer" in wizard.plan.description.text()
    wizard.next()  # contact: a template names no program
    assert wizard.contact.phone.text() == ""
    wizard.next()
    assert wizard.anchor.what.text() == "End of treatment"
    assert not wizard.anchor.known.isChecked()
    wizard.anchor.known.setChecked(True)
    wizard.anchor.on.setDate(wizard.anchor.on.date().addMonths(-2))
    wizard.next()
    wizard.next()
    assert "Breast" in wizard.done_page.summary()
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(button(wizard, "WizardFinish"), Qt.MouseButton.LeftButton)
    titles = {s.title for s in store.followup.all()}
    assert {"Oncologist visit", "Mammogram"} <= titles
    assert read_setting(store, FOLLOWUP_ANCHOR_EVENT) == "End of treatment"
    assert read_setting(store, FOLLOWUP_ANCHOR_ON) is not None
    assert store.checkups.planned(), "the follow-up schedule planned no checkups"


def test_a_broken_plan_file_shows_its_problem_and_next_stays_off(
    qtbot, wizard_for, tmp_path, monkeypatch
):
    broken = tmp_path / "broken.plan.json"
    broken.write_text('{"format": "between-checkups-plan", "version": 2,', encoding="utf-8")
    wizard = wizard_for()
    wizard.next()
    monkeypatch.setattr(wizard.plan, "ask_for_file", lambda: str(broken))
    qtbot.mouseClick(wizard.plan.open_button, Qt.MouseButton.LeftButton)
    assert wizard.plan.file.isChecked()
    assert wizard.plan.problems.isVisible()
    assert "cannot be used" in wizard.plan.problems.text()
    assert "line 1" in wizard.plan.problems.text().lower()
    assert not button(wizard, "WizardNext").isEnabled()
    wizard.plan.standard.setChecked(True)  # another choice: on again
    assert button(wizard, "WizardNext").isEnabled()


def test_a_plan_given_with_plan_is_chosen_and_fills_the_contact(
    qtbot, wizard_for, program_plan, store
):
    wizard = wizard_for(program_plan)
    assert wizard.plan.file.isChecked()
    assert "patient.plan.json" in wizard.plan.description.text()
    wizard.next()
    assert button(wizard, "WizardNext").isEnabled()
    wizard.next()
    assert wizard.contact.name.text() == "City Survivorship Program"
    assert wizard.contact.phone.text() == "555 0100"
    assert wizard.contact.after_hours.text() == "555 0199"
    wizard.next()
    assert wizard.anchor.known.isChecked()
    assert wizard.anchor.on.date().toString("yyyy-MM-dd") == "2026-09-30"
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.accepted):
        wizard.accept()
    assert read_setting(store, FOLLOWUP_ANCHOR_ON) == date(2026, 9, 30)
    assert read_setting(store, CARE_PHONE) == "555 0100"


def test_the_values_land_in_the_settings(qtbot, wizard_for, program_plan, store):
    wizard = wizard_for(program_plan)
    wizard.next()
    wizard.next()
    wizard.contact.name.setText("Nurse Sam")
    wizard.contact.phone.setText("555 0123")
    wizard.contact.after_hours.setText("")
    wizard.next()
    wizard.anchor.what.setText("Surgery")
    wizard.next()
    wizard.times.checkin_time.setTime(wizard.times.checkin_time.time().fromString("21:15", "HH:mm"))
    wizard.times.quiet_start.setTime(wizard.times.quiet_start.time().fromString("23:00", "HH:mm"))
    wizard.times.quiet_end.setTime(wizard.times.quiet_end.time().fromString("06:30", "HH:mm"))
    wizard.next()
    with qtbot.waitSignal(wizard.accepted):
        wizard.accept()
    assert read_setting(store, CARE_TEAM_NAME) == "Nurse Sam"
    assert read_setting(store, CARE_PHONE) == "555 0123"
    # Left empty here: the plan's number stays (an empty field changes nothing).
    assert read_setting(store, CARE_PHONE_AFTER_HOURS) == "555 0199"
    assert read_setting(store, FOLLOWUP_ANCHOR_EVENT) == "Surgery"
    assert read_setting(store, CHECKIN_TIME) == time(21, 15)
    assert read_setting(store, QUIET_HOURS) == QuietHours(time(23, 0), time(6, 30))


def test_reminders_can_be_switched_off(qtbot, wizard_for, store):
    wizard = wizard_for()
    for _ in range(4):
        wizard.next()
    wizard.times.checkin_on.setChecked(False)
    wizard.times.quiet_on.setChecked(False)
    wizard.next()
    wizard.accept()
    assert read_setting(store, CHECKIN_TIME) is None
    assert read_setting(store, QUIET_HOURS) is None


def test_without_the_wizard_a_plan_file_is_applied_directly(service, store, program_plan):
    app_module._seed_if_new(store, service, plan_file=program_plan, wizard=False)
    assert read_setting(store, CARE_PHONE) == "555 0100"
    assert {s.title for s in store.followup.all()} >= {"Mammogram"}


def test_without_the_wizard_a_broken_plan_file_gives_the_standard_plan(service, store, tmp_path):
    broken = tmp_path / "broken.plan.json"
    broken.write_text("not json", encoding="utf-8")
    app_module._seed_if_new(store, service, plan_file=broken, wizard=False)
    assert [i.title for i in store.items.active()] == _standard_titles()


@pytest.mark.parametrize(
    ("minimized", "env", "expected"),
    [
        (False, {}, True),
        (True, {}, False),
        (False, {app_module.EXIT_AFTER_PAINT_ENV: "1"}, False),
        (False, {app_module.NO_FIRST_START_ENV: "1"}, False),
    ],
)
def test_the_wizard_shows_only_for_a_person_at_the_screen(monkeypatch, minimized, env, expected):
    for name in (app_module.EXIT_AFTER_PAINT_ENV, app_module.NO_FIRST_START_ENV):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert app_module._wants_wizard(minimized) is expected


def test_the_window_takes_plan_from_the_command_line(monkeypatch, tmp_path):
    from planner import cli

    given: dict[str, object] = {}

    def fake_run_gui(data_dir, *, minimized=False, plan=None):
        given.update(data_dir=data_dir, minimized=minimized, plan=plan)
        return 0

    monkeypatch.setattr(app_module, "run_gui", fake_run_gui)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main(["--data-dir", str(tmp_path), "--plan", "patient.plan.json"]) == 0
    assert given == {"data_dir": str(tmp_path), "minimized": False, "plan": "patient.plan.json"}
