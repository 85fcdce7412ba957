"""The reminder service: APScheduler's QtScheduler, planned from our own tables.

Nothing about reminders is kept in the scheduler alone. Each time something may have
changed (start, an edit or answer, a periodic sweep, a wake from sleep or a clock
jump, a new time zone) the service reads the items, the answers and the reminder
log, asks ``domain.reminder_rules.plan_queue`` what to do at this moment, shows what
is due now (or one summary of what was missed), and schedules one date job per
future pop-up moment. A job only asks for a new plan, so a reminder answered on
Today, shown already, or paused is never shown by a stale job.

The scheduler is created by ``start()``, after the window's first paint: importing
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

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from planner.domain.model import Item
from planner.domain.reminder_rules import (
    LogEntry,
    Outcome,
    QuietHours,
    ReminderKey,
    ReminderQueue,
    is_paused,
    key_of,
    plan_queue,
    snooze_choices,
)
from planner.domain.reminders import DueReminder, next_due
from planner.services.changes import Area, Changes
from planner.services.checklist import ChecklistService
from planner.services.clock import local_zone, now_utc
from planner.services.reminder_plan import CHECKIN_ITEM_ID, checkin_item, upcoming_reminders
from planner.services.settings import CHECKIN_TIME, QUIET_HOURS, REMINDERS_SINCE, RESUME_ON
from planner.storage.errors import StoreError
from planner.storage.store import Store

if TYPE_CHECKING:
    from apscheduler.schedulers.qt import QtScheduler

log = logging.getLogger(__name__)
# APScheduler logs every added job at INFO; a plan adds dozens.
logging.getLogger("apscheduler").setLevel(logging.WARNING)

#: How far back a plan looks for reminders not yet dealt with (held, snoozed, missed).
LOOK_BACK = timedelta(hours=48)
#: How far ahead jobs are scheduled; the sweep extends it long before it runs out.
LOOK_AHEAD = timedelta(hours=48)
#: The heartbeat compares the wall clock with the monotonic clock this often ...
HEARTBEAT_MS = 30_000
#: ... and calls a difference above this a jump (sleep, or the clock was set).
JUMP_LIMIT = 20.0
#: A fresh plan from the tables this often, whatever else happens.
SWEEP_MS = 15 * 60_000



@dataclass(frozen=True)
class Reminder:
    """A due reminder with its item, as the screens show it."""

    due: DueReminder
    item: Item

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def is_checkin(self) -> bool:
        """The evening check-in (answered by checking in, not by a check-off)."""
        return self.due.item_id == CHECKIN_ITEM_ID


@dataclass(frozen=True)
class ReminderBatch:
    """What to show at one moment: on time, and late (the one missed summary)."""

    on_time: tuple[Reminder, ...] = ()
    missed: tuple[Reminder, ...] = ()


def _make_scheduler(zone: ZoneInfo) -> QtScheduler:
    """A QtScheduler that runs jobs on the GUI thread and never drops a late one."""
    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.schedulers.qt import QtScheduler

    class _OneTimerScheduler(QtScheduler):  # type: ignore[misc]
        # QtScheduler keeps the result of QTimer.singleShot() to stop it later, but in
        # PySide6 that call returns None: every wake-up would leave one more timer
        # running. One precise timer, restarted each time, instead (a coarse timer
        # may fire up to 5% of the wait late: three minutes on an hour).
        _qtimer: QTimer | None = None

        def _start_timer(self, wait_seconds: float | None) -> None:
            if self._qtimer is None:
                self._qtimer = QTimer()
                self._qtimer.setSingleShot(True)
                self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
                self._qtimer.timeout.connect(self._process_jobs)
            self._qtimer.stop()
            if wait_seconds is not None:
                self._qtimer.start(min(int(wait_seconds * 1000) + 1, 2_147_483_647))

        def _stop_timer(self) -> None:
            if self._qtimer is not None:
                self._qtimer.stop()

    options: dict[str, Any] = {
        "executors": {"default": DebugExecutor()},
        "job_defaults": {"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    }
    try:
        return _OneTimerScheduler(timezone=zone, **options)
    except Exception:  # a zone the scheduler cannot use: UTC rather than no reminders
        log.warning("The scheduler cannot use the time zone %s; using UTC", zone.key)
        return _OneTimerScheduler(timezone=ZoneInfo("UTC"), **options)


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
        self._wall = wall
        self._monotonic = monotonic
        self._zone_source = zone_source
        self._scheduler: QtScheduler | None = None
        self._since: datetime | None = None
        self._queue = ReminderQueue()
        self._offset = timedelta(0)
        self._beat_at = (0.0, 0.0)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._sweep = QTimer(self)
        self._sweep.setInterval(SWEEP_MS)
        self._sweep.timeout.connect(lambda: self.replan("sweep"))

    # --- Running -----------------------------------------------------------

    def start(self) -> None:
        """Create the scheduler, plan from the tables, and start watching for jumps."""
        if self._scheduler is not None:
            return
        self._since = self._read_since()
        self._scheduler = _make_scheduler(self._checklist.zone)
        self._scheduler.start()
        from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED

        self._scheduler.add_listener(self._on_job_event, EVENT_JOB_MISSED | EVENT_JOB_ERROR)
        self._beat_at = (self._wall(), self._monotonic())
        self._heartbeat.start()
        self._sweep.start()
        self.bus.changed.connect(self._on_changes)
        self._watch_sleep()
        self.replan("start")

    def stop(self) -> None:
        """Stop the scheduler and the timers (the app is quitting)."""
        self._heartbeat.stop()
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

    def _watch_sleep(self) -> None:
        """On Linux, logind says when the computer goes to sleep and wakes up."""
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.systemBus()
        if bus.isConnected() and bus.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("_on_prepare_for_sleep(bool)"),
        ):
            log.info("Listening for sleep and wake from logind")

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.woke_up("logind")

    def heartbeat(self) -> None:
        """Notice a wake from sleep, a clock change or a new time zone, and plan again."""
        wall, mono = self._wall(), self._monotonic()
        last_wall, last_mono = self._beat_at
        self._beat_at = (wall, mono)
        zone = self._zone_source()
        if zone.key != self._checklist.zone.key:
            log.info("The time zone changed; planning reminders in the new local time")
            self._checklist.set_zone(zone)  # emits changed, which plans again
            return
        jump = (wall - last_wall) - (mono - last_mono)
        if abs(jump) > JUMP_LIMIT:
            self.woke_up(f"clock jump of {jump:.0f} s")

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
        items = {r.item_id: item for r, item in found}
        queue = plan_queue(
            [r for r, _ in found], log_rows, now, zone, self.quiet_hours(), self.resume_on()
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
                    on_time=tuple(Reminder(r, items[r.item_id]) for r in queue.show_now),
                    missed=tuple(Reminder(r, items[r.item_id]) for r in queue.missed),
                )
            )
        self.planned.emit()
        return queue

    def _older_snoozes(
        self, found: list[tuple[DueReminder, Item]], log_rows: dict[ReminderKey, LogEntry]
    ) -> list[tuple[DueReminder, Item]]:
        """Snoozes of reminders that fell due before the span looked at (snoozed again
        and again); they still come, unless the item was answered or archived since."""
        known = {key_of(r) for r, _ in found}
        pending = [e for e in self._store.reminder_log.pending_snoozes() if e.key not in known]
        if not pending:
            return []
        active: dict[int | None, Item] = {i.id: i for i in self._store.items.active()}
        first, last = min(e.day for e in pending), max(e.day for e in pending)
        answered = {(c.item_id, c.day) for c in self._store.checkoffs.between(first, last)}
        answered |= {
            (CHECKIN_ITEM_ID, day) for day in self._store.journal.days_with_entries(first, last)
        }
        for e in pending:
            if e.item_id == CHECKIN_ITEM_ID:
                active[CHECKIN_ITEM_ID] = checkin_item(e.at)
        extra = []
        for e in pending:
            item = active.get(e.item_id)
            if item is not None and (e.item_id, e.day) not in answered:
                log_rows[e.key] = e
                extra.append((DueReminder(e.due_at, e.day, e.at, e.item_id), item))
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
        """Mark each reminder's item done for its day."""
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

    def snooze_choices(self) -> list[tuple[str, datetime]]:
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
            if r.is_checkin:
                continue  # answered by checking in; the log line below is all there is
            if outcome is Outcome.DONE:
                self._checklist.mark_done(r.item, r.due.day)
            else:
                self._checklist.skip(r.item, r.due.day, None)
        try:
            self._store.reminder_log.set_outcome([r.due for r in reminders], outcome, now)
        except StoreError as exc:  # the answer itself is saved; only the log line is not
            log.error("Could not log a reminder's answer: %s", exc.problem)

    def still_open(self, reminders: Sequence[Reminder]) -> list[Reminder]:
        """Those of ``reminders`` whose item is still active and unanswered for its day."""
        if not reminders:
            return []
        first = min(r.due.day for r in reminders)
        last = max(r.due.day for r in reminders)
        answered = {(c.item_id, c.day) for c in self._store.checkoffs.between(first, last)}
        answered |= {
            (CHECKIN_ITEM_ID, day) for day in self._store.journal.days_with_entries(first, last)
        }
        active = {i.id for i in self._store.items.active()} | {CHECKIN_ITEM_ID}
        return [
            r
            for r in reminders
            if r.due.item_id in active and (r.due.item_id, r.due.day) not in answered
        ]

    # --- What Today and History show ---------------------------------------

    def missed_today(self, day: date) -> dict[int, list[time]]:
        """Per item, the clock times of ``day``'s reminders that came and went unseen."""
        marks: dict[int, list[time]] = {}
        for entry in self._store.reminder_log.since(day).values():
            if entry.day == day and entry.outcome is Outcome.MISSED:
                marks.setdefault(entry.item_id, []).append(entry.at)
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


def notification_text(titles: Sequence[str], all_late: bool) -> tuple[str, str]:
    """Heading and text for one grouped notification of reminders."""
    if all_late:
        head = "Missed while you were away" if len(titles) > 1 else "Missed reminder"
    elif len(titles) == 1:
        head = "Reminder"
    else:
        head = f"{len(titles)} reminders"
    shown = list(titles[:4]) + ([f"and {len(titles) - 4} more"] if len(titles) > 4 else [])
    return head, "\n".join(shown)
