"""Saving and loading checklist items, their order and archive state, as domain Items."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from planner.domain.model import Category, Item, Schedule, ScheduleKind, Target

if TYPE_CHECKING:
    from planner.storage.db import Database

_COLUMNS = (
    "id, plan_key, title, why, details, category, schedule_kind, weekdays, times_per_week, "
    "interval_days, anchor_date, due_date, target_amount, target_unit, position, "
    "archived_at_utc, created_on, reminder_times"
)
_NEXT_POSITION = "SELECT COALESCE(MAX(position) + 1, 0) FROM items WHERE archived_at_utc IS NULL"


def utc_iso(moment: datetime) -> str:
    """An aware instant as ISO text in UTC; naive times are refused because their zone is lost."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Expected a time zone aware datetime")
    return moment.astimezone(UTC).isoformat()


def weekdays_to_mask(days: frozenset[int]) -> int:
    """Pack weekdays (0 = Monday) into a bitmask, bit 0 = Monday."""
    return sum(1 << d for d in days)


def mask_to_weekdays(mask: int) -> frozenset[int]:
    """Unpack a weekday bitmask (bit 0 = Monday)."""
    return frozenset(d for d in range(7) if mask & (1 << d))


def _schedule_values(item: Item) -> dict[str, Any]:
    """The column values for an item's editable fields."""
    s = item.schedule
    return {
        "plan_key": item.plan_key,
        "title": item.title,
        "why": item.why,
        "details": item.details,
        "category": Category(item.category).value,
        "schedule_kind": ScheduleKind(s.kind).value,
        "weekdays": weekdays_to_mask(s.weekdays),
        "times_per_week": s.times_per_week,
        "interval_days": s.interval_days,
        "anchor_date": s.anchor.isoformat() if s.anchor else None,
        "due_date": s.due.isoformat() if s.due else None,
        "target_amount": item.target.amount if item.target else None,
        "target_unit": item.target.unit if item.target else None,
        "reminder_times": ",".join(
            t.isoformat(timespec="minutes") for t in sorted(set(item.reminders))
        ),
    }


def _item_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Item:
    """Build a domain Item from a row selected with _COLUMNS."""
    (
        item_id,
        plan_key,
        title,
        why,
        details,
        category,
        kind,
        weekdays,
        times,
        interval,
        anchor,
        due,
        amount,
        unit,
        position,
        archived_at,
        created_on,
        reminder_times,
    ) = row
    schedule = Schedule(
        ScheduleKind(kind),
        weekdays=mask_to_weekdays(weekdays),
        times_per_week=times,
        interval_days=interval,
        anchor=date.fromisoformat(anchor) if anchor else None,
        due=date.fromisoformat(due) if due else None,
    )
    return Item(
        title=title,
        schedule=schedule,
        why=why,
        details=details,
        category=Category(category),
        target=Target(amount, unit or "") if amount is not None else None,
        id=item_id,
        position=position,
        archived=archived_at is not None,
        created_on=date.fromisoformat(created_on),
        plan_key=plan_key,
        reminders=tuple(time.fromisoformat(t) for t in reminder_times.split(",") if t),
    )


class ItemRepository:
    """Checklist items: add, edit, order, archive and restore; every write in one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def add(self, item: Item, *, today: date, now: datetime) -> Item:
        """Save a new item at the end of the active list and return it with its id."""
        return self.add_many([item], today=today, now=now)[0]

    def add_many(self, items: Sequence[Item], *, today: date, now: datetime) -> list[Item]:
        """Save several new items in one transaction, in the given order, after existing ones."""
        created_at = utc_iso(now)
        ids: list[int] = []
        with self._db.transaction() as conn:
            position = int(conn.execute(_NEXT_POSITION).fetchone()[0])
            for offset, item in enumerate(items):
                values = _schedule_values(item)
                values.update(
                    position=position + offset,
                    created_on=(item.created_on or today).isoformat(),
                    created_at_utc=created_at,
                )
                names = ", ".join(values)
                marks = ", ".join(f":{name}" for name in values)
                cursor = conn.execute(f"INSERT INTO items ({names}) VALUES ({marks})", values)
                ids.append(int(cursor.lastrowid or 0))
        return [self.get(item_id) for item_id in ids]

    def update(self, item: Item) -> Item:
        """Save edits to an item's text, category, schedule and target; order stays as is."""
        if item.id is None:
            raise KeyError("Item has no id")
        values = _schedule_values(item)
        del values["plan_key"]
        values["id"] = item.id
        assignments = ", ".join(f"{name} = :{name}" for name in values if name != "id")
        with self._db.transaction() as conn:
            cursor = conn.execute(f"UPDATE items SET {assignments} WHERE id = :id", values)
            if cursor.rowcount == 0:
                raise KeyError(item.id)
        return self.get(item.id)

    def apply_plan_items(
        self,
        add: Sequence[Item],
        update: Sequence[Item],
        archive: Sequence[int],
        *,
        today: date,
        now: datetime,
    ) -> None:
        """A plan's new version in one transaction: ``update`` rewrites items in place by id
        (their plan key, place and check-offs stay), ``archive`` takes items off the list,
        and ``add`` puts new ones at the end, in order."""
        stamp = utc_iso(now)
        with self._db.transaction() as conn:
            for item in update:
                if item.id is None:
                    raise KeyError("Item has no id")
                values = _schedule_values(item)
                del values["plan_key"]
                values["id"] = item.id
                sets = ", ".join(f"{name} = :{name}" for name in values if name != "id")
                if conn.execute(f"UPDATE items SET {sets} WHERE id = :id", values).rowcount == 0:
                    raise KeyError(item.id)
            conn.executemany(
                "UPDATE items SET archived_at_utc = ? WHERE id = ? AND archived_at_utc IS NULL",
                [(stamp, item_id) for item_id in archive],
            )
            self._renumber(conn, self._active_ids(conn))
            position = int(conn.execute(_NEXT_POSITION).fetchone()[0])
            for offset, item in enumerate(add):
                values = _schedule_values(item)
                values.update(
                    position=position + offset,
                    created_on=(item.created_on or today).isoformat(),
                    created_at_utc=stamp,
                )
                names = ", ".join(values)
                marks = ", ".join(f":{name}" for name in values)
                conn.execute(f"INSERT INTO items ({names}) VALUES ({marks})", values)

    def get(self, item_id: int) -> Item:
        """One item by id, archived or not; KeyError when there is none."""
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM items WHERE id = ?", (item_id,))
        found = row.fetchone()
        if found is None:
            raise KeyError(item_id)
        return _item_from_row(found)

    def active(self) -> list[Item]:
        """Items on the checklist, in the person's order."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM items WHERE archived_at_utc IS NULL ORDER BY position, id"
        )
        return [_item_from_row(r) for r in rows]

    def archived(self) -> list[Item]:
        """Archived items, most recently archived first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM items WHERE archived_at_utc IS NOT NULL "
            "ORDER BY archived_at_utc DESC, id DESC"
        )
        return [_item_from_row(r) for r in rows]

    def archive(self, item_id: int, *, now: datetime) -> None:
        """Take an item off the checklist, keeping its history; the rest close the gap."""
        archived_at = utc_iso(now)
        with self._db.transaction() as conn:
            state = self._archived_at(conn, item_id)
            if state is not None:
                return
            conn.execute(
                "UPDATE items SET archived_at_utc = ? WHERE id = ?", (archived_at, item_id)
            )
            self._renumber(conn, self._active_ids(conn))

    def restore(self, item_id: int) -> None:
        """Put an archived item back where it was in the checklist (its place when it was
        archived, or the end if the list is shorter now); the items after it move down."""
        with self._db.transaction() as conn:
            if self._archived_at(conn, item_id) is None:
                return
            # Archiving renumbers only the active items, so the archived one keeps the
            # place it had in the list.
            row = conn.execute("SELECT position FROM items WHERE id = ?", (item_id,))
            old_place = int(row.fetchone()[0])
            order = self._active_ids(conn)
            order.insert(max(0, min(old_place, len(order))), item_id)
            conn.execute("UPDATE items SET archived_at_utc = NULL WHERE id = ?", (item_id,))
            self._renumber(conn, order)

    def move(self, item_id: int, new_index: int) -> None:
        """Move an active item to new_index (clamped) and renumber positions 0..n-1."""
        with self._db.transaction() as conn:
            order = self._active_ids(conn)
            if item_id not in order:
                raise KeyError(item_id)
            order.remove(item_id)
            order.insert(max(0, min(new_index, len(order))), item_id)
            self._renumber(conn, order)

    @staticmethod
    def _archived_at(conn: sqlite3.Connection, item_id: int) -> str | None:
        """When an item was archived (None while active); KeyError for an unknown id."""
        row = conn.execute("SELECT archived_at_utc FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return None if row[0] is None else str(row[0])

    @staticmethod
    def _active_ids(conn: sqlite3.Connection) -> list[int]:
        rows = conn.execute(
            "SELECT id FROM items WHERE archived_at_utc IS NULL ORDER BY position, id"
        )
        return [int(r[0]) for r in rows]

    @staticmethod
    def _renumber(conn: sqlite3.Connection, order: list[int]) -> None:
        conn.executemany(
            "UPDATE items SET position = ? WHERE id = ? AND position IS NOT ?",
            [(index, item_id, index) for index, item_id in enumerate(order)],
        )
