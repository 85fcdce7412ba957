"""Each plan choice shows its own description: the standard plan's, the chosen
template's, the chosen file's name and what it holds, or a prompt to pick one."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from planner.services.plans import read_plan, standard_plan_path
from planner.ui.first_start.wizard import FirstStartWizard
from tests.gui.first_start.wizard_helpers import button
from tests.helpers.clock import TODAY
from tests.helpers.widgets import clipped

STANDARD_WORDS = read_plan(standard_plan_path(), TODAY).description


def _plan_page(wizard_for, plan_file=None) -> FirstStartWizard:
    wizard = wizard_for(plan_file)
    while wizard.currentPage() is not wizard.plan:
        wizard.next()
    return wizard


def _click(qtbot, choice) -> None:
    """Click a choice on its round button (its row is wider than its words)."""
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))


def _pick_breast(wizard: FirstStartWizard) -> None:
    names = [wizard.plan.templates.item(n).text() for n in range(wizard.plan.templates.count())]
    wizard.plan.templates.setCurrentRow(next(n for n, t in enumerate(names) if "Breast" in t))


def test_the_standard_plan_shows_its_own_description(wizard_for):
    wizard = _plan_page(wizard_for)
    page = wizard.plan
    assert page.standard.isChecked()
    assert STANDARD_WORDS in page.description.text()
    assert "9 checklist items" in page.description.text()


def test_a_file_choice_never_shows_a_template_description(qtbot, wizard_for):
    wizard = _plan_page(wizard_for)
    page = wizard.plan
    _pick_breast(wizard)
    assert "breast cancer" in page.description.text()
    _click(qtbot, page.file)
    assert page.file.isChecked()
    text = page.description.text()
    assert "breast" not in text.lower()
    assert "Open a plan file" in text  # says how to choose one
    assert not button(wizard, "WizardNext").isEnabled()


def test_a_chosen_file_shows_its_name_and_what_it_holds(qtbot, wizard_for, program_plan):
    wizard = _plan_page(wizard_for)
    page = wizard.plan
    _click(qtbot, page.template)
    assert "Pick an example plan" in page.description.text()
    page.choose_file(program_plan)
    text = page.description.text()
    assert "patient.plan.json" in text
    assert "Breast cancer follow-up (example)" in text
    assert "9 checklist items and 2 follow-up schedules" in text
    assert "City Survivorship Program" in text
    _click(qtbot, page.standard)
    assert STANDARD_WORDS in page.description.text()
    assert "patient.plan.json" not in page.description.text()
    _click(qtbot, page.file)  # the file chosen before is still the file's description
    assert "patient.plan.json" in page.description.text()
    assert button(wizard, "WizardNext").isEnabled()


def test_a_broken_file_shows_its_name_and_problem_only_while_chosen(qtbot, wizard_for, tmp_path):
    broken = tmp_path / "broken.plan.json"
    broken.write_text("{", encoding="utf-8")
    wizard = _plan_page(wizard_for)
    page = wizard.plan
    page.choose_file(broken)
    assert "broken.plan.json" in page.description.text()
    assert page.problems.isVisible()
    _click(qtbot, page.standard)
    assert not page.problems.isVisible()
    assert STANDARD_WORDS in page.description.text()


def test_a_file_with_many_problems_shows_the_first_few_and_counts_the_rest(
    wizard_for, tmp_path, program_plan
):
    raw = json.loads(program_plan.read_text("utf-8"))
    for item in raw["items"]:
        item["titel"] = "a misspelled field"
    many = tmp_path / "many.plan.json"
    many.write_text(json.dumps(raw), encoding="utf-8")
    wizard = _plan_page(wizard_for)
    wizard.plan.choose_file(many)
    text = wizard.plan.problems.text()
    assert text.count('"titel"') == 3
    assert f"There are {len(raw['items']) - 3} more problems." in text
    assert "Ask your care team for a new file" in text


def test_nothing_on_the_plan_page_is_cut_off_at_the_smallest_size(
    qtbot, wizard_for, tmp_path, program_plan
):
    wizard = _plan_page(wizard_for)
    wizard.resize(wizard.minimumSize())
    broken = tmp_path / "broken.plan.json"
    broken.write_text("{", encoding="utf-8")
    for choose in (
        lambda: _click(qtbot, wizard.plan.standard),
        lambda: _pick_breast(wizard),
        lambda: wizard.plan.choose_file(program_plan),
        lambda: wizard.plan.choose_file(broken),
    ):
        choose()
        qtbot.waitUntil(lambda: not clipped(wizard.plan))
        assert wizard.height() == wizard.minimumHeight()  # the page did not grow the window
