"""Import a plan: a preview of what it will change, then applying it after a copy of the
data file.

A newer version of the same plan updates the plan's items in place, matched by their
plan id (``Item.plan_key``), so their check-offs stay; the person's own items are never
touched, and items the new version dropped are archived only when the person says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.followup import (
    Anchor,
    FollowupSchedule,
    plan_changes,
)
from planner.domain.model import Item, ScheduleKind
from planner.domain.plan_file import Plan
from planner.domain.questions import open_questions
from planner.services.changes import Changes
from planner.services.followup import FollowupService, existing_slots
from planner.services.plans import apply_plan, read_plan
from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    FOLLOWUP_ANCHOR_EVENT,
    FOLLOWUP_ANCHOR_ON,
    read_setting,
)
from planner.storage.opening import safety_copy

if TYPE_CHECKING:
    from planner.services.checklist import ChecklistService
    from planner.storage.store import Store

log = logging.getLogger(__name__)


class ItemField(StrEnum):
    """What a plan's new version changes in an item; the screens name it in words."""

    TITLE = "title"
    WHY = "why"
    DETAILS = "details"
    CATEGORY = "category"
    SCHEDULE = "schedule"
    TARGET = "target"
    REMINDERS = "reminders"


class ContactField(StrEnum):
    """A care-team detail a plan can set."""

    NAME = "name"
    PHONE = "phone"
    AFTER_HOURS = "after_hours"


@dataclass(frozen=True)
class ItemUpdate:
    """An item the plan already put on the list, and what it becomes (same id)."""

    old: Item
    new: Item
    changes: tuple[ItemField, ...]


@dataclass(frozen=True)
class ContactChange:
    field: ContactField
    old: str
    new: str


@dataclass(frozen=True)
class ImportPreview:
    """What applying ``plan`` would change, as of when the preview was made."""

    path: Path
    plan: Plan
    added: tuple[Item, ...]
    updated: tuple[ItemUpdate, ...]
    kept: tuple[Item, ...]  # the plan's items that stay as they are
    dropped: tuple[Item, ...]  # items from a plan that this version no longer has
    own_items: int  # the person's own items (never touched)
    schedules_added: tuple[FollowupSchedule, ...]
    schedules_replaced: tuple[FollowupSchedule, ...]
    anchor: Anchor | None  # the new anchor, when the plan changes it
    contacts: tuple[ContactChange, ...]
    questions: tuple[str, ...]  # questions to add
    checkups_planned: int  # new planned checkups in the next two years

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.added
            or self.updated
            or self.dropped
            or self.schedules_added
            or self.schedules_replaced
            or self.anchor
            or self.contacts
            or self.questions
        )


def _changes(old: Item, new: Item) -> tuple[ItemField, ...]:
    pairs = (
        (ItemField.TITLE, old.title, new.title),
        (ItemField.WHY, old.why, new.why),
        (ItemField.DETAILS, old.details, new.details),
        (ItemField.CATEGORY, old.category, new.category),
        (ItemField.SCHEDULE, old.schedule, new.schedule),
        (ItemField.TARGET, old.target, new.target),
        (ItemField.REMINDERS, old.reminders, new.reminders),
    )
    return tuple(name for name, a, b in pairs if a != b)


def _updated(old: Item, fresh: Item) -> Item:
    """The old item (id, place, plan key, archive state) with the plan's new contents.

    An every-N-days rhythm with the same N keeps its first day (the file counts it from
    the day it is read); reminder times the person chose stay when the plan gives none.
    """
    schedule = fresh.schedule
    if (
        schedule.kind is ScheduleKind.EVERY_N_DAYS
        and old.schedule.kind is ScheduleKind.EVERY_N_DAYS
        and old.schedule.interval_days == schedule.interval_days
    ):
        schedule = old.schedule
    return replace(
        old,
        title=fresh.title,
        why=fresh.why,
        details=fresh.details,
        category=fresh.category,
        schedule=schedule,
        target=fresh.target,
        reminders=fresh.reminders or old.reminders,
    )


class PlanImport:
    """Previews and applies a plan file on the person's data."""

    def __init__(self, store: Store, checklist: ChecklistService) -> None:
        self._store = store
        self._checklist = checklist

    def preview(self, path: Path) -> ImportPreview:
        """Read the plan and say what applying it would change; PlanError for a bad file."""
        today = self._checklist.today()
        plan = read_plan(Path(path), today)
        store = self._store
        items = [*store.items.active(), *store.items.archived()]
        by_key: dict[str, Item] = {}
        for item in items:  # the active one first, when a key was added twice
            if item.plan_key is not None:
                by_key.setdefault(item.plan_key, item)
        added: list[Item] = []
        updated: list[ItemUpdate] = []
        kept: list[Item] = []
        for fresh in plan.items:
            old = by_key.get(fresh.plan_key) if fresh.plan_key else None
            if old is None:
                added.append(fresh)
                continue
            new = _updated(old, fresh)
            changed = _changes(old, new)
            if changed:
                updated.append(ItemUpdate(old, new, changed))
            else:
                kept.append(old)
        keys = {fresh.plan_key for fresh in plan.items}
        dropped = tuple(
            item
            for item in items
            if item.plan_key is not None and not item.archived and item.plan_key not in keys
        )
        own = sum(1 for item in items if item.plan_key is None and not item.archived)
        schedules, replaced, merged, anchor = self._schedules(plan)
        return ImportPreview(
            path=Path(path),
            plan=plan,
            added=tuple(added),
            updated=tuple(updated),
            kept=tuple(kept),
            dropped=dropped,
            own_items=own,
            schedules_added=schedules,
            schedules_replaced=replaced,
            anchor=anchor,
            contacts=self._contacts(plan),
            questions=self._questions(plan),
            checkups_planned=self._planned(merged, anchor, today),
        )

    def _schedules(
        self, plan: Plan
    ) -> tuple[
        tuple[FollowupSchedule, ...],
        tuple[FollowupSchedule, ...],
        list[FollowupSchedule],
        Anchor | None,
    ]:
        """The schedules added and replaced, all of them as they would be (the new ones
        with stand-in ids), and the new anchor when it changes (as ``apply_plan`` does)."""
        saved = self._store.followup.all()
        current = self._anchor()
        followup = plan.followup
        if followup is None:
            return (), (), saved, None
        anchor = followup.anchor
        by_name = {(s.kind, s.title.casefold()): s for s in saved}
        added: list[FollowupSchedule] = []
        replaced: list[FollowupSchedule] = []
        merged: list[FollowupSchedule] = []
        for number, schedule in enumerate(followup.schedules, start=1):
            old = by_name.pop((schedule.kind, schedule.title.casefold()), None)
            if old is None:
                added.append(schedule)
                merged.append(replace(schedule, id=-number))
                continue
            rebase = old.rebase
            if rebase is not None and anchor is not None and rebase.on < anchor.on:
                rebase = None
            new = replace(schedule, id=old.id, rebase=rebase, position=old.position)
            if new != old:
                replaced.append(schedule)
            merged.append(new)
        for s in saved:
            if (s.kind, s.title.casefold()) in by_name:
                if anchor is not None and s.rebase is not None and s.rebase.on < anchor.on:
                    s = replace(s, rebase=None)
                merged.append(s)
        changed = anchor if anchor is not None and anchor != current else None
        return tuple(added), tuple(replaced), merged, changed

    def _anchor(self) -> Anchor | None:
        on = read_setting(self._store, FOLLOWUP_ANCHOR_ON)
        if on is None:
            return None
        return Anchor(read_setting(self._store, FOLLOWUP_ANCHOR_EVENT), on)

    def _planned(
        self, schedules: list[FollowupSchedule], new_anchor: Anchor | None, today: date
    ) -> int:
        anchor = new_anchor or self._anchor()
        existing = existing_slots(self._store.checkups.everything())
        return len(plan_changes(schedules, anchor, existing, today).add)

    def _contacts(self, plan: Plan) -> tuple[ContactChange, ...]:
        program = plan.program
        if program is None:
            return ()
        contact = program.main_contact
        found: list[ContactChange] = []
        for field, setting, value in (
            (ContactField.NAME, CARE_TEAM_NAME, program.name or (contact.name if contact else "")),
            (ContactField.PHONE, CARE_PHONE, contact.phone if contact else ""),
            (
                ContactField.AFTER_HOURS,
                CARE_PHONE_AFTER_HOURS,
                contact.out_of_hours_phone if contact else "",
            ),
        ):
            new = setting.clean(value) if value else ""
            old = read_setting(self._store, setting)
            if new and new != old:
                found.append(ContactChange(field, old, new))
        return tuple(found)

    def _questions(self, plan: Plan) -> tuple[str, ...]:
        have = {q.text for q in open_questions(self._store.questions.all())}
        return tuple(text for text in plan.questions if text not in have)

    def apply(
        self, preview: ImportPreview, archive_dropped: bool, *, origin: object = None
    ) -> Path:
        """Copy the data file, then apply the previewed plan; returns the copy's path."""
        store = self._store
        now = self._checklist.now()
        today = self._checklist.today()
        copy = self.copy_data_file(now)
        archive = [i.id for i in preview.dropped if i.id is not None] if archive_dropped else []
        store.items.apply_plan_items(
            preview.added, [u.new for u in preview.updated], archive, today=today, now=now
        )
        apply_plan(store, replace(preview.plan, items=()), today=today, now=now)
        FollowupService(store, self._checklist).sync(announce=False)
        log.info(
            "Plan imported: %d items added, %d updated, %d archived",
            len(preview.added),
            len(preview.updated),
            len(archive),
        )
        self._checklist.bus.publish(Changes.all(origin=origin))
        return copy

    def copy_data_file(self, now: datetime) -> Path:
        """A checked copy of the data file next to it, ``planner.db.before-import-<time>.bak``."""
        return safety_copy(self._store.connection, Path(self._store.path), "before-import", now)
