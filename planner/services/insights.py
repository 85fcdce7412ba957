"""What the Insights page shows for one range, read from the store in one go.

Everything here is plain data: the page draws it and never asks the store itself.
Times for the chart are local wall-clock times in the person's zone (naive), so the
chart can place them without knowing about zones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.domain.insights import (
    DayPoint,
    Pattern,
    Range,
    checklist_patterns,
    downsample,
    rolling_average,
    shown_span,
)
from planner.domain.journal import Checkup, Phase, PhaseMap, sorted_checkups, waiting_spans
from planner.storage.store import Store

#: A chart a few hundred pixels wide cannot show more points than this.
MAX_POINTS = 400
#: The phases shown as tiles, in reading order.
TILE_PHASES = (Phase.BEFORE, Phase.WAITING, Phase.AFTER)


@dataclass(frozen=True)
class PhaseWorry:
    """Average worry in one phase around checkups, and how many check-ins it rests on."""

    phase: Phase
    worry: float | None
    count: int


@dataclass(frozen=True)
class InsightsData:
    """The chart's series, the worry around checkups and the patterns, for one range."""

    choice: Range
    first: date
    last: date
    points: tuple[DayPoint, ...]
    averages: tuple[DayPoint, ...]
    checkups: tuple[datetime, ...]
    waiting: tuple[tuple[datetime, datetime], ...]
    phases: tuple[PhaseWorry, ...]
    patterns: tuple[Pattern, ...]
    count: int
    mood: float | None
    worry: float | None
    any_entries: bool

    @property
    def empty(self) -> bool:
        """No check-in falls in the range."""
        return self.count == 0

    @property
    def latest_average(self) -> DayPoint | None:
        return self.averages[-1] if self.averages else None


def _wall(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def _phases(
    store: Store, checkups: list[Checkup], since: date, until: date, zone: ZoneInfo
) -> tuple[PhaseWorry, ...]:
    """Average worry before, while waiting and after, over the check-ins in the span."""
    phase_map = PhaseMap(checkups)
    end = datetime.combine(until + timedelta(days=1), time(0), zone)
    sums = {phase: [0, 0] for phase in TILE_PHASES}
    for moment, worry in store.journal.worry_moments(since):
        if moment >= end:
            continue
        total = sums.get(phase_map.phase_of(moment))
        if total is not None:
            total[0] += worry
            total[1] += 1
    return tuple(
        PhaseWorry(phase, total / count if count else None, count)
        for phase, (total, count) in sums.items()
    )


def _patterns(store: Store, points: list[DayPoint]) -> tuple[Pattern, ...]:
    """Mood on days each item was done (or partly done) against the other days."""
    if not points:
        return ()
    titles = {item.id: item.title for item in store.items.active() + store.items.archived()}
    done_days: dict[str, set[date]] = {}
    for item_id, days in store.checkoffs.done_days(points[0].day, points[-1].day).items():
        title = titles.get(item_id)
        if title is not None:
            done_days.setdefault(title, set()).update(days)
    return tuple(checklist_patterns(points, done_days))


def load_insights(store: Store, choice: Range, today: date, zone: ZoneInfo) -> InsightsData:
    """Read and summarise everything the Insights page shows for ``choice``."""
    checkups = sorted_checkups(store.checkups.all())
    first_day = store.journal.first_day()
    first, last = shown_span(choice, today, checkups, first_day)
    points = store.journal.day_points(first, last)
    averages = [DayPoint(d, m, w) for d, m, w in rolling_average(points)]
    count = sum(p.count for p in points)
    span_start = datetime.combine(first, time(0))
    span_end = datetime.combine(last + timedelta(days=1), time(0))
    markers = tuple(
        at for c in checkups if span_start <= (at := _wall(c.starts(), zone)) < span_end
    )
    waiting = tuple(
        (max(start, span_start), min(end, span_end))
        for start, end in ((_wall(s, zone), _wall(e, zone)) for s, e in waiting_spans(checkups))
        if start < span_end and end > span_start
    )
    return InsightsData(
        choice=choice,
        first=first,
        last=last,
        points=tuple(downsample(points, MAX_POINTS)),
        averages=tuple(downsample(averages, MAX_POINTS)),
        checkups=markers,
        waiting=waiting,
        phases=_phases(store, checkups, first, last, zone),
        patterns=_patterns(store, points),
        count=count,
        mood=sum(p.mood * p.count for p in points) / count if count else None,
        worry=sum(p.worry * p.count for p in points) / count if count else None,
        any_entries=first_day is not None,
    )
