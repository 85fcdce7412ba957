"""The main window: page shortcuts, names for screen readers, and large text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
)

from planner.ui.checklist.item_editor import ItemEditor
from planner.ui.main_window import MainWindow
from planner.ui.navigation import KEYS
from planner.ui.today.skip_dialog import SkipDialog
from tests.helpers.clock import TODAY
from tests.helpers.widgets import clipped, unnamed


def open_window(qtbot, service, size=(1000, 720)) -> MainWindow:
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_title_and_page_shortcuts(qtbot, service, items):
    window = open_window(qtbot, service)
    assert window.windowTitle() == "Between Checkups"
    assert window.current_page() is window.today_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for key, page in (
        (Qt.Key.Key_2, window.page("journal")),
        (Qt.Key.Key_3, window.page("checkups")),
        (Qt.Key.Key_4, window.page("questions")),
        (Qt.Key.Key_5, window.page("insights")),
        (Qt.Key.Key_6, window.page("items")),
        (Qt.Key.Key_7, window.page("history")),
        (Qt.Key.Key_9, window.page("remission")),
        (Qt.Key.Key_1, window.today_page),
    ):
        target = QApplication.focusWidget() or window  # keys go where the focus is
        qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page
    qtbot.mouseClick(window.nav_buttons[6], Qt.MouseButton.LeftButton)
    assert window.current_page() is window.page("history")


def test_ctrl_q_closes_the_window(qtbot, service, items):
    window = open_window(qtbot, service)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_ctrl_n_opens_a_new_item_form(qtbot, service, items, when_modal):
    window = open_window(qtbot, service)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen = []

    def look(dialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_modal(look)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["New item"]
    assert window.current_page() is window.page("items")


def test_today_starts_with_focus_on_the_first_done_button(qtbot, service, items):
    window = open_window(qtbot, service)
    first = window.today_page.rows[0].done_button
    qtbot.waitUntil(first.hasFocus)


def test_every_interactive_widget_has_an_accessible_name(qtbot, service, items):
    window = open_window(qtbot, service)
    window.today_page.findChild(QPushButton, "ShowAllButton").click()
    for index, key in enumerate(KEYS):
        if key == "settings":
            continue  # it needs the reminders (tested with them)
        window.show_page(index)
        QApplication.processEvents()
    assert unnamed(window) == []
    editor = ItemEditor(items[0], TODAY)
    qtbot.addWidget(editor)
    assert unnamed(editor) == []
    skip = SkipDialog(items[0])
    qtbot.addWidget(skip)
    assert unnamed(skip) == []


def test_nothing_is_cut_off_at_150_percent_text(qtbot, service, items, large_text):
    window = open_window(qtbot, service, size=(1000, 720))
    window.today_page.findChild(QPushButton, "ShowAllButton").click()
    for index, key in enumerate(KEYS):
        if key == "settings":
            continue  # it needs the reminders (tested with them)
        window.show_page(index)
        QApplication.processEvents()
        assert clipped(window.stack.currentWidget()) == [], f"page {index}"


def test_the_narrowest_window_shows_whole_cards_at_150_percent_text(
    qtbot, service, items, large_text
):
    window = open_window(qtbot, service, size=(1000, 720))
    window.attach_journal()  # Today's check-in card, the widest card
    window.resize(300, 600)  # as narrow as it goes
    page = window.today_page
    viewport = page.scroll.viewport()
    form = window.checkin_card.form

    def whole() -> bool:
        cards = [window.checkin_card, *page.rows]
        buttons = form.worry_group.buttons()
        return (
            not page.scroll.horizontalScrollBar().isVisible()
            and all(c.mapTo(viewport, c.rect().topRight()).x() < viewport.width() for c in cards)
            and all(b.mapTo(form, b.rect().topRight()).x() < form.width() for b in buttons)
            and clipped(window.centralWidget()) == []
        )

    qtbot.waitUntil(whole)  # once laid out again at the narrowest width
    assert window.width() > 300
    assert len({button.y() for button in form.worry_group.buttons()}) >= 2  # they wrap


def test_ctrl_n_works_while_the_archive_is_shown(qtbot, service, items, when_modal):
    window = open_window(qtbot, service)
    window.show_page(1)
    window.page("items").show_archived.setChecked(True)
    seen = []

    def look(dialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_modal(look)
    window.links.new_item()
    assert seen == ["New item"]
    assert not window.page("items").show_archived.isChecked()


def test_colours_follow_a_dark_system_palette():
    from PySide6.QtGui import QColor, QPalette

    from planner.ui.kit.theme import ACCENT_DARK, ACCENT_LIGHT, colors

    light = QPalette(QColor("#f4f4f4"))
    dark = QPalette(QColor("#202324"))
    assert colors(light)["accent"] == ACCENT_LIGHT
    assert colors(dark)["accent"] == ACCENT_DARK
    assert colors(dark)["border"] != colors(dark)["card"]
    assert QColor(colors(dark)["text"]).lightness() > QColor(colors(dark)["window"]).lightness()


def test_quick_start_builds_the_rest_in_finish_start(qtbot, service, store):
    from datetime import date

    from planner.domain.model import Item, Schedule
    from planner.ui.today.today_page import FIRST_PAINT_ROWS
    from tests.helpers.clock import NOW

    count = FIRST_PAINT_ROWS + 2
    many = [Item(f"Item {n}", Schedule.daily()) for n in range(count)]
    store.items.add_many(many, today=date(2026, 11, 1), now=NOW)
    window = MainWindow(service, quick_start=True)
    qtbot.addWidget(window)
    assert len(window.today_page.rows) == FIRST_PAINT_ROWS
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, ctrl)
    assert window.current_page() is window.today_page  # no shortcuts before finish_start

    window.finish_start()
    assert len(window.today_page.rows) == count
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, ctrl)
    assert window.current_page() is window.page("items")


def _ink(pixmap) -> tuple[int, int, int]:
    """The average colour of the drawn (mostly opaque) pixels of an icon."""
    image = pixmap.toImage()
    drawn = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 160
    ]
    assert drawn, "nothing drawn"
    return tuple(
        round(sum(getattr(c, part)() for c in drawn) / len(drawn))
        for part in ("red", "green", "blue")
    )


def _near(colour: tuple[int, int, int], hex_colour: str) -> bool:
    from PySide6.QtGui import QColor

    target = QColor(hex_colour)
    return (
        max(
            abs(a - b)
            for a, b in zip(colour, (target.red(), target.green(), target.blue()), strict=True)
        )
        < 40
    )


def test_the_window_follows_the_system_from_light_to_dark(qtbot, service, items):
    from PySide6.QtGui import QColor, QIcon, QPalette

    from planner.ui.kit.theme import ACCENT_DARK, ACCENT_LIGHT, colors, style_sheet

    app = QApplication.instance()
    light = QPalette(app.palette())
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Window, "#1f2322"),
        (QPalette.ColorRole.Base, "#272b2a"),
        (QPalette.ColorRole.WindowText, "#eef2f1"),
        (QPalette.ColorRole.Text, "#eef2f1"),
        (QPalette.ColorRole.ButtonText, "#eef2f1"),
    ):
        dark.setColor(role, QColor(colour))
    app.setStyleSheet(style_sheet(light))
    window = open_window(qtbot, service)
    nav = window.nav_buttons[0]
    badge = window.today_page.rows[0].findChildren(QLabel)[0]
    text = light.color(QPalette.ColorRole.WindowText).name()
    assert ACCENT_LIGHT in app.styleSheet()
    assert _near(_ink(nav.icon().pixmap(48, 48)), text)
    assert _near(_ink(badge.pixmap()), ACCENT_LIGHT)
    chosen = nav.icon().pixmap(48, 48, QIcon.Mode.Normal, QIcon.State.On)
    assert _near(_ink(chosen), colors()["on_accent"])  # as the chosen page's label
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: ACCENT_DARK in app.styleSheet())
        assert _near(_ink(nav.icon().pixmap(48, 48)), "#eef2f1")  # light ink on dark
        assert _near(_ink(badge.pixmap()), ACCENT_DARK)
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: ACCENT_LIGHT in app.styleSheet())
    assert _near(_ink(nav.icon().pixmap(48, 48)), text)


def _small_screen(monkeypatch, width: int = 910, height: int = 512) -> None:
    """A screen whose area for windows is small: 1366x768 at QT_SCALE_FACTOR=1.5."""
    from PySide6.QtCore import QRect

    monkeypatch.setattr(MainWindow, "available_area", lambda _self: QRect(0, 0, width, height))


def test_the_window_opens_within_the_screens_available_area(qtbot, service, items, monkeypatch):
    from planner.ui.window_frame import FRAME_ROOM

    _small_screen(monkeypatch)
    window = MainWindow(service, quick_start=True)
    qtbot.addWidget(window)
    room_w, room_h = 910 - FRAME_ROOM.width(), 512 - FRAME_ROOM.height()
    assert (window.width(), window.height()) == (room_w, room_h)
    assert window.minimumWidth() <= room_w
    assert window.minimumHeight() <= room_h
    window.show()
    qtbot.waitExposed(window)
    window.finish_start()  # the sidebar and Today's cards ask for their room
    window.attach_journal()
    QApplication.processEvents()
    assert window.minimumWidth() <= room_w
    assert window.minimumHeight() <= room_h
    assert window.width() <= room_w
    assert window.height() <= room_h


def test_with_large_text_on_a_small_screen_nothing_asks_for_more_than_the_screen(
    qtbot, service, items, monkeypatch, large_text
):
    _small_screen(monkeypatch, 640, 400)
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach_journal()
    for index, key in enumerate(KEYS):
        if key == "settings":
            continue  # it needs the reminders (tested with them)
        window.show_page(index)
        QApplication.processEvents()
        assert window.minimumWidth() <= 640, key
        assert window.minimumHeight() <= 400, key
    window.resize(window.minimumSize())
    window.show_page(0)
    QApplication.processEvents()
    # What does not fit scrolls: the sidebar's last button and Today's first card can be
    # brought into view.
    last = window.nav_buttons[-1]
    window.frame.side.ensureWidgetVisible(last)
    assert not last.visibleRegion().isEmpty()
    done = window.today_page.rows[0].done_button
    window.frame.pages.ensureWidgetVisible(done)
    window.today_page.scroll.ensureWidgetVisible(done)
    assert not done.visibleRegion().isEmpty()


def test_the_page_column_never_scrolls_at_the_usual_size(qtbot, service, items):
    window = open_window(qtbot, service, size=(1000, 720))
    window.show_page("journal")
    QApplication.processEvents()
    column = window.frame.pages
    assert column.verticalScrollBar().maximum() == 0  # the pages scroll by themselves
    assert column.horizontalScrollBar().maximum() == 0


def test_a_short_window_scrolls_the_sidebar_and_never_the_page_sideways(qtbot, service, items):
    """At 480 px the sidebar's buttons need a scroll bar: the window's least width grows by
    the bar's width rather than pushing the page under a sideways scroll bar."""
    window = open_window(qtbot, service, size=(1000, 720))
    side = window.frame.side
    assert side.verticalScrollBar().maximum() == 0
    window.fit_to_screen()  # the least width, worked out while the sidebar fits
    roomy = window.minimumWidth()
    assert roomy == side.sizeHint().width() + window.today_page.least_width()
    window.resize(window.minimumWidth(), 480)
    qtbot.waitUntil(lambda: side.verticalScrollBar().maximum() > 0)  # the sidebar scrolls
    bar = side.verticalScrollBar().sizeHint().width()
    assert window.minimumWidth() == roomy + bar
    window.resize(window.minimumWidth(), 480)
    pages = window.frame.pages
    qtbot.waitUntil(lambda: pages.horizontalScrollBar().maximum() == 0)  # never sideways
