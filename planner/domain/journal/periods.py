"""The periods between checkups that the journal's timeline is grouped by.

A period is opened by one checkup and closed by the next (either may be missing); the
screens name it ("Since your scan on 9 Oct") from those two checkups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from planner.domain.journal.checkins import JournalEntry
from planner.domain.journal.checkups import Checkup, sorted_checkups


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
