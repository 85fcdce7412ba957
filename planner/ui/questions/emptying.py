"""Emptying a list of cards before it is drawn again."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def empty_layout(layout: QLayout) -> None:
    """Take everything out of ``layout`` and delete its widgets."""
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget()
        if widget is not None:
            widget.hide()  # kept in the page until deleted, so it never becomes a window
            widget.deleteLater()
