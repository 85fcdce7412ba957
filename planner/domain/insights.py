"""What the Insights page shows: daily series, a 7-day average, ranges and patterns.

Patterns between the checklist and mood are observations only ("on days you ...,
your average mood was ..."), shown only when there are enough days on each side. Plain
data: ``planner.ui.kit.journal_words`` names the ranges and says the patterns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.domain.journal import Checkup, sorted_checkups

#: A pattern needs at least this many days with a check-in on each side.
PATTERN_MIN_DAYS = 14


@dataclass(frozen=True)
class DayPoint:
    """The mean mood and worry of one day's check-ins."""

    day: date
    mood: float
    worry: float
    count: int = 1


class Range(StrEnum):
    """The spans the Insights page offers (the value is a stable code)."""

    DAYS_30 = "30"
    DAYS_90 = "90"
    YEAR = "365"
    SINCE_CHECKUP = "checkup"
    ALL = "all"


def range_start(choice: Range, today: date, checkups: Iterable[Checkup]) -> date | None:
    """The first day of the range (None: from the first check-in).

    "Since last checkup" with no checkup yet shows everything.
    """
    if choice is Range.ALL:
        return None
    if choice is Range.SINCE_CHECKUP:
        past = [c for c in sorted_checkups(checkups) if c.day <= today]
        return past[-1].day if past else None
    return today - timedelta(days=int(choice.value) - 1)


def shown_span(
    choice: Range, today: date, checkups: Iterable[Checkup], first_checkin: date | None
) -> tuple[date, date]:
    """The first and last day the page shows for a range.

    Never before the first check-in: in a person's first week the chart starts at their
    first check-in rather than squeezing it into the right edge of 90 empty days. The
    last day is today.
    """
    start = range_start(choice, today, checkups)
    if first_checkin is not None and (start is None or start < first_checkin):
        start = first_checkin
    if start is None:
        start = today
    return min(start, today), today


def rolling_average(points: Sequence[DayPoint], days: int = 7) -> list[tuple[date, float, float]]:
    """For each day with data, the mean mood and worry over it and the ``days - 1`` before
    (calendar days, weighted by check-ins; days without any are simply not there)."""
    out: list[tuple[date, float, float]] = []
    left = 0
    mood_sum = worry_sum = 0.0
    count = 0
    for point in points:
        mood_sum += point.mood * point.count
        worry_sum += point.worry * point.count
        count += point.count
        while points[left].day <= point.day - timedelta(days=days):
            old = points[left]
            mood_sum -= old.mood * old.count
            worry_sum -= old.worry * old.count
            count -= old.count
            left += 1
        out.append((point.day, mood_sum / count, worry_sum / count))
    return out


def downsample(points: Sequence[DayPoint], most: int) -> list[DayPoint]:
    """At most ``most`` points: neighbouring days merged into weighted means.

    A chart a few hundred pixels wide cannot show more; the shape stays the same.
    """
    if most <= 0:
        raise ValueError("most must be positive")
    if len(points) <= most:
        return list(points)
    size = -(-len(points) // most)
    merged = []
    for start in range(0, len(points), size):
        chunk = points[start : start + size]
        count = sum(p.count for p in chunk)
        merged.append(
            DayPoint(
                chunk[len(chunk) // 2].day,
                sum(p.mood * p.count for p in chunk) / count,
                sum(p.worry * p.count for p in chunk) / count,
                count,
            )
        )
    return merged


@dataclass(frozen=True)
class Pattern:
    """Mean mood on days an item (``title``, the person's own words) was done against
    other days with a check-in."""

    title: str
    with_item: float
    without_item: float
    days_with: int
    days_without: int


def checklist_patterns(
    points: Sequence[DayPoint],
    done_days: dict[str, set[date]],
    min_days: int = PATTERN_MIN_DAYS,
) -> list[Pattern]:
    """For each item (by title), mood on days it was done against days it was not.

    Only days with a check-in count; an item needs ``min_days`` on each side. The
    largest differences come first.
    """
    patterns = []
    for title, days in done_days.items():
        with_item = [p for p in points if p.day in days]
        without = [p for p in points if p.day not in days]
        if len(with_item) < min_days or len(without) < min_days:
            continue
        patterns.append(
            Pattern(
                title,
                sum(p.mood for p in with_item) / len(with_item),
                sum(p.mood for p in without) / len(without),
                len(with_item),
                len(without),
            )
        )
    patterns.sort(key=lambda p: abs(p.with_item - p.without_item), reverse=True)
    return patterns
