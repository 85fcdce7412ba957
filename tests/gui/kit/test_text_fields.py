"""Text fields keep what is typed or pasted, cleaned and cut to fit, and say so."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from planner.ui.kit.text_fields import LineField, TextArea, note_text, one_line

NASTY = "a\rb\nc\td\x00e\x1bf"
EMOJI_RTL = "👨\u200d👩\u200d👧 שלום עולם \u200fok"


def test_one_line_text_drops_controls_and_keeps_emoji_and_right_to_left():
    assert one_line(NASTY) == "a b c def"
    assert one_line(EMOJI_RTL) == EMOJI_RTL  # joiners and direction marks are text
    assert one_line("<b>&amp;</b>") == "<b>&amp;</b>"  # markup-looking text is kept as typed


def test_a_note_keeps_line_breaks_and_tabs_only():
    assert note_text("one\r\ntwo\rthree\n\tfour\x00\x07") == "one\ntwo\nthree\n\tfour"
    assert note_text(EMOJI_RTL) == EMOJI_RTL


def paste(widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()


def test_pasting_a_carriage_return_into_a_one_line_field_keeps_one_line(qtbot):
    field = LineField(80)
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.trimmed):
        paste(field, "=1+1\r=HYPERLINK(x)")
    assert field.text() == "=1+1 =HYPERLINK(x)"
    qtbot.keyClicks(field, "\t!")  # a typed tab moves focus; nothing odd lands
    assert "\t" not in field.text()
    assert "\r" not in field.text()


def test_a_one_line_field_holds_its_limit_and_saved_text_is_cleaned(qtbot):
    field = LineField(10)
    qtbot.addWidget(field)
    paste(field, "x" * 100_000)
    assert field.text() == "x" * 10
    field.setText("line one\nline two")
    assert field.text() == "line one l"


def test_a_pasted_megabyte_is_cut_at_once_to_the_notes_limit(qtbot):
    area = TextArea(5000)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    qtbot.keyClicks(area, "Start. ")
    with qtbot.waitSignal(area.trimmed) as told:
        paste(area, ("A long line of pasted text. " * 40 + "\n") * 900)  # about a megabyte
    assert told.args == [5000]
    assert len(area.toPlainText()) == 5000
    assert area.toPlainText().startswith("Start. A long line")


def test_typing_at_the_limit_adds_nothing_more(qtbot):
    area = TextArea(12)
    qtbot.addWidget(area)
    area.setPlainText("abcdefghijkl")
    area.moveCursor(area.textCursor().MoveOperation.End)
    with qtbot.waitSignal(area.trimmed):
        qtbot.keyClick(area, Qt.Key.Key_M)
    assert area.toPlainText() == "abcdefghijkl"


def test_a_drop_or_paste_of_rich_text_lands_as_clean_plain_text(qtbot):
    area = TextArea(1000)
    qtbot.addWidget(area)
    data = QMimeData()
    data.setHtml("<b>bold</b>")
    data.setText("bold\x00 and\r\nnext")
    area.insertFromMimeData(data)
    assert area.toPlainText() == "bold and\nnext"
