"""Quiet hours, pauses and missed reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.reminder_rules import QuietHours, show_at, split_missed
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


def test_a_pause_holds_reminders_until_the_day_after_it_ends():
    paused = date(2026, 5, 10)
    assert show_at(berlin(2026, 5, 4, 9), BERLIN, paused_until=paused) == berlin(2026, 5, 11, 0, 0)
    assert show_at(berlin(2026, 5, 11, 9), BERLIN, paused_until=paused) == berlin(2026, 5, 11, 9)
    # After a pause, quiet hours still apply: midnight falls inside them.
    assert show_at(berlin(2026, 5, 4, 9), BERLIN, NIGHT, paused) == berlin(2026, 5, 11, 7, 0)


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


def reminder(hours_ago: float, now: datetime, item_id: int = 1) -> DueReminder:
    instant = now - timedelta(hours=hours_ago)
    local = instant.astimezone(BERLIN)
    return DueReminder(instant, local.date(), local.time().replace(tzinfo=None), item_id)


def test_missed_reminders_make_one_summary_and_old_ones_are_only_marked():
    now = berlin(2026, 5, 2, 9, 0)
    recent = [reminder(1, now), reminder(11.5, now, item_id=2)]
    old = [reminder(13, now), reminder(30, now, item_id=3)]
    split = split_missed([*old, *recent], now)
    assert split.summary == tuple(sorted(recent))
    assert split.only_mark == tuple(sorted(old))
