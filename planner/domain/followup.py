"""Follow-up schedules: phases counted from an anchor, turned into due dates.

A schedule is written the way guidelines write it: "every 3 months for 2 years, then
every 6 months until year 5, then yearly". Each phase is an interval and a length in
months; the last one may go on without end. Due dates are counted from the anchor
(anchor + k months, clamped to the month's end), never from the previous date, so they
do not drift: 31 Jan + 1 month is 28 (or 29) Feb, and + 2 months is 31 Mar again.

When a visit happens earlier or later than planned and the person says "count the
next ones from this visit", the schedule keeps a *rebase*: the visit's number and its
real date. The visits after it are counted from that date by the same month steps.

Nothing here reads the clock; ``today`` is an argument.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from planner.domain.journal.checkups import CheckupKind

#: Limits that keep a typed (or imported) schedule sensible.
MAX_EVERY_MONTHS = 60
MAX_PHASE_MONTHS = 600
MAX_PHASES = 8
MAX_TITLE_LENGTH = 80
MAX_SOURCE_LENGTH = 300
MAX_LEAD_DAYS = 120
DEFAULT_LEAD_DAYS = 21
#: An open-ended phase ("then yearly") is planned this far after the anchor at most.
OPEN_END_MONTHS = 240
#: Planned checkups are written out this far ahead of today (more come as time passes).
PLAN_AHEAD = timedelta(days=2 * 366)


class FollowupProblem(StrEnum):
    """What is wrong with a schedule; the screens and the plan validator say it in words."""

    NO_PHASES = "no_phases"
    TOO_MANY_PHASES = "too_many_phases"
    EVERY_OUT_OF_RANGE = "every_out_of_range"  # values: (phase number, MAX_EVERY_MONTHS)
    LENGTH_OUT_OF_RANGE = "length_out_of_range"  # values: (phase number, MAX_PHASE_MONTHS)
    OPEN_PHASE_NOT_LAST = "open_phase_not_last"  # values: (phase number,)
    NO_TITLE = "no_title"
    TITLE_TOO_LONG = "title_too_long"  # values: (MAX_TITLE_LENGTH,)
    SOURCE_TOO_LONG = "source_too_long"  # values: (MAX_SOURCE_LENGTH,)
    LEAD_OUT_OF_RANGE = "lead_out_of_range"  # values: (MAX_LEAD_DAYS,)
    REBASE_BEFORE_ANCHOR = "rebase_before_anchor"


class FollowupError(ValueError):
    """A schedule that cannot be used: ``problem`` says why, ``values`` fill the sentence."""

    def __init__(self, problem: FollowupProblem, *values: object) -> None:
        super().__init__(f"{problem.value}: {values}" if values else problem.value)
        self.problem = problem
        self.values = values


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, on the same day of the month or the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


@dataclass(frozen=True)
class Phase:
    """Every ``every_months`` months for ``months`` months (None: with no end)."""

    every_months: int
    months: int | None


@dataclass(frozen=True)
class Rebase:
    """Visit number ``number`` took place on ``on``; the ones after it count from there."""

    number: int
    on: date


@dataclass(frozen=True)
class FollowupSchedule:
    """One kind of follow-up (visits, a blood test, a scan) and its phases."""

    kind: CheckupKind
    title: str
    phases: tuple[Phase, ...]
    lead_days: int = DEFAULT_LEAD_DAYS  # the "book it" reminder comes this long before
    source: str = ""  # where the schedule comes from ("my oncologist, Oct 2026")
    rebase: Rebase | None = None
    id: int | None = None
    position: int = 0

    def __post_init__(self) -> None:
        check_schedule(self)


def check_schedule(schedule: FollowupSchedule) -> None:
    """Refuse a schedule that cannot be planned, naming the first problem."""
    title = schedule.title.strip()
    if not title:
        raise FollowupError(FollowupProblem.NO_TITLE)
    if len(title) > MAX_TITLE_LENGTH:
        raise FollowupError(FollowupProblem.TITLE_TOO_LONG, MAX_TITLE_LENGTH)
    if len(schedule.source) > MAX_SOURCE_LENGTH:
        raise FollowupError(FollowupProblem.SOURCE_TOO_LONG, MAX_SOURCE_LENGTH)
    if not 0 <= schedule.lead_days <= MAX_LEAD_DAYS:
        raise FollowupError(FollowupProblem.LEAD_OUT_OF_RANGE, MAX_LEAD_DAYS)
    check_phases(schedule.phases)


def check_phases(phases: Sequence[Phase]) -> None:
    """Refuse phases that cannot be planned: none, too many, a zero or huge interval or
    length, or an open-ended phase before the last."""
    if not phases:
        raise FollowupError(FollowupProblem.NO_PHASES)
    if len(phases) > MAX_PHASES:
        raise FollowupError(FollowupProblem.TOO_MANY_PHASES, MAX_PHASES)
    for number, phase in enumerate(phases, start=1):
        if not 1 <= phase.every_months <= MAX_EVERY_MONTHS:
            raise FollowupError(FollowupProblem.EVERY_OUT_OF_RANGE, number, MAX_EVERY_MONTHS)
        if phase.months is None:
            if number != len(phases):
                raise FollowupError(FollowupProblem.OPEN_PHASE_NOT_LAST, number)
        elif not 1 <= phase.months <= MAX_PHASE_MONTHS:
            raise FollowupError(FollowupProblem.LENGTH_OUT_OF_RANGE, number, MAX_PHASE_MONTHS)


def visit_months(phases: Sequence[Phase]) -> Iterator[int]:
    """The month offsets from the anchor of every visit, in order: "every 3 for 12, then
    every 6 for 12" gives 3, 6, 9, 12, 18, 24. An open-ended last phase stops at
    ``OPEN_END_MONTHS``. A phase whose length is not a multiple of its interval ends at
    its last whole step; the next phase counts from the end of the phase's length."""
    check_phases(phases)
    start = 0
    for phase in phases:
        length = OPEN_END_MONTHS - start if phase.months is None else phase.months
        step = phase.every_months
        while step <= length:
            if start + step > OPEN_END_MONTHS:
                return
            yield start + step
            step += phase.every_months
        start += length
        if start >= OPEN_END_MONTHS:
            return


@dataclass(frozen=True, order=True)
class DueVisit:
    """The ``number``-th visit of a schedule (1 is the first after the anchor), due ``on``."""

    number: int
    on: date


def due_visits(
    schedule: FollowupSchedule, anchor: date, until: date | None = None
) -> list[DueVisit]:
    """Every visit of ``schedule`` counted from ``anchor`` (and its rebase), up to ``until``."""
    months = list(visit_months(schedule.phases))
    rebase = schedule.rebase
    if rebase is not None and rebase.on < anchor:
        raise FollowupError(FollowupProblem.REBASE_BEFORE_ANCHOR)
    found: list[DueVisit] = []
    # A rebase of a visit the schedule does not have (say, after it was shortened) is
    # ignored; so is a number below 1, which would otherwise count from the last visit.
    counted = rebase is not None and 1 <= rebase.number <= len(months)
    for number, offset in enumerate(months, start=1):
        if counted and rebase is not None and number > rebase.number:
            on = add_months(rebase.on, offset - months[rebase.number - 1])
        else:
            on = add_months(anchor, offset)
        if until is not None and on > until:
            break
        found.append(DueVisit(number, on))
    return found


@dataclass(frozen=True)
class Anchor:
    """What the schedules count from: an event ("end of treatment") and its date."""

    event: str
    on: date


def check_rebases(schedules: Sequence[FollowupSchedule], anchor: Anchor | None) -> None:
    """Refuse schedules whose rebase (a real visit) comes before the anchor: their
    visits could not be counted (``due_visits`` would refuse them on every plan)."""
    if anchor is None:
        return
    for schedule in schedules:
        if schedule.rebase is not None and schedule.rebase.on < anchor.on:
            raise FollowupError(FollowupProblem.REBASE_BEFORE_ANCHOR)


@dataclass(frozen=True)
class PlannedSlot:
    """What a planned checkup should be: which schedule, which visit, due when."""

    schedule_id: int
    number: int
    due_on: date


@dataclass(frozen=True)
class ExistingSlot:
    """A checkup already written for a schedule's visit, as the planner needs to know it."""

    checkup_id: int
    schedule_id: int
    number: int
    due_on: date | None
    day: date
    planned: bool  # False: booked, or removed by the person (never touched again)


@dataclass
class PlanChanges:
    """How the planned checkups must change to follow the schedules."""

    add: list[PlannedSlot] = field(default_factory=list)
    move: list[tuple[int, date]] = field(default_factory=list)  # (checkup id, new due date)
    remove: list[int] = field(default_factory=list)  # checkup ids

    def __bool__(self) -> bool:
        return bool(self.add or self.move or self.remove)


def plan_changes(
    schedules: Sequence[FollowupSchedule],
    anchor: Anchor | None,
    existing: Sequence[ExistingSlot],
    today: date,
) -> PlanChanges:
    """The planned checkups that follow ``schedules`` from today to ``PLAN_AHEAD``.

    Booked, past and removed checkups are never touched: only planned ones due from
    today on are moved (when the schedule moved them) or removed (when the schedule no
    longer has that visit, or the schedule is gone); visits due from today on that have
    no checkup yet are added. Without an anchor, every future planned checkup goes.
    """
    changes = PlanChanges()
    until = today + PLAN_AHEAD
    wanted: dict[tuple[int, int], date] = {}
    if anchor is not None:
        for schedule in schedules:
            if schedule.id is None:
                continue
            for visit in due_visits(schedule, anchor.on, until):
                if visit.on >= today:
                    wanted[(schedule.id, visit.number)] = visit.on
    have: set[tuple[int, int]] = set()
    for slot in existing:
        key = (slot.schedule_id, slot.number)
        have.add(key)
        if not slot.planned or slot.day < today:
            continue  # booked, removed or past: the person's, not the plan's
        due = wanted.get(key)
        if due is None:
            changes.remove.append(slot.checkup_id)
        elif due != slot.due_on or due != slot.day:
            changes.move.append((slot.checkup_id, due))
    for key, due in sorted(wanted.items(), key=lambda kv: (kv[1], kv[0])):
        if key not in have:
            changes.add.append(PlannedSlot(key[0], key[1], due))
    return changes


#: A "book it" reminder comes again this often until the checkup is booked.
BOOK_AGAIN_EVERY = timedelta(days=7)
#: ... and stops this long after the due date (the checkup then shows as not booked).
BOOK_UNTIL_AFTER_DUE = timedelta(days=28)


def book_reminder_days(due_on: date, lead_days: int) -> Iterator[date]:
    """The local days a planned checkup's "book it" reminder comes: ``lead_days`` before
    it is due, then every week, until four weeks after the due date."""
    day = due_on - timedelta(days=lead_days)
    last = due_on + BOOK_UNTIL_AFTER_DUE
    while day <= last:
        yield day
        day += BOOK_AGAIN_EVERY
