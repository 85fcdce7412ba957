"""A row of large checkable buttons, one choice at a time (mood, worry, energy, sleep)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QWidget

from planner.ui.kit.balanced_rows import BalancedRows


class ChoiceButton(QPushButton):
    """One choice in a row: Tab moves to the next row, the arrow keys along this one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        group = self.group()
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if group is None or step is None:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        index = buttons.index(self) + step
        if 0 <= index < len(buttons):
            buttons[index].setFocus(Qt.FocusReason.TabFocusReason)


def choice_row(
    owner: QWidget, labels: Sequence[tuple[int, str]], name: str, spoken: str
) -> tuple[BalancedRows, QButtonGroup]:
    """A row of large checkable buttons, one choice at a time (click again to clear); in a
    narrow window or with large text it goes over two rows (or more).

    ``spoken`` is the translated accessible name with a ``{choice}`` placeholder, like
    "Mood {choice}".
    """
    row = BalancedRows(spacing=6)
    group = QButtonGroup(owner)
    group.setExclusive(False)
    for value, text in labels:
        button = ChoiceButton(text)
        button.setObjectName(f"{name}{value}")
        button.setProperty("choice", "true")
        button.setCheckable(True)
        button.setAccessibleName(spoken.format(choice=text))
        button.setMinimumHeight(40)
        group.addButton(button, value)
        row.addWidget(button)
    group.buttonToggled.connect(lambda button, on: _keep_one(group, button, on))
    return row, group


def _keep_one(group: QButtonGroup, button: QAbstractButton, on: bool) -> None:
    if on:
        for other in group.buttons():
            if other is not button and other.isChecked():
                other.setChecked(False)


def chosen(group: QButtonGroup) -> int | None:
    """The value of the checked button, or None."""
    button = group.checkedButton()
    return None if button is None else group.id(button)


def choose(group: QButtonGroup, value: int | None) -> None:
    """Check the button of ``value`` (None: none)."""
    for button in group.buttons():
        button.setChecked(value is not None and group.id(button) == value)
