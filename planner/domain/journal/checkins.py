"""Check-ins: mood and worry always, energy, sleep, a note and tags when given.

A check-in belongs to the local day it was made on and keeps the instant (UTC) and the
zone it was made in. What cannot be saved is a ``JournalError`` with a code and the
limit it broke; the screens say it in words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum, StrEnum

MAX_TAG_LENGTH = 40
MAX_TAGS = 12
MAX_NOTE_LENGTH = 20_000
#: The worry and energy scales.
SCALE_MAX = 10
MAX_SLEEP_HOURS = 24


class Mood(IntEnum):
    """How the day feels, on five steps; not a clinical measure."""

    AWFUL = 1
    BAD = 2
    OKAY = 3
    GOOD = 4
    GREAT = 5

    @property
    def export_label(self) -> str:
        """The mood as export files write it ("Bad"): stable data, never translated."""
        return self.name.capitalize()


class SleepQuality(IntEnum):
    """How well the person slept, in their own words."""

    POORLY = 1
    OKAY = 2
    WELL = 3

    @property
    def export_label(self) -> str:
        """The quality as export files write it ("Poorly"): stable data, never translated."""
        return self.name.capitalize()


class JournalProblem(StrEnum):
    """Why a check-in or checkup cannot be saved as given."""

    WORRY_OUT_OF_RANGE = "worry_out_of_range"
    ENERGY_OUT_OF_RANGE = "energy_out_of_range"
    SLEEP_OUT_OF_RANGE = "sleep_out_of_range"
    NOTE_TOO_LONG = "note_too_long"
    TOO_MANY_TAGS = "too_many_tags"
    TAG_TOO_LONG = "tag_too_long"
    RESULTS_BEFORE_CHECKUP = "results_before_checkup"
    PLACE_TOO_LONG = "place_too_long"
    TITLE_TOO_LONG = "title_too_long"


class JournalError(ValueError):
    """A check-in or checkup that cannot be saved as given: a code and the limit broken."""

    def __init__(self, problem: JournalProblem, limit: int | None = None) -> None:
        super().__init__(problem.value if limit is None else f"{problem.value} (limit {limit})")
        self.problem = problem
        self.limit = limit


@dataclass(frozen=True)
class JournalEntry:
    """One check-in: mood and worry always, the rest only when given."""

    mood: Mood
    worry: int
    day: date
    at: datetime
    zone: str
    energy: int | None = None
    sleep_hours: float | None = None
    sleep_quality: SleepQuality | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    for_care_team: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        check_entry(self)


def check_entry(entry: JournalEntry) -> None:
    """Refuse values outside the scales, naming which one."""
    if not 0 <= entry.worry <= SCALE_MAX:
        raise JournalError(JournalProblem.WORRY_OUT_OF_RANGE, SCALE_MAX)
    if entry.energy is not None and not 0 <= entry.energy <= SCALE_MAX:
        raise JournalError(JournalProblem.ENERGY_OUT_OF_RANGE, SCALE_MAX)
    if entry.sleep_hours is not None and not 0 <= entry.sleep_hours <= MAX_SLEEP_HOURS:
        raise JournalError(JournalProblem.SLEEP_OUT_OF_RANGE, MAX_SLEEP_HOURS)
    if len(entry.note) > MAX_NOTE_LENGTH:
        raise JournalError(JournalProblem.NOTE_TOO_LONG, MAX_NOTE_LENGTH)
    if len(entry.tags) > MAX_TAGS:
        raise JournalError(JournalProblem.TOO_MANY_TAGS, MAX_TAGS)
    if entry.at.tzinfo is None:
        raise ValueError("at must be an aware datetime")


def clean_tag(text: str) -> str:
    """A tag as kept: trimmed, single spaces, lower case; commas are not allowed."""
    tag = " ".join(text.replace(",", " ").split()).lower()
    if len(tag) > MAX_TAG_LENGTH:
        raise JournalError(JournalProblem.TAG_TOO_LONG, MAX_TAG_LENGTH)
    return tag


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags without blanks or repeats, in the order given."""
    seen: dict[str, None] = {}
    for text in tags:
        tag = clean_tag(text)
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)
