"""What a person types in the wizard's time and date fields is what is saved, even when
they move on at once (Alt+N, or a click on Next), without Tab first."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox

from planner.domain.quiet_hours import QuietHours
from planner.services.settings import CHECKIN_TIME, FOLLOWUP_ANCHOR_ON, QUIET_HOURS, read_setting
from planner.ui.first_start.wizard import FirstStartWizard
from tests.gui.first_start.wizard_helpers import button
from tests.helpers.clock import TODAY

MOVES = ["Alt+N", "click Next"]


def _type_into(qtbot, field: QAbstractSpinBox, keys: str) -> None:
    """Tab into the field (its first part is selected) and type over it."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, keys)


def _move_on(qtbot, wizard: FirstStartWizard, how: str) -> None:
    page = wizard.currentPage()
    if how == "Alt+N":
        focused = page.focusWidget() or wizard
        qtbot.keyClick(focused, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    else:
        qtbot.mouseClick(button(wizard, "WizardNext"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is not page)


@pytest.mark.parametrize("how", MOVES)
def test_typed_reminder_times_are_saved(qtbot, wizard_for, store, how):
    wizard = wizard_for(active=True)
    while wizard.currentPage() is not wizard.times:
        wizard.next()
    times = wizard.times
    _type_into(qtbot, times.checkin_time, "21")  # a whole hour: 21:00
    _type_into(qtbot, times.quiet_end, "9")
    _type_into(qtbot, times.quiet_start, "1")  # half typed (1 could become 10 to 19): 01:00
    _move_on(qtbot, wizard, how)
    assert wizard.currentPage() is wizard.done_page
    summary = wizard.done_page.summary()
    assert "21:00" in summary
    assert "From 01:00 to 09:00" in summary
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(button(wizard, "WizardFinish"), Qt.MouseButton.LeftButton)
    assert read_setting(store, CHECKIN_TIME) == time(21, 0)
    assert read_setting(store, QUIET_HOURS) == QuietHours(time(1, 0), time(9, 0))


@pytest.mark.parametrize("how", MOVES)
def test_a_typed_anchor_day_is_saved(qtbot, wizard_for, store, how):
    wizard = wizard_for(active=True)
    while wizard.currentPage() is not wizard.anchor:
        wizard.next()
    qtbot.mouseClick(wizard.anchor.known, Qt.MouseButton.LeftButton)
    assert wizard.anchor.on.isEnabled()
    _type_into(qtbot, wizard.anchor.on, "3")  # the day
    _move_on(qtbot, wizard, how)
    assert wizard.currentPage() is wizard.times
    wizard.next()
    assert "3 Nov 2026" in wizard.done_page.summary()
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(button(wizard, "WizardFinish"), Qt.MouseButton.LeftButton)
    assert read_setting(store, FOLLOWUP_ANCHOR_ON) == date(TODAY.year, TODAY.month, 3)
