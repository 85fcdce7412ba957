"""Quiet hours, pauses and missed reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.reminder_rules import (
    LogEntry,
    Outcome,
    QuietHours,
    key_of,
    plan_queue,
    show_at,
    snooze_choices,
)
from planner.domain.reminder_sources import CHECKIN, ReminderSource
from planner.domain.reminders import DueReminder

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = QuietHours(time(22, 0), time(7, 0))


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def test_quiet_hours_over_midnight():
    assert NIGHT.covers(time(23, 30))
    assert NIGHT.covers(time(6, 59))
    assert not NIGHT.covers(time(7, 0))
    assert not NIGHT.covers(time(21, 59))
    assert QuietHours(time(13, 0), time(14, 0)).covers(time(13, 30))
    assert not QuietHours(time(9, 0), time(9, 0)).covers(time(9, 0))


def test_a_reminder_in_quiet_hours_waits_until_they_end():
    assert show_at(berlin(2026, 5, 1, 23, 15), BERLIN, NIGHT) == berlin(2026, 5, 2, 7, 0)
    assert show_at(berlin(2026, 5, 2, 5, 0), BERLIN, NIGHT) == berlin(2026, 5, 2, 7, 0)
    assert show_at(berlin(2026, 5, 2, 8, 0), BERLIN, NIGHT) == berlin(2026, 5, 2, 8, 0)


def test_a_pause_drops_reminders_until_the_day_it_ends():
    back = date(2026, 5, 11)
    assert show_at(berlin(2026, 5, 4, 9), BERLIN, resume_on=back) is None
    assert show_at(berlin(2026, 5, 10, 23, 59), BERLIN, resume_on=back) is None
    assert show_at(berlin(2026, 5, 11, 9), BERLIN, resume_on=back) == berlin(2026, 5, 11, 9)
    # After the pause, quiet hours apply as before.
    assert show_at(berlin(2026, 5, 11, 6), BERLIN, NIGHT, back) == berlin(2026, 5, 11, 7, 0)


@given(
    due=st.datetimes(datetime(2020, 1, 1), datetime(2035, 1, 1), timezones=st.just(UTC)),
    start=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    end=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_shown_never_early_never_in_quiet_hours_and_within_a_day(due, start, end):
    quiet = QuietHours(start, end)
    shown = show_at(due, BERLIN, quiet)
    assert shown >= due
    assert shown - due <= timedelta(hours=26)
    local = shown.astimezone(BERLIN).time().replace(tzinfo=None)
    assert not quiet.covers(local)


def reminder(
    hours_ago: float, now: datetime, item_id: int = 1, source: ReminderSource | None = None
) -> DueReminder:
    instant = now - timedelta(hours=hours_ago)
    local = instant.astimezone(BERLIN)
    at = local.time().replace(tzinfo=None)
    return DueReminder(instant, local.date(), at, source or ReminderSource.item(item_id))


def entry_for(r: DueReminder, **changes: object) -> LogEntry:
    return LogEntry(r.source, r.day, r.at, r.instant, **changes)  # type: ignore[arg-type]


def test_queue_sorts_on_time_missed_old_and_later():
    now = berlin(2026, 5, 2, 12, 0)
    on_time = reminder(30 / 3600, now, item_id=1)  # 30 s ago
    late = [reminder(1, now, item_id=2), reminder(11.5, now, item_id=3)]
    old = [reminder(13, now, item_id=4), reminder(30, now, item_id=5)]
    ahead = reminder(-2, now, item_id=6)
    queue = plan_queue([ahead, *old, on_time, *late], {}, now, BERLIN)
    assert queue.show_now == (on_time,)
    assert queue.missed == tuple(sorted(late))
    assert queue.only_mark == tuple(sorted(old))
    assert queue.later == {ahead.instant: (ahead,)}
    assert queue.next_at == ahead.instant


def test_reminders_at_one_moment_come_as_one_group():
    now = berlin(2026, 5, 2, 12, 0)
    a, b = reminder(-1, now, item_id=1), reminder(-1, now, item_id=2)
    assert plan_queue([b, a], {}, now, BERLIN).later == {a.instant: (a, b)}


def test_a_check_in_and_an_item_at_the_same_day_and_time_are_two_reminders():
    now = berlin(2026, 5, 2, 20, 0)
    checkin = reminder(0.01, now, source=CHECKIN)
    item = reminder(0.01, now, item_id=1)
    assert (checkin.day, checkin.at) == (item.day, item.at)
    assert checkin != item
    assert key_of(checkin) != key_of(item)
    assert plan_queue([item, checkin], {}, now, BERLIN).show_now == (checkin, item)
    # The check-in's log line says nothing about the item's reminder, and the other way.
    answered = entry_for(checkin, outcome=Outcome.DONE, outcome_at=now)
    assert plan_queue([item, checkin], {key_of(checkin): answered}, now, BERLIN).show_now == (item,)
    shown = entry_for(item, first_shown_at=now, last_shown_at=now)
    assert plan_queue([item, checkin], {key_of(item): shown}, now, BERLIN).show_now == (checkin,)
    assert answered.key == key_of(checkin)
    assert shown.key == key_of(item)


def test_a_shown_or_answered_reminder_never_pops_up_again():
    now = berlin(2026, 5, 2, 12, 0)
    r = reminder(0.01, now)
    for entry in (
        entry_for(r, first_shown_at=now, last_shown_at=now),
        entry_for(r, outcome=Outcome.DONE, outcome_at=now),
        entry_for(r, outcome=Outcome.SKIPPED, outcome_at=now),
        entry_for(r, outcome=Outcome.MISSED, outcome_at=now),
    ):
        assert plan_queue([r], {key_of(r): entry}, now, BERLIN) == plan_queue([], {}, now, BERLIN)


def test_a_snooze_pops_up_once_more_at_the_chosen_time_even_in_quiet_hours():
    now = berlin(2026, 5, 2, 21, 50)
    r = reminder(0.5, now)
    until = berlin(2026, 5, 2, 22, 30)  # inside 22:00-07:00, chosen by the person
    snoozed = entry_for(
        r,
        first_shown_at=r.instant,
        last_shown_at=r.instant,
        outcome=Outcome.SNOOZED,
        snoozed_until=until,
    )
    assert plan_queue([r], {key_of(r): snoozed}, now, BERLIN, NIGHT).later == {until: (r,)}
    # Once shown again, the snooze is used up.
    shown_again = entry_for(
        r,
        first_shown_at=r.instant,
        last_shown_at=until,
        outcome=Outcome.SNOOZED,
        snoozed_until=until,
    )
    later = berlin(2026, 5, 2, 22, 31)
    assert plan_queue([r], {key_of(r): shown_again}, later, BERLIN, NIGHT) == plan_queue(
        [], {}, later, BERLIN
    )


def test_quiet_hours_hold_reminders_and_a_pause_drops_them():
    now = berlin(2026, 5, 2, 6, 0)
    night = reminder(0.5, now)  # 05:30, inside quiet hours
    queue = plan_queue([night], {}, now, BERLIN, NIGHT)
    assert queue.later == {berlin(2026, 5, 2, 7, 0): (night,)}
    assert queue.missed == ()
    assert plan_queue([night], {}, now, BERLIN, NIGHT, date(2026, 5, 3)) == plan_queue(
        [], {}, now, BERLIN
    )


def test_snooze_choices_offer_the_evening_only_while_it_is_ahead():
    from planner.domain.reminder_rules import SnoozeChoice

    afternoon = berlin(2026, 5, 2, 15, 0)
    choices = dict(snooze_choices(afternoon, BERLIN))
    assert list(choices) == [
        SnoozeChoice.TEN_MINUTES,
        SnoozeChoice.ONE_HOUR,
        SnoozeChoice.THIS_EVENING,
    ]
    assert choices[SnoozeChoice.THIS_EVENING] == berlin(2026, 5, 2, 19, 0)
    assert choices[SnoozeChoice.TEN_MINUTES] == berlin(2026, 5, 2, 15, 10)
    late = berlin(2026, 5, 2, 18, 45)
    assert [c for c, _ in snooze_choices(late, BERLIN)] == [
        SnoozeChoice.TEN_MINUTES,
        SnoozeChoice.ONE_HOUR,
    ]


def test_the_story_of_a_reminder_for_history():
    from planner.domain.model import CheckOff, Status
    from planner.domain.reminder_rules import Shown, reminder_story

    due = berlin(2026, 5, 4, 8, 30)
    r = DueReminder(due, date(2026, 5, 4), time(8, 30), ReminderSource.item(1))
    done = CheckOff(1, date(2026, 5, 4), Status.DONE, recorded_at=berlin(2026, 5, 4, 9, 10))
    shown = entry_for(r, first_shown_at=due, last_shown_at=due, outcome=Outcome.DONE)
    story = reminder_story(shown, done)
    assert (story.shown, story.shown_at, story.answer) == (Shown.ON_TIME, due, Status.DONE)
    assert story.answered_at == berlin(2026, 5, 4, 9, 10)
    until = berlin(2026, 5, 4, 9, 0)
    snoozed = entry_for(r, first_shown_at=due, outcome=Outcome.SNOOZED, snoozed_until=until)
    assert reminder_story(snoozed, None).snoozed_until == until
    missed = entry_for(r, outcome=Outcome.MISSED)
    assert reminder_story(missed, None).shown is Shown.NEVER


def test_a_reminder_first_shown_late_in_the_missed_summary_is_told_as_late():
    from planner.domain.reminder_rules import Shown, reminder_story

    due = berlin(2026, 5, 4, 19, 0)
    r = DueReminder(due, date(2026, 5, 4), time(19, 0), ReminderSource.item(1))
    late = entry_for(r, first_shown_at=berlin(2026, 5, 4, 20, 0))
    story = reminder_story(late, None)
    assert (story.at, story.shown) == (time(19, 0), Shown.LATE)
    assert story.shown_at == berlin(2026, 5, 4, 20, 0)
    on_time = entry_for(r, first_shown_at=due + timedelta(seconds=30))  # a busy moment
    assert reminder_story(on_time, None).shown is Shown.ON_TIME


def test_a_missed_summary_waits_for_the_end_of_quiet_hours():
    woke = berlin(2026, 5, 2, 5, 0)  # the laptop wakes at 05:00, inside 22:00-07:00
    evening = reminder(9, woke)  # due 20:00 yesterday
    queue = plan_queue([evening], {}, woke, BERLIN, NIGHT)
    assert queue.missed == ()
    assert queue.later == {berlin(2026, 5, 2, 7, 0): (evening,)}
    at_seven = plan_queue([evening], {}, berlin(2026, 5, 2, 7, 0), BERLIN, NIGHT)
    assert at_seven.missed == (evening,)  # 11 hours late: still in the summary
