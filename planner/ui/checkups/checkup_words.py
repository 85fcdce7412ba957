"""The Checkups room's words inside sentences: a checkup named the way a sentence needs it
(the kind in lower case, the person's own name as typed), and dates that never break
across lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from PySide6.QtCore import QObject

from planner.domain.journal import Checkup, CheckupKind
from planner.ui.kit.formatting import clock, day_short_month, day_short_month_year
from planner.ui.kit.journal_words import checkup_kind, checkup_phrase

#: Between the parts of a date or a time inside a sentence: "7 Dec" stays on one line.
NO_BREAK = "\u00a0"


def unbroken(text: str) -> str:
    """A date or time that wraps as one word ("7 Dec 2026", "Thu 3 Dec")."""
    return text.replace(" ", NO_BREAK)


def own_title(checkup: Checkup) -> str:
    """The name the person (or their schedule) gave, or "" when it is just the kind's
    name ("Oncologist visit"), which a sentence says in its own words."""
    title = checkup.title.strip()
    return "" if title == checkup_kind(checkup.kind) else title


class CheckupWords(QObject):
    """Translated with ``self.tr`` (the class name is their context)."""

    def kind_in_sentence(self, kind: CheckupKind) -> str:
        match kind:
            case CheckupKind.ONCOLOGIST:
                return self.tr("oncologist visit", "inside a sentence: the oncologist visit")
            case CheckupKind.BLOOD_TEST:
                return self.tr("blood test", "inside a sentence: the blood test")
            case CheckupKind.SCAN:
                return self.tr("scan", "inside a sentence: the scan")
        return self.tr("checkup", "inside a sentence: the checkup")

    def next_dates(self, days: Sequence[date], count: int, later: bool) -> str:
        shown = ", ".join(unbroken(day_short_month_year(day)) for day in days)
        more = count - len(days)
        if not days:
            text = self.tr(
                "The next date is more than two years away. The app adds it to your list "
                "when it comes closer."
            )
        elif more > 0 and later:
            text = self.tr(
                "Next dates: {dates}, and %n more (the app plans two years ahead)", "", more
            )
        elif more > 0:
            text = self.tr("Next dates: {dates}, and %n more", "", more)
        elif count == 1 and later:
            text = self.tr("Next date: {dates} (the app plans two years ahead)")
        elif count == 1:
            text = self.tr("Next date: {dates}")
        elif later:
            text = self.tr("Next dates: {dates} (the app plans two years ahead)")
        else:
            text = self.tr("Next dates: {dates}")
        return text.format(dates=shown)


@cache
def _words() -> CheckupWords:
    return CheckupWords()


def kind_in_sentence(kind: CheckupKind) -> str:
    """ "oncologist visit", in lower case, inside a sentence."""
    return _words().kind_in_sentence(kind)


def named_in_sentence(checkup: Checkup) -> str:
    """The checkup's own name as typed, else its kind in lower case."""
    return own_title(checkup) or kind_in_sentence(checkup.kind)


def phrase(checkup: Checkup) -> str:
    """ "blood test on 3 Dec", with the date kept on one line."""
    day = day_short_month(checkup.day)
    return checkup_phrase(checkup).replace(day, unbroken(day))


def next_dates(days: Sequence[date], count: int, later: bool) -> str:
    """A schedule's preview: "Next dates: 30 Dec 2026, 30 Mar 2027, and 4 more (the app
    plans two years ahead)". ``days``: the first few of the ``count`` dates the app plans
    now; ``later``: the schedule goes on after them (planned as time passes)."""
    return _words().next_dates(days, count, later)


def unbroken_dates(text: str, checkup: Checkup) -> str:
    """``text`` (a shared sentence about ``checkup``) with its date and time kept whole."""
    day = day_short_month(checkup.day)
    text = text.replace(day, unbroken(day))
    if checkup.at is not None:
        at = clock(checkup.at)
        text = text.replace(at, unbroken(at))
    return text
