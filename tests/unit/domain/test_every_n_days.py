"""An every-N-days item left unanswered on its day stays open until it is answered, and
the next one counts from the answer: on Today, in the reminders and in History."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.history import DayMark, item_stats, month_marks
from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.domain.progress import plan_today, today_entry
from planner.domain.reminders import reminders_between
from planner.domain.schedule import occurrences, planned_day

ANCHOR = date(2026, 3, 2)  # a Monday
DAY = timedelta(days=1)
EVERY_3 = Schedule.every_n_days(3, ANCHOR)


def item(schedule: Schedule = EVERY_3) -> Item:
    return Item("Call a friend", schedule, id=1, created_on=ANCHOR)


def answer(day: date, status: Status = Status.DONE) -> CheckOff:
    return CheckOff(item_id=1, day=day, status=status)


def test_left_unanswered_it_stays_on_today_marked_still_open():
    walk = item()
    for late in range(1, 6):
        entry = today_entry(walk, ANCHOR + late * DAY, [])
        assert entry.due  # still there, days later
        assert entry.still_open
        assert entry.planned_for == ANCHOR
    on_the_day = today_entry(walk, ANCHOR, [])
    assert (on_the_day.due, on_the_day.still_open) == (True, False)


def test_the_next_one_counts_from_the_answer():
    walk = item()
    answered_late = [answer(ANCHOR + 2 * DAY)]  # planned Monday, done Wednesday
    assert planned_day(EVERY_3, [ANCHOR + 2 * DAY]) == ANCHOR + 5 * DAY
    for day in (ANCHOR + 3 * DAY, ANCHOR + 4 * DAY):  # the old rhythm's Thursday: not due
        entry = today_entry(walk, day, answered_late)
        assert not entry.due
        assert entry.planned_for == ANCHOR + 5 * DAY  # "next on" Saturday
    assert today_entry(walk, ANCHOR + 5 * DAY, answered_late).due
    # A skip answers it too: the next one is three days after the skip.
    skipped = [answer(ANCHOR, Status.SKIPPED)]
    assert not today_entry(walk, ANCHOR + DAY, skipped).due
    assert today_entry(walk, ANCHOR + 3 * DAY, skipped).due


def test_answered_today_it_shows_its_answer_not_still_open():
    entry = today_entry(item(), ANCHOR + 4 * DAY, [answer(ANCHOR + 4 * DAY)])
    assert entry.due
    assert entry.answered
    assert not entry.still_open


def test_plan_today_keeps_a_still_open_item_with_the_due_ones():
    due, other = plan_today([item()], ANCHOR + 10 * DAY, [answer(ANCHOR)])
    assert [e.item.id for e in due] == [1]
    assert other == []
    assert due[0].still_open
    assert due[0].planned_for == ANCHOR + 3 * DAY


def test_answers_before_the_first_day_do_not_count():
    assert planned_day(EVERY_3, [ANCHOR - 2 * DAY]) == ANCHOR
    assert occurrences(EVERY_3, [ANCHOR - DAY], ANCHOR) == [occurrences(EVERY_3, [], ANCHOR)[0]]


@given(
    n=st.integers(2, 30),
    gaps=st.lists(st.integers(0, 60), max_size=12),
)
def test_occurrences_follow_the_answers(n, gaps):
    schedule = Schedule.every_n_days(n, ANCHOR)
    days, day = [], ANCHOR
    for gap in gaps:  # each answer comes some days after the one before (or the first day)
        day += gap * DAY
        if days and day == days[-1]:
            day += DAY
        days.append(day)
    until = (days[-1] if days else ANCHOR) + 3 * n * DAY
    found = occurrences(schedule, days, until)
    assert found[0].planned == ANCHOR
    assert [o.answered for o in found if o.answered] == days  # each answer closes one
    for before, after in zip(found, found[1:], strict=False):
        assert before.answered is not None
        assert after.planned == before.answered + n * DAY  # counted from the answer
    last = found[-1]
    assert last.answered is None  # open again, planned N days after the last answer
    assert last.planned == planned_day(schedule, days)


@given(n=st.integers(2, 30), count=st.integers(1, 10))
def test_answered_on_time_every_time_it_is_the_plain_rhythm(n, count):
    schedule = Schedule.every_n_days(n, ANCHOR)
    on_time = [ANCHOR + i * n * DAY for i in range(count)]
    assert [o.planned for o in occurrences(schedule, on_time, on_time[-1])] == on_time
    assert planned_day(schedule, on_time) == ANCHOR + count * n * DAY


def test_a_late_answer_counts_as_done_and_each_whole_interval_open_as_missed():
    walk = item()
    late = [answer(ANCHOR + 2 * DAY)]  # two days late, within the interval
    stats = item_stats(walk, late, ANCHOR + 4 * DAY)
    assert (stats.current_streak, stats.rate) == (1, 1.0)
    very_late = [answer(ANCHOR + 7 * DAY)]  # two whole intervals went by first
    stats = item_stats(walk, very_late, ANCHOR + 8 * DAY)
    assert stats.current_streak == 1  # the answer starts a new run
    assert stats.rate == 1 / 3  # missed, missed, done
    marks = month_marks(walk, {c.day: c for c in very_late}, 2026, 3, ANCHOR + 8 * DAY)
    assert marks[ANCHOR] is DayMark.MISSED
    assert marks[ANCHOR + 3 * DAY] is DayMark.MISSED
    assert marks[ANCHOR + 6 * DAY] is DayMark.NOT_DUE
    assert marks[ANCHOR + 7 * DAY] is DayMark.DONE
    assert marks[ANCHOR + 8 * DAY] is DayMark.NOT_DUE  # the next is planned for the 10th


def test_history_shows_the_open_one_as_still_open():
    walk = item()
    marks = month_marks(walk, {}, 2026, 3, ANCHOR + 2 * DAY)
    assert marks[ANCHOR] is DayMark.PENDING  # planned then, still open
    assert marks[ANCHOR + DAY] is DayMark.NOT_DUE
    assert marks[ANCHOR + 2 * DAY] is DayMark.PENDING  # today
    assert item_stats(walk, [], ANCHOR + 2 * DAY).rate is None  # not missed yet


def test_it_reminds_on_the_day_it_is_planned_for_only():
    zone = ZoneInfo("Europe/Berlin")
    walk = Item("Call a friend", EVERY_3, id=1, created_on=ANCHOR, reminders=(time(9, 0),))
    start = datetime(2026, 3, 1, tzinfo=UTC)
    end = start + timedelta(days=10)
    days = [r.day for r in reminders_between(walk, walk.reminders, start, end, zone)]
    assert days[0] == ANCHOR
    answered = [answer(ANCHOR + DAY)]  # a day late
    days = [r.day for r in reminders_between(walk, walk.reminders, start, end, zone, answered)]
    assert ANCHOR + 4 * DAY in days  # three days after the answer
    assert ANCHOR + 3 * DAY not in days  # not on the old rhythm's day
    # Still open after its day: it stays on Today, without a pop-up every day.
    days = [r.day for r in reminders_between(walk, walk.reminders, start, end, zone)]
    assert days == [ANCHOR]
