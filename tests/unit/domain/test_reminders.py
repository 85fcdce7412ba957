"""Reminder instants: local clock times across daylight saving, zones and schedules."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.domain.reminder_sources import CHECKIN, ReminderSource, SourceKind
from planner.domain.reminders import (
    checkin_reminders,
    local_instant,
    next_due,
    parse_clock_time,
    reminders_between,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
ZONES = [
    ZoneInfo(name)
    for name in (
        "Europe/Berlin",
        "America/New_York",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "America/Santiago",
        "Asia/Kolkata",
        "Europe/London",
        "America/St_Johns",
        "Africa/Casablanca",
        "Pacific/Apia",
        "UTC",
    )
]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_a_time_that_does_not_exist_moves_forward_by_the_gap():
    # 29 March 2026: Berlin's clocks jump from 02:00 to 03:00.
    due = next_due(time(2, 30), utc(2026, 3, 28, 12), BERLIN)
    assert due == utc(2026, 3, 29, 1, 30)
    assert due.astimezone(BERLIN).time() == time(3, 30)


def test_a_time_that_happens_twice_is_used_once_at_the_first():
    # 25 October 2026: Berlin's clocks go back from 03:00 to 02:00.
    due = next_due(time(2, 30), utc(2026, 10, 24, 12), BERLIN)
    assert due == utc(2026, 10, 25, 0, 30)  # 02:30 summer time, the first one
    after_first = next_due(time(2, 30), due, BERLIN)
    assert after_first == utc(2026, 10, 26, 1, 30)  # the next day, not 02:30 again


def test_new_york_spring_forward():
    due = next_due(time(2, 30), utc(2026, 3, 7, 12), NEW_YORK)
    assert due.astimezone(NEW_YORK).replace(tzinfo=None) == datetime(2026, 3, 8, 3, 30)


def test_same_wall_time_in_a_new_zone_after_travel():
    after = utc(2026, 6, 1, 5)
    assert next_due(time(8, 30), after, BERLIN).astimezone(BERLIN).time() == time(8, 30)
    assert next_due(time(8, 30), after, NEW_YORK).astimezone(NEW_YORK).time() == time(8, 30)


def test_naive_start_is_refused():
    with pytest.raises(ValueError, match="aware"):
        next_due(time(8), datetime(2026, 1, 1), BERLIN)


@given(
    zone=st.sampled_from(ZONES),
    after=st.datetimes(datetime(2000, 1, 1), datetime(2037, 12, 31), timezones=st.just(UTC)),
    at=st.times(),
)
def test_next_due_is_the_next_time_the_clock_shows_it(zone, after, at):
    at = at.replace(microsecond=0)
    due = next_due(at, after, zone)
    assert due > after
    assert due - after <= timedelta(hours=49)  # within a day or so, even over a skipped day
    local = due.astimezone(zone)
    # It never lands inside a gap: its wall time exists and maps back to the same instant.
    assert local_instant(local.date(), local.time(), zone) == due
    assert local.fold == 0  # a repeated time is the first one
    wall = datetime.combine(local.date(), at)
    if local_instant(local.date(), at, zone).astimezone(zone).replace(tzinfo=None) == wall:
        assert local.time() == at  # the time exists that day: it is used as it is


@given(
    zone=st.sampled_from(ZONES),
    start=st.datetimes(datetime(2000, 1, 1), datetime(2037, 1, 1), timezones=st.just(UTC)),
    times=st.lists(st.times().map(lambda t: t.replace(microsecond=0)), min_size=1, max_size=4),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
)
def test_reminders_are_ordered_unique_and_only_on_due_days(zone, start, times, weekdays):
    item = Item("Walk", Schedule.on_weekdays(*weekdays), id=1)
    end = start + timedelta(days=15)
    found = list(reminders_between(item, times, start, end, zone))
    instants = [r.instant for r in found]
    assert instants == sorted(instants)
    assert len(set(instants)) == len(instants)
    assert len({(r.day, r.at) for r in found}) == len(found)
    assert all(start < r.instant <= end for r in found)
    assert all(r.day.weekday() in weekdays for r in found)
    # Every due day strictly inside the window gets its reminders (Apia's skipped day
    # of 2011 aside, where one day's instants are the next day's).
    if zone.key != "Pacific/Apia":
        first = start.astimezone(zone).date() + timedelta(days=2)
        last = end.astimezone(zone).date() - timedelta(days=2)
        inside = {first + timedelta(days=n) for n in range((last - first).days + 1)}
        due_days = {d for d in inside if d.weekday() in weekdays}
        assert due_days <= {r.day for r in found}


def test_no_reminder_on_an_answered_day():
    item = Item("Water", Schedule.daily(), id=1)
    answers = [CheckOff(1, date(2026, 5, 2), Status.SKIPPED)]
    found = reminders_between(
        item, [time(9), time(19)], utc(2026, 5, 1), utc(2026, 5, 4), BERLIN, answers
    )
    assert [(r.day, r.at) for r in found] == [
        (date(2026, 5, 1), time(9)),
        (date(2026, 5, 1), time(19)),
        (date(2026, 5, 3), time(9)),
        (date(2026, 5, 3), time(19)),
    ]


def test_times_a_week_stops_reminding_once_the_week_is_met():
    item = Item("Walk", Schedule.per_week(2), id=1)
    monday = date(2026, 5, 4)
    answers = [CheckOff(1, monday, Status.DONE), CheckOff(1, monday + timedelta(1), Status.DONE)]
    found = reminders_between(item, [time(10)], utc(2026, 5, 4), utc(2026, 5, 12), BERLIN, answers)
    assert [r.day for r in found] == [date(2026, 5, 11)]  # next Monday: a new week


def test_one_time_task_reminds_on_its_day_only_until_finished():
    task = Item("Call the clinic", Schedule.once(date(2026, 5, 6)), id=1)
    span = (utc(2026, 5, 1), utc(2026, 5, 10))
    assert [r.day for r in reminders_between(task, [time(9)], *span, BERLIN)] == [date(2026, 5, 6)]
    early = [CheckOff(1, date(2026, 5, 2), Status.DONE)]
    assert list(reminders_between(task, [time(9)], *span, BERLIN, early)) == []


def test_two_slots_moved_onto_one_instant_remind_once():
    item = Item("Pill", Schedule.daily(), id=1)
    found = list(
        reminders_between(
            item, [time(2, 30), time(3, 30)], utc(2026, 3, 29), utc(2026, 3, 29, 2), BERLIN
        )
    )
    assert [r.instant for r in found] == [utc(2026, 3, 29, 1, 30)]


def test_an_item_reminder_names_its_item_as_its_source():
    item = Item("Water", Schedule.daily(), id=7)
    found = list(reminders_between(item, [time(9)], utc(2026, 5, 1), utc(2026, 5, 3), BERLIN))
    assert [r.day for r in found] == [date(2026, 5, 1), date(2026, 5, 2)]
    assert {r.source for r in found} == {ReminderSource(SourceKind.ITEM, 7)}
    assert found[0].source.item_id == 7


def test_the_check_in_reminds_every_day_without_a_check_in():
    span = (utc(2026, 5, 1), utc(2026, 5, 4))
    found = list(checkin_reminders(time(19, 30), *span, BERLIN, {date(2026, 5, 2)}))
    assert [(r.day, r.at) for r in found] == [
        (date(2026, 5, 1), time(19, 30)),
        (date(2026, 5, 3), time(19, 30)),
    ]
    assert {r.source for r in found} == {CHECKIN}
    assert CHECKIN.kind is SourceKind.CHECKIN
    assert (CHECKIN.ref, CHECKIN.item_id) == (None, None)


@pytest.mark.parametrize(
    ("kind", "ref"), [(SourceKind.ITEM, None), (SourceKind.CHECKIN, 0), (SourceKind.CHECKIN, 3)]
)
def test_a_source_has_a_ref_exactly_when_its_kind_belongs_to_a_row(kind, ref):
    with pytest.raises(ValueError, match="does not fit"):
        ReminderSource(kind, ref)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("25:00", "hour_too_big"),
        ("24:00", "hour_too_big"),
        ("08:60", "minute_too_big"),
        ("9:75", "minute_too_big"),
        ("0830", "not_a_time"),
        ("", "not_a_time"),
        ("ab:cd", "not_a_time"),
        ("08:30:00", "not_a_time"),
        ("9:5", "not_a_time"),
        ("123:00", "not_a_time"),
        ("٩:٠٠", "not_a_time"),  # digits of another script
        ("9.30", "not_a_time"),
    ],
)
def test_bad_clock_times_are_refused_saying_what_is_wrong(text, problem):
    from planner.domain.reminders import ClockTimeError

    with pytest.raises(ClockTimeError, match="time of day") as caught:
        parse_clock_time(text)
    assert caught.value.problem.value == problem
    assert caught.value.text == text.strip()


def test_clock_time_reads_with_one_or_two_digit_hours():
    assert parse_clock_time(" 08:30 ") == time(8, 30)
    assert parse_clock_time("9:00") == time(9, 0)
    assert parse_clock_time("0:05") == time(0, 5)
    assert parse_clock_time("23:59") == time(23, 59)


@given(st.times())
def test_every_clock_time_reads_back_as_written_either_way(at):
    at = at.replace(second=0, microsecond=0)
    assert parse_clock_time(f"{at:%H:%M}") == at
    assert parse_clock_time(f"{at.hour}:{at.minute:02d}") == at


def test_reading_a_list_of_reminder_times():
    from planner.domain.reminders import parse_clock_times

    assert parse_clock_times("") == ()
    assert parse_clock_times(" 19:00, 08:30 08:30") == (time(8, 30), time(19, 0))
    with pytest.raises(ValueError, match="'25:00' is not a time of day"):
        parse_clock_times("08:30, 25:00")
    with pytest.raises(ValueError, match="at most 6"):
        parse_clock_times("01:00 02:00 03:00 04:00 05:00 06:00 07:00")
