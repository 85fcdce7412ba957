"""``run_op``: run a service call and show a problem the person can act on, once.

Every write a screen asks for goes through here, so a full disk or an unwritable file
is told the same way everywhere (a box with a plain title and the problem's sentence),
and a widget never needs its own ``try``/``except``. Other exceptions are bugs: they
propagate to the app's excepthook (a short apology, the traceback in the log).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.services.problems import describe, is_user_error
from planner.ui.kit.messages import show_problem

log = logging.getLogger(__name__)
T = TypeVar("T")

#: A problem box is on screen: the same problem coming again meanwhile is not shown twice.
_showing: set[str] = set()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What an operation gave: true when it worked, with its value; else the error."""

    value: T | None = None
    error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.error is None


def run_op(
    parent: QWidget | None,
    action: Callable[[], T],
    *,
    title: str | None = None,
    report: Callable[[str], None] | None = None,
) -> OpResult[T]:
    """Run ``action``; a problem the person can act on is shown and nothing else changes.

    ``title``: the box's heading (default "Not saved"). ``report``: show the sentence
    there instead of a box (a status line, for work done in the background like drafts);
    ``report=log_only`` keeps it to the log.
    """
    try:
        return OpResult(value=action())
    except Exception as error:
        if not is_user_error(error):
            raise  # a bug: for the excepthook
        text = describe(error)
        log.error("An operation failed: %s", type(error).__name__)
        if report is not None:
            report(text)
        elif text not in _showing:
            _showing.add(text)
            try:
                heading = title or QCoreApplication.translate("Problems", "Not saved")
                show_problem(parent, heading, text)
            finally:
                _showing.discard(text)
        return OpResult(error=error)


def log_only(_text: str) -> None:
    """A ``report`` for work nobody is waiting for: the failure is logged, nothing shown."""
