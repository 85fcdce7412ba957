"""Small steps the first-start tests share: find a button, press Enter where the focus is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from planner.ui.first_start.wizard import FirstStartWizard


def button(wizard: FirstStartWizard, name: str) -> QPushButton:
    found = wizard.findChild(QPushButton, name)
    assert found is not None, name
    return found


def enter(qtbot, wizard: FirstStartWizard) -> None:
    """Enter where the wizard's keyboard focus is (never a window an earlier test left)."""
    focused = QApplication.focusWidget()
    inside = focused is not None and (focused is wizard or wizard.isAncestorOf(focused))
    target = focused if inside else (wizard.focusWidget() or wizard)
    qtbot.keyClick(target, Qt.Key.Key_Return)
