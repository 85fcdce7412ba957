"""The small "Add a question" window opened by the shortcut, the tray, Today and the
Journal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from planner.ui.questions.quick_add import ask_for_question
from tests.helpers.widgets import unnamed


def test_the_window_adds_one_question(qtbot, questions, when_modal):
    seen = {}

    def fill(dialog):
        try:
            type_and_add(dialog)
        finally:
            if dialog.isVisible():  # never left open, whatever happened
                dialog.reject()

    def type_and_add(dialog):
        seen["name"] = dialog.objectName()
        seen["title"] = dialog.windowTitle()
        seen["add_enabled"] = dialog.add_button.isEnabled()
        seen["unnamed"] = unnamed(dialog)
        seen["where"] = dialog.findChild(QLabel, "QuickQuestionWhere").text()
        qtbot.keyClicks(dialog.field, "Is this tiredness normal?")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Add is the default button

    when_modal(fill)
    assert ask_for_question(questions, None) is True

    assert seen == {
        "name": "QuickQuestion",
        "title": "Add a question",
        "add_enabled": False,  # nothing typed yet
        "unnamed": [],
        "where": "It will be on your list for your next checkup.",
    }
    assert [q.text for q in questions.open()] == ["Is this tiredness normal?"]


def test_cancel_adds_nothing(qtbot, questions, when_modal):
    def cancel(dialog):
        try:
            qtbot.keyClicks(dialog.field, "Never mind")
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(cancel)
    assert ask_for_question(questions, None) is False
    assert questions.open() == []
