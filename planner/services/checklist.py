"""The checklist's operations for the screens: read today's list, answer, edit items.

Every write goes through the store and is reported as changed only after it was
committed; the screens refresh from the ``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from planner.domain.model import CheckOff, Item, ScheduleKind, SkipReason, Status
from planner.domain.progress import TodayEntry, plan_today, status_for_amount
from planner.domain.schedule import week_start
from planner.services.clock import now_utc
from planner.storage.store import Store

if TYPE_CHECKING:
    from planner.domain.history import ItemStats
    from planner.domain.reminder_rules import LogEntry


class ChecklistService(QObject):
    """Reads and changes checklist items and their answers.

    Signals:
        changed: items or answers were saved; screens should refresh.
    """

    changed = Signal()

    def __init__(
        self,
        store: Store,
        zone: ZoneInfo,
        clock: Callable[[], datetime] = now_utc,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.zone = zone
        self._clock = clock

    @property
    def store(self) -> Store:
        """The store, for the services built beside this one (the journal's)."""
        return self._store

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        return self._clock()

    def set_zone(self, zone: ZoneInfo) -> None:
        """Use a new local time zone (the computer's was changed); screens refresh."""
        self.zone = zone
        self.changed.emit()

    def today(self) -> date:
        """The local date in the person's zone."""
        return self._clock().astimezone(self.zone).date()

    # --- Today -------------------------------------------------------------

    def today_entries(self, today: date) -> tuple[list[TodayEntry], list[TodayEntry]]:
        """(due today, not due today) for the active items."""
        items = self._store.items.active()
        monday = week_start(today)
        checkoffs = self._store.checkoffs.between(monday, today)
        # A one-time task is finished by an answer on any day, so it needs all of them.
        once = [i.id for i in items if i.schedule.kind is ScheduleKind.ONCE and i.id is not None]
        checkoffs += [c for c in self._store.checkoffs.for_items(once) if c.day < monday]
        return plan_today(items, today, checkoffs)

    def mark_done(self, item: Item, day: date, amount: float | None = None) -> CheckOff:
        """Record done (or partial, when an amount falls short of the target)."""
        status = Status.DONE if amount is None else status_for_amount(amount, item)
        return self._record(item, day, status, amount=amount)

    def skip(self, item: Item, day: date, reason: SkipReason | None) -> CheckOff:
        return self._record(item, day, Status.SKIPPED, reason=reason)

    def undo(self, item: Item, day: date) -> None:
        assert item.id is not None
        self._store.checkoffs.undo(item.id, day)
        self.changed.emit()

    def _record(
        self,
        item: Item,
        day: date,
        status: Status,
        *,
        amount: float | None = None,
        reason: SkipReason | None = None,
    ) -> CheckOff:
        assert item.id is not None
        saved = self._store.checkoffs.record(
            CheckOff(
                item_id=item.id,
                day=day,
                status=status,
                amount=amount,
                skip_reason=reason,
                recorded_at=self._clock(),
                zone=self.zone.key,
            )
        )
        self.changed.emit()
        return saved

    # --- Items -------------------------------------------------------------

    def active_items(self) -> list[Item]:
        return self._store.items.active()

    def archived_items(self) -> list[Item]:
        return self._store.items.archived()

    def save_item(self, item: Item) -> Item:
        """Add a new item (no id) or update an existing one."""
        if item.id is None:
            saved = self._store.items.add(item, today=self.today(), now=self._clock())
        else:
            saved = self._store.items.update(item)
        self.changed.emit()
        return saved

    def archive(self, item: Item) -> None:
        assert item.id is not None
        self._store.items.archive(item.id, now=self._clock())
        self.changed.emit()

    def restore(self, item: Item) -> None:
        assert item.id is not None
        self._store.items.restore(item.id)
        self.changed.emit()

    def move(self, item: Item, new_index: int) -> None:
        assert item.id is not None
        self._store.items.move(item.id, new_index)
        self.changed.emit()

    # --- History -----------------------------------------------------------

    def reminder_log(self, item: Item) -> list[LogEntry]:
        """The item's reminders as logged: shown when, snoozed, missed (oldest first)."""
        assert item.id is not None
        return self._store.reminder_log.for_item(item.id)

    def history(self, item: Item, today: date) -> tuple[ItemStats, dict[date, CheckOff]]:
        """The item's statistics and its answers by day."""
        from planner.domain.history import item_stats  # needed once History is opened

        assert item.id is not None
        answers = self._store.checkoffs.for_item(item.id)
        return item_stats(item, answers, today), {c.day: c for c in answers}
