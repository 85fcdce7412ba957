"""The checklist's shared words: the domain's codes and numbers said in English."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.history import StreakUnit
from planner.domain.model import Category, Schedule, ScheduleProblem, SkipReason, Target
from planner.domain.progress import WeekProgress
from planner.ui.kit import words

MON = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("schedule", "text"),
    [
        (Schedule.daily(), "Every day"),
        (Schedule.on_weekdays(0, 2, 4), "Mon, Wed, Fri"),
        (Schedule.on_weekdays(0, 1, 2, 3, 4), "Weekdays"),
        (Schedule.on_weekdays(*range(7)), "Every day"),
        (Schedule.per_week(1), "Once a week"),
        (Schedule.per_week(3), "3 times a week"),
        (Schedule.every_n_days(2, MON), "Every 2 days"),
        (Schedule.once(MON), "Once, by Mon 23 Nov 2026"),
    ],
)
def test_schedules_in_words(qapp, schedule, text):
    assert words.schedule_text(schedule) == text


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (ScheduleProblem.NO_WEEKDAYS, "Choose at least one day of the week."),
        (ScheduleProblem.WEEKDAY_OUT_OF_RANGE, "Days of the week must be Monday to Sunday."),
        (ScheduleProblem.TIMES_PER_WEEK_OUT_OF_RANGE, "Times a week must be between 1 and 7."),
        (
            ScheduleProblem.INTERVAL_OUT_OF_RANGE,
            "Every N days needs a number of days between 2 and 365.",
        ),
        (ScheduleProblem.NO_FIRST_DAY, "Every N days needs a first day."),
        (ScheduleProblem.NO_DUE_DATE, "A one-time task needs a due date."),
    ],
)
def test_schedule_problems_in_plain_words(qapp, problem, text):
    assert words.schedule_problem_text(problem) == text


def test_every_category_and_skip_reason_has_a_name(qapp):
    assert words.category_label(Category.CARE) == "Care and checkups"
    assert words.skip_reason_label(SkipReason.NOT_WELL) == "Not feeling well"
    assert all(words.category_label(c) for c in Category)
    assert all(words.skip_reason_label(r) for r in SkipReason)


@pytest.mark.parametrize(
    ("count", "unit", "text"),
    [
        (0, StreakUnit.DAYS, "0 days"),
        (1, StreakUnit.DAYS, "1 day"),
        (5, StreakUnit.DAYS, "5 days"),
        (1, StreakUnit.WEEKS, "1 week"),
        (3, StreakUnit.WEEKS, "3 weeks"),
        (4, StreakUnit.TIMES, "4 in a row"),
    ],
)
def test_streaks_say_one_and_many(qapp, count, unit, text):
    assert words.streak_text(count, unit) == text


def test_goals_progress_and_shares(qapp):
    assert words.target_text(Target(20, "minutes")) == "20 minutes"
    assert words.target_text(Target(2.5, "km")) == "2.5 km"
    assert words.target_text(Target(8, "")) == "8"
    assert words.week_progress_text(WeekProgress(done=2, target=3)) == "2 of 3 this week"
    assert words.week_progress_text(WeekProgress(done=5, target=3)) == "3 of 3 this week"
    assert words.percent_text(10 / 23) == "43%"
    assert words.percent_text(None) == "–"
    assert words.joined(["Every day", "Food"]) == "Every day · Food"
