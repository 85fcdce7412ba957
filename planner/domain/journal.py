"""The journal's plain data and rules: check-ins, checkups, and the periods between them.

A check-in belongs to the local day it was made on and keeps the instant (UTC) and
the zone it was made in. A checkup is a local date with an optional local clock time.
Nothing here reads the clock: ``now`` and the zone are arguments.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum, StrEnum
from zoneinfo import ZoneInfo

#: Tags offered on every check-in; the person may add their own beside them.
PRESET_TAGS = ("checkup soon", "waiting for results", "tired", "pain", "good day")
MAX_TAG_LENGTH = 40
MAX_TAGS = 12
MAX_NOTE_LENGTH = 20_000


class Mood(IntEnum):
    """How the day feels, on five steps; not a clinical measure."""

    AWFUL = 1
    BAD = 2
    OKAY = 3
    GOOD = 4
    GREAT = 5

    @property
    def label(self) -> str:
        return self.name.capitalize()


class SleepQuality(IntEnum):
    """How well the person slept, in their own words."""

    POORLY = 1
    OKAY = 2
    WELL = 3

    @property
    def label(self) -> str:
        return self.name.capitalize()


class JournalError(ValueError):
    """A check-in or checkup that cannot be saved as given; the message is for the person."""


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
    """Refuse values outside the scales, with a message that says which one."""
    if not 0 <= entry.worry <= 10:
        raise JournalError("Worry is a number from 0 to 10.")
    if entry.energy is not None and not 0 <= entry.energy <= 10:
        raise JournalError("Energy is a number from 0 to 10.")
    if entry.sleep_hours is not None and not 0 <= entry.sleep_hours <= 24:
        raise JournalError("Hours of sleep are between 0 and 24.")
    if len(entry.note) > MAX_NOTE_LENGTH:
        raise JournalError(f"A note can hold up to {MAX_NOTE_LENGTH:,} characters.")
    if len(entry.tags) > MAX_TAGS:
        raise JournalError(f"A check-in can have up to {MAX_TAGS} tags.")
    if entry.at.tzinfo is None:
        raise ValueError("at must be an aware datetime")


def clean_tag(text: str) -> str:
    """A tag as kept: trimmed, single spaces, lower case; commas are not allowed."""
    tag = " ".join(text.replace(",", " ").split()).lower()
    if len(tag) > MAX_TAG_LENGTH:
        raise JournalError(f"A tag can be up to {MAX_TAG_LENGTH} characters long.")
    return tag


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags without blanks or repeats, in the order given."""
    seen: dict[str, None] = {}
    for text in tags:
        tag = clean_tag(text)
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


# --- Checkups ---------------------------------------------------------------


class CheckupKind(StrEnum):
    """What a checkup is; the follow-up plans of a later version use the same kinds."""

    ONCOLOGIST = "oncologist"
    BLOOD_TEST = "blood_test"
    SCAN = "scan"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self][0]

    @property
    def phrase(self) -> str:
        """The kind inside a sentence: "your blood test"."""
        return _KIND_LABELS[self][1]


_KIND_LABELS = {
    CheckupKind.ONCOLOGIST: ("Oncologist visit", "oncologist visit"),
    CheckupKind.BLOOD_TEST: ("Blood test", "blood test"),
    CheckupKind.SCAN: ("Scan or imaging", "scan"),
    CheckupKind.OTHER: ("Other checkup", "checkup"),
}


@dataclass(frozen=True)
class Checkup:
    """A checkup on a local day (and clock time, when known), with the results date."""

    day: date
    kind: CheckupKind
    zone: str
    at: time | None = None
    place: str = ""
    results_on: date | None = None
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.results_on is not None and self.results_on < self.day:
            raise JournalError("The results date cannot be before the checkup.")
        if len(self.place) > 200:
            raise JournalError("The place can be up to 200 characters long.")

    def starts(self) -> datetime:
        """The instant the checkup begins; the start of its day when no time was given."""
        wall = datetime.combine(self.day, self.at or time(0, 0), tzinfo=ZoneInfo(self.zone))
        return wall.astimezone(UTC)

    def results_end(self) -> datetime | None:
        """The end of the day results are expected (waiting lasts until then)."""
        if self.results_on is None:
            return None
        end = datetime.combine(self.results_on + timedelta(days=1), time(0), ZoneInfo(self.zone))
        return end.astimezone(UTC)

    def describe(self) -> str:
        """ "blood test on 3 Sept" (for headings and notes)."""
        return f"{self.kind.phrase} on {short_date(self.day)}"


def short_date(day: date) -> str:
    """ "3 Sept", with the short month names people write."""
    month = ("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
             "Dec")[day.month - 1]  # fmt: skip
    return f"{day.day} {month}"


def sorted_checkups(checkups: Iterable[Checkup]) -> list[Checkup]:
    return sorted(checkups, key=lambda c: (c.starts(), c.id or 0))


def next_checkup(checkups: Iterable[Checkup], today: date) -> Checkup | None:
    """The first checkup on or after ``today``."""
    ahead = [c for c in sorted_checkups(checkups) if c.day >= today]
    return ahead[0] if ahead else None


def next_checkup_text(checkup: Checkup, today: date) -> str:
    """ "Next checkup in 12 days: scan on 3 Dec" (or today, tomorrow)."""
    days = (checkup.day - today).days
    when = {0: "is today", 1: "is tomorrow"}.get(days, f"in {days} days")
    at = f" at {checkup.at:%H:%M}" if checkup.at else ""
    return f"Next checkup {when}: {checkup.describe()}{at}"


# --- Periods between checkups ----------------------------------------------


@dataclass(frozen=True)
class Period:
    """Check-ins between one checkup and the next (``start``/``end`` None: open)."""

    start: datetime | None
    end: datetime | None
    opened_by: Checkup | None
    closed_by: Checkup | None
    entries: tuple[JournalEntry, ...] = field(default=())

    def holds(self, moment: datetime) -> bool:
        """Whether a check-in made at ``moment`` belongs here (given it is not in a newer
        period: periods are read newest first, so only the start needs checking)."""
        return self.start is None or moment >= self.start

    def title(self) -> str:
        """ "Since your blood test on 3 Sept" and the like."""
        if self.opened_by is None and self.closed_by is None:
            return "Your check-ins"
        if self.opened_by is None:
            assert self.closed_by is not None
            return f"Before your {self.closed_by.describe()}"
        if self.closed_by is None:
            return f"Since your {self.opened_by.describe()}"
        return f"From your {self.opened_by.describe()} to your {self.closed_by.describe()}"


def period_bounds(checkups: Iterable[Checkup], now: datetime) -> list[Period]:
    """The periods cut by the checkups that have begun by ``now``, newest first (no entries).

    A check-in made before a checkup's start belongs to the period before it; one made
    on the day, after the start, to the period it opens. A checkup without a clock time
    starts at the beginning of its day, so every check-in that day comes after it.
    """
    begun = [c for c in sorted_checkups(checkups) if c.starts() <= now]
    periods: list[Period] = []
    previous: Checkup | None = None
    for checkup in begun:
        periods.append(
            Period(previous.starts() if previous else None, checkup.starts(), previous, checkup)
        )
        previous = checkup
    periods.append(Period(previous.starts() if previous else None, None, previous, None))
    periods.reverse()
    return periods


def group_by_period(
    entries: Iterable[JournalEntry], checkups: Iterable[Checkup], now: datetime
) -> list[Period]:
    """Check-ins grouped into the periods between checkups, newest first; empty ones left out."""
    periods = period_bounds(checkups, now)
    buckets: list[list[JournalEntry]] = [[] for _ in periods]
    for entry in entries:
        for index, period in enumerate(periods):
            if period.holds(entry.at):
                buckets[index].append(entry)
                break
    return [
        Period(p.start, p.end, p.opened_by, p.closed_by, tuple(sorted(b, key=_newest_first)))
        for p, b in zip(periods, buckets, strict=True)
        if b
    ]


def _newest_first(entry: JournalEntry) -> tuple[float, int]:
    return (-entry.at.timestamp(), -(entry.id or 0))


def average(values: Iterable[float | None]) -> float | None:
    """The mean of the values given (None ones left out); None when there are none."""
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def count_text(count: int) -> str:
    return "1 check-in" if count == 1 else f"{count:,} check-ins"


def period_summary(count: int, mood: float | None, worry: float | None) -> str:
    """ "24 check-ins · mood 3.4 of 5 · worry 5.1 of 10"."""
    parts = [count_text(count)]
    if mood is not None:
        parts.append(f"mood {mood:.1f} of 5")
    if worry is not None:
        parts.append(f"worry {worry:.1f} of 10")
    return " · ".join(parts)


def average_summary(mood: float | None, worry: float | None) -> str:
    """ "Average mood 3.4 of 5 · average worry 5.1 of 10" ("" with no check-ins)."""
    if mood is None or worry is None:
        return ""
    return f"Average mood {mood:.1f} of 5 · average worry {worry:.1f} of 10"


# --- Phases around checkups ------------------------------------------------


class Phase(StrEnum):
    """Where a moment lies relative to the checkups (for the "scanxiety" view)."""

    BEFORE = "before"
    WAITING = "waiting"
    AFTER = "after"
    BETWEEN = "between"

    @property
    def label(self) -> str:
        return {
            Phase.BEFORE: "Before a checkup",
            Phase.WAITING: "Waiting for results",
            Phase.AFTER: "After results",
            Phase.BETWEEN: "Other times",
        }[self]


#: "Before a checkup" is this long; "after" lasts as long past the results.
PHASE_SPAN = timedelta(days=14)


def waiting_spans(checkups: Iterable[Checkup]) -> list[tuple[datetime, datetime]]:
    """From each checkup's start to the end of its results day (when one was entered)."""
    spans = []
    for c in sorted_checkups(checkups):
        end = c.results_end()
        if end is not None:
            spans.append((c.starts(), end))
    return spans


def _day_end(c: Checkup) -> datetime:
    return datetime.combine(c.day + timedelta(days=1), time(0), ZoneInfo(c.zone)).astimezone(UTC)


class PhaseMap:
    """Which phase each moment is in, for many moments at once (built once, then bisected).

    Waiting: from a checkup's start to the end of its results day. Before: the 14 days
    before a checkup. After: the 14 days after the results day (with no results date,
    from the checkup's start to 14 days after its day). Where spans overlap, waiting
    wins over before, and before over after; everything else is "between".
    """

    def __init__(self, checkups: Iterable[Checkup]) -> None:
        spans: list[tuple[int, datetime, datetime]] = []  # (priority, start, end)
        for c in checkups:
            start, results_end = c.starts(), c.results_end()
            if results_end is not None:
                spans.append((0, start, results_end))
            spans.append((1, start - PHASE_SPAN, start))
            after_from = results_end if results_end is not None else start
            spans.append((2, after_from, (results_end or _day_end(c)) + PHASE_SPAN))
        cuts = sorted({moment for _, s, e in spans for moment in (s, e)})
        self._starts: list[datetime] = []
        self._phases: list[Phase] = []
        order = (Phase.WAITING, Phase.BEFORE, Phase.AFTER)
        for left, right in zip(cuts, cuts[1:], strict=False):
            covering = [p for p, s, e in spans if s <= left and right <= e]
            phase = order[min(covering)] if covering else Phase.BETWEEN
            if not self._phases or self._phases[-1] is not phase:
                self._starts.append(left)
                self._phases.append(phase)
        if cuts:
            self._starts.append(cuts[-1])
            self._phases.append(Phase.BETWEEN)

    def phase_of(self, moment: datetime) -> Phase:
        index = bisect_right(self._starts, moment) - 1
        return Phase.BETWEEN if index < 0 else self._phases[index]


def phase_of(moment: datetime, checkups: Iterable[Checkup]) -> Phase:
    """The phase of one moment (see ``PhaseMap``)."""
    return PhaseMap(checkups).phase_of(moment)


def worry_by_phase(
    entries: Iterable[JournalEntry], checkups: Iterable[Checkup]
) -> dict[Phase, tuple[float, int]]:
    """Average worry and number of check-ins in each phase that has any."""
    phases = PhaseMap(checkups)
    sums: dict[Phase, list[int]] = {}
    for entry in entries:
        sums.setdefault(phases.phase_of(entry.at), []).append(entry.worry)
    return {phase: (sum(v) / len(v), len(v)) for phase, v in sums.items()}


# --- Finding check-ins -----------------------------------------------------


@dataclass(frozen=True)
class JournalFilter:
    """What the timeline is narrowed to; the default shows everything."""

    text: str = ""
    tag: str = ""
    moods: frozenset[Mood] = frozenset()
    worry_min: int = 0
    worry_max: int = 10
    since: date | None = None
    until: date | None = None

    @property
    def active(self) -> bool:
        return self != JournalFilter()

    def search_query(self) -> str:
        """The words as an FTS5 query: every word must appear, as a word or its start."""
        words = self.text.replace('"', " ").split()
        return " ".join(f'"{word}"*' for word in words)
