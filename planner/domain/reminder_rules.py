"""When a due reminder may be shown: quiet hours, a pause, and what counts as missed.

Pure rules for the reminder service: instants are aware datetimes, clock times are
local to ``zone``, and nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.domain.reminders import DueReminder, local_instant

#: Reminders older than this when the app notices them are only marked on Today.
MISSED_SUMMARY_LIMIT = timedelta(hours=12)


@dataclass(frozen=True)
class QuietHours:
    """A daily span of local clock time without pop-ups, e.g. 22:00 to 07:00."""

    start: time
    end: time

    def covers(self, at: time) -> bool:
        """Whether the local clock time ``at`` falls in the span (start in, end out)."""
        if self.start == self.end:
            return False  # an empty span, not a whole day
        if self.start < self.end:
            return self.start <= at < self.end
        return at >= self.start or at < self.end  # runs past midnight


def show_at(
    due: datetime,
    zone: ZoneInfo,
    quiet: QuietHours | None = None,
    paused_until: date | None = None,
) -> datetime:
    """The first instant at or after ``due`` when a pop-up for it may be shown.

    A pause lasts up to and including ``paused_until``; reminders come back at the start
    of the next day. Quiet hours hold a reminder until they end.
    """
    moment = due
    if paused_until is not None and moment.astimezone(zone).date() <= paused_until:
        moment = local_instant(paused_until + timedelta(days=1), time(0, 0), zone)
    if quiet is not None:
        local = moment.astimezone(zone)
        if quiet.covers(local.time().replace(tzinfo=None)):
            end_day = local.date()
            if local.time().replace(tzinfo=None) >= quiet.end:
                end_day += timedelta(days=1)  # before midnight: quiet ends tomorrow
            moment = max(moment, local_instant(end_day, quiet.end, zone))
    return moment


@dataclass(frozen=True)
class MissedSplit:
    """Reminders that fell due while the app was closed or the laptop slept."""

    summary: tuple[DueReminder, ...]  # recent: shown together, once, in one summary
    only_mark: tuple[DueReminder, ...]  # too old to pop up: just marked on Today


def split_missed(
    missed: Iterable[DueReminder], now: datetime, limit: timedelta = MISSED_SUMMARY_LIMIT
) -> MissedSplit:
    """Sort missed reminders into one summary (recent) and marks only (older than limit)."""
    ordered = sorted(missed)
    recent = tuple(r for r in ordered if now - r.instant <= limit)
    old = tuple(r for r in ordered if now - r.instant > limit)
    return MissedSplit(summary=recent, only_mark=old)
