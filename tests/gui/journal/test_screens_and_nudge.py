"""The questions asked every two weeks, their answer, and the gentle care-team note,
through the real widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

from planner.domain.journal import JournalEntry, Mood
from planner.domain.screens import ScreenKind
from planner.services.checklist import ChecklistService
from planner.services.journal import JournalService
from planner.services.settings import CARE_PHONE, CARE_PHONE_AFTER_HOURS, CARE_TEAM_NAME
from planner.storage.errors import StoreError, StoreProblem
from planner.ui.journal.nudge_banner import NudgeBanner
from planner.ui.journal.screens_dialog import ScreensDialog, ScreensPrompt
from planner.ui.kit.screen_words import emergency_text, thanks_text
from tests.helpers.clock import NOW, ZONE
from tests.helpers.widgets import clipped, unnamed

PHQ2, GAD2 = ScreenKind.PHQ2, ScreenKind.GAD2
CLICK = Qt.MouseButton.LeftButton
CONDITIONS = ("depress", "anxi", "disorder")


class Clock:
    """The tests' "now", which a test can move on."""

    def __init__(self) -> None:
        self.at = NOW

    def now(self):
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(store, clock) -> JournalService:
    return JournalService(store, ChecklistService(store, ZONE, clock=clock.now))


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


def settle_in(journal: JournalService) -> None:
    """A week of use and three check-ins: the questions are offered from now on."""
    for days_ago in (9, 8, 7.5):
        checkin(journal, days_ago, 2)


def set_contact(journal: JournalService, name: str, phone: str, late: str = "") -> None:
    for setting, value in ((CARE_TEAM_NAME, name), (CARE_PHONE, phone)):
        journal.settings.set(setting, value)
    journal.settings.set(CARE_PHONE_AFTER_HOURS, late)


# --- The dialog ---------------------------------------------------------------


def test_save_is_enabled_only_when_all_four_are_answered(qtbot, shown, journal, store):
    dialog = shown(ScreensDialog(journal))
    assert dialog.windowTitle() == "Questions about the last two weeks"
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


def test_negative_answers_get_a_plain_thank_you(qtbot, shown, journal):
    dialog = answer_and_save(qtbot, shown, journal, (1, 1), (0, 2))
    assert not dialog.positive
    assert visible_texts(dialog) == [thanks_text(), emergency_text()]
    assert "care team" not in " ".join(visible_texts(dialog))
    qtbot.mouseClick(dialog.close_button, CLICK)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(("phq2", "gad2"), [((3, 3), (3, 3)), ((2, 1), (0, 0)), ((0, 0), (1, 2))])
def test_positive_answers_get_support_and_who_to_call_at_once(qtbot, shown, journal, phq2, gad2):
    dialog = answer_and_save(qtbot, shown, journal, phq2, gad2)
    assert dialog.positive
    texts = visible_texts(dialog)
    assert texts[0] == "Thank you for answering"
    support = dialog.support_label.text()
    assert support.startswith("Your answers suggest the last two weeks have been hard.")
    call = dialog.call_label.text()
    assert "your care team or your doctor" in call  # nothing entered in Settings
    assert call.endswith(emergency_text())
    assert texts == ["Thank you for answering", support, call]
    whole = " ".join(texts)
    assert not any(ch.isdigit() for ch in whole)  # no score, no number made up
    assert not any(word in whole.lower() for word in CONDITIONS)


def test_the_support_names_the_care_team_and_follows_a_change_in_settings(qtbot, shown, journal):
    set_contact(journal, "Riverside clinic", "555 0100", "555 0199")
    dialog = answer_and_save(qtbot, shown, journal, (2, 2), (0, 0))
    call = dialog.call_label.text()
    assert "You could call Riverside clinic about how you feel: 555 0100." in call
    assert "Outside office hours, you can call 555 0199." in call
    journal.settings.set(CARE_PHONE, "555 0123")  # changed in Settings, the step still open
    assert "555 0123" in dialog.call_label.text()
    assert "555 0100" not in dialog.call_label.text()


def test_a_positive_screen_days_after_a_dismissed_note_still_gets_its_answer(
    qtbot, shown, journal, store, clock
):
    journal.save_screens({PHQ2: (3, 2), GAD2: (0, 0)})
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    qtbot.mouseClick(banner.dismiss_button, CLICK)  # the note is dismissed ...
    assert banner.isHidden()
    clock.at = NOW + timedelta(days=3)  # ... and three days later the answers are heavy again
    dialog = answer_and_save(qtbot, shown, journal, (0, 0), (2, 2))
    assert dialog.positive
    assert dialog.support_label.isVisible()
    assert "your care team or your doctor" in dialog.call_label.text()
    banner.refresh()  # and a new note, however recent the last one
    assert banner.nudge_id is not None
    assert "questions about the last two weeks" in banner.text()
    assert len(store.wellbeing.nudges()) == 2


def test_the_intro_says_nobody_reads_the_answers_and_the_app_is_not_for_emergencies(
    qtbot, shown, journal
):
    dialog = shown(ScreensDialog(journal))
    intro = dialog.findChild(QLabel, "ScreensIntro").text()
    assert "kept only on this computer" in intro
    assert "Nobody else reads them" in intro
    assert dialog.findChild(QLabel, "ScreensEmergency").text() == emergency_text()
    assert "call your local emergency number" in emergency_text()
    credit = dialog.findChild(QLabel, "ScreensSource").text()
    assert "PHQ-2" in credit
    assert "GAD-2" in credit
    assert "Kroenke, Spitzer, Williams and colleagues" in credit


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
        assert "talk to your care team or your doctor" in banner.text_label.text()
        assert "not a diagnosis" in banner.text_label.text()
        assert emergency_text() in banner.text_label.text()


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


def test_dismissed_note_hides_everywhere_and_stays_hidden_this_week(
    qtbot, shown, journal, store, clock
):
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

    checkin(journal, 0.1, 9)  # high worry, the same week: no new note for that
    today.refresh()
    journal_page.refresh()
    assert today.isHidden()
    assert journal_page.isHidden()

    clock.at = NOW + timedelta(hours=2)
    journal.save_screens({PHQ2: (3, 3), GAD2: (3, 3)})  # a positive screen: always answered
    today.refresh()
    journal_page.refresh()
    assert today.isVisible()
    assert journal_page.isVisible()
    assert len(store.wellbeing.nudges()) == 2


def test_note_includes_the_care_team_phone_when_set(qtbot, shown, journal):
    journal.set_care_phone("555 0100")
    journal.save_screens({PHQ2: (0, 0), GAD2: (2, 2)})
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert "555 0100" in banner.text_label.text()
    assert banner.dismiss_button.accessibleName() == "Dismiss this note"
    assert unnamed(banner) == []


def test_a_contact_changed_in_settings_shows_at_once_in_the_note(qtbot, shown, journal, store):
    journal.save_screens({PHQ2: (0, 0), GAD2: (2, 2)})
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert "your care team or your doctor" in banner.text()
    set_contact(journal, "Riverside clinic", "555 0100", "555 0199")
    text = banner.text()
    assert "You could call Riverside clinic about how you feel: 555 0100." in text
    assert "Outside office hours, you can call 555 0199." in text
    assert banner.accessibleDescription() == text
    journal.settings.set(CARE_TEAM_NAME, "")
    assert "You could call your care team about how you feel: 555 0100." in banner.text()
    assert len(store.wellbeing.nudges()) == 1  # the same note, worded again


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot, shown, journal):
    set_contact(journal, "<b>Dr. Lee</b>", "555 0100")
    journal.save_screens({PHQ2: (0, 0), GAD2: (2, 2)})
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert banner.text_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Dr. Lee</b>" in banner.text()


def test_note_without_a_phone_names_no_number(qtbot, shown, journal):
    journal.save_screens({PHQ2: (0, 0), GAD2: (2, 2)})
    banner = shown(NudgeBanner(journal), 700, 200)
    banner.refresh()
    assert banner.isVisible()
    assert not any(ch.isdigit() for ch in banner.text_label.text())


# --- The prompt -----------------------------------------------------------------


def test_prompt_shows_when_due_and_answer_now_saves(qtbot, shown, journal, store, when_modal):
    settle_in(journal)
    host = QWidget()
    column = QVBoxLayout(host)
    prompt = ScreensPrompt(journal)
    assert not prompt.isVisible()  # never opens as a window of its own
    column.addWidget(prompt)
    shown(host, 700, 200)
    assert prompt.isVisible()
    assert prompt.text_label.text() == (
        "It's time for the four short questions we ask every two weeks. They take about a minute."
    )
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
    settle_in(journal)
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
    settle_in(journal)
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


def test_the_questions_are_not_offered_in_a_new_persons_first_days(qtbot, shown, journal, clock):
    host = QWidget()
    column = QVBoxLayout(host)
    prompt = ScreensPrompt(journal)
    column.addWidget(prompt)
    shown(host, 700, 200)
    assert prompt.isHidden()  # the first day, nothing written yet
    for _ in range(3):
        journal.save_entry(journal.new_entry(mood=Mood.GOOD, worry=2))
    prompt.refresh()
    assert prompt.isHidden()  # three check-ins on the first day: still settling in
    clock.at = NOW + timedelta(days=7)
    prompt.refresh()
    assert prompt.isVisible()


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
