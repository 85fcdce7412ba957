"""Planned checkups on the Checkups page: "Book it" (on the plan's date, or another one
with "keep my plan" or "count from here"), "Not needed", "Add to my calendar", and
Today's "checkup soon" card."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from planner.domain.followup import FollowupSchedule, Phase
from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.services.settings import CALENDAR_DETAILS, Settings
from planner.ui.checkups.booking_dialog import BookingDialog
from planner.ui.checkups.checkup_card import CheckupCard, PlannedCard
from planner.ui.checkups.soon_card import CheckupSoonCard
from tests.helpers.clock import TODAY, ZONE
from tests.helpers.widgets import clipped, unnamed

CLICK = Qt.MouseButton.LeftButton


def planned_days(page) -> list[date]:
    return [c.checkup.day for c in page.cards if isinstance(c, PlannedCard)]


def test_booking_on_the_plans_date_asks_nothing_more(
    page, qtbot, planned_visits, followup, store, when_modal
):
    first = planned_visits[0]
    seen: dict[str, object] = {}

    def book(dialog):
        seen["title"] = dialog.windowTitle()
        seen["asks"] = dialog.asks_about_next
        seen["date"] = dialog.day.date()
        qtbot.mouseClick(dialog.has_time, CLICK)
        seen["time focused"] = dialog.focusWidget() is dialog.time_edit
        dialog.time_edit.setTime(QTime(10, 30))
        qtbot.keyClicks(dialog.place_field, "Mercy Hospital")
        qtbot.keyClick(dialog.place_field, Qt.Key.Key_Return)  # Enter saves

    when_modal(book)
    with qtbot.waitSignal(followup.bus.changed):
        qtbot.mouseClick(page.card_for(first.id).book_button, CLICK)

    assert seen == {
        "title": "Your appointment",
        "asks": False,
        "date": QDate(2026, 12, 30),
        "time focused": True,
    }
    booked = store.checkups.get(first.id)
    assert (booked.status, booked.day, booked.at, booked.place, booked.due_on) == (
        CheckupStatus.BOOKED,
        date(2026, 12, 30),
        time(10, 30),
        "Mercy Hospital",
        date(2026, 12, 30),
    )
    card = page.card_for(first.id)
    assert isinstance(card, CheckupCard)
    assert card.title.text() == "Visit with Dr Lee"  # the schedule's name, not the kind's
    assert card.when.text() == "Wed\u00a030\u00a0Dec\u00a02026, 10:30 (in 35 days)"
    assert page.focusWidget() is card.edit_button
    assert planned_days(page) == [date(2027, 3, 30), date(2027, 6, 30), date(2027, 9, 30)]
    assert page.next_label.text() == (
        "Next checkup in 35 days: oncologist visit on 30\u00a0Dec at 10:30"
    )


def test_another_date_asks_whether_the_next_ones_follow(
    page, qtbot, planned_visits, store, followup, when_modal
):
    first, second = planned_visits[:2]

    def book_on(day: QDate, choice: str, seen: list[bool]):
        def act(dialog):
            dialog.day.setDate(day)
            seen.append(dialog.asks_about_next and dialog.moved.isVisible())
            qtbot.mouseClick(getattr(dialog, choice), CLICK)
            qtbot.mouseClick(dialog.save_button, CLICK)

        return act

    asked: list[bool] = []
    # A week late, keeping the plan: the next one stays on 30 Mar.
    when_modal(book_on(QDate(2027, 1, 6), "keep_plan", asked))
    with qtbot.waitSignal(followup.bus.changed):
        qtbot.mouseClick(page.card_for(first.id).book_button, CLICK)
    assert planned_days(page) == [date(2027, 3, 30), date(2027, 6, 30), date(2027, 9, 30)]

    # Two weeks late, counting from here: the following ones move with it.
    when_modal(book_on(QDate(2027, 4, 13), "count_here", asked))
    with qtbot.waitSignal(followup.bus.changed):
        qtbot.mouseClick(page.card_for(second.id).book_button, CLICK)
    assert asked == [True, True]
    assert planned_days(page) == [date(2027, 7, 13), date(2027, 10, 13)]
    assert [(c.day, c.status) for c in store.checkups.all()] == [
        (date(2027, 1, 6), CheckupStatus.BOOKED),
        (date(2027, 4, 13), CheckupStatus.BOOKED),
    ]
    assert followup.schedules()[0].rebase.on == date(2027, 4, 13)


def test_the_question_comes_and_goes_with_the_date(qtbot, planned_visits, end_of_treatment):
    planned = planned_visits[0]
    dialog = BookingDialog(planned, TODAY, True, counts_from=end_of_treatment.on)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.moved.isVisible()
    dialog.day.setDate(QDate(2027, 1, 4))
    assert dialog.moved.isVisible()
    assert unnamed(dialog) == []
    assert clipped(dialog) == []
    dialog.day.setDate(QDate(2026, 12, 30))  # back on the plan's date
    assert not dialog.moved.isVisible()
    dialog.day.setDate(QDate(2026, 9, 1))  # before the anchor: nothing to count from
    assert not dialog.asks_about_next
    dialog.reject()
    # A checkup whose schedule is gone asks nothing either.
    alone = BookingDialog(planned, TODAY, False)
    qtbot.addWidget(alone)
    alone.day.setDate(QDate(2027, 1, 4))
    assert not alone.asks_about_next


def test_not_needed_asks_first_and_the_checkup_does_not_come_back(
    page, qtbot, planned_visits, followup, end_of_treatment, visits, when_modal
):
    second = planned_visits[1]
    asked: list[str] = []

    def answer(choice: str):
        def act(box):
            asked.append(box.text() if isinstance(box, QMessageBox) else "")
            qtbot.mouseClick(box.findChild(QPushButton, choice), CLICK)

        return act

    when_modal(answer("KeepPlanned"))
    with qtbot.assertNotEmitted(followup.bus.changed):
        qtbot.mouseClick(page.card_for(second.id).drop_button, CLICK)
    assert second.id in [c.id for c in followup.planned()]

    when_modal(answer("ConfirmNotNeededButton"))
    with qtbot.waitSignal(followup.bus.changed):
        qtbot.mouseClick(page.card_for(second.id).drop_button, CLICK)
    assert asked == ["Take Visit with Dr Lee, due around 30\u00a0Mar\u00a02027, off your list?"] * 2
    assert page.card_for(second.id) is None
    assert planned_days(page) == [date(2026, 12, 30), date(2027, 6, 30), date(2027, 9, 30)]
    assert page.focusWidget() is page.add_button

    assert not followup.sync()  # a new day, say: the plan does not add it back
    followup.save(end_of_treatment, followup.schedules())  # nor saving the schedule again
    assert second.id not in [c.id for c in followup.planned()]
    assert date(2027, 3, 30) not in planned_days(page)


def test_inside_a_sentence_the_kind_is_lower_case_and_the_date_stays_whole(
    page, qtbot, followup, end_of_treatment, when_modal
):
    kind_named = FollowupSchedule(CheckupKind.ONCOLOGIST, "Oncologist visit", (Phase(3, None),))
    followup.save(end_of_treatment, [kind_named])
    first = min(followup.planned(), key=lambda c: c.day)
    assert page.next_label.text() == (
        "Next checkup: oncologist visit, due around 30\u00a0Dec. Not booked yet."
    )
    assert page.card_for(first.id).title.text() == "Oncologist visit"  # a title, not a sentence
    asked: list[str] = []

    def keep(box):
        asked.append(box.text())
        qtbot.mouseClick(box.findChild(QPushButton, "KeepPlanned"), CLICK)

    when_modal(keep)
    qtbot.mouseClick(page.card_for(first.id).drop_button, CLICK)
    assert asked == ["Take the oncologist visit due around 30\u00a0Dec\u00a02026 off your list?"]

    def intro(dialog):
        asked.append(dialog.findChild(QWidget, "BookingIntro").text())
        dialog.reject()

    when_modal(intro)
    qtbot.mouseClick(page.card_for(first.id).book_button, CLICK)
    assert asked[1].startswith("Your plan has it due around Wed\u00a030\u00a0Dec\u00a02026.")


def read_calendar(path) -> list[tuple[str, str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return [(str(e["SUMMARY"]), str(e["STATUS"])) for e in calendar.walk("VEVENT")]


def test_add_to_my_calendar_writes_the_file_and_remembers_the_titles_choice(
    page, qtbot, planned_visits, followup, store, tmp_path, when_modal
):
    followup.book(planned_visits[0], date(2026, 12, 30), time(9, 30), place="Mercy Hospital")
    store.checkups.remove(planned_visits[1].id)  # taken off: its event is cancelled
    exported = len(store.checkups.everything())
    told: list[str] = []
    starts: list[Path] = []

    def save_to(path, details: bool | None = None):
        def act(dialog):
            told.append(f"details {'on' if dialog.details.isChecked() else 'off'}")
            starts.append(dialog.start_path)
            dialog.choose_path = lambda: path  # instead of the file chooser
            if details is not None:
                dialog.details.setChecked(details)

            def read_info(box):
                told.append(box.text())
                box.accept()

            when_modal(read_info)
            qtbot.mouseClick(dialog.save_button, CLICK)

        return act

    plain = tmp_path / "checkups.ics"
    when_modal(save_to(plain))
    qtbot.mouseClick(page.calendar_button, CLICK)
    qtbot.waitUntil(lambda: len(told) == 2)
    events = read_calendar(plain)
    assert len(events) == exported  # one event per checkup, the removed one cancelled
    assert {title for title, _ in events} == {"Checkup"}  # the illness is not named
    assert sorted(status for _, status in events).count("CANCELLED") == 1
    assert Settings(store).get(CALENDAR_DETAILS) is False

    detailed = tmp_path / "detailed.ics"
    when_modal(save_to(detailed, details=True))
    with qtbot.waitSignal(followup.bus.changed):  # the choice is saved
        qtbot.mouseClick(page.calendar_button, CLICK)
    qtbot.waitUntil(lambda: len(told) == 4)
    assert "Visit with Dr Lee at Mercy Hospital" in {title for title, _ in read_calendar(detailed)}
    assert Settings(store).get(CALENDAR_DETAILS) is True
    assert told[1] == f"Saved to {plain}. Open it with your calendar app to add your checkups."

    when_modal(save_to(tmp_path / "again.ics"))
    qtbot.mouseClick(page.calendar_button, CLICK)
    qtbot.waitUntil(lambda: len(told) == 6)
    assert told[::2] == ["details off", "details off", "details on"]  # remembered
    # The file chooser starts at home, then in the folder used last.
    assert starts == [Path.home() / "checkups.ics"] + [tmp_path / "checkups.ics"] * 2


def test_a_calendar_file_that_cannot_be_written_is_explained(
    page, qtbot, planned_visits, tmp_path, when_modal
):
    seen: list[str] = []

    def fail_then_cancel(dialog):
        dialog.choose_path = lambda: tmp_path / "no such folder" / "checkups.ics"
        qtbot.mouseClick(dialog.save_button, CLICK)
        seen.append(dialog.error.text() if dialog.error.isVisible() else "")
        assert unnamed(dialog) == []
        dialog.reject()

    when_modal(fail_then_cancel)
    qtbot.mouseClick(page.calendar_button, CLICK)
    assert seen == [
        "The calendar file was not saved: No such file or directory. Try another folder."
    ]


def test_the_soon_card_shows_only_for_a_booked_checkup_within_two_weeks(
    qtbot, shown, journal, planned_visits
):
    holder = QWidget()
    column = QVBoxLayout(holder)
    card = CheckupSoonCard(journal)
    column.addWidget(card)
    shown(holder, 700, 300)
    card.refresh()
    assert not card.isVisible()  # only planned checkups, not booked: nothing soon

    def booked(day: date) -> Checkup:
        return journal.save_checkup(Checkup(day, CheckupKind.SCAN, ZONE.key, at=time(9)))

    later = booked(TODAY + timedelta(days=15))
    assert not card.isVisible()
    soon = booked(TODAY + timedelta(days=14))
    assert card.isVisible()  # the change on the bus refreshed it
    assert card.heading.text() == "Your checkup is coming up in the next two weeks"
    assert card.accessibleName() == card.heading.text()
    with qtbot.waitSignal(card.prepare_requested):
        qtbot.mouseClick(card.prepare_button, CLICK)
    # "Add a question" is the check-in card's, just below: not a second link here.
    assert [b.text() for b in card.findChildren(QPushButton)] == ["Prepare for my checkup"]
    tomorrow = booked(TODAY + timedelta(days=1))
    assert card.heading.text() == "Your checkup is tomorrow"
    for checkup in (tomorrow, soon):
        journal.delete_checkup(checkup)
    assert not card.isVisible()
    journal.delete_checkup(later)
    booked(TODAY - timedelta(days=1))  # over: not soon
    assert not card.isVisible()


def test_planned_cards_fit_a_narrow_window_with_large_text(
    journal, followup, calendar, planned_visits, shown, large_text
):
    from PySide6.QtWidgets import QApplication, QScrollArea

    from planner.ui.checkups.checkups_page import CheckupsPage

    followup.book(planned_visits[0], date(2026, 12, 30), time(9, 30), place="Mercy Hospital")
    page = shown(CheckupsPage(journal, followup, calendar), 580, 600)  # an 800 px window
    QApplication.processEvents()
    assert unnamed(page) == []
    assert clipped(page) == []
    assert page.findChild(QScrollArea).horizontalScrollBar().maximum() == 0
    names = {b.accessibleName() for b in page.findChildren(QPushButton)}
    assert {
        "I booked my oncologist visit on 30 Mar: enter its date",
        "Take the planned oncologist visit on 30 Mar off the list",
        "Change my follow-up schedule",
        "Add to my calendar",
    } <= names
