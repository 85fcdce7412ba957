"""The follow-up schedule: its anchor and schedules, the planned checkups they make, and
booking a planned checkup.

Planned checkups are kept in step with the schedules (``domain.followup.plan_changes``)
whenever the schedules change, at start and on each new day; booked, past and removed
checkups are never touched. Every write is announced on the bus as a checkups change.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, time
from typing import TYPE_CHECKING

from planner.domain.followup import (
    Anchor,
    ExistingSlot,
    FollowupSchedule,
    Rebase,
    check_rebases,
    plan_changes,
)
from planner.domain.journal import Checkup, CheckupStatus
from planner.services.changes import Area, Changes
from planner.services.settings import FOLLOWUP_ANCHOR_EVENT, FOLLOWUP_ANCHOR_ON

if TYPE_CHECKING:
    from planner.services.checklist import ChecklistService
    from planner.storage.store import Store

log = logging.getLogger(__name__)


def existing_slots(checkups: Iterable[Checkup]) -> list[ExistingSlot]:
    """The checkups a schedule made, as the planner needs to know them."""
    return [
        ExistingSlot(
            checkup_id=c.id,
            schedule_id=c.schedule_id,
            number=c.number or 0,
            due_on=c.due_on,
            day=c.day,
            planned=c.status is CheckupStatus.PLANNED,
        )
        for c in checkups
        if c.id is not None and c.schedule_id is not None
    ]


class FollowupService:
    """Reads and changes the follow-up schedule and books planned checkups."""

    def __init__(self, store: Store, checklist: ChecklistService) -> None:
        self._store = store
        self._checklist = checklist
        self.bus = checklist.bus
        self.settings = checklist.settings

    def today(self) -> date:
        return self._checklist.today()

    # --- Reading -----------------------------------------------------------------

    def anchor(self) -> Anchor | None:
        on = self.settings.get(FOLLOWUP_ANCHOR_ON)
        if on is None:
            return None
        return Anchor(self.settings.get(FOLLOWUP_ANCHOR_EVENT), on)

    def schedules(self) -> list[FollowupSchedule]:
        return self._store.followup.all()

    def schedule(self, schedule_id: int | None) -> FollowupSchedule | None:
        return next((s for s in self.schedules() if s.id == schedule_id), None)

    def planned(self) -> list[Checkup]:
        return self._store.checkups.planned()

    # --- Changing ------------------------------------------------------------------

    def save(
        self,
        anchor: Anchor | None,
        schedules: Sequence[FollowupSchedule],
        *,
        origin: object = None,
    ) -> None:
        """Save the anchor and the whole list of schedules, then plan the checkups again.

        Raises ``FollowupError`` (REBASE_BEFORE_ANCHOR) before anything is saved when a
        schedule's visits could not be counted from the new anchor."""
        check_rebases(schedules, anchor)
        store = self._store
        event, on = FOLLOWUP_ANCHOR_EVENT, FOLLOWUP_ANCHOR_ON
        # The settings are saved quietly here; one change for everything goes out below.
        store.settings.set(event.key, event.write(event.clean(anchor.event if anchor else "")))
        store.settings.set(on.key, on.write(on.clean(anchor.on if anchor else None)))
        store.followup.replace_all(list(schedules), self._checklist.now())
        self.sync(announce=False)
        self.bus.publish(
            Changes(
                areas=frozenset({Area.CHECKUPS, Area.SETTINGS}),
                settings=frozenset({FOLLOWUP_ANCHOR_EVENT.key, FOLLOWUP_ANCHOR_ON.key}),
                origin=origin,
            )
        )

    def sync(self, *, announce: bool = True) -> bool:
        """Bring the planned checkups in step with the schedules; True when any changed."""
        schedules = self.schedules()
        by_id = {s.id: s for s in schedules}
        existing = existing_slots(self._store.checkups.everything())
        changes = plan_changes(schedules, self.anchor(), existing, self.today())
        if not changes:
            return False
        zone = self._checklist.zone.key
        added = []
        for slot in changes.add:
            schedule = by_id[slot.schedule_id]
            added.append(
                Checkup(
                    day=slot.due_on,
                    kind=schedule.kind,
                    zone=zone,
                    title=schedule.title,
                    status=CheckupStatus.PLANNED,
                    schedule_id=slot.schedule_id,
                    number=slot.number,
                    due_on=slot.due_on,
                )
            )
        self._store.checkups.apply_plan(added, changes.move, changes.remove, self._checklist.now())
        log.info(
            "Planned checkups: %d added, %d moved, %d removed",
            len(changes.add),
            len(changes.move),
            len(changes.remove),
        )
        if announce:
            self.bus.publish(Changes.of(Area.CHECKUPS))
        return True

    def book(
        self,
        checkup: Checkup,
        day: date,
        at: time | None,
        *,
        place: str = "",
        count_from_here: bool = False,
        origin: object = None,
    ) -> Checkup:
        """Book a planned checkup for ``day`` (and ``at``). With ``count_from_here``, the
        schedule's later visits are counted from this date instead of the plan's.

        Raises ``FollowupError`` (REBASE_BEFORE_ANCHOR) before anything is saved when
        ``count_from_here`` asks to count from a day before the anchor."""
        rebase: Rebase | None = None
        if count_from_here and checkup.schedule_id is not None and checkup.number is not None:
            rebase = Rebase(checkup.number, day)
            schedule = self.schedule(checkup.schedule_id)
            if schedule is not None:
                check_rebases([replace(schedule, rebase=rebase)], self.anchor())
        booked = replace(checkup, day=day, at=at, place=place, status=CheckupStatus.BOOKED)
        saved = self._store.checkups.update(booked)
        if rebase is not None and checkup.schedule_id is not None:
            self._store.followup.set_rebase(checkup.schedule_id, rebase)
        self.sync(announce=False)
        self.bus.publish(Changes.of(Area.CHECKUPS, origin=origin))
        return saved

    def moved_from_plan(self, checkup: Checkup, day: date) -> bool:
        """Whether booking ``checkup`` on ``day`` moves it off the plan's date (then the
        person chooses: keep the plan's dates, or count the next ones from this visit)."""
        return (
            checkup.schedule_id is not None
            and checkup.due_on is not None
            and day != checkup.due_on
            and self.schedule(checkup.schedule_id) is not None
        )
