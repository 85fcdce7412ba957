"""The checklist's shared words: schedules, categories, skip reasons, goals, progress.

The domain gives codes and numbers; these functions say them in the person's language
(Qt translation, context "ChecklistWords"). Sentences with a count are methods of
``ChecklistWords``, so ``pyside6-lupdate`` gives them plural forms. English loads no
translation file, so where English itself changes for exactly one ("1 day", "Once a
week"), that case is a sentence of its own and the plural form covers the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from planner.domain.model import (
    INTERVAL_DAYS_RANGE,
    TIMES_PER_WEEK_RANGE,
    Category,
    Schedule,
    ScheduleKind,
    ScheduleProblem,
    SkipReason,
    Target,
)
from planner.domain.progress import WeekProgress
from planner.ui.kit.formatting import amount, short_day_year

if TYPE_CHECKING:
    # Loaded by the screens that show these words, not on the way to the first paint.
    from planner.domain.history import StreakUnit
    from planner.domain.reminders import ClockTimeError

_CATEGORY_LABELS = {
    Category.CARE: QT_TRANSLATE_NOOP("ChecklistWords", "Care and checkups"),
    Category.FOOD: QT_TRANSLATE_NOOP("ChecklistWords", "Food"),
    Category.MOVEMENT: QT_TRANSLATE_NOOP("ChecklistWords", "Movement"),
    Category.HABITS: QT_TRANSLATE_NOOP("ChecklistWords", "Healthy habits"),
    Category.REST: QT_TRANSLATE_NOOP("ChecklistWords", "Rest and sleep"),
    Category.CONNECTION: QT_TRANSLATE_NOOP("ChecklistWords", "People and support"),
    Category.OTHER: QT_TRANSLATE_NOOP("ChecklistWords", "Other"),
}

_SKIP_REASON_LABELS = {
    SkipReason.TOO_TIRED: QT_TRANSLATE_NOOP("ChecklistWords", "Too tired"),
    SkipReason.NOT_WELL: QT_TRANSLATE_NOOP("ChecklistWords", "Not feeling well"),
    SkipReason.NO_TIME: QT_TRANSLATE_NOOP("ChecklistWords", "No time"),
    SkipReason.OTHER: QT_TRANSLATE_NOOP("ChecklistWords", "Other reason"),
}

_SCHEDULE_PROBLEMS = {
    ScheduleProblem.NO_WEEKDAYS: QT_TRANSLATE_NOOP(
        "ChecklistWords", "Choose at least one day of the week."
    ),
    ScheduleProblem.WEEKDAY_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "ChecklistWords", "Days of the week must be Monday to Sunday."
    ),
    ScheduleProblem.TIMES_PER_WEEK_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "ChecklistWords", "Times a week must be between {low} and {high}."
    ),
    ScheduleProblem.INTERVAL_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "ChecklistWords", "Every N days needs a number of days between {low} and {high}."
    ),
    ScheduleProblem.NO_FIRST_DAY: QT_TRANSLATE_NOOP(
        "ChecklistWords", "Every N days needs a first day."
    ),
    ScheduleProblem.NO_DUE_DATE: QT_TRANSLATE_NOOP(
        "ChecklistWords", "A one-time task needs a due date."
    ),
}

_RANGES = {
    ScheduleProblem.TIMES_PER_WEEK_OUT_OF_RANGE: TIMES_PER_WEEK_RANGE,
    ScheduleProblem.INTERVAL_OUT_OF_RANGE: INTERVAL_DAYS_RANGE,
}


class ChecklistWords(QObject):
    """The checklist's sentences with a count (the class name is their context)."""

    def times_a_week(self, times: int) -> str:
        if times == 1:
            return self.tr("Once a week")
        return self.tr("%n times a week", "", times)

    def every_n_days(self, days: int) -> str:
        return self.tr("Every %n days", "", days)

    def times_a_week_field(self, times: int) -> str:
        if times == 1:
            return self.tr("1 time a week")
        return self.tr("%n times a week", "", times)

    def every_n_days_field(self, days: int) -> str:
        return self.tr("every %n days", "", days)

    def week_progress(self, done: int, target: int) -> str:
        return self.tr("%n of {target} this week", "", done).format(target=target)

    def week_progress_partly(self, done: int, target: int, partly: int) -> str:
        """ "3 of 3 this week (1 partly done)": partly done days count as times."""
        return self.tr("%n of {target} this week ({partly} partly done)", "", done).format(
            target=target, partly=partly
        )

    def too_many_times(self, most: int) -> str:
        return self.tr("Please choose at most %n reminder times.", "", most)

    def streak(self, count: int, unit: StreakUnit) -> str:
        from planner.domain.history import StreakUnit

        if unit is StreakUnit.TIMES:
            return self.tr("%n in a row", "", count)
        if unit is StreakUnit.WEEKS:
            return self.tr("1 week") if count == 1 else self.tr("%n weeks", "", count)
        return self.tr("1 day") if count == 1 else self.tr("%n days", "", count)


@cache
def _plural() -> ChecklistWords:
    """The one ``ChecklistWords`` (made on first use; it holds nothing but its name)."""
    return ChecklistWords()


def weekday_name(day: int) -> str:
    """The locale's short name of a weekday (0 is Monday): "Mon"."""
    return QLocale().standaloneDayName(day + 1, QLocale.FormatType.ShortFormat)


def category_label(category: Category) -> str:
    """ "Care and checkups"."""
    return QCoreApplication.translate("ChecklistWords", _CATEGORY_LABELS[category])


def skip_reason_label(reason: SkipReason) -> str:
    """ "Too tired"."""
    return QCoreApplication.translate("ChecklistWords", _SKIP_REASON_LABELS[reason])


def schedule_problem_text(problem: ScheduleProblem) -> str:
    """What to put right in a schedule, in plain words."""
    text = QCoreApplication.translate("ChecklistWords", _SCHEDULE_PROBLEMS[problem])
    if problem in _RANGES:
        low, high = _RANGES[problem]
        text = text.format(low=low, high=high)
    return text


def schedule_text(schedule: Schedule) -> str:
    """A short summary: "Every day", "Mon, Wed, Fri", "3 times a week", "Once, by Tue 8 Dec
    2026"."""
    kind = schedule.kind
    if kind is ScheduleKind.WEEKDAYS:
        if schedule.weekdays == frozenset(range(5)):
            return QCoreApplication.translate("ChecklistWords", "Weekdays")
        if schedule.weekdays != frozenset(range(7)):
            names = (weekday_name(day) for day in sorted(schedule.weekdays))
            return QCoreApplication.translate("ChecklistWords", ", ").join(names)
    if kind is ScheduleKind.TIMES_PER_WEEK:
        return _plural().times_a_week(schedule.times_per_week)
    if kind is ScheduleKind.EVERY_N_DAYS:
        return _plural().every_n_days(schedule.interval_days)
    if kind is ScheduleKind.ONCE and schedule.due is not None:
        return QCoreApplication.translate("ChecklistWords", "Once, by {day}").format(
            day=short_day_year(schedule.due)
        )
    return QCoreApplication.translate("ChecklistWords", "Every day")


def times_a_week_field(times: int) -> str:
    """The number field of "A number of times a week": "1 time a week", "3 times a week"."""
    return _plural().times_a_week_field(times)


def every_n_days_field(days: int) -> str:
    """The number field of "Every few days" (followed by "starting" and a date)."""
    return _plural().every_n_days_field(days)


def amount_text(value: float, unit: str) -> str:
    """An amount in the person's own unit: "20 minutes", "2.5 km", or "8" without one."""
    if not unit:
        return amount(value)
    return QCoreApplication.translate("ChecklistWords", "{amount} {unit}").format(
        amount=amount(value), unit=unit
    )


def target_text(target: Target) -> str:
    """A goal: "20 minutes"."""
    return amount_text(target.amount, target.unit)


def week_progress_text(week: WeekProgress) -> str:
    """ "2 of 3 this week", or "3 of 3 this week (1 partly done)": partly done days count
    as times and are named (answers beyond the target are not counted)."""
    if week.partly:
        return _plural().week_progress_partly(week.counted, week.target, week.partly)
    return _plural().week_progress(week.counted, week.target)


def clock_problem_text(error: ClockTimeError) -> str:
    """What is wrong with a typed clock time, and how to write it."""
    from planner.domain.reminders import MAX_REMINDER_TIMES, ClockProblem

    if error.problem is ClockProblem.TOO_MANY:
        return _plural().too_many_times(MAX_REMINDER_TIMES)
    texts = {
        ClockProblem.NOT_A_TIME: QCoreApplication.translate(
            "ChecklistWords", "“{text}” is not a time of day. Write it like 9:00 or 19:30."
        ),
        ClockProblem.HOUR_TOO_BIG: QCoreApplication.translate(
            "ChecklistWords", "“{text}” is not a time of day: the hours go from 0 to 23."
        ),
        ClockProblem.MINUTE_TOO_BIG: QCoreApplication.translate(
            "ChecklistWords", "“{text}” is not a time of day: the minutes go from 00 to 59."
        ),
    }
    return texts[error.problem].format(text=error.text)


def streak_text(count: int, unit: StreakUnit) -> str:
    """ "1 day", "3 weeks", or "4 in a row" for schedules counted in occurrences."""
    return _plural().streak(count, unit)


def percent_text(share: float | None) -> str:
    """A share from 0 to 1 as a whole percentage, "43%", or a dash when there is none."""
    if share is None:
        return "–"
    return QCoreApplication.translate("ChecklistWords", "{percent}%").format(
        percent=amount(round(share * 100))
    )


def joined(parts: Iterable[str]) -> str:
    """Short facts side by side: "3 times a week · Goal: 20 minutes"."""
    return QCoreApplication.translate("ChecklistWords", " · ").join(parts)
