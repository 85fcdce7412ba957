"""Today in kind words: still open (not red "Overdue"), the next day of an every-N-days
item, the pause line that goes once it is no longer true, a skip's own words, and the
same Tab order for open and answered cards."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QRadioButton

from planner.domain.model import Item, Schedule, SkipReason, Status
from planner.services.checklist import ChecklistService
from planner.services.settings import RESUME_ON, Settings
from planner.ui.kit.theme import colors
from planner.ui.today.today_page import TodayPage
from tests.helpers.clock import NOW, TODAY, ZONE

CLICK = Qt.MouseButton.LeftButton


def add(store, *items: Item) -> list[Item]:
    return store.items.add_many(list(items), today=date(2026, 11, 1), now=NOW)


def test_a_task_left_open_says_so_calmly_not_in_red(qtbot, shown, service, store):
    (task,) = add(store, Item("Book the scan", Schedule.once(TODAY - timedelta(days=2))))
    page = shown(TodayPage(service))
    row = page.row_for(task.id)
    still = row.findChild(QLabel, "StillOpen")
    assert still.text() == "Still open: planned for Mon 23 Nov"
    assert row.findChild(QLabel, "Overdue") is None
    shown_colour = still.palette().color(QPalette.ColorRole.WindowText).name()
    assert shown_colour != colors()["missed"]
    assert "Overdue" not in " ".join(label.text() for label in row.findChildren(QLabel))


def test_an_every_n_days_item_stays_open_and_then_counts_from_the_answer(
    qtbot, shown, service, store
):
    (call,) = add(store, Item("Call a friend", Schedule.every_n_days(3, TODAY - timedelta(days=4))))
    page = shown(TodayPage(service))
    row = page.row_for(call.id)
    assert row.findChild(QLabel, "StillOpen").text() == "Still open: planned for Sat 21 Nov"
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(row.done_button, CLICK)
    tomorrow = ChecklistService(store, ZONE, clock=lambda: NOW + timedelta(days=1))
    next_page = shown(TodayPage(tomorrow))
    assert next_page.row_for(call.id) is None  # not due: three days after the answer
    next_page._toggle_all()
    meta = next_page.row_for(call.id).findChild(QLabel, "ItemMeta")
    assert meta.text() == "Every 3 days · next on Sat 28 Nov"


def test_today_says_when_reminders_are_paused_and_the_line_goes_when_they_are_back(
    qtbot, shown, store, items
):
    clock = {"now": NOW}
    service = ChecklistService(store, ZONE, clock=lambda: clock["now"])
    Settings(store).set(RESUME_ON, TODAY + timedelta(days=2))
    page = shown(TodayPage(service))
    assert page.pause_note.isVisible()
    assert page.pause_note.text.text() == (
        "Reminders are paused. They come back on Friday 27 November."
    )
    clock["now"] = NOW + timedelta(days=2)  # the day they come back
    service.notice_new_day()
    assert not page.pause_note.isVisible()
    service.settings.set(RESUME_ON, TODAY + timedelta(days=5))  # paused again, elsewhere
    assert page.pause_note.isVisible()
    qtbot.mouseClick(page.pause_note.resume_button, CLICK)
    assert not page.pause_note.isVisible()
    assert service.settings.get(RESUME_ON) is None


def test_skip_with_other_reason_keeps_the_persons_words(
    qtbot, shown, service, store, items, when_modal
):
    page = shown(TodayPage(service))
    water = items[0]

    def answer(dialog):
        assert not dialog.note.isVisible()
        dialog.findChild(QRadioButton, "reason_other").setChecked(True)
        assert dialog.note.isVisible()
        assert dialog.focusWidget() is dialog.note  # ready to type
        qtbot.keyClicks(dialog.note, "My daughter came to visit")
        dialog.note.insert("\r\n=SUM(A1)")  # a pasted line break is made a space
        qtbot.mouseClick(dialog.skip_button, CLICK)

    when_modal(answer)
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(page.rows[0].skip_button, CLICK)
    saved = store.checkoffs.get(water.id, TODAY)
    assert (saved.status, saved.skip_reason) == (Status.SKIPPED, SkipReason.OTHER)
    assert saved.skip_note == "My daughter came to visit =SUM(A1)"
    chip = page.row_for(water.id).findChild(QLabel, "StatusChip")
    assert chip.text() == "Skipped: My daughter came to visit =SUM(A1)"


def _next_stop(widget, page: TodayPage):
    """Where Tab goes from ``widget``: the next control that takes the keyboard (a spin
    box's own line edit is part of the spin box)."""
    nxt = widget.nextInFocusChain()
    while (
        nxt.focusPolicy() == Qt.FocusPolicy.NoFocus
        or not nxt.isVisibleTo(page)
        or nxt.objectName().startswith("qt_")
    ):
        nxt = nxt.nextInFocusChain()
    return nxt


def test_tab_goes_through_answered_and_open_cards_in_the_same_order(
    qtbot, shown, service, store, items
):
    page = shown(TodayPage(service))
    first, second = page.rows[0], page.rows[1]
    with qtbot.waitSignal(service.bus.changed):
        qtbot.mouseClick(first.done_button, CLICK)  # answered in place
    answered = page.row_for(items[0].id)
    assert [w.objectName() for w in answered.focus_chain()] == ["LinkButton", "UndoButton"]
    # Each control leads to the next one of its card, and the card's last to the next card
    # (a card made again in place would otherwise come last in the chain).
    flat = answered.focus_chain() + second.focus_chain()
    for widget, after in zip(flat, flat[1:], strict=False):
        nxt = _next_stop(widget, page)
        assert nxt is after, (widget.objectName(), nxt.objectName(), after.objectName())
    # The same order a freshly built answered card has.
    page.refresh()
    rebuilt = page.row_for(items[0].id)
    assert [w.objectName() for w in rebuilt.focus_chain()] == [
        w.objectName() for w in answered.focus_chain()
    ]


def test_a_reminder_shown_only_as_a_mark_is_told_without_blame(qtbot, shown, service, items):
    from datetime import time

    page = shown(TodayPage(service))
    page.set_missed_reminders({items[0].id: [time(7, 0)]})
    mark = page.row_for(items[0].id).findChild(QLabel, "MissedReminder")
    assert mark.text() == "The reminder at 07:00 came while the app was closed"
    assert mark.property("role") == "muted"


def test_an_answer_on_a_hidden_today_leaves_the_keyboard_where_it_is(qtbot, service, store, items):
    from planner.ui.main_window import MainWindow

    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("items")
    page = window.page("items")
    page.view.setFocus()
    # Something else answers (a reminder): Today rebuilds only once it is shown again.
    other = ChecklistService(store, ZONE, clock=lambda: NOW, bus=service.bus)
    other.mark_done(items[0], TODAY)
    qtbot.wait(50)
    assert window.focusWidget() is page.view
    window.show_page("today")
    assert window.today_page.row_for(items[0].id).entry.answered


def test_answering_a_still_open_card_moves_no_card_below_it(qtbot, shown, service, store, qapp):
    from PySide6.QtWidgets import QApplication

    from planner.ui.kit.theme import style_sheet

    before = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet())  # cards as the app draws them
    try:
        call, *_ = add(
            store,
            Item("Call a friend", Schedule.every_n_days(3, TODAY - timedelta(days=4)), why="Why."),
            *(Item(f"Habit {n}", Schedule.daily(), why="Why.") for n in range(8)),
        )
        page = shown(TodayPage(service), 900, 400)  # a list longer than the window
        page.ask_skip = lambda _item, _parent: (True, SkipReason.OTHER, "A long day at the clinic")
        QApplication.processEvents()
        places = [(row.entry.item.id, row.y()) for row in page.rows]
        with qtbot.waitSignal(service.bus.changed):
            qtbot.mouseClick(page.row_for(call.id).skip_button, CLICK)
        QApplication.processEvents()
        qtbot.wait(20)
        assert [(row.entry.item.id, row.y()) for row in page.rows] == places
    finally:
        qapp.setStyleSheet(before)
