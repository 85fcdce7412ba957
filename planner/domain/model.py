"""The checklist's plain data: items, their schedules and targets, and check-offs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

#: The days of the week as the plan file and the export write them (0 is Monday).
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The bounds a schedule's numbers must keep (``ScheduleProblem`` names a breach).
TIMES_PER_WEEK_RANGE = (1, 7)
INTERVAL_DAYS_RANGE = (2, 365)


class ScheduleKind(StrEnum):
    """How often an item comes due."""

    DAILY = "daily"
    WEEKDAYS = "weekdays"
    TIMES_PER_WEEK = "times_per_week"
    EVERY_N_DAYS = "every_n_days"
    ONCE = "once"


class Category(StrEnum):
    """The area of life an item belongs to; used for grouping and icons.

    The value is a stable code (the plan file, the export); the screens name it in words.
    """

    CARE = "care"
    FOOD = "food"
    MOVEMENT = "movement"
    HABITS = "habits"
    REST = "rest"
    CONNECTION = "connection"
    OTHER = "other"


class Status(StrEnum):
    """What the person answered for one occurrence of an item."""

    DONE = "done"
    PARTIAL = "partial"
    SKIPPED = "skipped"


class SkipReason(StrEnum):
    """Why an item was skipped; optional, never required (the value is a stable code)."""

    TOO_TIRED = "too_tired"
    NOT_WELL = "not_well"
    NO_TIME = "no_time"
    OTHER = "other"


class ScheduleProblem(StrEnum):
    """What is wrong with a schedule's fields; the screens say it in words."""

    NO_WEEKDAYS = "no_weekdays"
    WEEKDAY_OUT_OF_RANGE = "weekday_out_of_range"
    TIMES_PER_WEEK_OUT_OF_RANGE = "times_per_week_out_of_range"
    INTERVAL_OUT_OF_RANGE = "interval_out_of_range"
    NO_FIRST_DAY = "no_first_day"
    NO_DUE_DATE = "no_due_date"


class ScheduleError(ValueError):
    """A schedule whose fields do not make sense together; ``problem`` says which."""

    def __init__(self, problem: ScheduleProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def _within(value: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= value <= bounds[1]


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

    def problem(self) -> ScheduleProblem | None:
        """What is wrong with this schedule, or None."""
        if self.kind is ScheduleKind.WEEKDAYS:
            if not self.weekdays:
                return ScheduleProblem.NO_WEEKDAYS
            if any(d < 0 or d > 6 for d in self.weekdays):
                return ScheduleProblem.WEEKDAY_OUT_OF_RANGE
        if self.kind is ScheduleKind.TIMES_PER_WEEK and not _within(
            self.times_per_week, TIMES_PER_WEEK_RANGE
        ):
            return ScheduleProblem.TIMES_PER_WEEK_OUT_OF_RANGE
        if self.kind is ScheduleKind.EVERY_N_DAYS:
            if not _within(self.interval_days, INTERVAL_DAYS_RANGE):
                return ScheduleProblem.INTERVAL_OUT_OF_RANGE
            if self.anchor is None:
                return ScheduleProblem.NO_FIRST_DAY
        if self.kind is ScheduleKind.ONCE and self.due is None:
            return ScheduleProblem.NO_DUE_DATE
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


@dataclass(frozen=True)
class Target:
    """A numeric goal for one occurrence, such as 20 minutes (``unit`` is the person's word)."""

    amount: float
    unit: str


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
    person was in; ``day`` is the local date the answer belongs to. ``skip_note`` is
    the person's own words for a skip with another reason (None when they gave none).
    """

    item_id: int
    day: date
    status: Status
    amount: float | None = None
    skip_reason: SkipReason | None = None
    recorded_at: datetime | None = None
    zone: str = "UTC"
    skip_note: str | None = None


#: The standard plan's "Write down questions for your oncologist": its card on Today opens
#: the list of questions.
QUESTIONS_PLAN_KEY = "questions-for-oncologist"
