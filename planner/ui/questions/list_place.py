"""Keeping a person's place while the page's lists are drawn again: which control had
the keyboard, what was being written, and the order Tab goes in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from planner.ui.questions.asked_section import AskedRow
from planner.ui.questions.question_row import QuestionRow

Row = QuestionRow | AskedRow
#: A row's question: (asked?, its id).
RowKey = tuple[bool, int | None]


@dataclass(frozen=True)
class FocusSpot:
    """Where the keyboard goes after the lists are drawn again: a row's control, found by
    its question, else by the place it had in its list (``index``)."""

    section: str  # "open", "asked", or "add" (the field for a new question)
    question_id: int | None
    role: str
    index: int = 0
    #: A question that left the asked list: its open row, when no asked row is left.
    moved_id: int | None = None


def key_of(row: Row) -> RowKey:
    return (isinstance(row, AskedRow), row.question.id)


def spot_of(
    widget: QWidget, open_rows: Sequence[QuestionRow], asked_rows: Sequence[AskedRow]
) -> FocusSpot | None:
    """The place of ``widget`` among the rows (None when it is in none of them)."""
    for index, row in enumerate(open_rows):
        if row.isAncestorOf(widget):
            return FocusSpot("open", row.question.id, row.role_of(widget) or "asked", index)
    for index, asked in enumerate(asked_rows):
        if asked.isAncestorOf(widget):
            return FocusSpot("asked", asked.question.id, asked.role_of(widget) or "answer", index)
    return None


def resolve(
    spot: FocusSpot,
    open_rows: Sequence[QuestionRow],
    asked_rows: Sequence[AskedRow],
    fallback: QWidget,
) -> QWidget:
    """The control at ``spot`` in the rows as drawn now (``fallback`` with no rows)."""
    rows: Sequence[Row] = {"open": open_rows, "asked": asked_rows}.get(spot.section, [])
    row = next((r for r in rows if r.question.id == spot.question_id), None)
    if row is None and rows:
        row = rows[max(0, min(spot.index, len(rows) - 1))]
    if row is None and spot.moved_id is not None:
        moved = next((r for r in open_rows if r.question.id == spot.moved_id), None)
        if moved is not None:
            return moved.control("card")  # its card: a second quick press marks nothing
    return row.control(spot.role) if row is not None else fallback


def drafts(rows: Sequence[Row]) -> dict[RowKey, str]:
    """What is being written in the rows (a question changed, an answer)."""
    found = {}
    for row in rows:
        draft = row.draft()
        if draft is not None:
            found[key_of(row)] = draft
    return found


def chain_tabs(before: Sequence[QWidget], rows: Sequence[Row], after: Sequence[QWidget]) -> None:
    """Tab goes through ``before``, the rows in list order, then ``after``."""
    chain = [*before, *(w for row in rows for w in row.focus_chain()), *after]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
