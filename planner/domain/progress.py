"""What belongs on the Today page, and how far each item has come this week."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from planner.domain.model import CheckOff, Item, ScheduleKind, Status
from planner.domain.schedule import is_due_on, week_start


@dataclass(frozen=True)
class WeekProgress:
    """How many times an N-times-a-week item was done in the current week."""

    done: int
    target: int

    @property
    def met(self) -> bool:
        return self.done >= self.target

    @property
    def counted(self) -> int:
        """The done answers that count towards the target (never more than the target)."""
        return min(self.done, self.target)


@dataclass(frozen=True)
class TodayEntry:
    """One item as the Today page shows it."""

    item: Item
    answer: CheckOff | None
    due: bool
    overdue: bool = False
    week: WeekProgress | None = None
    finished: bool = False

    @property
    def answered(self) -> bool:
        return self.answer is not None


def _week_progress(item: Item, today: date, checkoffs: Iterable[CheckOff]) -> WeekProgress:
    monday = week_start(today)
    done = sum(1 for c in checkoffs if c.status is Status.DONE and monday <= c.day <= today)
    return WeekProgress(done=done, target=item.schedule.times_per_week)


def today_entry(item: Item, today: date, checkoffs: Sequence[CheckOff]) -> TodayEntry:
    """Describe ``item`` for ``today``.

    ``checkoffs`` must hold the item's answers for the current week; for a
    one-time task, all of its answers.
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
        overdue = answer is None and not settled and schedule.due < today
        return TodayEntry(item, answer, due=due, overdue=overdue, finished=settled)
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


def count_done(entries: Iterable[TodayEntry]) -> int:
    """How many Today entries were answered as done (partial does not count)."""
    return sum(1 for e in entries if e.answer is not None and e.answer.status is Status.DONE)
