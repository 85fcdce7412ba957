"""Where a moment lies relative to the checkups: before one, waiting for results, after
them, or between (for the "scanxiety" view). The screens name each phase."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from planner.domain.journal.checkins import JournalEntry
from planner.domain.journal.checkups import Checkup, sorted_checkups

#: "Before a checkup" is this long; "after" lasts as long past the results.
PHASE_SPAN = timedelta(days=14)


class Phase(StrEnum):
    """Where a moment lies relative to the checkups."""

    BEFORE = "before"
    WAITING = "waiting"
    AFTER = "after"
    BETWEEN = "between"


def waiting_spans(checkups: Iterable[Checkup]) -> list[tuple[datetime, datetime]]:
    """From each checkup's start to the end of its results day (when one was entered)."""
    spans = []
    for c in sorted_checkups(checkups):
        end = c.results_end()
        if end is not None:
            spans.append((c.starts(), end))
    return spans


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
            spans.append((2, after_from, (results_end or c.day_end()) + PHASE_SPAN))
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
