from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import CheckOff, Item, Schedule, Status, Target
from planner.domain.progress import (
    WeekProgress,
    count_done,
    plan_today,
    status_for_amount,
    today_entry,
)

WED = date(2026, 11, 25)


def item(schedule: Schedule, item_id: int = 1, **kw) -> Item:
    return Item(title="Walk", schedule=schedule, id=item_id, created_on=date(2026, 1, 1), **kw)


def done(day: date, item_id: int = 1, status: Status = Status.DONE) -> CheckOff:
    return CheckOff(item_id=item_id, day=day, status=status)


def test_daily_item_is_due_and_shows_todays_answer():
    entry = today_entry(item(Schedule.daily()), WED, [done(WED)])
    assert entry.due
    assert entry.answer is not None
    assert entry.answer.status is Status.DONE


def test_weekday_item_not_due_on_other_days_unless_answered():
    mon_fri = item(Schedule.on_weekdays(0, 4))
    assert not today_entry(mon_fri, WED, []).due
    assert today_entry(mon_fri, WED, [done(WED)]).due


def test_times_per_week_stays_until_target_met():
    walk = item(Schedule.per_week(3))
    two = [done(WED - timedelta(days=2)), done(WED - timedelta(days=1))]
    entry = today_entry(walk, WED, two)
    assert entry.due
    assert entry.week is not None
    assert (entry.week.counted, entry.week.target) == (2, 3)
    three = [*two, done(WED)]
    assert today_entry(walk, WED, three).due  # answered today, so still shown
    assert WeekProgress(done=4, target=3).counted == 3  # met; more is not counted
    assert not today_entry(walk, WED + timedelta(days=1), three).due


def test_times_per_week_counts_only_this_week_and_only_done():
    walk = item(Schedule.per_week(2))
    last_week = [done(WED - timedelta(days=7)), done(WED - timedelta(days=8))]
    skipped = [done(WED - timedelta(days=1), status=Status.SKIPPED)]
    entry = today_entry(walk, WED, last_week + skipped)
    assert entry.week is not None
    assert entry.week.done == 0


def test_one_time_task_due_on_its_day_and_still_open_until_answered():
    task = item(Schedule.once(WED - timedelta(days=2)))
    entry = today_entry(task, WED, [])
    assert entry.due
    assert entry.still_open
    assert not today_entry(task, WED, [done(WED - timedelta(days=1))]).due
    assert not today_entry(item(Schedule.once(WED + timedelta(days=3))), WED, []).due


def test_plan_today_splits_and_skips_archived():
    items = [
        item(Schedule.daily(), 1),
        item(Schedule.on_weekdays(0), 2),
        item(Schedule.daily(), 3, archived=True),
    ]
    due, other = plan_today(items, WED, [done(WED, 1)])
    assert [e.item.id for e in due] == [1]
    assert [e.item.id for e in other] == [2]
    assert count_done(due) == 1


def test_amount_below_target_is_partial():
    walk = item(Schedule.daily(), target=Target(20, "minutes"))
    assert status_for_amount(20, walk) is Status.DONE
    assert status_for_amount(12, walk) is Status.PARTIAL
    assert status_for_amount(1, item(Schedule.daily())) is Status.DONE


def test_one_time_task_done_early_does_not_come_back_on_its_day():
    task = item(Schedule.once(WED + timedelta(days=5)))
    finished = [done(WED)]
    later = today_entry(task, WED + timedelta(days=5), finished)
    assert not later.due
    assert later.finished
    due, other = plan_today([task], WED + timedelta(days=5), finished)
    assert due == []
    assert other == []  # put away, not left with Done and Skip forever


def test_one_time_task_done_late_is_no_longer_still_open():
    task = item(Schedule.once(WED - timedelta(days=3)))
    entry = today_entry(task, WED, [done(WED)])
    assert entry.due  # shown today, with its answer
    assert not entry.still_open


def test_done_without_an_amount_records_the_goal_as_done():
    from planner.domain.progress import done_answer

    walk = item(Schedule.daily(), target=Target(20, "minutes"))
    assert done_answer(walk) == (Status.DONE, 20)  # Done in the reminder panel
    assert done_answer(walk, 12) == (Status.PARTIAL, 12)  # typed on Today
    assert done_answer(walk, 25) == (Status.DONE, 25)
    assert done_answer(item(Schedule.daily())) == (Status.DONE, None)  # no goal


def test_a_partly_done_day_counts_as_one_of_the_weeks_times_and_is_shown_as_partly():
    walk = item(Schedule.per_week(3), target=Target(20, "minutes"))
    week = [
        done(WED - timedelta(days=2)),
        done(WED - timedelta(days=1), status=Status.PARTIAL),
    ]
    entry = today_entry(walk, WED, week)
    assert entry.week == WeekProgress(done=1, target=3, partly=1)
    assert (entry.week.counted, entry.week.times) == (2, 2)
    reached = [*week, done(WED, status=Status.PARTIAL)]
    assert today_entry(walk, WED, reached).week.met
    # The week's goal is reached: it leaves Today for the rest of the week.
    assert not today_entry(walk, WED + timedelta(days=1), reached).due
