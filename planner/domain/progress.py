"""What belongs on the Today page, and how far each item has come this week."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from planner.domain.model import CheckOff, Item, ScheduleKind, Status
from planner.domain.schedule import is_due_on, planned_day, week_start


@dataclass(frozen=True)
class WeekProgress:
    """How many times an N-times-a-week item was done in the current week.

    A partly done day counts as one of the times (the person showed up), and is shown
    as partly: ``partly`` of the ``done + partly`` times fell short of the goal.
    """

    done: int
    target: int
    partly: int = 0

    @property
    def times(self) -> int:
        """The days that count towards the target: done and partly done."""
        return self.done + self.partly

    @property
    def met(self) -> bool:
        return self.times >= self.target

    @property
    def counted(self) -> int:
        """The times that count towards the target (never more than the target)."""
        return min(self.times, self.target)


@dataclass(frozen=True)
class TodayEntry:
    """One item as the Today page shows it.

    ``still_open``: an occurrence planned for an earlier day (``planned_for``) that has
    no answer yet; it stays on Today until it is answered. ``planned_for`` is also the
    next day an every-N-days item not due today comes up.
    """

    item: Item
    answer: CheckOff | None
    due: bool
    still_open: bool = False
    week: WeekProgress | None = None
    finished: bool = False
    planned_for: date | None = None

    @property
    def answered(self) -> bool:
        return self.answer is not None


def _week_progress(item: Item, today: date, checkoffs: Iterable[CheckOff]) -> WeekProgress:
    monday = week_start(today)
    week = [c for c in checkoffs if monday <= c.day <= today]
    done = sum(1 for c in week if c.status is Status.DONE)
    partly = sum(1 for c in week if c.status is Status.PARTIAL)
    return WeekProgress(done=done, target=item.schedule.times_per_week, partly=partly)


def today_entry(item: Item, today: date, checkoffs: Sequence[CheckOff]) -> TodayEntry:
    """Describe ``item`` for ``today``.

    ``checkoffs`` must hold the item's answers for the current week; for a one-time
    task or an every-N-days item, all of its answers (at least the latest).
    """
    answer = next((c for c in checkoffs if c.day == today), None)
    schedule = item.schedule
    if schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        week = _week_progress(item, today, checkoffs)
        due = answer is not None or not week.met
        return TodayEntry(item, answer, due=due, week=week)
    if schedule.kind is ScheduleKind.ONCE:
        assert schedule.due is not None
        # A one-time task is finished by its first done or skipped answer, whatever the day.
        settled = once_settled(c for c in checkoffs if c.day != today) is not None
        due = answer is not None or (not settled and schedule.due <= today)
        still_open = answer is None and not settled and schedule.due < today
        return TodayEntry(
            item,
            answer,
            due=due,
            still_open=still_open,
            finished=settled,
            planned_for=schedule.due,
        )
    if schedule.kind is ScheduleKind.EVERY_N_DAYS:
        # Left unanswered on its day, it stays (still open) until answered; the next one
        # counts from the answer (see ``schedule.planned_day``).
        planned = planned_day(schedule, (c.day for c in checkoffs if c.day < today))
        return TodayEntry(
            item,
            answer,
            due=answer is not None or planned <= today,
            still_open=answer is None and planned < today,
            planned_for=planned,
        )
    return TodayEntry(item, answer, due=is_due_on(schedule, today) or answer is not None)


def plan_today(
    items: Sequence[Item], today: date, checkoffs: Sequence[CheckOff]
) -> tuple[list[TodayEntry], list[TodayEntry]]:
    """Split active items into (due today, not due today), keeping list order."""
    by_item: dict[int, list[CheckOff]] = {}
    for c in checkoffs:
        by_item.setdefault(c.item_id, []).append(c)
    due: list[TodayEntry] = []
    other: list[TodayEntry] = []
    for item in items:
        if item.archived:
            continue
        entry = today_entry(item, today, by_item.get(item.id or -1, []))
        if entry.due:
            due.append(entry)
        elif not entry.finished:  # a one-time task finished on an earlier day is put away
            other.append(entry)
    return due, other


def once_settled(checkoffs: Iterable[CheckOff]) -> CheckOff | None:
    """The answer that finished a one-time task: a done one first, else a skip."""
    answers = [c for c in checkoffs if c.status in (Status.DONE, Status.SKIPPED)]
    done = [c for c in answers if c.status is Status.DONE]
    return min(done or answers, key=lambda c: c.day, default=None)


def status_for_amount(amount: float, item: Item) -> Status:
    """Done when the amount meets the item's target, partial when it falls short."""
    if item.target is None or amount >= item.target.amount:
        return Status.DONE
    return Status.PARTIAL


def done_answer(item: Item, amount: float | None = None) -> tuple[Status, float | None]:
    """What "Done" records: the amount typed, judged against the goal; without an amount
    (Done in the reminder panel or a notification), an item with a goal gets the goal
    amount, as done: the person said they did it."""
    if amount is None:
        return Status.DONE, item.target.amount if item.target is not None else None
    return status_for_amount(amount, item), amount


def count_done(entries: Iterable[TodayEntry]) -> int:
    """How many Today entries were answered as done (partial does not count)."""
    return sum(1 for e in entries if e.answer is not None and e.answer.status is Status.DONE)
