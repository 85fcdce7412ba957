"""The Journal page in the real window at the sizes people have: the default window on a
1366x768 screen, the narrowest window, and 150 % text. The check-in form, its Save button
and the list all work; the search box and Filters never overlap; nothing is cut off.

QT_SCALE_FACTOR=1.5 on a 1366x768 screen gives a window of about 910x490 logical pixels,
and Qt lays out in logical pixels, so that case is the 910x490 window here (the
screenshots in the README's checks were taken with the real factor).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget

from planner.domain.journal import Checkup, CheckupKind, JournalEntry, Mood
from planner.domain.screens import ScreenKind
from planner.services.journal import JournalService
from planner.ui.journal.journal_model import HEADING_ROLE, Heading
from planner.ui.main_window import MainWindow
from tests.helpers.clock import NOW, ZONE
from tests.helpers.widgets import clipped

DEFAULT = (1000, 720)
SCALED = (910, 490)  # QT_SCALE_FACTOR=1.5 on 1366x768, in logical pixels


@pytest.fixture
def filled(store, service) -> None:
    """A month of check-ins with notes and tags, a checkup in it, and a care-team note."""
    store.checkups.add(
        Checkup((NOW - timedelta(days=12)).date(), CheckupKind.BLOOD_TEST, ZONE.key), NOW
    )
    for n in range(60):
        at = NOW - timedelta(hours=12 * n + 1)
        entry = JournalEntry(
            Mood.OKAY,
            n % 11,
            at.astimezone(ZONE).date(),
            at,
            ZONE.key,
            energy=5,
            note="A long walk by the river, then tea with my sister. " * 3,
            tags=("good day", "waiting for results"),
        )
        store.journal.add(entry, NOW)
    JournalService(store, service).save_screens({ScreenKind.PHQ2: (2, 2), ScreenKind.GAD2: (0, 0)})


def open_journal(qtbot, service, size: tuple[int, int] | None) -> tuple[MainWindow, QWidget]:
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.resize(*(size or DEFAULT))
    window.show()
    qtbot.waitExposed(window)
    if size is None:  # the narrowest the window allows, at the default height
        window.resize(window.minimumWidth(), DEFAULT[1])
    window.show_page("journal")
    page = window.page("journal")
    settle(qtbot)
    return window, page


def settle(qtbot) -> None:
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(20)


def in_page(widget: QWidget, page) -> QRect:
    """``widget``'s rectangle in the page's scroll area's viewport (what is in view)."""
    viewport = page.page_scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return QRect(top_left, widget.size())


def check_page(page, essentials: bool = True) -> None:
    """Everything a check-in needs is usable. ``essentials``: the heading, mood and worry
    are in view with Save, all at once (with the details open, the fields scroll inside
    the form instead). When the page is too short for the form and the list (a long note
    above the form, a short window), the page scrolls: the form is checked scrolled into
    view, as a person would see it."""
    bar = page.page_scroll.verticalScrollBar()
    if bar.maximum() > 0:
        bar.setValue(page.top.card.mapTo(page._content, QPoint(0, 0)).y())
        QApplication.processEvents()
    viewport = page.page_scroll.viewport().rect()
    assert clipped(page) == []
    # Never sideways: the page's content is no wider than the page.
    assert page._content.minimumSizeHint().width() <= viewport.width()
    assert page._content.width() <= viewport.width()
    # The check-in's essentials and Save are in view, without scrolling.
    form = page.form
    fields = page.fields_scroll.viewport()
    if essentials:
        for widget in (form.heading, form.mood_group.buttons()[-1], form.worry_group.button(10)):
            assert viewport.contains(in_page(widget, page)), widget.objectName()
            inside = QRect(widget.mapTo(fields, QPoint(0, 0)), widget.size())
            assert fields.rect().contains(inside), widget.objectName()
    save = in_page(form.save_button, page)
    assert save.height() >= form.save_button.sizeHint().height()
    assert save.width() >= form.save_button.sizeHint().width()
    assert viewport.contains(save)
    # The search box and Filters side by side or one above the other, never on each other.
    search, filters = in_page(page.search, page), in_page(page.filters_button, page)
    assert not search.intersects(filters)
    assert search.width() >= page.search.minimumWidth()
    if not page.timeline_head.folded:  # side by side: the whole hint shows
        assert search.width() >= page.search.sizeHint().width()
    assert filters.width() >= page.filters_button.sizeHint().width()
    # The list keeps a few lines of check-ins; Edit and Delete are on the page.
    assert page.list.height() >= page.list.fontMetrics().lineSpacing() * 8
    assert page.edit_button.isVisible()
    assert page.delete_button.isVisible()
    bar.setValue(0)


def check_rows(page) -> None:
    """Headings wrap rather than being cut; the scores move below the date when narrow."""
    delegate = page.list.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = page.list.font()
    width = page.list.viewport().width() - 2 * page.list.spacing() - 2 * delegate.PAD
    for row in range(min(page.model.rowCount(), 10)):
        index = page.model.index(row)
        heading = index.data(HEADING_ROLE)
        if not isinstance(heading, Heading):
            continue
        big = QFontMetrics(page.list.font())
        needed = big.boundingRect(0, 0, width, 10_000, 0x1000, heading.title).height()  # wrap
        assert delegate.sizeHint(option, index).height() >= needed + 2 * delegate.PAD


@pytest.mark.parametrize(
    "size", [DEFAULT, None, SCALED], ids=["default-1000x720", "narrowest", "qt-scale-1.5"]
)
def test_the_journal_works_at_each_size(qtbot, service, filled, size):
    window, page = open_journal(qtbot, service, size)
    assert page.banners.count() == 2  # the care-team note is there too
    check_page(page)
    check_rows(page)
    # Opening the details: the fields scroll inside the form, Save stays in view.
    page.form.show_details()
    settle(qtbot)
    check_page(page, essentials=False)
    page.start_check_in()
    settle(qtbot)
    note = in_page(page.form.note, page)
    assert page.page_scroll.viewport().rect().intersects(note)  # the note is shown to type in
    # The whole note, not only the line with the cursor, is scrolled into the fields' view.
    fields = page.fields_scroll.viewport()
    inside = QRect(page.form.note.mapTo(fields, QPoint(0, 0)), page.form.note.size())
    if inside.height() <= fields.height():
        assert fields.rect().contains(inside)
    else:
        assert inside.top() >= 0
    window.close()


@pytest.mark.parametrize("size", [DEFAULT, None], ids=["default-1000x720", "narrowest"])
def test_the_journal_works_with_150_percent_text(qtbot, service, filled, large_text, size):
    window, page = open_journal(qtbot, service, size)
    check_page(page)
    check_rows(page)
    page.form.show_details()
    settle(qtbot)
    check_page(page, essentials=False)
    page.filters_button.setChecked(True)
    settle(qtbot)
    assert clipped(page) == []
    assert page.filters.minimumSizeHint().width() <= page.list.width()
    window.close()


def test_at_the_narrowest_window_the_rows_fold_and_at_the_default_they_do_not(
    qtbot, service, filled
):
    window, page = open_journal(qtbot, service, DEFAULT)
    assert not page.timeline_head.folded
    assert not page.form.actions.folded
    window.resize(window.minimumWidth(), 480)  # also the shortest the window allows
    settle(qtbot)
    assert page.timeline_head.folded  # search and Filters go below the heading
    search, heading = in_page(page.search, page), in_page(page.timeline_heading, page)
    assert search.top() > heading.bottom()
    check_page(page)
    # Shorter than the form and a few rows need: the page scrolls rather than squeeze.
    assert page.page_scroll.verticalScrollBar().maximum() > 0
    window.close()
