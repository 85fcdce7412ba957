"""Checkup reminders: "book it" at 10:00 while planned, the evening before and two hours
before on the day once booked, on the local wall clock across daylight saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.checkup_reminders import checkup_reminders, still_wanted
from planner.domain.followup import DEFAULT_LEAD_DAYS
from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.domain.reminder_sources import ReminderSource, SourceKind
from planner.domain.reminders import DueReminder, local_instant

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WIDE_START = datetime(2025, 1, 1, tzinfo=UTC)
WIDE_END = datetime(2028, 1, 1, tzinfo=UTC)


def planned(
    due: date, *, cid: int = 1, schedule_id: int | None = 7, zone: str = "Europe/Berlin"
) -> Checkup:
    return Checkup(
        due,
        CheckupKind.BLOOD_TEST,
        zone,
        id=cid,
        status=CheckupStatus.PLANNED,
        schedule_id=schedule_id,
        number=3,
        due_on=due,
    )


def booked(
    day: date, at: time | None = None, *, cid: int = 2, zone: str = "Europe/Berlin"
) -> Checkup:
    return Checkup(day, CheckupKind.SCAN, zone, at=at, id=cid)


def local(reminders: list[DueReminder], zone: ZoneInfo) -> list[tuple[str, datetime]]:
    return [
        (r.source.kind.value, r.instant.astimezone(zone).replace(tzinfo=None)) for r in reminders
    ]


def test_a_planned_checkup_asks_to_be_booked_at_ten_each_week_from_its_lead() -> None:
    found = checkup_reminders([planned(date(2026, 6, 30))], {7: 14}, WIDE_START, WIDE_END, BERLIN)
    assert local(found, BERLIN) == [
        ("book", datetime(2026, 6, 16, 10, 0)),
        ("book", datetime(2026, 6, 23, 10, 0)),
        ("book", datetime(2026, 6, 30, 10, 0)),
        ("book", datetime(2026, 7, 7, 10, 0)),
        ("book", datetime(2026, 7, 14, 10, 0)),
        ("book", datetime(2026, 7, 21, 10, 0)),
        ("book", datetime(2026, 7, 28, 10, 0)),
    ]
    assert {r.source for r in found} == {ReminderSource.book(1)}
    assert all((r.day, r.at) == (r.instant.astimezone(BERLIN).date(), time(10, 0)) for r in found)


def test_a_planned_checkup_of_no_known_schedule_uses_the_default_lead() -> None:
    due = date(2026, 6, 30)
    (first, *_) = checkup_reminders(
        [planned(due, schedule_id=None)], {}, WIDE_START, WIDE_END, BERLIN
    )
    assert first.day == due - timedelta(days=DEFAULT_LEAD_DAYS)
    (first, *_) = checkup_reminders(
        [planned(due, schedule_id=8)], {7: 1}, WIDE_START, WIDE_END, BERLIN
    )
    assert first.day == due - timedelta(days=DEFAULT_LEAD_DAYS)


def test_a_booked_checkup_reminds_the_evening_before_and_two_hours_before() -> None:
    found = checkup_reminders(
        [booked(date(2026, 6, 30), time(9, 30))], {}, WIDE_START, WIDE_END, BERLIN
    )
    assert local(found, BERLIN) == [
        ("visit", datetime(2026, 6, 29, 18, 0)),
        ("visit", datetime(2026, 6, 30, 7, 30)),
    ]
    assert {r.source for r in found} == {ReminderSource.visit(2)}


def test_a_booked_checkup_without_a_time_only_reminds_the_evening_before() -> None:
    found = checkup_reminders([booked(date(2026, 6, 30))], {}, WIDE_START, WIDE_END, BERLIN)
    assert local(found, BERLIN) == [("visit", datetime(2026, 6, 29, 18, 0))]


@pytest.mark.parametrize("at", [time(0, 0), time(0, 30), time(1, 59)])
def test_a_checkup_just_after_midnight_has_no_reminder_on_the_day(at: time) -> None:
    found = checkup_reminders([booked(date(2026, 6, 30), at)], {}, WIDE_START, WIDE_END, BERLIN)
    assert local(found, BERLIN) == [("visit", datetime(2026, 6, 29, 18, 0))]


def test_a_checkup_at_two_is_reminded_at_midnight_on_the_day() -> None:
    found = checkup_reminders(
        [booked(date(2026, 6, 30), time(2, 0))], {}, WIDE_START, WIDE_END, BERLIN
    )
    assert local(found, BERLIN)[-1] == ("visit", datetime(2026, 6, 30, 0, 0))


def test_removed_checkups_and_checkups_not_saved_yet_remind_of_nothing() -> None:
    gone = replace(booked(date(2026, 6, 30), time(9, 0)), status=CheckupStatus.REMOVED)
    unsaved = replace(planned(date(2026, 6, 30)), id=None)
    assert checkup_reminders([gone, unsaved], {7: 21}, WIDE_START, WIDE_END, BERLIN) == []


def test_only_reminders_inside_the_span_come_in_time_order() -> None:
    checkups = [booked(date(2026, 6, 30), time(9, 30)), planned(date(2026, 7, 1), cid=5)]
    start = datetime(2026, 6, 29, 16, 0, tzinfo=UTC)  # 18:00 in Berlin: left out
    end = datetime(2026, 6, 30, 8, 0, tzinfo=UTC)  # 10:00 in Berlin: kept
    found = checkup_reminders(checkups, {7: 1}, start, end, BERLIN)
    assert local(found, BERLIN) == [
        ("visit", datetime(2026, 6, 30, 7, 30)),
        ("book", datetime(2026, 6, 30, 10, 0)),
    ]
    assert found == sorted(found)


# The daylight-saving changes of 2026: Berlin on 29 March and 25 October, New York on
# 8 March and 1 November.
@pytest.mark.parametrize(
    ("zone", "day", "offsets"),
    [
        (BERLIN, date(2026, 3, 29), (1, 2)),  # the evening before in winter time, the day in summer
        (BERLIN, date(2026, 3, 30), (2, 2)),
        (BERLIN, date(2026, 10, 25), (2, 1)),
        (BERLIN, date(2026, 10, 26), (1, 1)),
        (NEW_YORK, date(2026, 3, 8), (-5, -4)),
        (NEW_YORK, date(2026, 11, 1), (-4, -5)),
    ],
)
def test_visit_reminders_follow_the_wall_clock_across_daylight_saving(
    zone: ZoneInfo, day: date, offsets: tuple[int, int]
) -> None:
    checkup = booked(day, time(11, 0), zone=zone.key)
    before, on_day = checkup_reminders([checkup], {}, WIDE_START, WIDE_END, zone)
    evening, morning = offsets
    assert before.instant == datetime.combine(day - timedelta(1), time(18), UTC) - timedelta(
        hours=evening
    )
    assert on_day.instant == datetime.combine(day, time(9), UTC) - timedelta(hours=morning)
    assert local([before, on_day], zone) == [
        ("visit", datetime.combine(day - timedelta(1), time(18))),
        ("visit", datetime.combine(day, time(9))),
    ]


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK])
def test_book_it_stays_at_ten_through_the_weeks_daylight_saving_changes(zone: ZoneInfo) -> None:
    found = checkup_reminders(
        [planned(date(2026, 11, 10), zone=zone.key)], {7: 28}, WIDE_START, WIDE_END, zone
    )
    # From 13 October to 8 December: both zones change their clocks inside the span.
    assert [r.instant.astimezone(zone).time() for r in found] == [time(10, 0)] * 9
    gaps = {b.instant - a.instant for a, b in zip(found, found[1:], strict=False)}
    assert gaps == {timedelta(days=7), timedelta(days=7, hours=1)}


@given(
    st.dates(date(2025, 1, 3), date(2027, 12, 1)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("Australia/Lord_Howe")]),
)
def test_visit_reminders_are_the_local_instants_of_their_wall_times(
    day: date, at: time, zone: ZoneInfo
) -> None:
    found = checkup_reminders([booked(day, at, zone=zone.key)], {}, WIDE_START, WIDE_END, zone)
    for r in found:
        assert r.instant == local_instant(r.day, r.at, zone)
    assert (found[0].day, found[0].at) == (day - timedelta(days=1), time(18, 0))
    early = datetime.combine(day, at) - timedelta(hours=2)
    if early.date() == day:
        assert [(r.day, r.at) for r in found[1:]] == [(day, early.time())]
    else:
        assert len(found) == 1


# --- Still wanted? ----------------------------------------------------------------


def due(kind: SourceKind, cid: int, day: date, at: time) -> DueReminder:
    source = ReminderSource.book(cid) if kind is SourceKind.BOOK else ReminderSource.visit(cid)
    return DueReminder(local_instant(day, at, BERLIN), day, at, source)


def test_book_it_is_wanted_while_planned_and_not_once_booked() -> None:
    checkup = planned(date(2026, 6, 30))
    reminder = due(SourceKind.BOOK, 1, date(2026, 6, 9), time(10, 0))
    assert still_wanted(reminder, checkup, 21)
    assert not still_wanted(reminder, checkup, 14)  # the lead changed: not one of its days
    assert not still_wanted(reminder, replace(checkup, status=CheckupStatus.BOOKED), 21)
    assert not still_wanted(reminder, replace(checkup, status=CheckupStatus.REMOVED), 21)
    assert not still_wanted(reminder, None, 21)


def test_a_rebooked_checkups_old_visit_reminders_are_no_longer_wanted() -> None:
    checkup = booked(date(2026, 6, 30), time(9, 30))
    evening = due(SourceKind.VISIT, 2, date(2026, 6, 29), time(18, 0))
    morning = due(SourceKind.VISIT, 2, date(2026, 6, 30), time(7, 30))
    assert still_wanted(evening, checkup, 0)
    assert still_wanted(morning, checkup, 0)
    later = replace(checkup, at=time(11, 0))
    assert still_wanted(evening, later, 0)  # the same evening before
    assert not still_wanted(morning, later, 0)  # now at 09:00
    moved = replace(checkup, day=date(2026, 7, 2))
    assert not still_wanted(evening, moved, 0)
    assert not still_wanted(morning, moved, 0)
    assert not still_wanted(evening, replace(checkup, status=CheckupStatus.REMOVED), 0)
    # A visit reminder is not a "book it" one, and the other way round.
    assert not still_wanted(due(SourceKind.BOOK, 2, date(2026, 6, 29), time(18, 0)), checkup, 0)
