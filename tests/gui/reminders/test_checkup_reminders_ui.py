"""Checkup reminders in the window: "Time to book" answers with the booking form, the
day-before reminder names the checkup and opens Checkups, and the tray can add a question."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt

from planner.domain.followup import Anchor, FollowupSchedule, Phase
from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.domain.reminder_rules import Outcome
from planner.services.followup import FollowupService
from planner.services.settings import REMINDERS_SINCE, Settings
from tests.helpers.clock import BERLIN, DAY, RunningClock, berlin

CLICK = Qt.MouseButton.LeftButton


def plan_visit_in_three_weeks(store, checklist_clock) -> Checkup:
    """A schedule whose first visit is due 21 days after DAY: its "book it" day is DAY."""
    from planner.services.checklist import ChecklistService

    checklist = ChecklistService(store, BERLIN, clock=checklist_clock.now)
    followup = FollowupService(store, checklist)
    anchor = Anchor("End of treatment", date(2026, 2, 25))  # + 3 months: 25 May
    schedule = FollowupSchedule(CheckupKind.ONCOLOGIST, "Visit", (Phase(3, None),))
    followup.save(anchor, [schedule])
    first = store.checkups.planned()[0]
    assert first.due_on == date(2026, 5, 25)
    return first


def test_book_it_opens_the_booking_form_and_booking_ends_the_reminders(
    qtbot, store, open_window, when_modal
):
    Settings(store).set(REMINDERS_SINCE, berlin(0, 0))
    clock = RunningClock(berlin(10, 0, 3))
    planned = plan_visit_in_three_weeks(store, clock)
    window = open_window(clock)
    panel = window.presenter.panel
    (row,) = panel.rows
    assert row.reminder.title == "Time to book: Visit (due Mon 25 May)"
    assert row.done_button.text() == "Book it…"

    def book(dialog):
        assert dialog.objectName() == "BookingDialog"
        dialog.has_time.setChecked(True)
        dialog.save_button.click()

    when_modal(book)
    qtbot.mouseClick(row.done_button, CLICK)
    assert window.current_page() is window.page("checkups")
    booked = next(c for c in store.checkups.all() if c.id == planned.id)
    assert (booked.status, booked.day, booked.at) == (CheckupStatus.BOOKED, planned.day, time(9))
    (entry,) = store.reminder_log.since(DAY).values()
    assert entry.outcome is Outcome.DONE
    # Booked: no more "book it"; the day before and on the day come instead.
    upcoming = window.presenter.reminders
    times = [(r.due.day, r.due.at, r.title) for r in _due(upcoming, days=30) if r.checkup]
    assert times == [
        (date(2026, 5, 24), time(18, 0), "Visit on Mon 25 May at 09:00"),
        (date(2026, 5, 25), time(7, 0), "Visit on Mon 25 May at 09:00"),
    ]


def _due(reminders, days: int):
    from planner.services.reminder_plan import upcoming_reminders

    now = reminders.now()
    return upcoming_reminders(reminders._store, now, now + timedelta(days=days), BERLIN)


def test_the_title_of_a_visit_reminder_opens_checkups(qtbot, store, open_window):
    Settings(store).set(REMINDERS_SINCE, berlin(0, 0))
    store.checkups.add(
        Checkup(DAY + timedelta(days=1), CheckupKind.SCAN, BERLIN.key, at=time(9, 30)),
        berlin(8, 0),
    )
    window = open_window(RunningClock(berlin(18, 0, 3)))
    (row,) = window.presenter.panel.rows
    assert row.reminder.title == "Scan or imaging on Tue 5 May at 09:30"
    assert row.done_button.text() == "Done"
    qtbot.mouseClick(row.title_button, CLICK)
    assert window.current_page() is window.page("checkups")


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen: no tray to watch
def test_the_tray_menu_adds_a_question(qtbot, store, walk, open_window, when_modal):
    window = open_window(RunningClock(berlin(7, 0)), tray=True)
    tray = window.presenter.tray
    tray.fill_menu()
    action = next(a for a in tray.contextMenu().actions() if "question" in a.text())
    assert action.text() == "Add a question for my checkup…"

    def ask(dialog):
        assert dialog.objectName() == "QuickQuestion"
        dialog.field.insert("What does my scan show?")
        dialog.add_button.click()

    when_modal(ask)
    action.trigger()
    assert [q.text for q in store.questions.all()] == ["What does my scan show?"]
