"""The checklist's plain data: items, their schedules and targets, and check-offs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class ScheduleKind(StrEnum):
    """How often an item comes due."""

    DAILY = "daily"
    WEEKDAYS = "weekdays"
    TIMES_PER_WEEK = "times_per_week"
    EVERY_N_DAYS = "every_n_days"
    ONCE = "once"


class Category(StrEnum):
    """The area of life an item belongs to; used for grouping and icons."""

    CARE = "care"
    FOOD = "food"
    MOVEMENT = "movement"
    HABITS = "habits"
    REST = "rest"
    CONNECTION = "connection"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.CARE: "Care and checkups",
    Category.FOOD: "Food",
    Category.MOVEMENT: "Movement",
    Category.HABITS: "Healthy habits",
    Category.REST: "Rest and sleep",
    Category.CONNECTION: "People and support",
    Category.OTHER: "Other",
}


class Status(StrEnum):
    """What the person answered for one occurrence of an item."""

    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"


class SkipReason(StrEnum):
    """Why an item was skipped; optional, never required."""

    TOO_TIRED = "too_tired"
    NOT_WELL = "not_well"
    NO_TIME = "no_time"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _SKIP_LABELS[self]


_SKIP_LABELS = {
    SkipReason.TOO_TIRED: "Too tired",
    SkipReason.NOT_WELL: "Not feeling well",
    SkipReason.NO_TIME: "No time",
    SkipReason.OTHER: "Other reason",
}


class ScheduleError(ValueError):
    """A schedule whose fields do not make sense together."""


@dataclass(frozen=True)
class Schedule:
    """When an item is due.

    weekdays use 0 for Monday .. 6 for Sunday. ``anchor`` is the first day of an
    every-N-days rhythm; ``due`` is the day of a one-time task.
    """

    kind: ScheduleKind = ScheduleKind.DAILY
    weekdays: frozenset[int] = field(default_factory=frozenset)
    times_per_week: int = 0
    interval_days: int = 0
    anchor: date | None = None
    due: date | None = None

    def __post_init__(self) -> None:
        problem = self.problem()
        if problem:
            raise ScheduleError(problem)

    def problem(self) -> str | None:
        """Say in plain words what is wrong with this schedule, or None."""
        if self.kind is ScheduleKind.WEEKDAYS:
            if not self.weekdays:
                return "Choose at least one day of the week."
            if any(d < 0 or d > 6 for d in self.weekdays):
                return "Days of the week must be Monday to Sunday."
        if self.kind is ScheduleKind.TIMES_PER_WEEK and not 1 <= self.times_per_week <= 7:
            return "Times a week must be between 1 and 7."
        if self.kind is ScheduleKind.EVERY_N_DAYS:
            if not 2 <= self.interval_days <= 365:
                return "Every N days needs a number of days between 2 and 365."
            if self.anchor is None:
                return "Every N days needs a first day."
        if self.kind is ScheduleKind.ONCE and self.due is None:
            return "A one-time task needs a due date."
        return None

    @classmethod
    def daily(cls) -> Schedule:
        return cls(ScheduleKind.DAILY)

    @classmethod
    def on_weekdays(cls, *days: int) -> Schedule:
        return cls(ScheduleKind.WEEKDAYS, weekdays=frozenset(days))

    @classmethod
    def per_week(cls, times: int) -> Schedule:
        return cls(ScheduleKind.TIMES_PER_WEEK, times_per_week=times)

    @classmethod
    def every_n_days(cls, n: int, anchor: date) -> Schedule:
        return cls(ScheduleKind.EVERY_N_DAYS, interval_days=n, anchor=anchor)

    @classmethod
    def once(cls, due: date) -> Schedule:
        return cls(ScheduleKind.ONCE, due=due)

    def describe(self) -> str:
        """A short plain-words summary, e.g. "Mon, Wed, Fri" or "3 times a week"."""
        if self.kind is ScheduleKind.DAILY:
            return "Every day"
        if self.kind is ScheduleKind.WEEKDAYS:
            if self.weekdays == frozenset(range(5)):
                return "Weekdays"
            if self.weekdays == frozenset(range(7)):
                return "Every day"
            return ", ".join(WEEKDAY_LABELS[d] for d in sorted(self.weekdays))
        if self.kind is ScheduleKind.TIMES_PER_WEEK:
            if self.times_per_week == 1:
                return "Once a week"
            return f"{self.times_per_week} times a week"
        if self.kind is ScheduleKind.EVERY_N_DAYS:
            return f"Every {self.interval_days} days"
        assert self.due is not None
        return f"Once, by {self.due.strftime('%a %-d %b %Y')}"


@dataclass(frozen=True)
class Target:
    """A numeric goal for one occurrence, such as 20 minutes."""

    amount: float
    unit: str

    def describe(self) -> str:
        return f"{format_amount(self.amount)} {self.unit}".strip()


def format_amount(amount: float) -> str:
    """Show 20.0 as "20" and 2.5 as "2.5"."""
    return f"{amount:g}"


@dataclass(frozen=True)
class Item:
    """One checklist item, with its schedule and optional numeric target."""

    title: str
    schedule: Schedule
    why: str = ""
    details: str = ""
    category: Category = Category.OTHER
    target: Target | None = None
    id: int | None = None
    position: int = 0
    archived: bool = False
    created_on: date | None = None
    plan_key: str | None = None
    #: Local clock times to be reminded at on the days the item is due.
    reminders: tuple[time, ...] = ()


@dataclass(frozen=True)
class CheckOff:
    """The answer for one item on one local day.

    ``recorded_at`` is the UTC instant it was saved and ``zone`` the IANA zone the
    person was in; ``day`` is the local date the answer belongs to.
    """

    item_id: int
    day: date
    status: Status
    amount: float | None = None
    skip_reason: SkipReason | None = None
    recorded_at: datetime | None = None
    zone: str = "UTC"
