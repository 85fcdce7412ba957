"""The Checkups page and the checkup editor through real widgets."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from planner.domain.journal import Checkup, CheckupKind
from planner.services.journal import JournalService
from planner.ui.checkups.checkup_editor import CheckupEditor
from planner.ui.checkups.checkups_page import NO_CHECKUP, CheckupCard, CheckupsPage
from tests.helpers.clock import NOW, TODAY, ZONE
from tests.helpers.widgets import clipped, unnamed


@pytest.fixture
def page_of(followup):
    """The Checkups page for a journal (with the follow-up schedule's service)."""
    return lambda journal: CheckupsPage(journal, followup)


def checkup(day: date, kind: CheckupKind = CheckupKind.BLOOD_TEST, **fields) -> Checkup:
    return Checkup(day, kind, ZONE.key, **fields)


def cards_in(box: QVBoxLayout) -> list[CheckupCard]:
    """The cards of one list, in the order they are shown."""
    return [box.itemAt(i).widget() for i in range(box.count())]


def days_in(box: QVBoxLayout) -> list[date]:
    return [card.checkup.day for card in cards_in(box)]


def test_add_a_checkup_through_the_editor(page_of, qtbot, shown, journal, store, when_modal):
    page = shown(page_of(journal), 1000, 720)
    assert page.next_label.text() == NO_CHECKUP
    assert page.coming_empty.isVisible()

    titles: list[str] = []

    def fill(editor):
        titles.append(editor.windowTitle())
        editor.kind.setCurrentIndex(editor.kind.findData(CheckupKind.SCAN))
        editor.day.setDate(QDate(2026, 12, 3))
        qtbot.mouseClick(editor.has_time, Qt.MouseButton.LeftButton)
        editor.at.setTime(QTime(9, 30))
        qtbot.keyClicks(editor.place, "City Hospital, clinic B")
        qtbot.mouseClick(editor.has_results, Qt.MouseButton.LeftButton)
        editor.results_on.setDate(QDate(2026, 12, 8))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    with qtbot.waitSignal(journal.bus.changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert titles == ["Add a checkup"]
    [saved] = store.checkups.all()
    assert saved == Checkup(
        date(2026, 12, 3),
        CheckupKind.SCAN,
        "America/New_York",
        time(9, 30),
        "City Hospital, clinic B",
        date(2026, 12, 8),
        id=saved.id,
        uid=saved.uid,
    )
    assert saved.uid  # made once, for the calendar
    assert page.next_label.text() == "Next checkup in 8 days: scan on 3\u00a0Dec at 09:30"
    assert not page.coming_empty.isVisible()
    [card] = cards_in(page.coming_box)
    assert card.title.text() == "Scan or imaging"
    assert card.when.text() == "Thu\u00a03\u00a0Dec\u00a02026, 09:30 (in 8 days)"
    assert card.place.text() == "City Hospital, clinic B"
    assert card.results.text() == "Results expected Tue\u00a08\u00a0Dec"
    assert cards_in(page.past_box) == []
    assert page.focusWidget() is card.edit_button  # the keyboard stays with what was added


def test_a_checkup_without_time_or_results_date(page_of, qtbot, shown, journal, store, when_modal):
    page = shown(page_of(journal))
    enabled: list[bool] = []

    def fill(editor):
        enabled.extend((editor.at.isEnabled(), editor.results_on.isEnabled()))
        editor.day.setDate(QDate(2026, 11, 26))
        editor.save_button.click()

    when_modal(fill)
    with qtbot.waitSignal(journal.bus.changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert enabled == [False, False]  # no time and no results date unless asked for
    [saved] = store.checkups.all()
    assert (saved.kind, saved.at, saved.results_on) == (CheckupKind.ONCOLOGIST, None, None)
    assert page.next_label.text() == "Next checkup is tomorrow: oncologist visit on 26\u00a0Nov"
    [card] = page.cards
    assert card.when.text() == "Thu\u00a026\u00a0Nov\u00a02026 (tomorrow)"
    # An oncologist visit has no results to wait for: nothing is said about them.
    assert card.results.text() == ""
    assert not card.results.isVisible()
    assert "Results" not in card.accessibleName()
    assert not card.place.isVisible()


def test_edit_changes_kind_place_and_results_date(
    page_of, qtbot, shown, journal, store, when_modal
):
    first = journal.save_checkup(checkup(date(2026, 12, 1), at=time(8, 0), place="Lab"))
    other = journal.save_checkup(checkup(date(2026, 12, 20)))
    page = shown(page_of(journal))
    card = page.card_for(first.id)

    loaded: list[object] = []

    def change(editor):
        loaded.extend((editor.windowTitle(), editor.place.text(), editor.at.time()))
        editor.kind.setCurrentIndex(editor.kind.findData(CheckupKind.ONCOLOGIST))
        editor.place.setText("Dr. Patel, Mercy Hospital")
        qtbot.mouseClick(editor.has_results, Qt.MouseButton.LeftButton)
        editor.results_on.setDate(QDate(2027, 1, 4))
        editor.save_button.click()

    when_modal(change)
    with qtbot.waitSignal(journal.bus.changed):
        qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)

    assert loaded == ["Change checkup", "Lab", QTime(8, 0)]
    assert store.checkups.all() == [
        checkup(
            date(2026, 12, 1),
            CheckupKind.ONCOLOGIST,
            at=time(8, 0),
            place="Dr. Patel, Mercy Hospital",
            results_on=date(2027, 1, 4),
            id=first.id,
            uid=first.uid,
            sequence=1,  # the calendar event changed: a calendar app takes the new one
        ),
        other,
    ]
    card = page.card_for(first.id)
    assert card.title.text() == "Oncologist visit"
    assert card.place.text() == "Dr. Patel, Mercy Hospital"
    # A new year is named; no date breaks across lines (no-break spaces).
    assert card.results.text() == "Results expected Mon\u00a04\u00a0Jan\u00a02027"
    assert card.accessibleName().startswith("Oncologist visit, Tue\u00a01\u00a0Dec\u00a02026")
    assert page.next_label.text() == (
        "Next checkup in 6 days: oncologist visit on 1\u00a0Dec at 08:00"
    )


def test_results_before_the_checkup_are_refused_and_nothing_is_saved(
    page_of, qtbot, shown, journal, store, when_modal
):
    page = shown(page_of(journal))
    seen: list[str] = []

    def wrong_then_cancel(editor):
        editor.day.setDate(QDate(2026, 12, 10))
        editor.has_results.setChecked(True)
        editor.results_on.setDate(QDate(2026, 12, 9))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        error = editor.findChild(QLabel, "EditorError")
        if editor.isVisible() and error.isVisible():
            seen.append(error.text())
        qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)

    when_modal(wrong_then_cancel)
    with qtbot.assertNotEmitted(journal.bus.changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert seen == [
        "The results can't come before the checkup. Please pick a results date on or "
        'after 10\u00a0Dec\u00a02026, or clear the "Results expected on" box.'
    ]
    assert store.checkups.all() == []
    assert page.cards == []
    assert page.next_label.text() == NO_CHECKUP


def test_the_results_date_follows_the_checkup_until_it_is_set(qtbot, journal):
    editor = CheckupEditor(journal)
    qtbot.addWidget(editor)
    editor.day.setDate(QDate(2027, 3, 1))
    assert editor.results_on.date() == QDate(2027, 3, 8)
    editor.has_results.setChecked(True)
    editor.results_on.setDate(QDate(2027, 3, 2))
    editor.day.setDate(QDate(2027, 3, 3))
    assert editor.results_on.date() == QDate(2027, 3, 2)  # the person's choice is kept


def test_editor_gives_back_an_unchanged_checkup_as_it_was(qtbot, journal):
    original = journal.save_checkup(
        checkup(
            date(2026, 12, 3),
            CheckupKind.SCAN,
            at=time(14, 45),
            place="Imaging center",
            results_on=date(2026, 12, 5),
            note="Bring the last report",
        )
    )
    editor = CheckupEditor(journal, original)
    qtbot.addWidget(editor)
    editor.save_button.click()
    assert editor.result_checkup() == original


def test_delete_asks_first_and_then_removes_the_checkup(
    page_of, qtbot, shown, journal, store, when_modal
):
    keep = journal.save_checkup(checkup(date(2026, 12, 14), CheckupKind.SCAN))
    gone = journal.save_checkup(checkup(date(2026, 11, 30)))
    page = shown(page_of(journal))
    asked: list[str] = []

    def answer(choice: str):
        def act(box):
            asked.append(box.text() if isinstance(box, QMessageBox) else "")
            box.findChild(QPushButton, choice).click()

        return act

    when_modal(answer("KeepCheckup"))
    with qtbot.assertNotEmitted(journal.bus.changed):
        qtbot.mouseClick(page.card_for(gone.id).delete_button, Qt.MouseButton.LeftButton)
    assert store.checkups.all() == [gone, keep]

    when_modal(answer("ConfirmDelete"))
    with qtbot.waitSignal(journal.bus.changed):
        qtbot.mouseClick(page.card_for(gone.id).delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete your blood test on 30\u00a0Nov?"] * 2
    assert store.checkups.all() == [keep]
    assert [c.checkup.id for c in page.cards] == [keep.id]
    assert page.next_label.text() == "Next checkup in 19 days: scan on 14\u00a0Dec"


def test_past_checkups_are_listed_newest_first(page_of, qtbot, shown, journal):
    for day in (date(2026, 3, 2), date(2026, 12, 1), date(2026, 11, 24), date(2026, 9, 9)):
        journal.save_checkup(checkup(day))
    journal.save_checkup(checkup(TODAY, CheckupKind.OTHER, at=time(8, 0)))  # already begun
    journal.save_checkup(checkup(date(2027, 1, 5), CheckupKind.SCAN))
    page = shown(page_of(journal))
    assert days_in(page.coming_box) == [TODAY, date(2026, 12, 1), date(2027, 1, 5)]
    assert days_in(page.past_box) == [date(2026, 11, 24), date(2026, 9, 9), date(2026, 3, 2)]
    assert not page.past_empty.isVisible()
    assert page.next_label.text() == "Next checkup is today: checkup on 25\u00a0Nov at 08:00"
    past = cards_in(page.past_box)[0]
    assert past.when.text() == "Tue\u00a024\u00a0Nov\u00a02026"  # no "in N days" for what is over


def test_checkups_saved_elsewhere_show_up(page_of, qtbot, shown, journal):
    page = page_of(journal)
    journal.save_checkup(checkup(date(2026, 12, 2)))  # while the page is hidden
    shown(page)
    assert days_in(page.coming_box) == [date(2026, 12, 2)]
    with qtbot.waitSignal(journal.bus.changed):
        journal.save_checkup(checkup(date(2026, 10, 1)))
    assert days_in(page.past_box) == [date(2026, 10, 1)]
    assert days_in(page.coming_box) == [date(2026, 12, 2)]


def test_a_failed_save_is_explained_and_changes_nothing(
    page_of, qtbot, shown, journal, store, when_modal
):
    page = shown(page_of(journal))
    problems: list[str] = []

    def read_problem(box):
        problems.append(box.text())
        box.accept()

    def fill(editor):
        editor.day.setDate(QDate(2026, 12, 3))
        when_modal(read_problem)
        editor.save_button.click()

    store.connection.execute("PRAGMA query_only = ON")  # every write now fails
    try:
        when_modal(fill)
        with qtbot.assertNotEmitted(journal.bus.changed):
            qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(problems))
    finally:
        store.connection.execute("PRAGMA query_only = OFF")
    assert problems == [
        "This could not be saved because the planner's file could not be written. "
        "Nothing was changed. Please try again; if it keeps happening, restart the app."
    ]
    assert store.checkups.all() == []
    assert page.cards == []
    assert page.next_label.text() == NO_CHECKUP


def test_every_control_is_named_and_nothing_is_cut_off_at_150_percent(
    page_of, qtbot, shown, journal, large_text
):
    journal.save_checkup(
        checkup(
            date(2026, 12, 3),
            CheckupKind.ONCOLOGIST,
            at=time(9, 30),
            place="Mercy Hospital Cancer Center, 3rd floor, check in at the front desk",
            results_on=date(2026, 12, 8),
        )
    )
    journal.save_checkup(checkup(date(2026, 6, 2), CheckupKind.OTHER))
    page = shown(page_of(journal), 760, 600)  # about its width beside the sidebar
    QApplication.processEvents()
    assert unnamed(page) == []
    assert clipped(page) == []
    scroll = page.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0  # long places wrap, no sideways scrolling
    names = {b.accessibleName() for b in page.findChildren(QPushButton)}
    assert {"Edit oncologist visit on 3 Dec", "Delete checkup on 2 Jun"} <= names

    editor = CheckupEditor(journal, journal.checkups()[1])
    qtbot.addWidget(editor)
    editor.show()  # at its own size: what it asks for must fit
    qtbot.waitExposed(editor)
    editor.results_on.setDate(QDate(2026, 12, 1))
    editor.has_results.setChecked(True)
    editor.save_button.click()
    QApplication.processEvents()
    assert editor.error.isVisible()
    assert unnamed(editor) == []
    assert clipped(editor) == []
    editor.close()


def test_the_days_left_count_down_on_a_new_day(page_of, qtbot, shown, store):
    from datetime import timedelta

    from planner.services.checklist import ChecklistService
    from tests.helpers.clock import NOW

    clock = [NOW]
    checklist = ChecklistService(store, ZONE, clock=lambda: clock[0])
    journal = JournalService(store, checklist)
    journal.save_checkup(checkup(date(2026, 11, 27)))
    page = shown(page_of(journal))
    assert page.next_label.text() == "Next checkup in 2 days: blood test on 27\u00a0Nov"
    assert not checklist.notice_new_day()  # the same day: nothing to announce
    clock[0] = NOW + timedelta(days=1)
    assert checklist.notice_new_day()  # the window asks every minute
    assert page.next_label.text() == "Next checkup is tomorrow: blood test on 27\u00a0Nov"
    assert page.cards[0].when.text() == "Fri\u00a027\u00a0Nov\u00a02026 (tomorrow)"


def test_tests_and_scans_without_a_results_date_say_so_kindly(
    page_of, qtbot, shown, journal, store
):
    day = TODAY + timedelta(days=3)
    for kind in CheckupKind:
        store.checkups.add(Checkup(day, kind, ZONE.key), NOW)
    page = shown(page_of(journal))
    said = {card.checkup.kind: card.results.text() for card in page.cards}
    kindly = "No date for the results yet. You can add it when you know it."
    assert said == {
        CheckupKind.ONCOLOGIST: "",
        CheckupKind.BLOOD_TEST: kindly,
        CheckupKind.SCAN: kindly,
        CheckupKind.OTHER: "",
    }
    for card in page.cards:
        assert card.results.isVisible() is bool(said[card.checkup.kind])
        assert "not set" not in card.accessibleName()


def test_the_place_field_keeps_one_line(qtbot, journal):
    editor = CheckupEditor(journal)
    qtbot.addWidget(editor)
    QApplication.clipboard().setText("City Hospital\r\nClinic B")
    editor.place.setFocus()
    editor.place.paste()
    assert editor.place.text() == "City Hospital  Clinic B"
