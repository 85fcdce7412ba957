"""The reminder service: APScheduler's QtScheduler, planned from our own tables.

Nothing about reminders is kept in the scheduler alone. Each time something may have
changed (start, an edit or answer, a periodic sweep, a wake from sleep or a clock
jump, a new time zone) the service reads the items, the answers and the reminder
log, asks ``domain.reminder_rules.plan_queue`` what to do at this moment, shows what
is due now (or one summary of what was missed), and schedules one date job per
future pop-up moment. A job only asks for a new plan, so a reminder answered on
Today, shown already, or paused is never shown by a stale job.

The reminders come from sources (``reminder_plan``), the scheduler from
``reminder_scheduler`` and the news of wakes and clock jumps from ``wake_watch``. The
scheduler is created by ``start()``, after the window's first paint: importing
APScheduler costs 50-65 ms (see shared/quality.md).
"""

from __future__ import annotations

import logging
import time as _time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from planner.domain.reminder_rules import (
    LogEntry,
    Outcome,
    QuietHours,
    ReminderKey,
    ReminderQueue,
    SnoozeChoice,
    is_paused,
    key_of,
    plan_queue,
    snooze_choices,
)
from planner.domain.reminders import next_due
from planner.services.changes import Area, Changes
from planner.services.checklist import ChecklistService
from planner.services.clock import local_zone, now_utc
from planner.services.reminder_plan import Reminder, open_reminders, upcoming_reminders
from planner.services.reminder_scheduler import make_scheduler
from planner.services.reminder_texts import notification_text
from planner.services.settings import CHECKIN_TIME, QUIET_HOURS, REMINDERS_SINCE, RESUME_ON
from planner.services.wake_watch import WakeWatch
from planner.storage.errors import StoreError
from planner.storage.store import Store

if TYPE_CHECKING:
    from apscheduler.schedulers.qt import QtScheduler

__all__ = ["Reminder", "ReminderBatch", "ReminderService", "notification_text"]

log = logging.getLogger(__name__)

#: How far back a plan looks for reminders not yet dealt with (held, snoozed, missed).
LOOK_BACK = timedelta(hours=48)
#: How far ahead jobs are scheduled; the sweep extends it long before it runs out.
LOOK_AHEAD = timedelta(hours=48)
#: A fresh plan from the tables this often, whatever else happens.
SWEEP_MS = 15 * 60_000


@dataclass(frozen=True)
class ReminderBatch:
    """What to show at one moment: on time, and late (the one missed summary)."""

    on_time: tuple[Reminder, ...] = ()
    missed: tuple[Reminder, ...] = ()


class ReminderService(QObject):
    """Plans, shows (through its signals) and answers reminders.

    Signals:
        due(ReminderBatch): reminders to show now, grouped; late ones form one summary.
        planned(): a new plan was made (the next pop-up or the missed marks may differ).
    """

    due = Signal(object)
    planned = Signal()

    def __init__(
        self,
        store: Store,
        checklist: ChecklistService,
        *,
        clock: Callable[[], datetime] = now_utc,
        wall: Callable[[], float] = _time.time,
        monotonic: Callable[[], float] = _time.monotonic,
        zone_source: Callable[[], ZoneInfo] = lambda: local_zone(warn=False),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._checklist = checklist
        self.settings = checklist.settings
        self.bus = checklist.bus
        self._clock = clock
        self._scheduler: QtScheduler | None = None
        self._since: datetime | None = None
        self._queue = ReminderQueue()
        self._offset = timedelta(0)
        self.wake_watch = WakeWatch(
            lambda: self._checklist.zone, zone_source, wall=wall, monotonic=monotonic, parent=self
        )
        self.wake_watch.woke.connect(self.woke_up)
        self.wake_watch.zone_changed.connect(self._on_zone_changed)
        self._sweep = QTimer(self)
        self._sweep.setInterval(SWEEP_MS)
        self._sweep.timeout.connect(lambda: self.replan("sweep"))

    # --- Running -----------------------------------------------------------

    def start(self) -> None:
        """Create the scheduler, plan from the tables, and start watching for jumps."""
        if self._scheduler is not None:
            return
        self._since = self._read_since()
        self._scheduler = make_scheduler(self._checklist.zone)
        self._scheduler.start()
        from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED

        self._scheduler.add_listener(self._on_job_event, EVENT_JOB_MISSED | EVENT_JOB_ERROR)
        self.wake_watch.start()
        self._sweep.start()
        self.bus.changed.connect(self._on_changes)
        self.replan("start")

    def stop(self) -> None:
        """Stop the scheduler and the timers (the app is quitting)."""
        self.wake_watch.stop()
        self._sweep.stop()
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
            self.bus.changed.disconnect(self._on_changes)

    def _read_since(self) -> datetime:
        since = self.settings.get(REMINDERS_SINCE)
        if since is not None:
            return since
        now = self._clock()
        try:
            self.settings.set(REMINDERS_SINCE, now)
        except StoreError as exc:  # reminders still work; next start tries again
            log.error("Could not save when reminders started: %s", exc.problem)
        return now

    def heartbeat(self) -> None:
        """Look for a wake from sleep, a clock change or a new time zone now."""
        self.wake_watch.heartbeat()

    def _on_zone_changed(self, zone: ZoneInfo) -> None:
        log.info("The time zone changed; planning reminders in the new local time")
        self._checklist.set_zone(zone)  # emits changed, which plans again

    def woke_up(self, why: str) -> None:
        log.info("Checking reminders after a wake or clock change (%s)", why)
        if self._scheduler is not None:
            self._scheduler.wakeup()
        self.replan("wake")

    def _on_changes(self, changes: Changes) -> None:
        """Plan again when what reminders come from changed: items, answers, check-ins,
        checkups, or a reminder setting (not, say, a new care-team phone)."""
        if changes.touches(
            Area.ITEMS, Area.ANSWERS, Area.JOURNAL, Area.CHECKUPS
        ) or changes.touches_setting(QUIET_HOURS, RESUME_ON, CHECKIN_TIME):
            self.replan("settings" if Area.SETTINGS in changes.areas else "edit")

    def _on_job_event(self, event: Any) -> None:
        # Jobs only ask for a plan; a missed or failed one is planned again from the tables.
        log.warning("A reminder job was missed or failed (%s); planning again", event.code)
        QTimer.singleShot(0, lambda: self.replan("job event"))

    def _job_due(self) -> None:
        # Runs inside the scheduler's own job loop; plan (and reschedule) just after it.
        QTimer.singleShot(0, lambda: self.replan("due"))

    # --- Planning ----------------------------------------------------------

    def replan(self, reason: str = "edit") -> ReminderQueue:
        """Show what is due, sum up what was missed, and schedule the rest."""
        if self._scheduler is None or self._since is None:
            return ReminderQueue()
        now = self._clock()
        zone = self._checklist.zone
        start = max(self._since, now - LOOK_BACK)
        found = upcoming_reminders(self._store, start, now + LOOK_AHEAD, zone)
        log_rows = self._store.reminder_log.since(start.astimezone(zone).date() - timedelta(1))
        found += self._older_snoozes(found, log_rows)
        shown_as = {r.due: r for r in found}
        queue = plan_queue(
            list(shown_as), log_rows, now, zone, self.quiet_hours(), self.resume_on()
        )
        self._queue = queue
        try:
            if queue.only_mark:
                self._store.reminder_log.set_outcome(queue.only_mark, Outcome.MISSED, now)
            shown = queue.missed + queue.show_now
            if shown:
                self._store.reminder_log.mark_shown(shown, now)
        except StoreError as exc:
            # Not recorded means it could come again; better than never. Try next plan.
            log.error("Could not record shown reminders: %s", exc.problem)
        self._schedule(queue, now)
        log.info(
            "Reminders planned (%s): %d now, %d missed, %d marked, next at %s",
            reason,
            len(queue.show_now),
            len(queue.missed),
            len(queue.only_mark),
            queue.next_at.isoformat() if queue.next_at else "none",
        )
        if queue.show_now or queue.missed:
            self.due.emit(
                ReminderBatch(
                    on_time=tuple(shown_as[r] for r in queue.show_now),
                    missed=tuple(shown_as[r] for r in queue.missed),
                )
            )
        self.planned.emit()
        return queue

    def _older_snoozes(
        self, found: list[Reminder], log_rows: dict[ReminderKey, LogEntry]
    ) -> list[Reminder]:
        """Snoozes of reminders that fell due before the span looked at (snoozed again
        and again); they still come, unless answered (or their item archived) since."""
        known = {key_of(r.due) for r in found}
        pending = {
            e.key: e for e in self._store.reminder_log.pending_snoozes() if e.key not in known
        }
        extra = open_reminders(self._store, [e.reminder for e in pending.values()])
        for r in extra:
            key = key_of(r.due)
            log_rows[key] = pending[key]
        return extra

    def _schedule(self, queue: ReminderQueue, now: datetime) -> None:
        assert self._scheduler is not None
        self._scheduler.remove_all_jobs()
        # The scheduler waits on the real clock; our clock may be another (tests).
        offset = self._offset = datetime.now(UTC) - now
        for at in queue.later:
            self._scheduler.add_job(
                self._job_due,
                "date",
                run_date=at + offset,
                id=f"reminders-{at.isoformat()}",
                replace_existing=True,
            )

    def next_reminder(self) -> datetime | None:
        """When the next pop-up is planned (None when nothing is ahead)."""
        return self._queue.next_at

    def job_times(self) -> list[datetime]:
        """The run times of the scheduled jobs (for the tests and the log)."""
        if self._scheduler is None:
            return []
        jobs = self._scheduler.get_jobs()
        return sorted(job.next_run_time.astimezone(UTC) - self._offset for job in jobs)

    # --- Answers from a reminder -------------------------------------------

    def done(self, reminders: Sequence[Reminder]) -> None:
        """Mark each reminder's item done for its day (an item with a goal: the goal
        amount, as done; see ``domain.progress.done_answer``)."""
        self._answer(reminders, Outcome.DONE)

    def skip(self, reminders: Sequence[Reminder]) -> None:
        """Skip each reminder's item for its day (no reason given)."""
        self._answer(reminders, Outcome.SKIPPED)

    def snooze(self, reminders: Sequence[Reminder], until: datetime) -> None:
        """Show these reminders once more at ``until``."""
        self._store.reminder_log.set_outcome(
            [r.due for r in reminders], Outcome.SNOOZED, self._clock(), until
        )
        self.replan("snooze")

    def snooze_choices(self) -> list[tuple[SnoozeChoice, datetime]]:
        """The ready-made snoozes at this moment (10 minutes, 1 hour, this evening)."""
        return snooze_choices(self._clock(), self._checklist.zone)

    def next_time_of_day(self, at: time) -> datetime:
        """The next moment the local clock shows ``at`` (for "snooze until a chosen time")."""
        return next_due(at, self._clock(), self._checklist.zone)

    def now(self) -> datetime:
        return self._clock()

    @property
    def zone(self) -> ZoneInfo:
        return self._checklist.zone

    def _answer(self, reminders: Sequence[Reminder], outcome: Outcome) -> None:
        now = self._clock()
        for r in reminders:
            if r.item is None:
                continue  # the check-in is answered by checking in; the log line is all
            if outcome is Outcome.DONE:
                self._checklist.mark_done(r.item, r.due.day)
            else:
                self._checklist.skip(r.item, r.due.day, None)
        try:
            self._store.reminder_log.set_outcome([r.due for r in reminders], outcome, now)
        except StoreError as exc:  # the answer itself is saved; only the log line is not
            log.error("Could not log a reminder's answer: %s", exc.problem)

    def still_open(self, reminders: Sequence[Reminder]) -> list[Reminder]:
        """Those of ``reminders`` still open: an active item's not answered for its day,
        the check-in's on a day without a check-in."""
        still = {r.due for r in open_reminders(self._store, [r.due for r in reminders])}
        return [r for r in reminders if r.due in still]

    # --- What Today and History show ---------------------------------------

    def missed_today(self, day: date) -> dict[int, list[time]]:
        """Per checklist item, the clock times of ``day``'s reminders that came and went
        unseen."""
        marks: dict[int, list[time]] = {}
        for entry in self._store.reminder_log.since(day).values():
            item_id = entry.source.item_id
            if item_id is not None and entry.day == day and entry.outcome is Outcome.MISSED:
                marks.setdefault(item_id, []).append(entry.at)
        return {k: sorted(v) for k, v in marks.items()}

    # --- Settings ----------------------------------------------------------

    def quiet_hours(self) -> QuietHours | None:
        return self.settings.get(QUIET_HOURS)

    def set_quiet_hours(self, quiet: QuietHours | None, *, origin: object = None) -> None:
        """Save quiet hours (None: pop-ups at any hour); a start equal to the end is none."""
        self.settings.set(QUIET_HOURS, quiet, origin=origin)  # plans again (the bus)

    def resume_on(self) -> date | None:
        """The day reminders come back after a pause (None: not paused)."""
        return self.settings.get(RESUME_ON)

    def paused(self) -> bool:
        return is_paused(self._checklist.today(), self.resume_on())

    def pause_until(self, resume_on: date | None, *, origin: object = None) -> None:
        """Pause reminders until ``resume_on`` (they come back that day); None resumes."""
        self.settings.set(RESUME_ON, resume_on, origin=origin)  # plans again (the bus)
