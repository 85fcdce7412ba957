"""A wrapped label that remembers its heights still grows with its text and font."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from planner.ui.kit.theme import scaled_font
from planner.ui.kit.wrapped_label import WrappedLabel

SENTENCE = "Moving every day eases stress and builds strength over time, a little at a time."


def test_the_same_height_as_a_plain_wrapped_label(qtbot):
    label = WrappedLabel(SENTENCE)
    plain = QLabel(SENTENCE)
    plain.setWordWrap(True)
    qtbot.addWidget(label)
    qtbot.addWidget(plain)
    for width in (80, 160, 320, 640):
        assert label.heightForWidth(width) == plain.heightForWidth(width)
    assert label.heightForWidth(80) > label.heightForWidth(640)


def test_new_text_is_measured_again(qtbot):
    label = WrappedLabel("Short")
    qtbot.addWidget(label)
    one_line = label.heightForWidth(200)
    label.setText(SENTENCE)
    assert label.heightForWidth(200) > one_line


def test_a_larger_font_is_measured_again(qtbot):
    label = WrappedLabel(SENTENCE)
    qtbot.addWidget(label)
    before = label.heightForWidth(200)
    label.setFont(scaled_font(label, 1.5))
    assert label.heightForWidth(200) > before


def test_a_style_sheet_font_is_measured_again(qtbot):
    label = WrappedLabel(SENTENCE)
    qtbot.addWidget(label)
    before = label.heightForWidth(200)
    label.setStyleSheet("font-size: 30px;")
    label.ensurePolished()  # as Qt does before laying a label out
    assert label.heightForWidth(200) > before
