"""A plan import's preview: what applying a plan file would change, worked out from
reads alone (so a read-only store on a worker thread will do).

A newer version of the same plan updates the plan's items in place, matched by their
plan id (``Item.plan_key``); the person's own items are never touched, and items the
new version dropped are listed so the person can say whether to archive them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from planner.domain.followup import Anchor, FollowupSchedule, plan_changes
from planner.domain.model import Item, ScheduleKind
from planner.domain.plan_file import Contact, Plan, Resource
from planner.domain.questions import open_questions
from planner.services.followup import existing_slots
from planner.services.plans import read_plan
from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    FOLLOWUP_ANCHOR_EVENT,
    FOLLOWUP_ANCHOR_ON,
    PATIENT_LABEL,
    PROGRAM_CONTACTS,
    RESOURCES,
    SIGNS_TO_REPORT,
    read_setting,
)

if TYPE_CHECKING:
    from planner.storage.store import Store

T = TypeVar("T")


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
    #: The label saved from an earlier plan, when this plan names someone else.
    other_patient: str = ""
    #: The program's contacts, when they differ from the ones saved (all of them).
    program_contacts: tuple[Contact, ...] = ()
    signs_to_report: tuple[str, ...] = ()  # the care team's new list, when it differs
    resources: tuple[Resource, ...] = ()  # the program's new list, when it differs
    anchor_before: Anchor | None = None  # what the checkups count from now

    @property
    def patient(self) -> str:
        """The label the coordinator gave this plan (initials or a number), or ""."""
        return self.plan.patient

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
            or self.program_contacts
            or self.signs_to_report
            or self.resources
            or (self.patient and self.patient != self.other_patient)
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


def preview_plan(store: Store, path: Path, today: date) -> ImportPreview:
    """What applying the plan in ``path`` would change in ``store``; reads only, so a
    read-only store on a worker thread will do. Raises PlanError for a bad file."""
    return _Preview(store, today).make(path)


class _Preview:
    def __init__(self, store: Store, today: date) -> None:
        self._store = store
        self._today = today

    def make(self, path: Path) -> ImportPreview:
        today = self._today
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
        saved_label = read_setting(store, PATIENT_LABEL)
        contacts = plan.program.contacts if plan.program is not None else ()
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
            other_patient=saved_label
            if plan.patient and saved_label and saved_label != plan.patient
            else "",
            program_contacts=_if_new(contacts, read_setting(store, PROGRAM_CONTACTS)),
            signs_to_report=_if_new(plan.signs_to_report, read_setting(store, SIGNS_TO_REPORT)),
            resources=_if_new(plan.resources, read_setting(store, RESOURCES)),
            anchor_before=self._anchor(),
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


def _if_new(given: tuple[T, ...], saved: tuple[T, ...]) -> tuple[T, ...]:
    """What the plan gives, when it gives something other than what is saved."""
    return given if given and given != saved else ()
