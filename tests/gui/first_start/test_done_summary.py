"""The last page says, in plain words, what Finish will set up, from the earlier pages;
what Finish then saves matches it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from planner.services.settings import FOLLOWUP_ANCHOR_ON, read_setting
from planner.ui.first_start.wizard import FirstStartWizard
from tests.gui.first_start.wizard_helpers import button, enter
from tests.helpers.widgets import clipped


def _to_done(wizard: FirstStartWizard) -> str:
    while wizard.currentPage() is not wizard.done_page:
        wizard.next()
    return wizard.done_page.summary()


def _finish(qtbot, wizard: FirstStartWizard) -> None:
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(button(wizard, "WizardFinish"), Qt.MouseButton.LeftButton)


def test_skipping_every_step_says_so_and_where_to_set_it_later(qtbot, wizard_for):
    wizard = wizard_for(active=True)
    while wizard.currentPage() is not wizard.done_page:
        enter(qtbot, wizard)
    text = wizard.done_page.summary()
    assert "Standard plan" in text
    assert "9 items will be added to your checklist." in text
    assert "You skipped this. You can add it later in Settings." in text  # care team
    assert "You skipped this. You can add the date later in Checkups." in text
    assert "Every evening at 20:00" in text
    assert "From 22:00 to 07:00" in text
    assert "item(s)" not in text


def test_a_program_plan_lists_its_contact_anchor_and_checkups(
    qtbot, wizard_for, program_plan, store
):
    wizard = wizard_for(program_plan)
    text = _to_done(wizard)
    assert "Breast cancer follow-up (example)" in text
    assert "City Survivorship Program" in text
    assert "Phone: 555 0100" in text
    assert "Out of hours: 555 0199" in text
    assert "Counted from: End of treatment, 30 Sep 2026." in text
    found = re.search(r"(\d+) checkups will be planned for the next two years", text)
    assert found, text
    _finish(qtbot, wizard)
    assert len(store.checkups.planned()) == int(found.group(1))


def test_changes_on_earlier_pages_show_on_the_last(qtbot, wizard_for, program_plan, store):
    wizard = wizard_for(program_plan)
    _to_done(wizard)
    while wizard.currentPage() is not wizard.contact:
        wizard.back()
    wizard.contact.phone.setText("555 0123")
    wizard.next()
    wizard.anchor.known.setChecked(False)  # "I do not know the date"
    wizard.next()
    wizard.times.checkin_on.setChecked(False)
    wizard.times.quiet_on.setChecked(False)
    text = _to_done(wizard)
    assert "Phone: 555 0123" in text
    assert "You skipped this. You can add the date later in Checkups." in text
    assert "Off. You can turn it on later in Settings." in text
    assert "Off. You can set them later in Settings." in text
    _finish(qtbot, wizard)
    assert read_setting(store, FOLLOWUP_ANCHOR_ON) is None  # as the last page said
    assert store.checkups.planned() == []


def test_the_summary_fits_the_smallest_window(qtbot, wizard_for, program_plan):
    wizard = wizard_for(program_plan)
    wizard.resize(wizard.minimumSize())
    _to_done(wizard)
    qtbot.waitUntil(lambda: not clipped(wizard.done_page))
    assert wizard.height() == wizard.minimumHeight()


def test_the_last_page_offers_finish_not_set_up_later(qtbot, wizard_for) -> None:
    wizard = wizard_for()
    later = button(wizard, "WizardSetUpLater")
    assert later.isVisible()
    while wizard.nextId() != -1:
        wizard.next()
    assert not later.isVisible()
    assert button(wizard, "WizardFinish").isVisible()
    wizard.back()
    assert later.isVisible()
    # Next and Finish share their place: the same width.
    assert (
        button(wizard, "WizardNext").minimumWidth() == button(wizard, "WizardFinish").minimumWidth()
    )
