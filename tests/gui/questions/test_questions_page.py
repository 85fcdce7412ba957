"""The Questions page through real widgets: add in a row, reorder, mark asked, answer,
put back, the care team's check-ins, and text that is long or looks like markup."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMimeData, Qt
from PySide6.QtWidgets import QApplication, QLabel

from planner.domain.journal import Mood
from planner.domain.questions import MAX_ANSWER_LENGTH, MAX_QUESTION_LENGTH
from planner.ui.questions.questions_page import QuestionsPage
from tests.helpers.widgets import clipped, unnamed

MEGABYTE = ("A long line of pasted text. " * 40 + "\n") * 900


def nb(text: str) -> str:
    """A date as the page writes it in a sentence: on one line (no-break spaces)."""
    return text.replace(" ", "\u00a0")


def open_texts(page: QuestionsPage) -> list[str]:
    return [row.text.text() for row in page.open_rows]


def focused(page: QuestionsPage):
    """The widget that has the keyboard in the page's window (active or not)."""
    return page.window().focusWidget()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_question(qtbot, page: QuestionsPage, text: str) -> None:
    qtbot.keyClicks(page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def test_three_questions_typed_in_a_row_each_with_enter(qtbot, shown, questions, visits):
    page = shown(QuestionsPage(questions), 1000, 720)
    assert page.for_label.text() == f"For your oncologist visit on {nb('Tue 15 Dec')} (in 20 days)"
    assert page.open_empty.isVisible()
    page.field.setFocus()

    for text in ("When will I get my results?", "Can I swim again?", "Is tiredness normal?"):
        type_question(qtbot, page, text)
        assert page.field.text() == ""  # cleared, and still there for the next one
        assert focused(page) is page.field

    assert open_texts(page) == [
        "When will I get my results?",
        "Can I swim again?",
        "Is tiredness normal?",
    ]
    assert [q.text for q in questions.open()] == open_texts(page)
    assert [row.number.text() for row in page.open_rows] == ["1.", "2.", "3."]
    assert page.count_label.text() == "3 questions"
    assert not page.open_empty.isVisible()
    assert page.undo_bar.text.text() == "Added to your list as number 3."

    type_question(qtbot, page, "   ")  # nothing to add: nothing happens
    assert len(questions.open()) == 3
    assert unnamed(page) == []
    assert clipped(page) == []


def test_without_a_checkup_the_list_is_for_the_next_one(shown, questions):
    page = shown(QuestionsPage(questions))
    assert page.for_label.text() == "For your next checkup"


def test_reorder_with_the_buttons_and_with_alt_arrows(qtbot, shown, questions, visits):
    for text in ("first", "second", "third"):
        questions.add(text)
    page = shown(QuestionsPage(questions), 1000, 720)
    assert not page.open_rows[0].up_button.isEnabled()
    assert not page.open_rows[2].down_button.isEnabled()

    click(qtbot, page.open_rows[0].down_button)
    assert open_texts(page) == ["second", "first", "third"]
    assert [q.text for q in questions.open()] == ["second", "first", "third"]
    # The keyboard follows the question it moved.
    assert focused(page) is page.open_rows[1].down_button

    page.open_rows[1].asked_button.setFocus()
    qtbot.keyClick(page.open_rows[1].asked_button, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert open_texts(page) == ["second", "third", "first"]
    assert focused(page) is page.open_rows[2].asked_button  # the same control, on the moved row

    qtbot.keyClick(page.open_rows[2].asked_button, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.open_rows[1].asked_button, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert open_texts(page) == ["first", "second", "third"]
    # At the top, Alt+Up does nothing.
    qtbot.keyClick(page.open_rows[0].asked_button, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [q.text for q in questions.open()] == ["first", "second", "third"]


def test_asked_moves_to_the_checkup_it_was_asked_at_and_can_be_undone(
    qtbot, shown, questions, visits
):
    last, _upcoming = visits
    for text in ("Do I need a scan?", "Can I travel?"):
        questions.add(text)
    page = shown(QuestionsPage(questions), 1000, 720)
    assert page.asked.empty.isVisible()

    click(qtbot, page.open_rows[0].asked_button)

    assert open_texts(page) == ["Can I travel?"]
    [group] = page.asked.groups
    assert group.checkup.id == last.id
    assert group.heading.text() == f"Oncologist visit, {nb('Fri 20 Nov 2026')}"
    assert [row.text.text() for row in group.rows] == ["Do I need a scan?"]
    assert not page.asked.empty.isVisible()
    # The keyboard goes to the card of the question that took its place (not its Asked).
    assert focused(page) is page.open_rows[0]
    assert page.undo_bar.isVisible()
    assert f"Oncologist visit, {nb('Fri 20 Nov 2026')}" in page.undo_bar.text.text()

    click(qtbot, page.undo_bar.undo_button)
    assert open_texts(page) == ["Do I need a scan?", "Can I travel?"]
    assert page.asked.groups == []


def test_an_answer_is_saved_and_shown(qtbot, shown, questions, visits):
    question = questions.add("What do my blood results mean?")
    questions.set_asked(question, True)
    page = shown(QuestionsPage(questions), 1000, 720)
    [row] = page.asked_rows
    assert row.no_answer.isVisible()
    assert row.answer_button.text() == "Write the answer"

    click(qtbot, row.answer_button)
    assert row.field.isVisible()
    assert focused(page) is row.field
    qtbot.keyClicks(row.field, "All normal.")
    qtbot.keyClick(row.field, Qt.Key.Key_Return)  # a new line in the answer
    qtbot.keyClicks(row.field, "Next test in June.")
    click(qtbot, row.save_button)

    [saved] = [q for q in questions.all() if q.asked]
    assert saved.answer == "All normal.\nNext test in June."
    [row] = page.asked_rows
    assert row.answer.text() == "All normal.\nNext test in June."
    assert row.answer.isVisible()
    assert not row.no_answer.isVisible()
    assert row.answer_button.text() == "Change the answer"
    assert focused(page) is row.answer_button


def test_not_asked_after_all_puts_it_back_on_the_list(qtbot, shown, questions, visits):
    kept = questions.add("Should I see a nutritionist?")
    questions.add("Can I swim?")
    questions.set_asked(kept, True)
    page = shown(QuestionsPage(questions), 1000, 720)
    assert open_texts(page) == ["Can I swim?"]

    click(qtbot, page.asked_rows[0].back_button)

    assert page.asked_rows == []
    assert open_texts(page) == ["Should I see a nutritionist?", "Can I swim?"]  # its place
    assert page.undo_bar.text.text() == "Back on your list for your next checkup."
    assert focused(page) is page.open_rows[0]  # its card: Space again does not mark it


def test_check_ins_for_the_care_team_are_listed_beside_the_questions(
    shown, questions, add_checkin, visits
):
    add_checkin(2, Mood.BAD, 7, "Woke at 3 am <i>worried</i> about the scan.")
    add_checkin(1, Mood.GOOD, 2)
    add_checkin(1, Mood.OKAY, 4, "Not for them", for_care_team=False)
    add_checkin(9, Mood.AWFUL, 9, "Before the last visit")  # before 20 Nov
    page = shown(QuestionsPage(questions), 1000, 720)

    cards = page.care.cards
    assert [card.when.text() for card in cards] == [
        nb("Mon 23 Nov, 09:00"),
        nb("Tue 24 Nov, 09:00"),
    ]
    assert [card.feelings.text() for card in cards] == [
        "Mood: Bad · Worry: 7 of 10",
        "Mood: Good · Worry: 2 of 10",
    ]
    assert cards[0].note.text() == "Woke at 3 am <i>worried</i> about the scan."
    assert cards[0].note.textFormat() == Qt.TextFormat.PlainText
    assert not cards[1].note.isVisible()
    assert not page.care.empty.isVisible()
    note = page.findChild(QLabel, "EmergencyNote")
    assert "not for emergencies" in note.text()
    assert note.text().startswith("You could talk to your care team or your doctor")
    assert "does not send" in page.findChild(QLabel, "QuestionsNotSent").text()


def test_a_pasted_megabyte_is_cut_with_a_plain_message(qtbot, shown, questions, visits):
    page = shown(QuestionsPage(questions), 1000, 720)
    QApplication.clipboard().setText(MEGABYTE)
    page.field.setFocus()
    page.field.paste()
    assert len(page.field.text()) == MAX_QUESTION_LENGTH
    assert "\n" not in page.field.text()
    assert page.add_row.limit.isVisible()
    assert page.add_row.limit.text().startswith("A question can be up to 500 characters")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    [saved] = questions.open()
    assert len(saved.text) <= MAX_QUESTION_LENGTH

    questions.set_asked(saved, True)
    [row] = page.asked_rows
    click(qtbot, row.answer_button)
    source = QMimeData()
    source.setText(MEGABYTE)
    with qtbot.waitSignal(row.field.trimmed):
        row.field.insertFromMimeData(source)
    assert len(row.field.toPlainText()) == MAX_ANSWER_LENGTH
    assert row.limit.isVisible()
    limit = QLocale().toString(MAX_ANSWER_LENGTH)  # "4,000" or "4000", as the locale writes it
    assert (
        row.limit.text() == f"An answer can be up to {limit} characters, so the rest was left out."
    )


def test_markup_looking_words_are_shown_as_typed(qtbot, shown, questions, visits):
    page = shown(QuestionsPage(questions), 1000, 720)
    type_question(qtbot, page, "<b>hi</b> & {braces}")
    [row] = page.open_rows
    assert row.text.text() == "<b>hi</b> & {braces}"
    assert row.text.textFormat() == Qt.TextFormat.PlainText
    assert "<b>hi</b>" in row.accessibleName()


def test_edit_in_place_saves_with_enter_and_escape_keeps_the_words(qtbot, shown, questions, visits):
    questions.add("Can I swim?")
    page = shown(QuestionsPage(questions), 1000, 720)
    row = page.open_rows[0]
    click(qtbot, row.edit_button)
    assert focused(page) is row.field
    qtbot.keyClicks(row.field, " In the sea?")
    qtbot.keyClick(row.field, Qt.Key.Key_Escape)
    assert not row.editing()
    assert questions.open()[0].text == "Can I swim?"

    click(qtbot, row.edit_button)
    row.field.selectAll()
    qtbot.keyClicks(row.field, "Can I swim in the sea?")
    qtbot.keyClick(row.field, Qt.Key.Key_Return)
    assert questions.open()[0].text == "Can I swim in the sea?"
    assert open_texts(page) == ["Can I swim in the sea?"]
    assert focused(page) is page.open_rows[0].edit_button


def test_delete_and_undo_put_the_question_back_in_its_place(qtbot, shown, questions, visits):
    for text in ("one", "two", "three"):
        questions.add(text)
    page = shown(QuestionsPage(questions), 1000, 720)
    click(qtbot, page.open_rows[1].delete_button)
    assert open_texts(page) == ["one", "three"]
    click(qtbot, page.open_rows[1].delete_button)  # a second press: the next one
    assert open_texts(page) == ["one"]

    click(qtbot, page.undo_bar.undo_button)
    click(qtbot, page.undo_bar.undo_button)
    assert open_texts(page) == ["one", "two", "three"]
    assert not page.undo_bar.isVisible()


def test_a_change_elsewhere_keeps_the_words_being_written_and_the_scroll(
    qtbot, shown, questions, visits
):
    for n in range(12):
        questions.add(f"Question number {n}")
    page = shown(QuestionsPage(questions), 900, 500)
    row = page.open_rows[8]
    click(qtbot, row.edit_button)
    qtbot.keyClicks(row.field, " and more")
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()

    questions.add("Added from the tray")  # another part of the app

    assert open_texts(page)[-1] == "Added from the tray"
    row = page.open_rows[8]
    assert row.editing()
    assert row.field.toPlainText() == "Question number 8 and more"
    assert focused(page) is row.field
    assert bar.value() == scrolled


def test_a_hidden_page_reads_again_when_shown(qtbot, shown, questions, visits):
    page = shown(QuestionsPage(questions))
    page.hide()
    questions.add("Added while away")
    assert page.stale
    assert open_texts(page) == []
    page.show()
    qtbot.waitExposed(page)
    assert open_texts(page) == ["Added while away"]


def test_large_text_in_a_narrow_window_cuts_nothing_off(
    qtbot, shown, questions, visits, large_text
):
    questions.add("Is it normal to feel this tired three months after treatment ended?")
    asked = questions.add("What signs should I watch for?")
    questions.set_asked(asked, True)
    page = shown(QuestionsPage(questions), 440, 480)
    assert page.open_rows[0].buttons.folded()
    assert page.scroll.horizontalScrollBar().maximum() == 0
    assert clipped(page) == []
    page.asked_rows[0].open_editor()
    assert unnamed(page) == []  # the asked rows and the open editor too


def test_the_care_teams_number_is_shown_beside_the_notes_for_them(shown, store, questions):
    from planner.services.settings import CARE_PHONE, CARE_TEAM_NAME, Settings

    Settings(store).set(CARE_TEAM_NAME, "Oak Clinic")
    Settings(store).set(CARE_PHONE, "555 0100")
    page = shown(QuestionsPage(questions), 1000, 720)
    note = page.findChild(QLabel, "EmergencyNote")
    assert note.text().startswith("You could call Oak Clinic about how you feel: 555 0100.")
    assert "not for emergencies" in note.text()
