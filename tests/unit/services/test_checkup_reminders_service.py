"""Checkup reminders through the reminder service, with a running clock: "book it" for a
planned checkup at 10:00 on its lead day (and not once it is booked), the evening before
a booked one, and after a sleep the missed ones once, in a daylight-saving week too."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from planner.domain.followup import Anchor, FollowupSchedule, Phase
from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.domain.reminder_sources import ReminderSource, SourceKind
from planner.services.checklist import ChecklistService
from planner.services.followup import FollowupService
from planner.services.reminders import ReminderBatch, ReminderService
from planner.services.settings import CHECKIN_TIME, REMINDERS_SINCE, Settings
from planner.storage.store import Store
from tests.helpers.clock import BERLIN, DAY, RunningClock, berlin

#: Due 25 May 2026 (visit 1, three months after the anchor); booked three weeks ahead.
VISITS = FollowupSchedule(CheckupKind.ONCOLOGIST, "Oncologist", (Phase(3, 12),), lead_days=21)
ANCHOR = Anchor("End of treatment", date(2026, 2, 25))


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data" / "planner.db")
    yield opened
    opened.close()


class App:
    """The services as the app builds them, on one bus and one clock."""

    def __init__(self, store: Store, clock: RunningClock, since: datetime) -> None:
        settings = Settings(store)
        settings.set(REMINDERS_SINCE, since)
        settings.set(CHECKIN_TIME, None)  # these tests are about checkups' reminders
        self.checklist = ChecklistService(store, BERLIN, clock=clock.now)
        self.followup = FollowupService(store, self.checklist)
        self.reminders = ReminderService(store, self.checklist, clock=clock.now, wall=clock.wall)
        self.batches: list[ReminderBatch] = []
        self.reminders.due.connect(self.batches.append)


@pytest.fixture
def make(qtbot, store: Store) -> Iterator:
    made: list[App] = []

    def make(clock: RunningClock, since: datetime | None = None) -> App:
        app = App(store, clock, since or berlin(0, 0))
        made.append(app)
        return app

    yield make
    for app in made:
        app.reminders.stop()


def test_book_it_comes_at_ten_on_the_lead_day_and_not_once_booked(qtbot, store, make) -> None:
    clock = RunningClock(berlin(9, 59, 58.8))
    app = make(clock)
    app.followup.save(ANCHOR, [VISITS])
    (planned, *_) = app.followup.planned()
    assert planned.due_on == date(2026, 5, 25)
    app.reminders.start()
    assert app.batches == []
    assert app.reminders.next_reminder() == berlin(10, 0)
    with qtbot.waitSignal(app.reminders.due, timeout=4000):
        pass
    ((batch),) = app.batches
    (reminder,) = batch.on_time
    assert (reminder.is_booking, reminder.checkup, batch.missed) == (True, planned, ())
    assert reminder.due.source == ReminderSource.book(planned.id)
    assert "25" in reminder.title  # "Time to book: Oncologist (due Mon 25 May)"
    (logged,) = store.reminder_log.for_kind(SourceKind.BOOK)
    assert logged.source.checkup_id == planned.id
    assert logged.first_shown_at is not None
    assert timedelta(0) <= logged.first_shown_at - berlin(10, 0) < timedelta(seconds=1)

    # Booked for Wednesday 09:00: no more "book it"; the evening before comes next.
    app.followup.book(planned, DAY + timedelta(days=2), time(9, 0))
    assert app.reminders.still_open([reminder]) == []
    assert app.reminders.next_reminder() == berlin(18, 0, day=DAY + timedelta(days=1))
    qtbot.wait(300)
    assert len(app.batches) == 1


def test_the_evening_before_a_booked_checkup_it_reminds_once(qtbot, store, make) -> None:
    tomorrow = DAY + timedelta(days=1)
    scan = store.checkups.add(
        Checkup(tomorrow, CheckupKind.SCAN, "Europe/Berlin", at=time(9, 30)), berlin(8, 0)
    )
    app = make(RunningClock(berlin(17, 59, 58.8)))
    app.reminders.start()
    assert app.reminders.next_reminder() == berlin(18, 0)
    with qtbot.waitSignal(app.reminders.due, timeout=4000):
        pass
    ((batch),) = app.batches
    (reminder,) = batch.on_time
    assert (reminder.due.source, reminder.is_booking, reminder.checkup) == (
        ReminderSource.visit(scan.id),
        False,
        scan,
    )
    # The next one: two hours before, on the day.
    assert app.reminders.next_reminder() == berlin(7, 30, day=tomorrow)
    assert app.reminders.still_open([reminder]) == [reminder]
    # Moved to another day: the evening-before reminder of the old day is not open any more.
    store.checkups.update(replace(scan, day=DAY + timedelta(days=3)))
    assert app.reminders.still_open([reminder]) == []
    qtbot.wait(300)
    assert len(app.batches) == 1


def test_a_planned_checkup_that_is_removed_asks_nothing(qtbot, store, make) -> None:
    app = make(RunningClock(berlin(9, 0)))
    app.followup.save(ANCHOR, [VISITS])
    (planned, *_) = app.followup.planned()
    app.reminders.start()
    assert app.reminders.next_reminder() == berlin(10, 0)
    app.followup.save(None, app.followup.schedules())  # no anchor: no planned checkups
    assert app.reminders.next_reminder() is None
    assert store.checkups.get(planned.id).status is CheckupStatus.REMOVED


def test_after_a_sleep_across_the_change_to_summer_time_the_missed_come_once(
    qtbot, store, make
) -> None:
    # Sunday 29 March 2026: Berlin's clocks go from 02:00 to 03:00.
    sunday = date(2026, 3, 29)
    start = datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN)  # 00:00 UTC, winter time
    scan = store.checkups.add(
        Checkup(sunday, CheckupKind.SCAN, "Europe/Berlin", at=time(11, 0)), start
    )
    clock = RunningClock(start)
    app = make(clock, since=start)
    # A blood test due 19 April: "book it" three weeks before, on Sunday at 10:00.
    blood = FollowupSchedule(CheckupKind.BLOOD_TEST, "CEA", (Phase(3, 12),), lead_days=21)
    app.followup.save(Anchor("End of treatment", date(2026, 1, 19)), [blood])
    (planned, *_) = app.followup.planned()
    assert planned.due_on == date(2026, 4, 19)
    app.reminders.start()
    assert app.batches == []
    # 09:00 on the wall clock is 07:00 UTC in summer time (not 08:00, as in winter).
    assert app.reminders.next_reminder() == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)
    clock.jump(timedelta(hours=8, minutes=30))  # asleep until 10:30 summer time
    app.reminders.woke_up("sleep")
    ((batch),) = app.batches
    assert batch.on_time == ()
    assert [(r.due.source, r.due.at, r.due.instant) for r in batch.missed] == [
        (ReminderSource.visit(scan.id), time(9, 0), datetime(2026, 3, 29, 7, 0, tzinfo=UTC)),
        (ReminderSource.book(planned.id), time(10, 0), datetime(2026, 3, 29, 8, 0, tzinfo=UTC)),
    ]
    app.reminders.woke_up("again")
    app.reminders.replan("sweep")
    qtbot.wait(200)
    assert len(app.batches) == 1  # once
    logged = store.reminder_log.since(sunday)
    assert {key[0] for key in logged} == {
        ReminderSource.visit(scan.id),
        ReminderSource.book(planned.id),
    }
    # Nothing more within two days ("book it" comes again a week later).
    assert app.reminders.next_reminder() is None
