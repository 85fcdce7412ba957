"""The checklist's operations for the screens: read today's list, answer, edit items.

Every write goes through the store and is announced on the change bus only after it
was committed (items or answers); the screens refresh from that record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from planner.domain.model import CheckOff, Item, SkipReason, Status
from planner.domain.progress import TodayEntry, done_answer, plan_today
from planner.domain.schedule import NEEDS_ALL_ANSWERS, week_start
from planner.services.changes import Area, ChangeBus, Changes
from planner.services.clock import now_utc
from planner.services.settings import Settings
from planner.storage.store import Store

if TYPE_CHECKING:
    from planner.domain.history import ItemStats
    from planner.domain.reminder_rules import LogEntry

#: A skip's own words ("Other reason") are one line of at most this many characters.
SKIP_NOTE_MAX = 200


class ChecklistService(QObject):
    """Reads and changes checklist items and their answers; holds the clock, the zone,
    the change bus and the settings the other services share."""

    def __init__(
        self,
        store: Store,
        zone: ZoneInfo,
        clock: Callable[[], datetime] = now_utc,
        parent: QObject | None = None,
        *,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.zone = zone
        self._clock = clock
        self.bus = bus if bus is not None else ChangeBus(self)
        self.settings = Settings(store, self.bus)
        self._day = self.today()

    @property
    def store(self) -> Store:
        """The store, for the services built beside this one (the journal's)."""
        return self._store

    def data_folder(self) -> Path:
        """Where the person's data lives (shown in About)."""
        return self._store.path.parent

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        return self._clock()

    def set_zone(self, zone: ZoneInfo) -> None:
        """Use a new local time zone (the computer's was changed); screens refresh."""
        self.zone = zone
        self.bus.publish(Changes.all())

    def today(self) -> date:
        """The local date in the person's zone."""
        return self._clock().astimezone(self.zone).date()

    def notice_new_day(self) -> bool:
        """Announce a new local day (checked every minute): every screen shows it."""
        today = self.today()
        if today == self._day:
            return False
        self._day = today
        self.bus.publish(Changes.all())
        return True

    # --- Today -------------------------------------------------------------

    def today_entries(self, today: date) -> tuple[list[TodayEntry], list[TodayEntry]]:
        """(due today, not due today) for the active items."""
        items = self._store.items.active()
        monday = week_start(today)
        checkoffs = self._store.checkoffs.between(monday, today)
        # A one-time task is finished by an answer on any day, and an every-N-days item
        # counts from its latest answer, so these need their older answers too.
        whole = [i.id for i in items if i.schedule.kind in NEEDS_ALL_ANSWERS and i.id is not None]
        checkoffs += [c for c in self._store.checkoffs.for_items(whole) if c.day < monday]
        return plan_today(items, today, checkoffs)

    def mark_done(
        self, item: Item, day: date, amount: float | None = None, *, origin: object = None
    ) -> CheckOff:
        """Record done (or partial, when an amount falls short of the target); without an
        amount, an item with a goal is recorded with the goal amount (``done_answer``)."""
        status, recorded = done_answer(item, amount)
        return self._record(item, day, status, amount=recorded, origin=origin)

    def skip(
        self,
        item: Item,
        day: date,
        reason: SkipReason | None,
        note: str = "",
        *,
        origin: object = None,
    ) -> CheckOff:
        """Record a skip, with its reason if one was chosen; ``note`` (one line, kept only
        with "Other reason") says what the other reason was."""
        kept = " ".join(note.split())[:SKIP_NOTE_MAX] if reason is SkipReason.OTHER else ""
        return self._record(
            item, day, Status.SKIPPED, reason=reason, note=kept or None, origin=origin
        )

    def undo(self, item: Item, day: date, *, origin: object = None) -> None:
        assert item.id is not None
        self._store.checkoffs.undo(item.id, day)
        self.bus.publish(Changes.of(Area.ANSWERS, origin=origin))

    def _record(
        self,
        item: Item,
        day: date,
        status: Status,
        *,
        amount: float | None = None,
        reason: SkipReason | None = None,
        note: str | None = None,
        origin: object = None,
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
                skip_note=note,
            )
        )
        self.bus.publish(Changes.of(Area.ANSWERS, origin=origin))
        return saved

    # --- Items -------------------------------------------------------------

    def active_items(self) -> list[Item]:
        return self._store.items.active()

    def archived_items(self) -> list[Item]:
        return self._store.items.archived()

    def save_item(self, item: Item, *, origin: object = None) -> Item:
        """Add a new item (no id) or update an existing one."""
        if item.id is None:
            saved = self._store.items.add(item, today=self.today(), now=self._clock())
        else:
            saved = self._store.items.update(item)
        self.bus.publish(Changes.of(Area.ITEMS, origin=origin))
        return saved

    def archive(self, item: Item, *, origin: object = None) -> None:
        assert item.id is not None
        self._store.items.archive(item.id, now=self._clock())
        self.bus.publish(Changes.of(Area.ITEMS, origin=origin))

    def restore(self, item: Item, *, origin: object = None) -> None:
        """Put an archived item back where it was in the list (also the archive's undo)."""
        assert item.id is not None
        self._store.items.restore(item.id)
        self.bus.publish(Changes.of(Area.ITEMS, origin=origin))

    def move(self, item: Item, new_index: int, *, origin: object = None) -> None:
        assert item.id is not None
        self._store.items.move(item.id, new_index)
        self.bus.publish(Changes.of(Area.ITEMS, origin=origin))

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
