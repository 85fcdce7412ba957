"""The journal in the real window: Today's check-in card, the evening check-in reminder,
and the journal's settings."""

from __future__ import annotations

import json
from datetime import time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain.journal import Checkup, CheckupKind, Mood
from planner.domain.model import CheckOff, Status
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import CHECKIN
from planner.services.journal import CHECKIN_DRAFT
from planner.services.settings import CARE_PHONE, CHECKIN_TIME, SCREENS_ON, Settings, read_setting
from planner.storage.store import Store
from tests.helpers.clock import BERLIN, DAY, RunningClock, berlin


def walk_done(store: Store, walk) -> None:  # noqa: F811
    """The 08:30 walk was answered, so only the evening check-in is left to remind."""
    store.checkoffs.record(CheckOff(walk.id, DAY, Status.DONE, recorded_at=berlin(8, 40)))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_today_card_checks_in_with_three_clicks(qtbot, store, walk, open_window):  # noqa: F811
    window = open_window(RunningClock(berlin(9, 0)))
    window.attach_journal()
    card = window.checkin_card
    qtbot.waitUntil(card.form.isVisible)
    click(qtbot, card.form.mood_group.button(Mood.OKAY))
    click(qtbot, card.form.worry_group.button(5))
    click(qtbot, card.form.save_button)
    (entry,) = store.journal.all()
    assert (entry.mood, entry.worry, entry.day) == (Mood.OKAY, 5, DAY)
    assert card.done_row.isVisible()
    assert card.done_label.text() == (
        "You checked in today at 09:00: mood okay, worry 5 of 10. Thank you."
    )
    click(qtbot, card.again_button)
    assert card.form.isVisible()
    assert card.form.mood_and_worry() == (None, None)


def test_today_card_more_opens_the_journal_with_the_choices_made(
    qtbot,
    store,
    walk,  # noqa: F811
    open_window,  # noqa: F811
):
    window = open_window(RunningClock(berlin(9, 0)))
    window.attach_journal()
    card = window.checkin_card
    click(qtbot, card.form.mood_group.button(Mood.BAD))
    click(qtbot, card.form.worry_group.button(8))
    window.activateWindow()
    qtbot.waitActive(window)
    click(qtbot, card.form.more_button)
    assert window.current_page() is window.page("journal")
    form = window.page("journal").form
    assert form.mood_and_worry() == (Mood.BAD, 8)
    assert form.details.isVisible()
    qtbot.waitUntil(form.note.hasFocus)


def test_today_card_shows_the_next_checkup(qtbot, store, walk, open_window):  # noqa: F811
    store.checkups.add(
        Checkup(DAY + timedelta(days=3), CheckupKind.SCAN, BERLIN.key, at=time(9, 30)),
        berlin(8, 0),
    )
    window = open_window(RunningClock(berlin(9, 0)))
    window.attach_journal()
    label = window.checkin_card.next_checkup
    qtbot.waitUntil(label.isVisible)
    assert label.text() == "Next checkup in 3 days: scan on 7 May at 09:30"


def test_the_evening_check_in_reminder_opens_the_check_in(
    qtbot,
    store: Store,
    walk,  # noqa: F811
    open_window,  # noqa: F811
):
    Settings(store).set(CHECKIN_TIME, time(20, 0))
    walk_done(store, walk)
    window = open_window(RunningClock(berlin(19, 59, 59)))
    window.attach_journal()
    panel = window.presenter.panel
    qtbot.waitUntil(panel.isVisible, timeout=4000)
    assert panel.titles() == ["Evening check-in"]
    (row,) = panel.rows
    assert row.done_button.text() == "Check in"
    click(qtbot, row.done_button)
    assert panel.rows == []  # answered; it stays in view a moment, saying so
    panel.close_up()  # as when that moment is over
    assert panel.isHidden()
    assert window.current_page() is window.page("journal")
    (logged,) = [e for e in store.reminder_log.since(DAY).values() if e.source == CHECKIN]
    assert logged.outcome is Outcome.DONE
    # No checklist item was touched (the walk was answered before).
    assert [c.item_id for c in store.checkoffs.between(DAY, DAY)] == [walk.id]


def test_checking_in_clears_a_shown_check_in_reminder_and_none_comes_that_day(
    qtbot,
    store: Store,
    walk,  # noqa: F811
    open_window,  # noqa: F811
):
    Settings(store).set(CHECKIN_TIME, time(20, 0))
    walk_done(store, walk)
    window = open_window(RunningClock(berlin(19, 59, 59)))
    window.attach_journal()
    panel = window.presenter.panel
    qtbot.waitUntil(panel.isVisible, timeout=4000)
    card = window.checkin_card
    click(qtbot, card.form.mood_group.button(Mood.GOOD))
    click(qtbot, card.form.worry_group.button(2))
    click(qtbot, card.form.save_button)
    assert panel.rows == []
    panel.close_up()  # as when the answered row's moment in view is over
    assert panel.isHidden()
    # Tomorrow's comes; today's never again.
    assert berlin(20, 0, day=DAY + timedelta(days=1)) in window.presenter.reminders.job_times()
    window.presenter.reminders.replan("test")
    assert panel.isHidden()


def test_settings_change_the_evening_reminder_and_keep_the_phone(
    qtbot,
    store: Store,
    walk,  # noqa: F811
    open_window,  # noqa: F811
):
    window = open_window(RunningClock(berlin(9, 0)))
    window.show_page("settings")
    page = window.page("settings")
    assert page.checkin_check.isChecked()
    assert page.checkin_time.time().toString("HH:mm") == "20:00"
    page.checkin_time.setTime(page.checkin_time.time().fromString("21:15", "HH:mm"))
    assert read_setting(store, CHECKIN_TIME) == time(21, 15)
    assert berlin(21, 15) in window.presenter.reminders.job_times()
    click(qtbot, page.checkin_check)
    assert read_setting(store, CHECKIN_TIME) is None
    assert berlin(21, 15) not in window.presenter.reminders.job_times()
    page.phone.setFocus()
    qtbot.keyClicks(page.phone, "555 0100")
    page.phone.editingFinished.emit()
    assert read_setting(store, CARE_PHONE) == "555 0100"
    page.screens_check.setChecked(False)
    assert read_setting(store, SCREENS_ON) is False
    QApplication.processEvents()


def test_an_unsaved_check_in_shows_on_today_and_continues_in_the_journal(
    qtbot,
    store: Store,
    walk,  # noqa: F811
    open_window,  # noqa: F811
):
    # As after a crash: the Journal's form had kept a draft.
    draft = {"entry_id": None, "mood": 2, "worry": 7, "note": "Scan letter came", "tags": []}
    store.drafts.save(CHECKIN_DRAFT, json.dumps(draft), berlin(8, 0))
    window = open_window(RunningClock(berlin(9, 0)))
    window.attach_journal()
    card = window.checkin_card
    qtbot.waitUntil(card.draft_row.isVisible)
    assert card.draft_label.text() == "You have a check-in you have not saved yet."
    assert not card.form.isVisible()  # its quick form never writes over the draft
    assert card.continue_button.accessibleName() == (
        "Continue your unsaved check-in in the journal"
    )
    click(qtbot, card.continue_button)
    page = window.page("journal")
    assert window.current_page() is page
    assert page.form.note.toPlainText() == "Scan letter came"
    assert page.form.mood_and_worry() == (Mood.BAD, 7)

    click(qtbot, page.form.save_button)  # saved: Today's card says so, no draft left
    assert store.drafts.get(CHECKIN_DRAFT) is None
    window.show_page("today")
    qtbot.waitUntil(card.done_row.isVisible)
    assert not card.draft_row.isVisible()


def test_typing_in_the_journal_then_going_to_today_offers_to_continue(
    qtbot,
    store: Store,
    walk,  # noqa: F811
    open_window,  # noqa: F811
):
    window = open_window(RunningClock(berlin(9, 0)))
    window.attach_journal()
    card = window.checkin_card
    qtbot.waitUntil(card.form.isVisible)
    window.show_page("journal")
    form = window.page("journal").form
    click(qtbot, form.worry_group.button(4))
    window.show_page("today")  # leaving the page keeps the draft at once
    qtbot.waitUntil(card.draft_row.isVisible)
    assert not card.form.isVisible()
    window.show_page("journal")
    form.clear()  # the person empties the form: nothing unsaved any more
    window.show_page("today")
    qtbot.waitUntil(card.form.isVisible)
    assert not card.draft_row.isVisible()
