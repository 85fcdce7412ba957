"""Checkups: a local day (and clock time, when known), a kind, a place, a results date.

The kind's value is a stable code (the database, the export); the screens name it.

A checkup is *booked* (the person typed it, or booked a planned one), *planned* (made
from a follow-up schedule: a due date, no time yet, not booked) or *removed* (taken off
the list: kept only so a calendar export can cancel its event, and so the schedule does
not plan it again; its place and note are emptied).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from planner.domain.journal.checkins import JournalError, JournalProblem

MAX_PLACE_LENGTH = 200
MAX_TITLE_LENGTH = 80


class CheckupStatus(StrEnum):
    """Where a checkup stands: booked, planned by a schedule, or removed."""

    BOOKED = "booked"
    PLANNED = "planned"
    REMOVED = "removed"


class CheckupKind(StrEnum):
    """What a checkup is; the follow-up plans of a later version use the same kinds."""

    ONCOLOGIST = "oncologist"
    BLOOD_TEST = "blood_test"
    SCAN = "scan"
    OTHER = "other"


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
    #: The name shown instead of the kind's ("Mammogram"); a schedule gives its own.
    title: str = ""
    status: CheckupStatus = CheckupStatus.BOOKED
    #: For a checkup from a follow-up schedule: which schedule, which visit, due when.
    schedule_id: int | None = None
    number: int | None = None
    due_on: date | None = None
    #: The calendar event's UID (made once, when first saved) and SEQUENCE (raised when
    #: the event's date, time, title or place change, or it is removed).
    uid: str = ""
    sequence: int = 0

    def __post_init__(self) -> None:
        if len(self.title) > MAX_TITLE_LENGTH:
            raise JournalError(JournalProblem.TITLE_TOO_LONG, MAX_TITLE_LENGTH)
        if self.status is CheckupStatus.PLANNED and self.at is not None:
            raise ValueError("a planned checkup has no time yet")
        if self.results_on is not None and self.results_on < self.day:
            raise JournalError(JournalProblem.RESULTS_BEFORE_CHECKUP)
        if len(self.place) > MAX_PLACE_LENGTH:
            raise JournalError(JournalProblem.PLACE_TOO_LONG, MAX_PLACE_LENGTH)

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

    def day_end(self) -> datetime:
        """The end of the checkup's local day."""
        end = datetime.combine(self.day + timedelta(days=1), time(0), ZoneInfo(self.zone))
        return end.astimezone(UTC)

    @property
    def booked(self) -> bool:
        return self.status is CheckupStatus.BOOKED

    @property
    def planned(self) -> bool:
        return self.status is CheckupStatus.PLANNED

    def calendar_fields(self) -> tuple[object, ...]:
        """What a calendar event shows; a change here raises ``sequence``."""
        return (self.day, self.at, self.zone, self.kind, self.title, self.place, self.status)

    def days_until(self, today: date) -> int:
        """Days from ``today`` to the checkup's day: 0 today, 1 tomorrow, negative once past."""
        return (self.day - today).days


def sorted_checkups(checkups: Iterable[Checkup]) -> list[Checkup]:
    return sorted(checkups, key=lambda c: (c.starts(), c.id or 0))


def next_checkup(checkups: Iterable[Checkup], today: date) -> Checkup | None:
    """The first checkup on or after ``today``."""
    ahead = [c for c in sorted_checkups(checkups) if c.day >= today]
    return ahead[0] if ahead else None
