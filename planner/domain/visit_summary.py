"""What "Prepare for my checkup" shows: the period since the last checkup, in numbers.

Observations only (means, counts, dates), never causes or diagnoses; codes and numbers,
no English: the renderer says them in words. Nothing here reads the clock. Mood is 1-5
(higher is better), worry 0-10 (lower is better); means are per check-in. Weeks run
Monday to Sunday. Worry by phase is around the last booked checkup by the period's end
(``PhaseMap`` with that checkup alone), so its "before" may lie ahead of the period.
An item's ``planned`` counts its occurrences from its start (or the period's) to the
end, today's only once answered: N a whole week for an N-times-a-week item (a cut week
in proportion), an archived item's only up to its last answer. ``done``, ``partly`` and
``skipped`` count its answers in the period; ``no_answer`` the planned ones without.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.domain.journal import (
    PHASE_SPAN,
    Checkup,
    JournalEntry,
    Phase,
    PhaseMap,
    SleepQuality,
    average,
    sorted_checkups,
)
from planner.domain.model import CheckOff, Item, ScheduleKind, Status
from planner.domain.questions import Question, next_visit, open_questions
from planner.domain.schedule import due_days, lapsed_days, occurrences, week_start
from planner.domain.screens import ANSWER_SCORES, ITEMS_PER_SCREEN, SCREEN_ORDER, ScreenResult

#: A summary covers at most this many days (both ends included) ...
MAX_PERIOD_DAYS = 366
#: ... and, with no booked checkup before today, the last this many days.
DEFAULT_DAYS = 90
#: A screen's total runs from 0 to this (``screens.POSITIVE_AT`` or more is positive).
SCREEN_TOTAL_MAX = ITEMS_PER_SCREEN * max(ANSWER_SCORES)
#: The phases worry is summed up in, in the order they are shown.
PHASES = (Phase.BEFORE, Phase.WAITING, Phase.AFTER)


class Better(StrEnum):
    """Which way of a scale is the better one (``MOOD_BETTER``, ``WORRY_BETTER``)."""

    HIGHER = "higher"
    LOWER = "lower"


MOOD_BETTER = Better.HIGHER
WORRY_BETTER = Better.LOWER


class SummaryProblem(StrEnum):
    """Why a summary cannot be made for the dates given."""

    END_BEFORE_START = "end_before_start"
    PERIOD_TOO_LONG = "period_too_long"  # limit: MAX_PERIOD_DAYS


class SummaryError(ValueError):
    """Dates a summary cannot be made for: a code and the limit broken."""

    def __init__(self, problem: SummaryProblem, limit: int | None = None) -> None:
        super().__init__(problem.value if limit is None else f"{problem.value} (limit {limit})")
        self.problem = problem
        self.limit = limit


@dataclass(frozen=True)
class WeekMeans:
    """One week's check-ins: ``start``/``end`` are the week's days inside the period."""

    start: date
    end: date
    mood: float | None
    worry: float | None
    checkins: int


@dataclass(frozen=True)
class PhaseWorry:
    """Mean worry (None: no check-in) and the number of check-ins in one phase."""

    phase: Phase
    mean: float | None
    checkins: int


@dataclass(frozen=True)
class ItemRecord:
    """How one checklist item went in the period (``title``: the person's own words)."""

    item_id: int | None
    title: str
    kind: ScheduleKind
    planned: int
    done: int
    partly: int
    skipped: int
    no_answer: int
    #: For an N-times-a-week item, N; else None.
    per_week: int | None = None
    archived: bool = False


@dataclass(frozen=True)
class CareNote:
    """A check-in marked for the care team, with its note and tags as written."""

    day: date
    mood: int
    worry: int
    note: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class CareContact:
    """The care team's name and phone numbers as the person entered them ("" when not)."""

    name: str = ""
    phone: str = ""
    after_hours: str = ""


@dataclass(frozen=True)
class VisitSummary:
    """Everything the summary shows, for the days ``start`` to ``end`` (both included)."""

    start: date
    end: date
    made_on: date
    zone: str
    weeks: tuple[WeekMeans, ...]
    checkins: int
    days_with_checkin: int
    mood_mean: float | None
    worry_mean: float | None
    #: Around ``last_checkup``, in the order of ``PHASES``; empty when there is none.
    worry_by_phase: tuple[PhaseWorry, ...]
    #: In the period, oldest first (PHQ-2 before GAD-2 on the same day).
    screens: tuple[ScreenResult, ...]
    items: tuple[ItemRecord, ...]
    sleep_hours_mean: float | None
    sleep_count: int
    #: How many check-ins gave each sleep quality (only those given, poorly first).
    sleep_quality: tuple[tuple[SleepQuality, int], ...]
    energy_mean: float | None
    energy_count: int
    care_notes: tuple[CareNote, ...]
    #: The questions not asked yet, in the person's order (they are for ``next_checkup``).
    questions: tuple[Question, ...]
    #: The last booked checkup before today, on or before ``end``.
    last_checkup: Checkup | None
    #: The checkup the questions are for (``questions.next_visit``: booked or planned).
    next_checkup: Checkup | None
    contact: CareContact

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def check_period(start: date, end: date) -> None:
    """Refuse an end before the start, or more than ``MAX_PERIOD_DAYS`` days."""
    if end < start:
        raise SummaryError(SummaryProblem.END_BEFORE_START)
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise SummaryError(SummaryProblem.PERIOD_TOO_LONG, MAX_PERIOD_DAYS)


def last_booked(checkups: Iterable[Checkup], before: date) -> Checkup | None:
    """The latest booked checkup on a day before ``before``."""
    past = [c for c in sorted_checkups(checkups) if c.booked and c.day < before]
    return past[-1] if past else None


def default_period(checkups: Iterable[Checkup], today: date) -> tuple[date, date]:
    """From the day after the last booked checkup before today (else the last 90 days)
    to today; never more than ``MAX_PERIOD_DAYS`` days."""
    last = last_booked(checkups, today)
    start = last.day + timedelta(days=1) if last else today - timedelta(days=DEFAULT_DAYS - 1)
    return max(start, today - timedelta(days=MAX_PERIOD_DAYS - 1)), today


def reference_checkup(checkups: Iterable[Checkup], end: date, today: date) -> Checkup | None:
    """The checkup worry by phase is around: the last booked one before today, by ``end``."""
    return last_booked(checkups, min(end + timedelta(days=1), today))


def checkin_span(
    start: date, end: date, today: date, checkups: Iterable[Checkup]
) -> tuple[date, date]:
    """The days whose check-ins a summary needs: the period, and those in the "before"
    phase of the reference checkup (which may begin ahead of the period)."""
    last = reference_checkup(checkups, end, today)
    return (start if last is None else min(start, last.day - PHASE_SPAN - timedelta(1))), end


def summarize(
    *,
    start: date,
    end: date,
    today: date,
    zone: str,
    entries: Iterable[JournalEntry],
    screens: Iterable[ScreenResult],
    items: Sequence[Item],
    checkoffs: Iterable[CheckOff],
    checkups: Sequence[Checkup],
    questions: Sequence[Question],
    contact: CareContact,
) -> VisitSummary:
    """The summary from plain lists (``entries`` covering ``checkin_span``; ``checkoffs``
    the period, and all answers up to ``end`` of one-time and every-N-days items)."""
    check_period(start, end)
    every = list(entries)
    inside = sorted((e for e in every if start <= e.day <= end), key=lambda e: (e.at, e.id or 0))
    last = reference_checkup(checkups, end, today)
    sleep = [e.sleep_hours for e in inside if e.sleep_hours is not None]
    energy = [e.energy for e in inside if e.energy is not None]
    quality = [e.sleep_quality for e in inside if e.sleep_quality is not None]
    return VisitSummary(
        start=start,
        end=end,
        made_on=today,
        zone=zone,
        weeks=weekly_means(inside, start, end),
        checkins=len(inside),
        days_with_checkin=len({e.day for e in inside}),
        mood_mean=average(int(e.mood) for e in inside),
        worry_mean=average(e.worry for e in inside),
        worry_by_phase=phase_worry([e for e in every if e.day <= end], last),
        screens=_screens_in(screens, start, end),
        items=item_records(items, checkoffs, start, end, today),
        sleep_hours_mean=average(sleep),
        sleep_count=len(sleep),
        sleep_quality=tuple((q, quality.count(q)) for q in SleepQuality if q in quality),
        energy_mean=average(energy),
        energy_count=len(energy),
        care_notes=tuple(
            CareNote(e.day, int(e.mood), e.worry, e.note, e.tags) for e in inside if e.for_care_team
        ),
        questions=tuple(open_questions(questions)),
        last_checkup=last,
        next_checkup=next_visit(checkups, today),
        contact=contact,
    )


def weekly_means(entries: Iterable[JournalEntry], start: date, end: date) -> tuple[WeekMeans, ...]:
    """Every week from ``start`` to ``end`` (those without check-ins too, with None)."""
    by_week: dict[date, list[JournalEntry]] = {}
    for entry in entries:
        if start <= entry.day <= end:
            by_week.setdefault(week_start(entry.day), []).append(entry)
    weeks = []
    monday = week_start(start)
    while monday <= end:
        got = by_week.get(monday, [])
        weeks.append(
            WeekMeans(
                start=max(monday, start),
                end=min(monday + timedelta(days=6), end),
                mood=average(int(e.mood) for e in got),
                worry=average(e.worry for e in got),
                checkins=len(got),
            )
        )
        monday += timedelta(days=7)
    return tuple(weeks)


def phase_worry(entries: Iterable[JournalEntry], checkup: Checkup | None) -> tuple[PhaseWorry, ...]:
    """Mean worry before, while waiting for and after one checkup (see ``PhaseMap``)."""
    if checkup is None:
        return ()
    phases = PhaseMap([checkup])
    worry: dict[Phase, list[int]] = {phase: [] for phase in PHASES}
    for entry in entries:
        phase = phases.phase_of(entry.at)
        if phase in worry:
            worry[phase].append(entry.worry)
    return tuple(PhaseWorry(p, average(worry[p]), len(worry[p])) for p in PHASES)


def _screens_in(
    screens: Iterable[ScreenResult], start: date, end: date
) -> tuple[ScreenResult, ...]:
    inside = (s for s in screens if start <= s.day <= end)
    return tuple(sorted(inside, key=lambda s: (s.day, SCREEN_ORDER.index(s.kind), s.at)))


def item_records(
    items: Sequence[Item], checkoffs: Iterable[CheckOff], start: date, end: date, today: date
) -> tuple[ItemRecord, ...]:
    """How each item went, in list order; archived items only when answered in the period."""
    by_item: dict[int, dict[date, CheckOff]] = {}
    for c in checkoffs:
        if c.day <= end:
            by_item.setdefault(c.item_id, {})[c.day] = c
    records = []
    for item in sorted(items, key=lambda i: (i.archived, i.position, i.id or 0)):
        answers = by_item.get(item.id or -1, {})
        answered = any(start <= d for d in answers)
        record = item_record(item, answers, start, end, today)
        if answered or (record.planned and not item.archived):
            records.append(record)
    return tuple(records)


def item_record(
    item: Item, answers: dict[date, CheckOff], start: date, end: date, today: date
) -> ItemRecord:
    """One item's counts for the period (``answers``: its answers by day, up to ``end``)."""
    inside = {d: c for d, c in answers.items() if start <= d <= end}
    statuses = [c.status for c in inside.values()]
    first = max(start, _item_start(item, answers))
    last = min(end, today)
    if item.archived:
        last = min(last, max(inside, default=first))
    slots = _planned_slots(item, answers, first, last, today)
    planned, no_answer = slots if first <= last else (0, 0)
    schedule = item.schedule
    weekly = schedule.kind is ScheduleKind.TIMES_PER_WEEK
    return ItemRecord(
        item_id=item.id,
        title=item.title,
        kind=schedule.kind,
        planned=planned,
        done=statuses.count(Status.DONE),
        partly=statuses.count(Status.PARTIAL),
        skipped=statuses.count(Status.SKIPPED),
        no_answer=no_answer,
        per_week=schedule.times_per_week if weekly else None,
        archived=item.archived,
    )


def _item_start(item: Item, answers: dict[date, CheckOff]) -> date:
    starts = [d for d in (item.created_on, min(answers, default=None)) if d is not None]
    return min(starts) if starts else date.min


def _planned_slots(
    item: Item, answers: dict[date, CheckOff], first: date, last: date, today: date
) -> tuple[int, int]:
    """(planned occurrences, those left without an answer) from ``first`` to ``last``."""
    schedule = item.schedule
    if schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        return _week_slots(schedule.times_per_week, answers, first, last, today)
    if schedule.kind is ScheduleKind.EVERY_N_DAYS:
        slots: list[tuple[date, bool]] = []  # (day, answered)
        for occurrence in occurrences(schedule, answers, last):
            slots += [(d, False) for d in lapsed_days(schedule, occurrence, today)]
            if occurrence.answered is not None:
                slots.append((occurrence.answered, True))
            elif not lapsed_days(schedule, occurrence, today) and occurrence.planned < today:
                slots.append((occurrence.planned, False))
        kept = [answered for day, answered in slots if first <= day <= last]
        return len(kept), kept.count(False)
    if schedule.kind is ScheduleKind.ONCE:
        assert schedule.due is not None
        earlier = [c for d, c in answers.items() if d < first and c.status is not Status.PARTIAL]
        inside = [d for d in answers if first <= d <= last]
        if earlier or not (inside or first <= schedule.due <= min(last, today - timedelta(1))):
            return 0, 0
        return 1, 0 if inside else 1
    planned = no_answer = 0
    for day in due_days(schedule, first, last):
        if day not in answers:
            if day >= today:
                continue  # today's is not missed yet
            no_answer += 1
        planned += 1
    return planned, no_answer


def _week_slots(
    target: int, answers: dict[date, CheckOff], first: date, last: date, today: date
) -> tuple[int, int]:
    """An N-times-a-week item: N a whole week, a cut week in proportion (at least one),
    the still-open week only as far as it was answered."""
    planned = no_answer = 0
    monday = week_start(first)
    while monday <= last:
        days = [d for d in (monday + timedelta(days=i) for i in range(7)) if first <= d <= last]
        answered = sum(1 for d in days if d in answers)
        wanted = target if len(days) == 7 else max(1, round(target * len(days) / 7))
        if week_start(today) == monday:
            wanted = min(wanted, answered)  # the week is still open
        planned += wanted
        no_answer += max(0, wanted - answered)
        monday += timedelta(days=7)
    return planned, no_answer
