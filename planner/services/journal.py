"""The journal's operations for the screens: check-ins, drafts, checkups, screens, nudges.

Every write goes through the store and is announced on the change bus after its commit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from planner.domain.insights import Range
from planner.domain.journal import (
    Checkup,
    JournalEntry,
    JournalFilter,
    Period,
    next_checkup,
    period_bounds,
)
from planner.domain.screens import (
    NUDGE_EVERY,
    NUDGE_WINDOW,
    NudgeReason,
    ScreenKind,
    ScreenResult,
    nudge_reason,
    screen_due,
)
from planner.services.changes import Area, Changes
from planner.services.checklist import ChecklistService
from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    CHECKIN_TIME,
    SCREENS_ON,
)
from planner.storage.store import Store

if TYPE_CHECKING:
    from planner.services.insights import InsightsData

log = logging.getLogger(__name__)

CHECKIN_DRAFT = "checkin"
#: How long a deleted check-in can be brought back.
UNDO_SECONDS = 8
#: The settings that make up the care team's contact (a note on screen follows them).
CARE_CONTACT_SETTINGS = (CARE_TEAM_NAME, CARE_PHONE, CARE_PHONE_AFTER_HOURS)


@dataclass(frozen=True)
class CareContact:
    """Who to call, as entered in Settings: each part may be empty."""

    name: str = ""
    phone: str = ""
    after_hours: str = ""


class JournalService(QObject):
    """Reads and changes the journal; changes are announced on the checklist's bus.

    Signals:
        draft_changed(str): a draft was kept or cleared (its key). Drafts are not data a
            person saved, so they are not announced on the bus; Today's card listens
            here to offer an unsaved check-in.
    """

    draft_changed = Signal(str)

    def __init__(
        self, store: Store, checklist: ChecklistService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._checklist = checklist
        self.bus = checklist.bus
        self.settings = checklist.settings

    def _changed(self, area: Area, origin: object) -> None:
        self.bus.publish(Changes.of(area, origin=origin))

    def now(self) -> datetime:
        return self._checklist.now()

    def today(self) -> date:
        return self._checklist.today()

    @property
    def zone_key(self) -> str:
        return self._checklist.zone.key

    # --- Check-ins ---------------------------------------------------------

    def new_entry(self, **fields: object) -> JournalEntry:
        """A check-in made now, in the local day and zone (not saved yet)."""
        now = self.now()
        return JournalEntry(
            day=now.astimezone(self._checklist.zone).date(),
            at=now,
            zone=self.zone_key,
            **fields,  # type: ignore[arg-type]
        )

    def save_entry(self, entry: JournalEntry, *, origin: object = None) -> JournalEntry:
        """Add a check-in (no id) or save changes to one; its time stays when edited."""
        if entry.id is None:
            saved = self._store.journal.add(entry, self.now())
        else:
            saved = self._store.journal.update(entry, self.now())
            self._store.journal.scrub()  # the words edited away are gone from the files
        self._changed(Area.JOURNAL, origin)
        return saved

    def entry(self, entry_id: int) -> JournalEntry | None:
        return self._store.journal.get(entry_id)

    def delete_entry(self, entry_id: int, *, origin: object = None) -> JournalEntry | None:
        """Delete a check-in; what it was is returned so it can be put back for a while."""
        gone = self._store.journal.delete(entry_id)
        self._changed(Area.JOURNAL, origin)
        return gone

    def undo_delete(self, entry: JournalEntry, *, origin: object = None) -> None:
        """Put a just-deleted check-in back, with its own id and time."""
        self._store.journal.add(entry, self.now())
        self._changed(Area.JOURNAL, origin)

    def forget_deleted(self) -> None:
        """The undo time is over: make the deleted text unrecoverable from the files."""
        self._store.journal.scrub()

    def finish_pending_wipe(self) -> bool:
        """At start: finish a wipe the last run could not (it ended in an undo window)."""
        if not self._store.journal.wipe_pending():
            return False
        log.info("Finishing the wipe of text deleted in the last run")
        self._store.journal.scrub()
        return True

    def page(
        self,
        filter_: JournalFilter,
        limit: int,
        before: JournalEntry | None = None,
        start: datetime | None = None,
    ) -> list[JournalEntry]:
        return self._store.journal.page(filter_, limit, before, start)

    def count(self, filter_: JournalFilter | None = None) -> int:
        return self._store.journal.count(filter_ or JournalFilter())

    def periods(self) -> list[tuple[Period, tuple[int, float | None, float | None]]]:
        """The periods between checkups, newest first, with (check-ins, mood, worry)."""
        bounds = period_bounds(self._store.checkups.all(), self.now())
        stats = self._store.journal.span_stats([(p.start, p.end) for p in bounds])
        return list(zip(bounds, stats, strict=True))

    def tags_in_use(self) -> list[str]:
        return self._store.journal.tags_in_use()

    def first_checkin_day(self) -> date | None:
        """The local day of the first check-in ever made (None: none yet)."""
        return self._store.journal.first_day()

    # --- Drafts ------------------------------------------------------------

    def draft(self, key: str = CHECKIN_DRAFT) -> str | None:
        return self._store.drafts.get(key)

    def save_draft(self, body: str, key: str = CHECKIN_DRAFT) -> None:
        self._store.drafts.save(key, body, self.now())
        self.draft_changed.emit(key)

    def clear_draft(self, key: str = CHECKIN_DRAFT) -> None:
        self._store.drafts.clear(key)
        self.draft_changed.emit(key)

    # --- Checkups ----------------------------------------------------------

    def checkups(self) -> list[Checkup]:
        return self._store.checkups.all()

    def new_checkup(self, **fields: object) -> Checkup:
        return Checkup(zone=self.zone_key, **fields)  # type: ignore[arg-type]

    def save_checkup(self, checkup: Checkup, *, origin: object = None) -> Checkup:
        if checkup.id is None:
            saved = self._store.checkups.add(checkup, self.now())
        else:
            saved = self._store.checkups.update(checkup)
        self._changed(Area.CHECKUPS, origin)
        return saved

    def delete_checkup(self, checkup: Checkup, *, origin: object = None) -> None:
        assert checkup.id is not None
        self._store.checkups.delete(checkup.id)
        self._changed(Area.CHECKUPS, origin)

    def next_checkup(self) -> Checkup | None:
        return next_checkup(self._store.checkups.all(), self.today())

    # --- Screens and nudges ------------------------------------------------

    def screens_on(self) -> bool:
        return self.settings.get(SCREENS_ON)

    def set_screens_on(self, on: bool, *, origin: object = None) -> None:
        self.settings.set(SCREENS_ON, on, origin=origin)

    def screens_due(self) -> bool:
        """Whether to offer the questions about the last two weeks now (see
        ``domain.screens.screen_due``: every 14 days, once a new person has settled in)."""
        if not self.screens_on():
            return False
        last = self._store.wellbeing.last_screen_day()
        if last is not None:
            return screen_due(last, self.today(), None, 0)
        first = self._store.journal.first_day()
        count = self._store.journal.count(JournalFilter()) if first is not None else 0
        return screen_due(None, self.today(), first, count)

    def save_screens(self, answers: dict[ScreenKind, tuple[int, int]]) -> list[ScreenResult]:
        now = self.now()
        results = [
            ScreenResult(kind, pair, self.today(), now, self.zone_key)
            for kind, pair in answers.items()
        ]
        self._store.wellbeing.add_screens(results)
        self._changed(Area.SCREENS, None)
        return results

    def care_phone(self) -> str:
        return self.settings.get(CARE_PHONE)

    def set_care_phone(self, phone: str, *, origin: object = None) -> None:
        self.settings.set(CARE_PHONE, phone, origin=origin)

    def care_contact(self) -> CareContact:
        """The care team's name, phone and out-of-hours phone, as entered in Settings."""
        return CareContact(
            self.settings.get(CARE_TEAM_NAME),
            self.settings.get(CARE_PHONE),
            self.settings.get(CARE_PHONE_AFTER_HOURS),
        )

    def current_nudge(self) -> tuple[int, NudgeReason] | None:
        """The care-team note to show now, as (id, why), or None; the screens word it
        (with ``care_contact()``).

        A positive screen taken since the last note always brings a new one, even when
        a note was shown or dismissed earlier in the week. Otherwise a note stays until
        dismissed (for up to a week), and a note about high worry comes at most once a
        week. Each new note is logged when it first shows.
        """
        now = self.now()
        last = self._store.wellbeing.last_nudge()
        since = now - NUDGE_WINDOW
        found = nudge_reason(
            self._store.wellbeing.screens(since),
            self._store.journal.since(since),
            now,
            last[2] if last else None,
        )
        if found is None:
            if last is not None:
                nudge_id, reason, shown, dismissed = last
                if dismissed is None and now - shown < NUDGE_EVERY:
                    return nudge_id, reason
            return None
        nudge_id = self._store.wellbeing.log_nudge(found, now)
        log.info("Showed the care-team note (%s)", found.value)
        return nudge_id, found

    def dismiss_nudge(self, nudge_id: int) -> None:
        self._store.wellbeing.dismiss_nudge(nudge_id, self.now())
        self._changed(Area.SCREENS, None)

    # --- Insights ------------------------------------------------------------

    def insights(self, choice: Range) -> InsightsData:
        """What the Insights page shows for a range (see ``services.insights``)."""
        from planner.services.insights import load_insights

        return load_insights(self._store, choice, self.today(), self._checklist.zone)

    # --- Evening check-in reminder -----------------------------------------

    def checkin_time(self) -> time | None:
        """When the evening check-in reminder comes (None: it is off)."""
        return self.settings.get(CHECKIN_TIME)

    def set_checkin_time(self, at: time | None, *, origin: object = None) -> None:
        self.settings.set(CHECKIN_TIME, at, origin=origin)
