"""The reminder service with a running clock and short real delays.

The clock runs in real time but starts just before a reminder's local clock time,
so a reminder falls due a second or so after the test starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.model import Item, Schedule, Status
from planner.domain.reminder_rules import Outcome, QuietHours
from planner.services.checklist import ChecklistService
from planner.services.reminders import ReminderBatch, ReminderService
from planner.services.settings import CHECKIN_TIME, QUIET_HOURS, REMINDERS_SINCE, Settings
from planner.storage.store import Store
from tests.helpers.clock import BERLIN, DAY, RunningClock, berlin  # noqa: E402


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data" / "planner.db")
    yield opened
    opened.close()


@pytest.fixture
def add(store: Store):
    def add(title: str, *times: time, schedule: Schedule | None = None) -> Item:
        (item,) = store.items.add_many(
            [Item(title, schedule or Schedule.daily(), reminders=times)],
            today=date(2026, 4, 1),
            now=datetime(2026, 4, 1, tzinfo=UTC),
        )
        return item

    return add


@pytest.fixture
def make(store: Store) -> Iterator:
    made: list[ReminderService] = []

    def make(clock: RunningClock, *, zone_source=lambda: BERLIN) -> ReminderService:
        # The app has been running since the day began (a first start misses nothing).
        if store.settings.get(REMINDERS_SINCE.key) is None:
            Settings(store).set(REMINDERS_SINCE, berlin(0, 0))
        # These tests are about checklist reminders; the evening check-in has its own.
        if store.settings.get(CHECKIN_TIME.key) is None:
            Settings(store).set(CHECKIN_TIME, None)
        checklist = ChecklistService(store, BERLIN, clock=clock.now)
        service = ReminderService(
            store, checklist, clock=clock.now, wall=clock.wall, zone_source=zone_source
        )
        made.append(service)
        return service

    yield make
    for service in made:
        service.stop()


def collect(service: ReminderService) -> list[ReminderBatch]:
    batches: list[ReminderBatch] = []
    service.due.connect(batches.append)
    return batches


def titles(reminders) -> list[str]:
    return [r.title for r in reminders]


def test_a_reminder_fires_on_time_once(qtbot, store, add, make):
    walk = add("Walk", time(8, 30))
    clock = RunningClock(berlin(8, 29, 58.8))
    service = make(clock)
    batches = collect(service)
    service.start()
    assert batches == []
    assert service.next_reminder() == berlin(8, 30)
    with qtbot.waitSignal(service.due, timeout=4000):
        pass
    ((batch),) = batches
    assert (titles(batch.on_time), batch.missed) == (["Walk"], ())
    (entry,) = store.reminder_log.for_item(walk.id)
    late = entry.first_shown_at - berlin(8, 30)
    assert timedelta(0) <= late < timedelta(seconds=1)
    # Nothing more today: the next one is tomorrow at 08:30.
    assert service.next_reminder() == berlin(8, 30, day=DAY + timedelta(1))
    qtbot.wait(300)
    assert len(batches) == 1


def test_an_answered_item_does_not_fire(qtbot, store, add, make):
    walk = add("Walk", time(8, 30))
    add("Water", time(8, 30))
    clock = RunningClock(berlin(8, 29, 58.8))
    service = make(clock)
    service.start()
    ChecklistService(store, BERLIN, clock=clock.now).mark_done(walk, DAY)
    batches = collect(service)
    with qtbot.waitSignal(service.due, timeout=4000):
        pass
    assert titles(batches[0].on_time) == ["Water"]
    assert store.reminder_log.for_item(walk.id) == []


def test_done_and_skip_from_a_reminder_answer_the_item(qtbot, store, add, make):
    walk = add("Walk", time(8, 30))
    water = add("Water", time(8, 30))
    service = make(RunningClock(berlin(8, 30, 5)))
    batches = collect(service)
    service.start()  # five seconds late is on time: shown at start
    (batch,) = batches
    first, second = batch.on_time
    service.done([first])
    service.skip([second])
    assert store.checkoffs.between(DAY, DAY)[0].status is Status.DONE
    statuses = {c.item_id: c.status for c in store.checkoffs.between(DAY, DAY)}
    assert statuses == {walk.id: Status.DONE, water.id: Status.SKIPPED}
    outcomes = {i: store.reminder_log.for_item(i)[0].outcome for i in (walk.id, water.id)}
    assert outcomes == {walk.id: Outcome.DONE, water.id: Outcome.SKIPPED}
    assert service.still_open(batch.on_time) == []


def test_snooze_fires_once_more_at_the_new_time(qtbot, store, add, make):
    walk = add("Walk", time(8, 30))
    clock = RunningClock(berlin(8, 30, 2))
    service = make(clock)
    batches = collect(service)
    service.start()
    (reminder,) = batches[0].on_time
    service.snooze([reminder], clock.now() + timedelta(seconds=1.2))
    assert len(batches) == 1
    with qtbot.waitSignal(service.due, timeout=4000):
        pass
    assert [titles(b.on_time) for b in batches] == [["Walk"], ["Walk"]]
    (entry,) = store.reminder_log.for_item(walk.id)
    assert entry.outcome is Outcome.SNOOZED
    assert entry.last_shown_at > entry.first_shown_at
    qtbot.wait(300)
    assert len(batches) == 2
    assert service.job_times()[0] == berlin(8, 30, day=DAY + timedelta(1))


def test_a_two_hour_clock_jump_gives_one_missed_summary(qtbot, store, add, make):
    add("Walk", time(8, 0))
    add("Water", time(8, 30))
    add("Evening tea", time(20, 0))
    clock = RunningClock(berlin(7, 0))
    service = make(clock)
    batches = collect(service)
    service.start()
    assert batches == []
    clock.jump(timedelta(hours=2))  # the laptop slept from 07:00 to 09:00
    service.heartbeat()
    (batch,) = batches
    assert (titles(batch.missed), batch.on_time) == (["Walk", "Water"], ())
    qtbot.wait(200)
    service.heartbeat()
    service.replan("sweep")
    assert len(batches) == 1
    assert service.next_reminder() == berlin(20, 0)


def test_reminders_older_than_twelve_hours_are_only_marked(qtbot, store, add, make):
    tea = add("Tea", time(7, 0))
    clock = RunningClock(berlin(6, 0))
    service = make(clock)
    batches = collect(service)
    service.start()
    clock.jump(timedelta(hours=14))
    service.heartbeat()
    assert batches == []
    assert service.missed_today(DAY) == {tea.id: [time(7, 0)]}


def test_quiet_hours_hold_reminders_until_they_end(qtbot, store, add, make):
    add("Walk", time(7, 0))
    clock = RunningClock(berlin(8, 29, 58.8))
    service = make(clock)
    batches = collect(service)
    Settings(store).set(QUIET_HOURS, QuietHours(time(6, 0), time(8, 30)))
    service.start()
    assert service.quiet_hours() == QuietHours(time(6, 0), time(8, 30))
    assert batches == []
    assert service.next_reminder() == berlin(8, 30)
    with qtbot.waitSignal(service.due, timeout=4000):
        pass
    assert titles(batches[0].on_time) == ["Walk"]


def test_a_pause_holds_reminders_until_its_date(qtbot, store, add, make):
    add("Walk", time(8, 30))
    service = make(RunningClock(berlin(8, 0)))
    service.start()
    service.pause_until(DAY + timedelta(days=2))
    assert service.paused()
    assert service.job_times() == []
    service.pause_until(DAY + timedelta(days=1))
    assert service.job_times()[0] == berlin(8, 30, day=DAY + timedelta(1))
    service.pause_until(None)
    assert not service.paused()
    assert service.next_reminder() == berlin(8, 30)


def test_a_new_time_zone_plans_in_the_new_local_time(qtbot, store, add, make):
    add("Walk", time(8, 30))
    zones = [BERLIN]
    service = make(RunningClock(berlin(6, 0)), zone_source=lambda: zones[-1])
    service.start()
    assert service.next_reminder() == berlin(8, 30)
    tokyo = ZoneInfo("Asia/Tokyo")
    zones.append(tokyo)  # 06:00 in Berlin is 13:00 in Tokyo
    service.heartbeat()
    assert service.next_reminder() == datetime(2026, 5, 5, 8, 30, tzinfo=tokyo)


def test_a_wake_reported_by_logind_gives_the_missed_summary_at_once(qtbot, store, add, make):
    add("Walk", time(8, 0))
    clock = RunningClock(berlin(7, 0))
    service = make(clock)
    batches = collect(service)
    service.start()
    service.wake_watch.on_prepare_for_sleep(True)  # going to sleep: nothing to do
    clock.jump(timedelta(hours=2))
    assert batches == []
    service.wake_watch.on_prepare_for_sleep(False)  # awake again, before any heartbeat
    (batch,) = batches
    assert titles(batch.missed) == ["Walk"]


def test_a_snooze_of_a_reminder_from_days_ago_still_comes(qtbot, store, add, make):
    from planner.domain.reminder_sources import ReminderSource
    from planner.domain.reminders import DueReminder

    walk = add("Walk", time(8, 30))
    clock = RunningClock(berlin(9, 0))
    old_day = DAY - timedelta(days=3)
    walk_source = ReminderSource.item(walk.id)
    old = DueReminder(berlin(8, 30, day=old_day), old_day, time(8, 30), walk_source)
    store.reminder_log.mark_shown([old], old.instant)
    store.reminder_log.set_outcome(
        [old], Outcome.SNOOZED, berlin(8, 59), clock.now() + timedelta(seconds=1)
    )
    service = make(clock)
    batches = collect(service)
    service.start()
    with qtbot.waitSignal(service.due, timeout=4000):
        pass
    (reminder,) = batches[-1].on_time
    assert reminder.due.day == old_day


def test_the_check_in_and_an_item_at_one_time_are_two_reminders(qtbot, store, add, make):
    from planner.domain.journal import JournalEntry, Mood
    from planner.domain.reminder_sources import CHECKIN, ReminderSource, SourceKind

    pill = add("Pill", time(20, 0))
    Settings(store).set(CHECKIN_TIME, time(20, 0))
    service = make(RunningClock(berlin(20, 0, 5)))
    batches = collect(service)
    service.start()  # five seconds late is on time: shown at start
    (batch,) = batches
    checkin, pill_reminder = batch.on_time
    assert (checkin.title, checkin.is_checkin, checkin.item_id, checkin.item) == (
        "Evening check-in",
        True,
        None,
        None,
    )
    assert (pill_reminder.title, pill_reminder.is_checkin, pill_reminder.item_id) == (
        "Pill",
        False,
        pill.id,
    )
    assert (checkin.due.day, checkin.due.at) == (pill_reminder.due.day, pill_reminder.due.at)
    service.done([pill_reminder])
    assert service.still_open(batch.on_time) == [checkin]  # the pill's answer is the pill's
    made = berlin(20, 1)
    store.journal.add(JournalEntry(Mood.GOOD, 2, DAY, made, "Europe/Berlin"), made)
    assert service.still_open(batch.on_time) == []
    (logged,) = store.reminder_log.for_kind(SourceKind.CHECKIN)
    assert (logged.source, logged.first_shown_at is not None, logged.outcome) == (
        CHECKIN,
        True,
        None,
    )
    (done,) = store.reminder_log.for_item(pill.id)
    assert (done.source, done.outcome) == (ReminderSource.item(pill.id), Outcome.DONE)
    assert [c.item_id for c in store.checkoffs.between(DAY, DAY)] == [pill.id]
