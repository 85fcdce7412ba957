"""An editor opened in place is scrolled fully into view, down to its Save and Cancel, and
kept there as it grows."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from planner.ui.questions.questions_page import QuestionsPage

MEGABYTE = ("A long line of pasted text. " * 40 + "\n") * 900


def in_view(page: QuestionsPage, widget: QWidget) -> bool:
    """Whether all of ``widget`` is inside the part of the page that can be seen."""
    viewport = page.scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return widget.isVisible() and viewport.rect().contains(QRect(top_left, widget.size()))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settled(qtbot) -> None:
    """Let the page lay itself out again (until then, the old places are still given)."""
    qtbot.wait(50)


def test_the_answers_note_opens_with_save_and_cancel_in_view(qtbot, shown, questions, visits):
    for n in range(6):
        questions.add(f"Question number {n}")
    questions.set_asked(questions.add("What did the scan show?"), True)
    page = shown(QuestionsPage(questions), 900, 420)
    [row] = page.asked_rows
    page.scroll.ensureWidgetVisible(row.answer_button, 0, 0)  # at the foot of the view
    assert in_view(page, row.answer_button)

    click(qtbot, row.answer_button)
    settled(qtbot)
    qtbot.waitUntil(lambda: in_view(page, row.save_button) and in_view(page, row.cancel_button))
    assert in_view(page, row.field)

    source = QMimeData()
    source.setText(MEGABYTE)
    row.field.insertFromMimeData(source)  # cut to fit: a line about it appears below
    assert row.limit.isVisible()
    settled(qtbot)
    qtbot.waitUntil(lambda: in_view(page, row.limit) and in_view(page, row.save_button))


def test_changing_a_question_at_the_foot_of_the_view_shows_its_save(
    qtbot, shown, questions, visits
):
    for n in range(8):
        questions.add(f"Question number {n}")
    page = shown(QuestionsPage(questions), 900, 420)
    row = page.open_rows[3]
    page.scroll.ensureWidgetVisible(row.edit_button, 0, 0)
    click(qtbot, row.edit_button)
    settled(qtbot)
    qtbot.waitUntil(lambda: in_view(page, row.save_button) and in_view(page, row.field))

    row.field.selectAll()
    qtbot.keyClicks(row.field, " ")
    qtbot.keyClick(row.field, Qt.Key.Key_Return)  # nothing to save: a line says why
    assert row.problem.isVisible()
    settled(qtbot)
    qtbot.waitUntil(lambda: in_view(page, row.problem) and in_view(page, row.save_button))


def test_an_editor_reopened_by_a_change_elsewhere_leaves_the_scroll_alone(
    qtbot, shown, questions, visits
):
    for n in range(12):
        questions.add(f"Question number {n}")
    page = shown(QuestionsPage(questions), 900, 420)
    click(qtbot, page.open_rows[10].edit_button)
    qtbot.waitUntil(lambda: in_view(page, page.open_rows[10].save_button))
    bar = page.scroll.verticalScrollBar()
    bar.setValue(0)  # scrolled up to read the list, the field still open below
    questions.add("Added from the tray")
    qtbot.wait(50)
    assert page.open_rows[10].editing()
    assert bar.value() == 0
