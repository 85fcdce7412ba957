"""Small pieces the forms share: Qt and Python dates, named widgets, titled panels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFrame, QLabel, QSpinBox, QVBoxLayout, QWidget

from planner.ui.kit.theme import colors, scaled_font

W = TypeVar("W", bound=QWidget)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def named(widget: W, name: str, accessible: str) -> W:
    """Give a widget its object name (tests) and accessible name (screen readers)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def titled_panel(layout: QVBoxLayout, title: str, name: str) -> QVBoxLayout:
    """Add a rounded panel with a heading to ``layout``; returns the panel's column."""
    panel = QFrame()
    panel.setObjectName("Panel")
    panel.setAccessibleName(title)
    box = QVBoxLayout(panel)
    box.setContentsMargins(20, 16, 20, 16)
    box.setSpacing(10)
    heading = QLabel(title)
    heading.setObjectName(name)
    heading.setFont(scaled_font(heading, 1.15, bold=True))
    box.addWidget(heading)
    layout.addWidget(panel)
    return box


def error_label() -> QLabel:
    """The hidden line where a form says, in plain words, what to put right."""
    label = QLabel()
    label.setObjectName("EditorError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colors()['missed']}; font-weight: 600;")
    label.setVisible(False)
    return label


class CountSpinBox(QSpinBox):
    """A spin box whose number stands inside a whole translated sentence ("3 times a
    week"): the words before and after the number are its prefix and suffix, worked out
    again for each value (the words can change with the number: "1 time a week").

    ``sentence(n)`` gives the translated text with the number written in it (``%n``); a
    plain function, so the box holds nothing of the form it sits in.
    """

    def __init__(self, sentence: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sentence = sentence
        self.valueChanged.connect(self._fit)
        self._fit(self.value())

    def _fit(self, value: int) -> None:
        before, number, after = self._sentence(value).partition(str(value))
        if not number:  # a sentence without the number: it follows the number
            before, after = "", f" {before}"
        if (before, after) != (self.prefix(), self.suffix()):  # each set redraws the text
            self.setPrefix(before)
            self.setSuffix(after)
