"""The two-weekly screens (PHQ-2 and GAD-2) and the rules for a gentle nudge.

PHQ-2 and GAD-2 are free to use; their questions and answers are shown word for word.
A total of 3 or more is a positive screen. A screen never diagnoses anything: a
positive one (or worry that stays high) only leads to a kind note suggesting a talk
with the care team, at most once a week.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from planner.domain.journal import JournalEntry

SCREEN_STEM = "Over the last 2 weeks, how often have you been bothered by the following problems?"
ANSWERS = ("Not at all", "Several days", "More than half the days", "Nearly every day")
POSITIVE_AT = 3
#: A screen is offered again this many days after the last one.
SCREEN_EVERY = timedelta(days=14)
#: The nudge comes at most this often.
NUDGE_EVERY = timedelta(days=7)
#: Worry this high, in most check-ins of the last two weeks, leads to the nudge ...
HIGH_WORRY = 7
#: ... when there were at least this many check-ins.
MIN_CHECKINS = 3
NUDGE_WINDOW = timedelta(days=14)


class ScreenKind(StrEnum):
    PHQ2 = "phq2"
    GAD2 = "gad2"

    @property
    def label(self) -> str:
        return "PHQ-2" if self is ScreenKind.PHQ2 else "GAD-2"

    @property
    def questions(self) -> tuple[str, str]:
        if self is ScreenKind.PHQ2:
            return (
                "Little interest or pleasure in doing things",
                "Feeling down, depressed, or hopeless",
            )
        return ("Feeling nervous, anxious or on edge", "Not being able to stop or control worrying")


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
        if len(self.answers) != 2 or any(not 0 <= a <= 3 for a in self.answers):
            raise ValueError("Each screen has two answers from 0 to 3")

    @property
    def total(self) -> int:
        return sum(self.answers)

    @property
    def positive(self) -> bool:
        return self.total >= POSITIVE_AT


def screen_due(last_taken: date | None, today: date) -> bool:
    """Whether to offer the screens today: never taken, or 14 days or more ago."""
    return last_taken is None or today - last_taken >= SCREEN_EVERY


class NudgeReason(StrEnum):
    PHQ2 = "phq2"
    GAD2 = "gad2"
    WORRY = "worry"


def nudge_reason(
    screens: Iterable[ScreenResult],
    entries: Sequence[JournalEntry],
    now: datetime,
    last_nudge: datetime | None,
) -> NudgeReason | None:
    """Why to show the care-team note now, or None.

    Never within a week of the last one. A positive screen counts when it was taken in
    the last two weeks and after the last note (so one screen leads to one note). High
    worry counts when at least 3 check-ins were made in the last two weeks and more than
    half of them have worry of 7 or more.
    """
    if last_nudge is not None and now - last_nudge < NUDGE_EVERY:
        return None
    for screen in sorted(screens, key=lambda s: s.at, reverse=True):
        fresh = now - screen.at < NUDGE_WINDOW and (last_nudge is None or screen.at > last_nudge)
        if fresh and screen.positive:
            return NudgeReason(screen.kind.value)
    recent = [e for e in entries if timedelta(0) <= now - e.at < NUDGE_WINDOW]
    high = sum(1 for e in recent if e.worry >= HIGH_WORRY)
    if len(recent) >= MIN_CHECKINS and high * 2 > len(recent):
        return NudgeReason.WORRY
    return None


def nudge_text(reason: NudgeReason, phone: str) -> str:
    """The kind note for a reason; it suggests a talk and never names a condition."""
    if reason is NudgeReason.WORRY:
        opening = "Your worry has been high on most days lately."
    else:
        opening = "Your answers to the two-weekly questions suggest these weeks have been heavy."
    talk = (
        f"You may want to talk to your care team about how you feel: {phone}."
        if phone
        else "You may want to talk to your care team about how you feel."
    )
    return (
        f"{opening} That is common between checkups, and you do not have to carry it "
        f"alone. {talk} This is not a diagnosis — just a nudge to ask for support."
    )
