"""After Done, Skip or Undo, Today keeps its scroll position and the keyboard focus:
the answered card changes where it is, and no other card moves under the pointer."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain.model import Item, Schedule, SkipReason
from planner.services.checklist import ChecklistService
from planner.ui.today.today_page import TodayPage
from tests.helpers.clock import NOW, TODAY, ZONE

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def long_list(store) -> list[Item]:
    return store.items.add_many(
        [Item(f"Habit number {n}", Schedule.daily(), why="A reason.") for n in range(12)],
        today=date(2026, 11, 1),
        now=NOW,
    )


def places(page: TodayPage) -> list[tuple[int | None, int]]:
    return [(row.entry.item.id, row.y()) for row in page.rows]


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


@pytest.fixture(autouse=True)
def _the_apps_style(qapp):
    """Cards as the app draws them (an answered card has other parts than an open one)."""
    from planner.ui.kit.theme import style_sheet

    before = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet(before)


def scrolled_to_the_middle(qtbot, shown, service) -> TodayPage:
    page = shown(TodayPage(service), 900, 500)
    settle(qtbot)
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the list must be long enough to scroll"
    bar.setValue(bar.maximum() // 2)
    settle(qtbot)
    return page


def visible_row(page: TodayPage):
    top = page.scroll.verticalScrollBar().value()
    return next(r for r in page.rows if r.y() >= top + 10 and not r.entry.answered)


def test_done_keeps_the_scroll_the_cards_and_the_focus(qtbot, shown, service, long_list):
    page = scrolled_to_the_middle(qtbot, shown, service)
    bar = page.scroll.verticalScrollBar()
    before, scrolled = places(page), bar.value()
    row = visible_row(page)
    item_id = row.entry.item.id
    qtbot.mouseClick(row.done_button, CLICK)
    settle(qtbot)
    assert bar.value() == scrolled
    assert places(page) == before  # the same cards in the same places
    answered = page.row_for(item_id)
    assert answered is not None
    assert answered.entry.answered
    assert answered.isAncestorOf(QApplication.focusWidget())  # focus stayed on that card
    assert page.summary.text() == "1 of 12 done"


def test_undo_and_skip_keep_their_place_too(qtbot, shown, service, long_list):
    page = scrolled_to_the_middle(qtbot, shown, service)
    page.ask_skip = lambda _item, _parent: (True, SkipReason.NO_TIME, "")
    bar = page.scroll.verticalScrollBar()
    row = visible_row(page)
    item_id = row.entry.item.id
    qtbot.mouseClick(row.skip_button, CLICK)
    settle(qtbot)
    before, scrolled = places(page), bar.value()
    qtbot.mouseClick(page.row_for(item_id).undo_button, CLICK)
    settle(qtbot)
    assert (places(page), bar.value()) == (before, scrolled)
    assert not page.row_for(item_id).entry.answered


def test_a_change_made_elsewhere_keeps_the_scroll_and_the_focused_card(
    qtbot, shown, service, store, long_list
):
    page = scrolled_to_the_middle(qtbot, shown, service)
    bar = page.scroll.verticalScrollBar()
    row = visible_row(page)
    row.done_button.setFocus()
    settle(qtbot)
    focused_id, scrolled = row.entry.item.id, bar.value()
    # The first card is answered from a reminder (another screen, the same bus).
    other = ChecklistService(store, ZONE, clock=lambda: NOW, bus=service.bus)
    other.mark_done(long_list[0], TODAY)
    settle(qtbot)
    assert bar.value() == scrolled
    assert page.row_for(focused_id).isAncestorOf(QApplication.focusWidget())
