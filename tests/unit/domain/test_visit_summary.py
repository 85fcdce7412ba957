"""The visit summary's numbers, as a clinician would read them, from small hand-built data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from planner.domain.journal import (
    Checkup,
    CheckupKind,
    CheckupStatus,
    JournalEntry,
    Mood,
    Phase,
    SleepQuality,
)
from planner.domain.model import CheckOff, Item, Schedule, ScheduleKind, Status
from planner.domain.questions import Question
from planner.domain.screens import ScreenKind, ScreenResult
from planner.domain.visit_summary import (
    MAX_PERIOD_DAYS,
    SCREEN_TOTAL_MAX,
    CareContact,
    ItemRecord,
    PhaseWorry,
    SummaryError,
    SummaryProblem,
    VisitSummary,
    WeekMeans,
    check_period,
    checkin_span,
    default_period,
    item_records,
    summarize,
)

TODAY = date(2026, 11, 25)  # a Wednesday
MON = date(2026, 11, 2)


def day(d: int, month: int = 11) -> date:
    return date(2026, month, d)


def entry(on: date, mood: int = 3, worry: int = 5, hour: int = 12, **kw: object) -> JournalEntry:
    at = datetime.combine(on, time(hour), UTC)
    return JournalEntry(Mood(mood), worry, on, at, "UTC", **kw)


def checkup(
    on: date,
    results: date | None = None,
    status: CheckupStatus = CheckupStatus.BOOKED,
    kind: CheckupKind = CheckupKind.SCAN,
    cid: int = 1,
) -> Checkup:
    at = None if status is CheckupStatus.PLANNED else time(9)
    return Checkup(on, kind, "UTC", at=at, results_on=results, status=status, id=cid)


def screen(kind: ScreenKind, answers: tuple[int, int], on: date) -> ScreenResult:
    return ScreenResult(kind, answers, on, datetime.combine(on, time(18), UTC), "UTC")


def summary(**kw: object) -> VisitSummary:
    args: dict[str, object] = {
        "start": MON,
        "end": TODAY,
        "today": TODAY,
        "zone": "UTC",
        "entries": [],
        "screens": [],
        "items": [],
        "checkoffs": [],
        "checkups": [],
        "questions": [],
        "contact": CareContact(),
    }
    args.update(kw)
    return summarize(**args)


# --- The period ----------------------------------------------------------------------


def test_default_period_without_checkups_is_the_last_90_days():
    assert default_period([], TODAY) == (day(28, 8), TODAY)


def test_default_period_ignores_a_checkup_today():
    assert default_period([checkup(TODAY)], TODAY) == (day(28, 8), TODAY)
    earlier = checkup(day(26, 10), cid=2)
    assert default_period([checkup(TODAY), earlier], TODAY) == (day(27, 10), TODAY)


def test_default_period_after_a_checkup_yesterday_is_today_alone():
    assert default_period([checkup(TODAY - timedelta(days=1))], TODAY) == (TODAY, TODAY)


def test_default_period_counts_only_booked_checkups():
    others = [
        checkup(day(20), status=CheckupStatus.PLANNED),
        checkup(day(21), status=CheckupStatus.REMOVED, cid=2),
    ]
    assert default_period(others, TODAY) == (day(28, 8), TODAY)


def test_default_period_after_a_long_gap_is_capped():
    start, end = default_period([checkup(date(2024, 6, 1))], TODAY)
    assert (end - start).days + 1 == MAX_PERIOD_DAYS
    check_period(start, end)


def test_period_limits():
    check_period(TODAY, TODAY)
    check_period(TODAY - timedelta(days=MAX_PERIOD_DAYS - 1), TODAY)
    with pytest.raises(SummaryError) as long:
        check_period(TODAY - timedelta(days=MAX_PERIOD_DAYS), TODAY)
    assert long.value.problem is SummaryProblem.PERIOD_TOO_LONG
    assert long.value.limit == MAX_PERIOD_DAYS
    with pytest.raises(ValueError, match="end_before_start"):
        summary(start=TODAY, end=TODAY - timedelta(days=1))


# --- Mood and worry ------------------------------------------------------------------


def test_weekly_means_every_week_of_the_period_with_gaps_left_empty():
    entries = [
        entry(day(1), 1, 10),  # before the period
        entry(day(3), 2, 8),
        entry(day(4), 3, 6),
        entry(day(17), 4, 3, hour=8),
        entry(day(17), 4, 3, hour=20),
        entry(day(25), 5, 2),
    ]
    s = summary(entries=entries)
    assert s.weeks == (
        WeekMeans(day(2), day(8), 2.5, 7.0, 2),
        WeekMeans(day(9), day(15), None, None, 0),
        WeekMeans(day(16), day(22), 4.0, 3.0, 2),
        WeekMeans(day(23), day(25), 5.0, 2.0, 1),
    )
    assert (s.checkins, s.days_with_checkin, s.days) == (5, 4, 24)
    assert s.mood_mean == pytest.approx(3.6)
    assert s.worry_mean == pytest.approx(4.4)


def test_a_week_cut_by_the_start_runs_from_the_start():
    s = summary(start=day(4), entries=[entry(day(3)), entry(day(5), 4, 1)])
    assert s.weeks[0] == WeekMeans(day(4), day(8), 4.0, 1.0, 1)


def test_no_checkins_leaves_means_empty():
    s = summary()
    assert (s.checkins, s.mood_mean, s.worry_mean, s.sleep_hours_mean) == (0, None, None, None)
    assert all(w.checkins == 0 and w.mood is None for w in s.weeks)


def test_worry_before_while_waiting_and_after_the_last_checkup():
    scan = checkup(day(10), results=day(12))
    entries = [
        entry(day(20, 10), worry=10),  # more than 14 days before: counted nowhere
        entry(day(1), worry=8),  # before (ahead of the period)
        entry(day(10), worry=9),  # waiting: after 9:00 on the day
        entry(day(12), worry=7, hour=20),  # waiting: results day
        entry(day(14), worry=3),
        entry(day(20), worry=2),
    ]
    s = summary(start=day(11), entries=entries, checkups=[scan])
    assert s.last_checkup == scan
    assert s.worry_by_phase == (
        PhaseWorry(Phase.BEFORE, 8.0, 1),
        PhaseWorry(Phase.WAITING, 8.0, 2),
        PhaseWorry(Phase.AFTER, 2.5, 2),
    )
    assert s.checkins == 3  # the period itself starts the day after the checkup
    assert checkin_span(day(11), TODAY, TODAY, [scan]) == (day(26, 10), TODAY)


def test_no_results_date_no_waiting():
    s = summary(entries=[entry(day(12), worry=4)], checkups=[checkup(day(10))])
    assert s.worry_by_phase[1] == PhaseWorry(Phase.WAITING, None, 0)
    assert s.worry_by_phase[2] == PhaseWorry(Phase.AFTER, 4.0, 1)


def test_phases_only_around_a_past_booked_checkup():
    planned = checkup(day(10), status=CheckupStatus.PLANNED)
    today = checkup(TODAY, cid=2)
    s = summary(entries=[entry(day(12))], checkups=[planned, today])
    assert s.last_checkup is None
    assert s.worry_by_phase == ()
    assert checkin_span(MON, TODAY, TODAY, [planned, today]) == (MON, TODAY)


# --- Screens, sleep, energy, notes, questions ------------------------------------------


def test_screens_in_the_period_oldest_first_with_positive_ones():
    screens = [
        screen(ScreenKind.GAD2, (3, 3), day(24)),
        screen(ScreenKind.GAD2, (1, 1), day(10)),
        screen(ScreenKind.PHQ2, (2, 1), day(10)),
        screen(ScreenKind.PHQ2, (3, 3), day(20, 10)),  # before the period
    ]
    s = summary(screens=screens)
    assert [(r.kind, r.day, r.total, r.positive) for r in s.screens] == [
        (ScreenKind.PHQ2, day(10), 3, True),
        (ScreenKind.GAD2, day(10), 2, False),
        (ScreenKind.GAD2, day(24), 6, True),
    ]
    assert SCREEN_TOTAL_MAX == 6


def test_sleep_and_energy_when_recorded():
    entries = [
        entry(day(3), energy=4, sleep_hours=6.0, sleep_quality=SleepQuality.POORLY),
        entry(day(4), energy=6, sleep_hours=7.5, sleep_quality=SleepQuality.POORLY),
        entry(day(5), sleep_quality=SleepQuality.WELL),
        entry(day(6)),
    ]
    s = summary(entries=entries)
    assert (s.sleep_hours_mean, s.sleep_count) == (6.75, 2)
    assert (s.energy_mean, s.energy_count) == (5.0, 2)
    assert s.sleep_quality == ((SleepQuality.POORLY, 2), (SleepQuality.WELL, 1))


def test_care_notes_are_the_marked_checkins_of_the_period():
    entries = [
        entry(day(1), for_care_team=True, note="before"),
        entry(day(9), 2, 7, for_care_team=True, note="Sore hip at night", tags=("pain",)),
        entry(day(10), note="not marked"),
    ]
    s = summary(entries=entries)
    assert [(n.day, n.mood, n.worry, n.note, n.tags) for n in s.care_notes] == [
        (day(9), 2, 7, "Sore hip at night", ("pain",))
    ]


def test_open_questions_in_order_and_the_checkup_they_are_for():
    asked = datetime(2026, 11, 1, 10, tzinfo=UTC)
    questions = [
        Question("Why the second scan?", position=2, id=1),
        Question("Is the hip pain related?", position=1, id=2),
        Question("Old question", position=0, id=3, asked_at=asked, checkup_id=9),
    ]
    blood = checkup(day(28), kind=CheckupKind.BLOOD_TEST, cid=4)
    visit = checkup(day(2, 12), kind=CheckupKind.ONCOLOGIST, cid=5)
    contact = CareContact("Dr Rivera's team", "555 0100", "555 0199")
    s = summary(questions=questions, checkups=[blood, visit], contact=contact)
    assert [q.text for q in s.questions] == ["Is the hip pain related?", "Why the second scan?"]
    assert s.next_checkup == visit
    assert s.contact == contact


# --- The checklist ---------------------------------------------------------------------


def item(schedule: Schedule, iid: int, created: date = date(2026, 1, 1), **kw: object) -> Item:
    return Item(f"item {iid}", schedule, id=iid, created_on=created, **kw)


def answer(iid: int, on: date, status: Status = Status.DONE) -> CheckOff:
    return CheckOff(item_id=iid, day=on, status=status)


def records(items: list[Item], checkoffs: list[CheckOff]) -> dict[int | None, ItemRecord]:
    return {r.item_id: r for r in item_records(items, checkoffs, MON, TODAY, TODAY)}


def counts(r: ItemRecord) -> tuple[int, int, int, int, int]:
    return (r.planned, r.done, r.partly, r.skipped, r.no_answer)


def test_daily_item_counts_each_planned_day_but_not_today_until_answered():
    answers = [
        answer(1, day(2)),
        answer(1, day(3)),
        answer(1, day(4), Status.PARTIAL),
        answer(1, day(5), Status.SKIPPED),
        answer(1, day(30, 10)),  # before the period
    ]
    got = records([item(Schedule.daily(), 1)], answers)[1]
    assert counts(got) == (23, 2, 1, 1, 19)
    assert (got.title, got.kind, got.per_week) == ("item 1", ScheduleKind.DAILY, None)
    answered_today = records([item(Schedule.daily(), 1)], [*answers, answer(1, TODAY)])[1]
    assert counts(answered_today) == (24, 3, 1, 1, 19)


def test_an_item_made_during_the_period_counts_from_its_first_day():
    got = records([item(Schedule.daily(), 1, created=day(20))], [])[1]
    assert counts(got) == (5, 0, 0, 0, 5)


def test_weekday_item_counts_only_its_days():
    mon_wed_fri = item(Schedule.on_weekdays(0, 2, 4), 1)
    got = records([mon_wed_fri], [answer(1, day(3))])[1]  # done on a Tuesday
    assert counts(got) == (10, 1, 0, 0, 10)


def test_times_per_week_item_is_planned_per_week():
    answers = [answer(1, day(d)) for d in (2, 4, 6)]  # week 1: met
    answers += [answer(1, day(10)), answer(1, day(12), Status.SKIPPED)]  # week 2: one short
    answers += [answer(1, day(24))]  # week 4 (still open, three days of it)
    got = records([item(Schedule.per_week(3), 1)], answers)[1]
    assert counts(got) == (3 + 3 + 3 + 1, 5, 0, 1, 0 + 1 + 3 + 0)
    assert got.per_week == 3


def test_every_n_days_item_counts_its_occurrences():
    every3 = item(Schedule.every_n_days(3, MON), 1)
    # Done on its first day, then a day late (the next counts from the answer), then left.
    got = records([every3], [answer(1, day(2)), answer(1, day(6))])[1]
    # Planned: 2 and 6 (answered), then 9, 12, 15, 18, 21 went by without an answer.
    assert counts(got) == (7, 2, 0, 0, 5)


def test_one_time_tasks():
    missed = item(Schedule.once(day(10)), 1)
    done_before = item(Schedule.once(day(10)), 2)
    later = item(Schedule.once(day(1, 12)), 3)
    due_today = item(Schedule.once(TODAY), 4)
    done_now = item(Schedule.once(day(30, 10)), 5)
    got = records(
        [missed, done_before, later, due_today, done_now],
        [answer(2, day(30, 10)), answer(5, day(11))],
    )
    assert sorted(got) == [1, 5]
    assert counts(got[1]) == (1, 0, 0, 0, 1)
    assert counts(got[5]) == (1, 1, 0, 0, 0)


def test_archived_items_only_when_answered_and_only_up_to_the_last_answer():
    kept = item(Schedule.daily(), 1, archived=True)
    gone = item(Schedule.daily(), 2, archived=True)
    active = item(Schedule.daily(), 3, position=0)
    answers = [answer(1, day(d)) for d in (2, 3, 5)] + [answer(2, day(30, 10))]
    got = item_records([kept, gone, active], answers, MON, TODAY, TODAY)
    assert [r.item_id for r in got] == [3, 1]  # active items first, in list order
    assert counts(got[1]) == (4, 3, 0, 0, 1)
    assert got[1].archived
