"""The journal's operations for the screens: check-ins, drafts, checkups, screens, nudges.

Every write goes through the store; ``changed`` is emitted only after it was committed.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
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
    NUDGE_WINDOW,
    ScreenKind,
    ScreenResult,
    nudge_reason,
    nudge_text,
    screen_due,
)
from planner.services.checklist import ChecklistService
from planner.services.reminder_plan import CHECKIN_TIME_KEY, checkin_time
from planner.storage.store import Store

if TYPE_CHECKING:
    from planner.services.insights import InsightsData

log = logging.getLogger(__name__)

SCREENS_KEY = "journal.screens"  # "on" (the default) or "off"
PHONE_KEY = "journal.care_phone"
CHECKIN_DRAFT = "checkin"
#: How long a deleted check-in can be brought back.
UNDO_SECONDS = 8


class JournalService(QObject):
    """Reads and changes the journal.

    Signals:
        changed: check-ins were saved, changed or deleted.
        checkups_changed: checkups were added, changed or removed.
        settings_changed: a journal setting changed (evening reminder, screens, phone).
    """

    changed = Signal()
    checkups_changed = Signal()
    settings_changed = Signal()

    def __init__(
        self, store: Store, checklist: ChecklistService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._checklist = checklist

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

    def save_entry(self, entry: JournalEntry) -> JournalEntry:
        """Add a check-in (no id) or save changes to one; its time stays when edited."""
        if entry.id is None:
            saved = self._store.journal.add(entry, self.now())
        else:
            saved = self._store.journal.update(entry, self.now())
        self.changed.emit()
        return saved

    def entry(self, entry_id: int) -> JournalEntry | None:
        return self._store.journal.get(entry_id)

    def delete_entry(self, entry_id: int) -> JournalEntry | None:
        """Delete a check-in; what it was is returned so it can be put back for a while."""
        gone = self._store.journal.delete(entry_id)
        self.changed.emit()
        return gone

    def undo_delete(self, entry: JournalEntry) -> None:
        """Put a just-deleted check-in back, with its own id and time."""
        self._store.journal.add(entry, self.now())
        self.changed.emit()

    def forget_deleted(self) -> None:
        """The undo time is over: make the deleted text unrecoverable from the files."""
        self._store.journal.scrub()

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

    # --- Drafts ------------------------------------------------------------

    def draft(self, key: str = CHECKIN_DRAFT) -> str | None:
        return self._store.drafts.get(key)

    def save_draft(self, body: str, key: str = CHECKIN_DRAFT) -> None:
        self._store.drafts.save(key, body, self.now())

    def clear_draft(self, key: str = CHECKIN_DRAFT) -> None:
        self._store.drafts.clear(key)

    # --- Checkups ----------------------------------------------------------

    def checkups(self) -> list[Checkup]:
        return self._store.checkups.all()

    def new_checkup(self, **fields: object) -> Checkup:
        return Checkup(zone=self.zone_key, **fields)  # type: ignore[arg-type]

    def save_checkup(self, checkup: Checkup) -> Checkup:
        if checkup.id is None:
            saved = self._store.checkups.add(checkup, self.now())
        else:
            saved = self._store.checkups.update(checkup)
        self.checkups_changed.emit()
        return saved

    def delete_checkup(self, checkup: Checkup) -> None:
        assert checkup.id is not None
        self._store.checkups.delete(checkup.id)
        self.checkups_changed.emit()

    def next_checkup(self) -> Checkup | None:
        return next_checkup(self._store.checkups.all(), self.today())

    # --- Screens and nudges ------------------------------------------------

    def screens_on(self) -> bool:
        return self._store.settings.get(SCREENS_KEY, "on") != "off"

    def set_screens_on(self, on: bool) -> None:
        self._store.settings.set(SCREENS_KEY, "on" if on else "off")
        self.settings_changed.emit()

    def screens_due(self) -> bool:
        """Whether to offer the two-weekly questions now."""
        return self.screens_on() and screen_due(
            self._store.wellbeing.last_screen_day(), self.today()
        )

    def save_screens(self, answers: dict[ScreenKind, tuple[int, int]]) -> list[ScreenResult]:
        now = self.now()
        results = [
            ScreenResult(kind, pair, self.today(), now, self.zone_key)
            for kind, pair in answers.items()
        ]
        self._store.wellbeing.add_screens(results)
        self.changed.emit()
        return results

    def care_phone(self) -> str:
        return self._store.settings.get(PHONE_KEY, "") or ""

    def set_care_phone(self, phone: str) -> None:
        self._store.settings.set(PHONE_KEY, " ".join(phone.split())[:80])
        self.settings_changed.emit()

    def current_nudge(self) -> tuple[int, str] | None:
        """The care-team note to show now, as (id, text), or None.

        A note stays until dismissed; a new one comes at most once a week (and is
        logged when it first shows).
        """
        now = self.now()
        last = self._store.wellbeing.last_nudge()
        if last is not None:
            nudge_id, reason, shown, dismissed = last
            if dismissed is None and now - shown < timedelta(days=7):
                return nudge_id, nudge_text(reason, self.care_phone())
        since = now - NUDGE_WINDOW
        found = nudge_reason(
            self._store.wellbeing.screens(since),
            self._store.journal.since(since),
            now,
            last[2] if last else None,
        )
        if found is None:
            return None
        nudge_id = self._store.wellbeing.log_nudge(found, now)
        log.info("Showed the care-team note (%s)", found.value)
        return nudge_id, nudge_text(found, self.care_phone())

    def dismiss_nudge(self, nudge_id: int) -> None:
        self._store.wellbeing.dismiss_nudge(nudge_id, self.now())

    # --- Insights ------------------------------------------------------------

    def insights(self, choice: Range) -> InsightsData:
        """What the Insights page shows for a range (see ``services.insights``)."""
        from planner.services.insights import load_insights

        return load_insights(self._store, choice, self.today(), self._checklist.zone)

    # --- Evening check-in reminder -----------------------------------------

    def checkin_time(self) -> time | None:
        """When the evening check-in reminder comes (None: it is off)."""
        return checkin_time(self._store)

    def set_checkin_time(self, at: time | None) -> None:
        self._store.settings.set(CHECKIN_TIME_KEY, "" if at is None else f"{at:%H:%M}")
        self.settings_changed.emit()
