"""Set up my follow-up schedule, through the real dialog: typing, clicking and the
keyboard; the planned checkups it makes; changing it; and what it refuses."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from planner.domain.followup import FollowupSchedule, Phase
from planner.domain.journal import CheckupKind, CheckupStatus
from planner.ui.checkups.checkup_card import CheckupCard, PlannedCard
from planner.ui.checkups.followup_dialog import FollowupDialog
from tests.helpers.widgets import clipped, unnamed

CLICK = Qt.MouseButton.LeftButton


def coming(page) -> list[tuple[str, str, date]]:
    """The "Coming up" cards as (booked or planned, title, day), in the order shown."""
    shown = [page.coming_box.itemAt(i).widget() for i in range(page.coming_box.count())]
    return [
        ("planned" if isinstance(c, PlannedCard) else "booked", c.title.text(), c.checkup.day)
        for c in shown
    ]


DATE = re.compile(r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?\d{1,2} [A-Z][a-z]{2}(?: \d{4})?")


def nb(text: str) -> str:
    """``text`` with its dates kept on one line, as the room writes them ("30 Dec 2026")."""
    return DATE.sub(lambda found: found.group().replace(" ", "\u00a0"), text)


def retype(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_schedule_set_up_in_the_dialog_plans_the_checkups(
    page, qtbot, followup, store, when_modal, end_of_treatment, visits
):
    assert page.schedule_button.text() == "Set up my follow-up schedule"
    seen: dict[str, object] = {}

    def fill(dialog):
        assert dialog.objectName() == "FollowupDialog"
        retype(qtbot, dialog.event, "End of treatment")
        dialog.anchor_day.setDate(QDate(2026, 9, 30))
        (editor,) = dialog.editors
        retype(qtbot, editor.title, "Visit with Dr Lee")
        # The steps read as the care team's sentence.
        seen["steps"] = [
            (
                row.every_label.text(),
                row.every.value(),
                row.months_label.text(),
                row.length.value() if row.length.isVisibleTo(row) else None,
                row.unit.currentText(),
                row.until.text(),
            )
            for row in editor.rows
        ]
        seen["preview"] = editor.preview.text()
        dialog.anchor_day.setDate(QDate(2026, 10, 31))
        seen["moved preview"] = editor.preview.text()
        dialog.anchor_day.setDate(QDate(2026, 9, 30))

        # A second schedule, with the keyboard: a blood test every 6 months from then on.
        qtbot.mouseClick(dialog.add_button, CLICK)
        blood = dialog.editors[1]
        assert dialog.focusWidget() is blood.kind
        seen["blood title"] = blood.title.text()  # a kind not used yet, with its name
        qtbot.keyClick(blood.kind, Qt.Key.Key_Down)
        seen["scan title"] = blood.title.text()  # the name follows the kind
        qtbot.keyClick(blood.kind, Qt.Key.Key_Up)
        qtbot.mouseClick(blood.rows[2].remove, CLICK)
        qtbot.mouseClick(blood.rows[1].remove, CLICK)
        (only,) = blood.rows
        assert not only.remove.isEnabled()  # a schedule keeps one step
        only.every.setFocus()
        only.every.selectAll()
        qtbot.keyClicks(only.every, "6")
        only.unit.setFocus()
        qtbot.keyClick(only.unit, Qt.Key.Key_End)
        seen["blood preview"] = blood.preview.text()
        qtbot.keyClick(blood.title, Qt.Key.Key_Return)  # Enter in a field saves

    when_modal(fill)
    with qtbot.waitSignal(followup.bus.changed):
        qtbot.mouseClick(page.schedule_button, CLICK)

    assert seen["steps"] == [
        ("Every", 3, "months,", 2, "years", ""),
        ("Then every", 6, "months,", 3, "years", "(until year 5)"),
        ("Then every", 12, "months,", None, "from then on", ""),
    ]
    # The dates the app plans now (two years ahead), as many as the page will show.
    assert seen["preview"] == nb(
        "Next dates: 30 Dec 2026, 30 Mar 2027, 30 Jun 2027, 30 Sep 2027, "
        "and 4 more (the app plans two years ahead)"
    )
    assert seen["moved preview"].startswith(nb("Next dates: 31 Jan 2027, 30 Apr 2027"))
    assert (seen["blood title"], seen["scan title"]) == ("Blood test", "Scan or imaging")
    assert seen["blood preview"] == nb(
        "Next dates: 30 Mar 2027, 30 Sep 2027, 30 Mar 2028, 30 Sep 2028 "
        "(the app plans two years ahead)"
    )

    assert followup.anchor() == end_of_treatment
    saved, blood = followup.schedules()
    assert (saved.kind, saved.title, saved.phases, saved.lead_days) == (
        CheckupKind.ONCOLOGIST,
        "Visit with Dr Lee",
        visits.phases,
        21,
    )
    assert (blood.kind, blood.title, blood.phases) == (
        CheckupKind.BLOOD_TEST,
        "Blood test",
        (Phase(6, None),),
    )
    # Planned for the next year on the page (the rest summed up), booked none.
    assert coming(page) == [
        ("planned", "Visit with Dr Lee", date(2026, 12, 30)),
        ("planned", "Visit with Dr Lee", date(2027, 3, 30)),
        ("planned", "Blood test", date(2027, 3, 30)),
        ("planned", "Visit with Dr Lee", date(2027, 6, 30)),
        ("planned", "Visit with Dr Lee", date(2027, 9, 30)),
        ("planned", "Blood test", date(2027, 9, 30)),
    ]
    assert page.later_label.text() == "6 more planned checkups after that."  # 4 + 2
    first = page.cards[0]
    assert first.when.text() == nb("Due around Wed 30 Dec 2026 (in 5 weeks)")
    assert first.state.text() == "Planned from your follow-up schedule. Not booked yet."
    assert page.cards[1].when.text() == nb("Due around Tue 30 Mar 2027 (in about 4 months)")
    assert page.next_label.text() == nb(
        "Next checkup: Visit with Dr Lee, due around 30 Dec. Not booked yet."
    )
    assert store.checkups.all() == []  # nothing is booked by planning
    assert page.schedule_button.text() == "Change my follow-up schedule"
    assert page.focusWidget() is page.schedule_button


def test_changing_the_schedule_moves_planned_checkups_but_never_booked_ones(
    page, qtbot, followup, planned_visits, store, when_modal
):
    first = followup.book(planned_visits[0], date(2026, 12, 30), time(9, 30), place="Mercy")
    booked_before = store.checkups.get(first.id)

    def change(dialog):
        (editor,) = dialog.editors
        step = editor.rows[0]
        step.every.setFocus()
        step.every.selectAll()
        qtbot.keyClicks(step.every, "4")
        qtbot.mouseClick(dialog.save_button, CLICK)

    when_modal(change)
    with qtbot.waitSignal(followup.bus.changed):
        qtbot.mouseClick(page.schedule_button, CLICK)

    assert followup.schedules()[0].phases[0] == Phase(4, 24)
    assert store.checkups.get(first.id) == booked_before  # the booked one is untouched
    assert coming(page) == [
        ("booked", "Visit with Dr Lee", date(2026, 12, 30)),
        # Visit 1 is the booked one; visits 2 and 3 now come every 4 months.
        ("planned", "Visit with Dr Lee", date(2027, 5, 30)),
        ("planned", "Visit with Dr Lee", date(2027, 9, 30)),
    ]
    assert isinstance(page.card_for(first.id), CheckupCard)


def test_a_step_that_cannot_be_planned_is_explained_and_nothing_is_saved(
    page, qtbot, followup, store, when_modal
):
    seen: dict[str, object] = {}

    def wrong_then_cancel(dialog):
        (editor,) = dialog.editors
        editor.rows[0].unit.setCurrentIndex(editor.rows[0].unit.findData("onward"))
        seen["preview"] = editor.preview.text()
        qtbot.mouseClick(dialog.save_button, CLICK)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["focus"] = dialog.focusWidget() is editor.rows[0].unit
        editor.title.clear()
        qtbot.mouseClick(dialog.save_button, CLICK)
        seen["no name"] = dialog.error.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(wrong_then_cancel)
    with qtbot.assertNotEmitted(followup.bus.changed):
        qtbot.mouseClick(page.schedule_button, CLICK)

    words = (
        'Step 1 says "from then on", so it needs to be the last step. Give it a length, '
        "or remove the steps after it."
    )
    assert seen == {
        "preview": words,
        "open": True,
        "error": words,
        "focus": True,
        "no name": 'Give the schedule a name, like "Oncologist visit".',
    }
    assert followup.schedules() == []
    assert followup.anchor() is None
    assert store.checkups.planned() == []
    assert page.cards == []


def test_with_several_schedules_the_message_names_the_one_to_fix(
    qtbot, followup, journal, end_of_treatment, visits
):
    scan = FollowupSchedule(CheckupKind.SCAN, "Mammogram", (Phase(12, None),))
    followup.save(end_of_treatment, [visits, scan])
    dialog = FollowupDialog(followup, journal)
    qtbot.addWidget(dialog)
    scan = dialog.editors[1]
    qtbot.mouseClick(scan.add_phase, CLICK)  # goes before the open-ended step
    assert [row.phase() for row in scan.rows] == [Phase(12, 12), Phase(12, None)]
    scan.rows[0].unit.setCurrentIndex(2)
    dialog.save_button.click()
    assert dialog.error.text().startswith('Mammogram: Step 1 says "from then on"')
    scan.rows[0].unit.setCurrentIndex(0)
    assert not dialog.error.isVisible()  # put right: the message goes


def test_the_words_follow_the_numbers(qtbot, followup, journal):
    dialog = FollowupDialog(followup, journal)
    qtbot.addWidget(dialog)
    (editor,) = dialog.editors
    row = editor.rows[0]
    row.every.setValue(1)
    row.length.setValue(1)
    editor.lead.setValue(1)
    assert (row.months_label.text(), row.unit.currentText()) == ("month,", "year")
    assert editor.lead_after.text() == "week before it is due"
    row.unit.setCurrentIndex(1)
    assert row.unit.currentText() == "month"
    assert editor.rows[1].until.text() == "(until month 37)"


def test_removing_every_schedule_and_adding_one_back(qtbot, followup, journal, planned_visits):
    dialog = FollowupDialog(followup, journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.editors[0].remove, CLICK)
    assert dialog.editors == []
    assert dialog.empty.isVisible()
    assert dialog.focusWidget() is dialog.add_button
    qtbot.mouseClick(dialog.add_button, CLICK)
    assert not dialog.empty.isVisible()
    assert dialog.focusWidget() is dialog.editors[0].kind
    dialog.reject()


def test_the_dialog_is_named_and_nothing_is_cut_off_with_large_text(
    qtbot, followup, journal, planned_visits, large_text
):
    booked = followup.book(planned_visits[0], date(2027, 1, 6), None, count_from_here=True)
    dialog = FollowupDialog(followup, journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert unnamed(dialog) == []
    assert clipped(dialog) == []
    assert dialog.scroll.horizontalScrollBar().maximum() == 0
    # Counted from the real visit (6 Jan), so the preview's dates follow it.
    assert dialog.editors[0].preview.text() == nb(
        "Next dates: 6 Apr 2027, 6 Jul 2027, 6 Oct 2027, 6 Jan 2028, "
        "and 3 more (the app plans two years ahead)"
    )
    assert booked.status is CheckupStatus.BOOKED
    dialog.reject()


def test_a_later_start_date_lets_go_of_a_visit_counted_before_it(
    qtbot, followup, journal, planned_visits
):
    followup.book(planned_visits[0], date(2027, 1, 6), None, count_from_here=True)
    dialog = FollowupDialog(followup, journal)
    qtbot.addWidget(dialog)
    dialog.anchor_day.setDate(QDate(2027, 1, 31))  # after the visit the dates counted from
    with qtbot.waitSignal(followup.bus.changed):
        dialog.save_button.click()
    (schedule,) = followup.schedules()
    assert schedule.rebase is None  # counted from the new date, not from 6 Jan
    # Visit 1 is the booked one (6 Jan); visit 2 is 6 months after the new date.
    assert min(c.day for c in followup.planned()) == date(2027, 7, 31)


def test_the_preview_leaves_out_visits_taken_off_the_list(
    page, qtbot, followup, journal, planned_visits, when_modal
):
    # The first visit is booked on its date; the third is "Not needed".
    followup.book(planned_visits[0], date(2026, 12, 30), time(9, 30))
    journal.delete_checkup(planned_visits[2])
    seen: list[str] = []

    def look(dialog):
        seen.append(dialog.editors[0].preview.text())
        dialog.reject()

    when_modal(look)
    qtbot.mouseClick(page.schedule_button, CLICK)
    assert seen == [
        nb(
            "Next dates: 30 Dec 2026, 30 Mar 2027, 30 Sep 2027, 30 Dec 2027, "
            "and 3 more (the app plans two years ahead)"
        )
    ]
    # As many as the page lists: its cards for the next year, and the rest summed up.
    assert len(page.cards) + int(page.later_label.text().split()[0]) == 4 + 3


def test_a_new_schedule_takes_a_kind_not_used_yet_and_comes_into_view(
    qtbot, followup, journal, planned_visits, shown
):
    dialog = shown(FollowupDialog(followup, journal), 700, 500)
    added = []
    for _ in range(4):
        qtbot.mouseClick(dialog.add_button, CLICK)
        editor = dialog.editors[-1]
        viewport = dialog.scroll.viewport()
        where = QRect(editor.kind.mapTo(viewport, QPoint(0, 0)), editor.kind.size())
        added.append(
            (
                editor.kind.currentData(),
                editor.title.text(),
                dialog.focusWidget() is editor.kind,
                viewport.rect().contains(where),
            )
        )
    assert dialog.scroll.verticalScrollBar().value() > 0
    assert added == [
        (CheckupKind.BLOOD_TEST, "Blood test", True, True),
        (CheckupKind.SCAN, "Scan or imaging", True, True),
        (CheckupKind.OTHER, "Other checkup", True, True),
        (CheckupKind.OTHER, "Other checkup", True, True),  # every kind in use: another
    ]
    dialog.reject()
