"""What a tester found on the Questions page in the real window: where a question marked
asked is kept, how checkups and dates are written, the status line after other changes,
and where the keyboard goes after Asked."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain.journal import CheckupKind, CheckupStatus
from planner.ui.questions.questions_page import QuestionsPage
from tests.gui.questions.conftest import NEXT_VISIT, visit
from tests.helpers.clock import NOW

NO_BREAK = "\u00a0"


def nb(text: str) -> str:
    """A date as the page writes it in a sentence: on one line (no-break spaces)."""
    return text.replace(" ", NO_BREAK)


def open_texts(page: QuestionsPage) -> list[str]:
    return [row.text.text() for row in page.open_rows]


def focused(page: QuestionsPage):
    return page.window().focusWidget()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_asked_with_no_checkup_that_week_is_kept_under_its_own_day(
    qtbot, shown, questions, journal
):
    """Marked asked with only a visit in January ahead: not filed under that visit (nor
    under an earlier one added afterwards), but under "Asked on other days"."""
    journal.save_checkup(visit(date(2027, 1, 6)))
    questions.add("Is this rash normal?")
    page = shown(QuestionsPage(questions), 1000, 720)

    click(qtbot, page.open_rows[0].asked_button)

    [saved] = questions.all()
    assert (saved.asked, saved.checkup_id) == (True, None)
    [group] = page.asked.groups
    assert group.checkup is None
    assert group.heading.text() == "Asked on other days"
    [row] = group.rows
    assert row.asked_day.isVisible()
    assert row.asked_day.text() == f"Asked on {nb('Wed 25 Nov')}"
    assert row.asked_day.text() in row.accessibleName()
    assert page.undo_bar.text.text() == (
        "Marked as asked. You will find it below, under “Asked on other days”."
    )

    journal.save_checkup(visit(date(2026, 12, 10)))  # an earlier visit, added elsewhere
    [group] = page.asked.groups
    assert group.checkup is None
    assert [r.text.text() for r in group.rows] == ["Is this rash normal?"]


def test_asked_at_a_checkup_of_the_last_week_has_no_day_of_its_own(qtbot, shown, questions, visits):
    questions.add("Do I need a scan?")
    page = shown(QuestionsPage(questions), 1000, 720)
    click(qtbot, page.open_rows[0].asked_button)
    [row] = page.asked_rows
    assert not row.asked_day.isVisible()


def test_the_kind_is_lower_case_inside_a_sentence_and_a_name_is_as_typed(
    shown, questions, journal, store
):
    """A schedule names its checkups after their kind ("Oncologist visit"): inside the
    sentence that is "oncologist visit", as for a checkup with no name."""
    planned = visit(
        NEXT_VISIT, title="Oncologist visit", status=CheckupStatus.PLANNED, due_on=NEXT_VISIT
    )
    store.checkups.add(planned, NOW)
    page = shown(QuestionsPage(questions), 1000, 720)
    assert page.for_label.text() == (
        f"For your oncologist visit on {nb('Tue 15 Dec')} (in 20 days). It is not booked yet."
    )


def test_a_checkups_own_name_is_shown_as_typed(shown, questions, journal):
    journal.save_checkup(visit(date(2026, 12, 1), CheckupKind.SCAN, title="Mammogram"))
    page = shown(QuestionsPage(questions), 1000, 720)
    assert page.for_label.text() == f"For your Mammogram on {nb('Tue 1 Dec')} (in 6 days)"


def test_a_checkup_with_a_time_keeps_its_date_and_time_on_one_line(
    qtbot, shown, questions, journal
):
    journal.save_checkup(visit(date(2026, 12, 7), at=time(10, 30)))
    page = shown(QuestionsPage(questions), 360, 600)  # narrow: the line wraps somewhere
    text = page.for_label.text()
    assert text == f"For your oncologist visit on {nb('Mon 7 Dec')} at 10:30 (in 12 days)"
    assert "7 Dec" not in text  # never "7" at a line's end and "Dec" on the next


def test_the_status_line_follows_the_list_when_it_changes_otherwise(
    qtbot, shown, questions, visits
):
    page = shown(QuestionsPage(questions), 1000, 720)
    page.field.setFocus()
    for text in ("first", "second", "third"):
        qtbot.keyClicks(page.field, text)
        qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.undo_bar.text.text() == "Added to your list as number 3."

    click(qtbot, page.open_rows[2].up_button)
    assert open_texts(page) == ["first", "third", "second"]
    assert page.undo_bar.text.text() == "Moved to number 2."
    click(qtbot, page.undo_bar.undo_button)
    assert open_texts(page) == ["first", "second", "third"]
    # The undos offered before it are still there, newest first.
    assert page.undo_bar.text.text() == "Added to your list as number 3."

    row = page.open_rows[0]
    click(qtbot, row.edit_button)
    row.field.selectAll()
    qtbot.keyClicks(row.field, "first, changed")
    qtbot.keyClick(row.field, Qt.Key.Key_Return)
    assert page.undo_bar.text.text() == "Question changed."
    click(qtbot, page.undo_bar.undo_button)
    assert open_texts(page) == ["first", "second", "third"]

    questions.add("From the tray")  # elsewhere: what the line said may be wrong now
    assert not page.undo_bar.isVisible()
    assert not page.undo_bar.can_undo()


def test_after_asked_a_second_quick_press_marks_nothing_more(qtbot, shown, questions, visits):
    for text in ("one", "two", "three"):
        questions.add(text)
    page = shown(QuestionsPage(questions), 1000, 720)
    page.open_rows[0].asked_button.setFocus()

    qtbot.keyClick(focused(page), Qt.Key.Key_Space)
    assert open_texts(page) == ["two", "three"]
    card = page.open_rows[0]
    assert focused(page) is card  # the next question itself, not its Asked button

    qtbot.keyClick(focused(page), Qt.Key.Key_Space)  # pressed twice, quickly
    qtbot.keyClick(focused(page), Qt.Key.Key_Return)
    assert open_texts(page) == ["two", "three"]
    assert len([q for q in questions.all() if q.asked]) == 1

    qtbot.keyClick(focused(page), Qt.Key.Key_Tab)  # on to that question's buttons
    assert focused(page) is card.down_button  # Move up is off for the first one


def test_a_double_click_on_asked_marks_one_question(qtbot, shown, questions, visits):
    for text in ("one", "two"):
        questions.add(text)
    page = shown(QuestionsPage(questions), 1000, 720)
    click(qtbot, page.open_rows[0].asked_button)
    # The second click lands where the button was: on the next question's Asked.
    click(qtbot, page.open_rows[0].asked_button)
    assert open_texts(page) == ["two"]
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    click(qtbot, page.open_rows[0].asked_button)  # later on: meant
    assert open_texts(page) == []
