"""The small "Add a question" window opened by the shortcut, the tray, Today and the
Journal: after Add it says the question was added, then closes by itself."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from planner.ui.questions import quick_add
from planner.ui.questions.quick_add import ask_for_question
from tests.helpers.widgets import unnamed

ADDED = "Added. It is on your list for your next checkup."


def test_the_window_adds_one_question_says_so_and_closes(qtbot, questions, when_modal, monkeypatch):
    monkeypatch.setattr(quick_add, "CONFIRM_MS", 100)
    seen = {}

    def fill(dialog):
        try:
            type_and_add(dialog)
        except BaseException:
            dialog.reject()  # never left open, whatever happened
            raise

    def type_and_add(dialog):
        seen["name"] = dialog.objectName()
        seen["title"] = dialog.windowTitle()
        seen["add_enabled"] = dialog.add_button.isEnabled()
        seen["unnamed"] = unnamed(dialog)
        seen["where"] = dialog.findChild(QLabel, "QuickQuestionWhere").text()
        qtbot.keyClicks(dialog.field, "Is this tiredness normal?")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Add is the default button
        note = dialog.findChild(QLabel, "QuickQuestionAdded")
        seen["added"] = note.text() if note.isVisible() else None
        seen["field_shown"] = dialog.field.isVisible()
        seen["focus"] = dialog.focusWidget().objectName()
        seen["close_default"] = dialog.close_button.isDefault()
        seen["told"] = dialog.close_button.accessibleDescription()
        seen["unnamed_after"] = unnamed(dialog)
        # Left alone: it closes by itself.

    when_modal(fill)
    assert ask_for_question(questions, None) is True

    assert seen == {
        "name": "QuickQuestion",
        "title": "Add a question",
        "add_enabled": False,  # nothing typed yet
        "unnamed": [],
        "where": "It will be on your list for your next checkup.",
        "added": ADDED,
        "field_shown": False,
        "focus": "QuickQuestionClose",
        "close_default": True,
        "told": ADDED,
        "unnamed_after": [],
    }
    assert [q.text for q in questions.open()] == ["Is this tiredness normal?"]


def test_add_another_then_escape(qtbot, questions, when_modal):
    seen = {}

    def two(dialog):
        try:
            qtbot.keyClicks(dialog.field, "First?")
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
            assert dialog.another_button.text() == "&Add another"  # Alt+A
            qtbot.mouseClick(dialog.another_button, Qt.MouseButton.LeftButton)
            seen["field"] = (dialog.field.isVisible(), dialog.field.text())
            seen["focus"] = dialog.focusWidget() is dialog.field
            seen["add_enabled"] = dialog.add_button.isEnabled()
            qtbot.keyClicks(dialog.field, "Second?")
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(two)
    assert ask_for_question(questions, None) is True  # added, though closed with Escape
    assert seen == {"field": (True, ""), "focus": True, "add_enabled": False}
    assert [q.text for q in questions.open()] == ["First?", "Second?"]


def test_enter_after_adding_closes_at_once(qtbot, questions, when_modal):
    def add_and_enter(dialog):
        try:
            qtbot.keyClicks(dialog.field, "Quick one?")
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Close
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(add_and_enter)
    started = time.monotonic()
    assert ask_for_question(questions, None) is True
    assert time.monotonic() - started < quick_add.CONFIRM_MS / 1000
    assert [q.text for q in questions.open()] == ["Quick one?"]


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
