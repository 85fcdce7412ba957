"""Helpers for Today's list of cards: emptying it, and the Tab order through it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLayout, QWidget

from planner.ui.today.item_row import ItemRow


def empty_layout(layout: QLayout) -> None:
    """Take everything out of ``layout`` and delete its widgets (nested rows too)."""
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif (inner := child.layout()) is not None:
            empty_layout(inner)


def chain_tabs(rows: Sequence[ItemRow], after: Sequence[QWidget] = ()) -> None:
    """Tab goes through the cards in list order (then ``after``), each card's controls in
    the same order whether it is open or answered: a card made again in place would
    otherwise come last."""
    chain = [widget for row in rows for widget in row.focus_chain()] + list(after)
    for before, following in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, following)
