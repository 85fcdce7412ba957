"""The screens asked every two weeks (PHQ-2 and GAD-2): their scores, when they are
offered, and when the care-team note shows.

PHQ-2 and GAD-2 are free to use; their questions and answers are shown word for word
(the wording lives in one place, ``planner.ui.kit.screen_words``, through Qt translation,
so a translator can put in the instrument's official translation). Each screen has two
items answered 0 to 3; a total of 3 or more is a positive screen. A screen never
diagnoses anything. A positive one always gets a kind answer at once (the dialog's last
step) and a care-team note, however recently another note was shown; worry that stays
high leads to the note at most once a week. The words are in ``screen_words``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from planner.domain.journal import JournalEntry

#: Each screen has this many items ...
ITEMS_PER_SCREEN = 2
#: ... each answered with one of these scores ("Not at all" to "Nearly every day").
ANSWER_SCORES = (0, 1, 2, 3)
POSITIVE_AT = 3
#: A screen is offered again this many days after the last one.
SCREEN_EVERY = timedelta(days=14)
#: A new person is first offered the screens once their first check-in is this many days
#: old ...
SETTLE_IN_DAYS = 7
#: ... and they have made at least this many check-ins (the first days are for finding
#: their way around, not for questions about the last two weeks).
SETTLE_IN_CHECKINS = 3
#: The note about high worry comes at most this often (a positive screen always gets one).
NUDGE_EVERY = timedelta(days=7)
#: Worry this high, in most check-ins of the last two weeks, leads to the nudge ...
HIGH_WORRY = 7
#: ... when there were at least this many check-ins.
MIN_CHECKINS = 3
NUDGE_WINDOW = timedelta(days=14)


class ScreenKind(StrEnum):
    """Which screen; the value is a stable code (the database, the export)."""

    PHQ2 = "phq2"
    GAD2 = "gad2"

    @property
    def label(self) -> str:
        """The instrument's name, "PHQ-2": a proper name, the same in every language."""
        return "PHQ-2" if self is ScreenKind.PHQ2 else "GAD-2"


#: The order the screens are asked in.
SCREEN_ORDER = (ScreenKind.PHQ2, ScreenKind.GAD2)


@dataclass(frozen=True)
class ScreenResult:
    """One screen as answered: two answers, each 0 to 3."""

    kind: ScreenKind
    answers: tuple[int, int]
    day: date
    at: datetime
    zone: str
    id: int | None = None

    def __post_init__(self) -> None:
        if len(self.answers) != ITEMS_PER_SCREEN or any(
            a not in ANSWER_SCORES for a in self.answers
        ):
            raise ValueError("Each screen has two answers from 0 to 3")

    @property
    def total(self) -> int:
        return sum(self.answers)

    @property
    def positive(self) -> bool:
        return self.total >= POSITIVE_AT


def screen_due(
    last_taken: date | None,
    today: date,
    first_checkin: date | None,
    checkins: int,
) -> bool:
    """Whether to offer the screens today: 14 days or more after the last ones.

    Before the first time, only once the person has settled in: their first check-in
    (``first_checkin``) is at least 7 days old and they have made at least 3 check-ins.
    """
    if last_taken is not None:
        return today - last_taken >= SCREEN_EVERY
    if first_checkin is None or checkins < SETTLE_IN_CHECKINS:
        return False
    return (today - first_checkin).days >= SETTLE_IN_DAYS


def any_positive(results: Iterable[ScreenResult]) -> bool:
    """Whether any of the screens answered together is positive (a total of 3 or more)."""
    return any(result.positive for result in results)


class NudgeReason(StrEnum):
    """Why the care-team note shows: a positive screen, or worry that stayed high."""

    PHQ2 = "phq2"
    GAD2 = "gad2"
    WORRY = "worry"


def nudge_reason(
    screens: Iterable[ScreenResult],
    entries: Sequence[JournalEntry],
    now: datetime,
    last_nudge: datetime | None,
) -> NudgeReason | None:
    """Why to show a new care-team note now, or None.

    A positive screen counts when it was taken in the last two weeks and after the last
    note (so one screen leads to one note), whenever that note was shown or dismissed:
    a positive screen always gets an answer. High worry counts when at least 3
    check-ins were made in the last two weeks and more than half of them have worry of
    7 or more, and never within a week of the last note.
    """
    for screen in sorted(screens, key=lambda s: s.at, reverse=True):
        fresh = now - screen.at < NUDGE_WINDOW and (last_nudge is None or screen.at > last_nudge)
        if fresh and screen.positive:
            return NudgeReason(screen.kind.value)
    if last_nudge is not None and now - last_nudge < NUDGE_EVERY:
        return None
    recent = [e for e in entries if timedelta(0) <= now - e.at < NUDGE_WINDOW]
    high = sum(1 for e in recent if e.worry >= HIGH_WORRY)
    if len(recent) >= MIN_CHECKINS and high * 2 > len(recent):
        return NudgeReason.WORRY
    return None
