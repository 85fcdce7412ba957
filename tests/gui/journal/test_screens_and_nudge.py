"""The two-weekly questions and the gentle care-team note, through the real widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

from planner.domain.journal import JournalEntry, Mood
from planner.domain.screens import ScreenKind
from planner.services.journal import JournalService
from planner.storage.errors import StoreError, StoreProblem
from planner.ui.journal.nudge_banner import NudgeBanner
from planner.ui.journal.screens_dialog import ScreensDialog, ScreensPrompt
from tests.helpers.clock import NOW
from tests.helpers.widgets import clipped, unnamed

PHQ2, GAD2 = ScreenKind.PHQ2, ScreenKind.GAD2
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def journal(store, service) -> JournalService:
    return JournalService(store, service)


def answer(qtbot, dialog: ScreensDialog, phq2: tuple[int, int], gad2: tuple[int, int]) -> None:
    """Click one answer per question, as a person would."""
    for kind, pair in ((PHQ2, phq2), (GAD2, gad2)):
        for number, score in enumerate(pair, start=1):
            qtbot.mouseClick(dialog.radios[(kind, number, score)], CLICK)


def answer_and_save(qtbot, shown, journal, phq2, gad2) -> ScreensDialog:
    dialog = shown(ScreensDialog(journal))
    answer(qtbot, dialog, phq2, gad2)
    qtbot.mouseClick(dialog.save_button, CLICK)
    return dialog


def visible_texts(root: QWidget) -> list[str]:
    return [label.text() for label in root.findChildren(QLabel) if label.isVisible()]


def checkin(journal: JournalService, days_ago: float, worry: int) -> None:
    """A check-in made ``days_ago`` before now, saved through the service."""
    at = NOW - timedelta(days=days_ago)
    journal.save_entry(
        JournalEntry(mood=Mood.OKAY, worry=worry, day=at.date(), at=at, zone=journal.zone_key)
    )


# --- The dialog ---------------------------------------------------------------


def test_save_is_enabled_only_when_all_four_are_answered(qtbot, shown, journal, store):
    dialog = shown(ScreensDialog(journal))
    assert dialog.windowTitle() == "Two-weekly questions"
    assert not dialog.save_button.isEnabled()
    clicks = [(PHQ2, 1, 1), (PHQ2, 2, 2), (GAD2, 1, 0)]
    for key in clicks:
        qtbot.mouseClick(dialog.radios[key], CLICK)
        assert not dialog.save_button.isEnabled()
    assert dialog.progress_label.text() == "3 of 4 answered"
    qtbot.mouseClick(dialog.radios[(GAD2, 2, 3)], CLICK)
    assert dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, CLICK)
    saved = {s.kind: s.answers for s in store.wellbeing.screens()}
    assert saved == {PHQ2: (1, 2), GAD2: (0, 3)}


def test_after_saving_only_thanks_no_score_or_diagnosis(qtbot, shown, journal):
    dialog = answer_and_save(qtbot, shown, journal, (3, 3), (3, 3))
    texts = visible_texts(dialog)
    assert texts == ["Thank you. Your answers are kept with your journal."]
    assert not any(ch.isdigit() for ch in " ".join(texts))
    qtbot.mouseClick(dialog.close_button, CLICK)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_changing_an_answer_keeps_only_the_last_choice(qtbot, shown, journal, store):
    dialog = shown(ScreensDialog(journal))
    answer(qtbot, dialog, (0, 0), (0, 0))
    qtbot.mouseClick(dialog.radios[(PHQ2, 1, 2)], CLICK)
    assert not dialog.radios[(PHQ2, 1, 0)].isChecked()
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert {s.kind: s.answers for s in store.wellbeing.screens()} == {PHQ2: (2, 0), GAD2: (0, 0)}


def test_standard_wording_is_shown_exactly(qtbot, shown, journal):
    dialog = shown(ScreensDialog(journal))
    texts = visible_texts(dialog)
    assert (
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
        in texts
    )
    questions = [
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
    ]
    assert [t for t in texts if t in questions] == questions  # PHQ-2 first, then GAD-2
    answers = ["Not at all", "Several days", "More than half the days", "Nearly every day"]
    radios = dialog.findChildren(QRadioButton)
    assert len(radios) == 16
    for number, question in enumerate(questions):
        group = radios[number * 4 : number * 4 + 4]
        assert [r.text() for r in group] == answers
        assert [r.accessibleName() for r in group] == [f"{question}: {a}" for a in answers]
    assert dialog.radios[(PHQ2, 1, 1)].accessibleName() == (
        "Little interest or pleasure in doing things: Several days"
    )
    assert unnamed(dialog) == []


def test_not_now_closes_without_saving(qtbot, shown, journal, store):
    dialog = shown(ScreensDialog(journal))
    answer(qtbot, dialog, (1, 1), (1, 1))
    qtbot.mouseClick(dialog.not_now_button, CLICK)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.isHidden()
    assert store.wellbeing.screens() == []


def test_a_storage_problem_is_told_and_the_answers_stay(
    qtbot, shown, journal, store, monkeypatch, problems
):
    def full_disk(_answers):
        raise StoreError(StoreProblem.DISK_FULL)

    monkeypatch.setattr(journal, "save_screens", full_disk)
    dialog = shown(ScreensDialog(journal))
    answer(qtbot, dialog, (2, 1), (0, 1))
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert problems == ["The disk is full, so this was not saved. Free some space and try again."]
    assert dialog.isVisible()
    assert not dialog.is_saved
    assert dialog.answers() == {PHQ2: (2, 1), GAD2: (0, 1)}
    assert dialog.save_button.isEnabled()


def test_answering_with_the_keyboard_only(qtbot, journal, store):
    dialog = ScreensDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    first = dialog.radios[(PHQ2, 1, 0)]
    qtbot.waitUntil(first.hasFocus)
    for number in range(4):
        focused = QApplication.focusWidget()
        assert isinstance(focused, QRadioButton)
        qtbot.keyClick(focused, Qt.Key.Key_Space)  # "Not at all"
        qtbot.keyClick(focused, Qt.Key.Key_Down)  # "Several days", chosen by moving to it
        if number < 3:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.answers() == {PHQ2: (1, 1), GAD2: (1, 1)}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.save_button
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert len(store.wellbeing.screens()) == 2
    qtbot.waitUntil(dialog.close_button.hasFocus)
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


# --- The care-team note -------------------------------------------------------


@pytest.mark.parametrize(
    ("phq2", "gad2", "expected"),
    [((1, 2), (0, 0), True), ((1, 1), (1, 1), False), ((0, 0), (2, 1), True)],
    ids=["phq2-of-3", "phq2-of-2", "gad2-of-3"],
)
def test_note_appears_for_a_total_of_3_and_not_for_2(
    qtbot, shown, journal, store, phq2, gad2, expected
):
    answer_and_save(qtbot, shown, journal, phq2, gad2).accept()
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert banner.isVisible() is expected
    assert len(store.wellbeing.nudges()) == (1 if expected else 0)  # logged when first shown
    if expected:
        assert "talk to your care team" in banner.text_label.text()
        assert "not a diagnosis" in banner.text_label.text()


@pytest.mark.parametrize(
    ("worries", "expected"),
    [((8, 7, 9, 2), True), ((8, 7, 2, 2), False), ((8, 9), False)],
    ids=["3-of-4-high", "2-of-4-high", "only-2-check-ins"],
)
def test_note_appears_when_worry_is_high_in_most_recent_check_ins(
    qtbot, shown, journal, worries, expected
):
    for days_ago, worry in enumerate(worries, start=1):
        checkin(journal, days_ago, worry)
    checkin(journal, 20, 2)  # older than two weeks: does not count
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert banner.isVisible() is expected
    if expected:
        assert banner.text_label.text().startswith("Your worry has been high")


def test_a_check_in_made_now_counts(qtbot, shown, journal):
    for _ in range(3):
        journal.save_entry(journal.new_entry(mood=Mood.BAD, worry=8))
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert banner.isVisible()


def test_dismissed_note_hides_everywhere_and_stays_hidden_this_week(qtbot, shown, journal, store):
    journal.save_screens({PHQ2: (2, 2), GAD2: (0, 0)})
    host = QWidget()
    column = QVBoxLayout(host)
    today, journal_page = NudgeBanner(journal), NudgeBanner(journal)
    column.addWidget(today)
    column.addWidget(journal_page)
    shown(host, 700, 500)
    today.refresh()
    journal_page.refresh()
    assert today.isVisible()
    assert journal_page.isVisible()
    assert len(store.wellbeing.nudges()) == 1  # the same note on both pages

    note_id = today.nudge_id
    with qtbot.waitSignal(today.dismissed) as blocker:
        qtbot.mouseClick(today.dismiss_button, CLICK)
    assert blocker.args == [note_id]
    assert today.isHidden()
    assert journal_page.isHidden()
    ((_, _, dismissed_at),) = store.wellbeing.nudges()
    assert dismissed_at == NOW

    journal.save_screens({PHQ2: (3, 3), GAD2: (3, 3)})  # again heavy, the same week
    today.refresh()
    journal_page.refresh()
    assert today.isHidden()
    assert journal_page.isHidden()


def test_note_includes_the_care_team_phone_when_set(qtbot, shown, journal):
    journal.set_care_phone("555 0100")
    journal.save_screens({PHQ2: (0, 0), GAD2: (2, 2)})
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert "555 0100" in banner.text_label.text()
    assert banner.dismiss_button.accessibleName() == "Dismiss this note"
    assert unnamed(banner) == []


def test_note_without_a_phone_names_no_number(qtbot, shown, journal):
    journal.save_screens({PHQ2: (0, 0), GAD2: (2, 2)})
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert banner.isVisible()
    assert not any(ch.isdigit() for ch in banner.text_label.text())


# --- The prompt -----------------------------------------------------------------


def test_prompt_shows_when_due_and_answer_now_saves(qtbot, shown, journal, store, when_modal):
    host = QWidget()
    column = QVBoxLayout(host)
    prompt = ScreensPrompt(journal)
    assert not prompt.isVisible()  # never opens as a window of its own
    column.addWidget(prompt)
    shown(host, 700, 200)
    assert prompt.isVisible()
    assert prompt.text_label.text() == ("It's time for the two-weekly questions (about a minute).")
    assert unnamed(prompt) == []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ScreensDialog)
        answer(qtbot, dialog, (0, 1), (1, 0))
        qtbot.mouseClick(dialog.save_button, CLICK)
        qtbot.mouseClick(dialog.close_button, CLICK)

    when_modal(fill)
    with qtbot.waitSignal(prompt.answered):
        qtbot.mouseClick(prompt.answer_button, CLICK)
    assert len(store.wellbeing.screens()) == 2
    assert prompt.isHidden()  # not due for another two weeks


def test_prompt_not_now_hides_it_for_the_session(qtbot, shown, journal, store):
    host = QWidget()
    column = QVBoxLayout(host)
    prompt = ScreensPrompt(journal)
    column.addWidget(prompt)
    shown(host, 700, 200)
    qtbot.mouseClick(prompt.later_button, CLICK)
    assert prompt.isHidden()
    prompt.refresh()
    assert prompt.isHidden()
    assert store.wellbeing.screens() == []


def test_prompt_is_not_shown_when_screens_are_off(qtbot, shown, journal):
    host = QWidget()
    column = QVBoxLayout(host)
    prompt = ScreensPrompt(journal)
    column.addWidget(prompt)
    shown(host, 700, 200)
    assert prompt.isVisible()
    journal.set_screens_on(False)  # switched off in Settings: the card goes at once
    assert prompt.isHidden()
    prompt.refresh()
    assert prompt.isHidden()

    fresh = ScreensPrompt(journal)
    column.addWidget(fresh)
    assert fresh.isHidden()


# --- Large text -----------------------------------------------------------------


def test_nothing_is_cut_off_at_150_percent_text(qtbot, journal, large_text):
    dialog = ScreensDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert clipped(dialog) == []
    for radio in dialog.findChildren(QRadioButton):
        assert radio.width() >= radio.sizeHint().width(), radio.accessibleName()
    # The questions scroll up and down, never sideways.
    scroll = dialog.findChild(QWidget, "ScreensScroll")
    assert scroll.horizontalScrollBar().maximum() == 0
    assert dialog.save_button.width() >= dialog.save_button.sizeHint().width()

    journal.set_care_phone("555 0100")
    journal.save_screens({PHQ2: (2, 2), GAD2: (0, 0)})
    host = QWidget()
    column = QVBoxLayout(host)
    prompt, banner = ScreensPrompt(journal), NudgeBanner(journal)
    prompt.refresh()
    column.addWidget(prompt)
    column.addWidget(banner)
    qtbot.addWidget(host)
    host.resize(640, 520)
    host.show()
    qtbot.waitExposed(host)
    banner.refresh()
    prompt.show()  # shown here even though answered, to check its layout too
    QApplication.processEvents()
    assert banner.isVisible()
    assert clipped(host) == []
    for button in (banner.dismiss_button, prompt.answer_button, prompt.later_button):
        assert button.width() >= button.sizeHint().width(), button.text()
