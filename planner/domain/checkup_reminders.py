"""When checkups remind: "book it" for planned ones, the day before and on the day for
booked ones. Times are local wall-clock times, turned into instants with the same
daylight-saving rule as every other reminder (``domain.reminders.local_instant``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from planner.domain.followup import DEFAULT_LEAD_DAYS, book_reminder_days
from planner.domain.journal.checkups import Checkup, CheckupStatus
from planner.domain.reminder_sources import ReminderSource
from planner.domain.reminders import DueReminder, local_instant

#: "Book it" reminders come at this local time.
BOOK_AT = time(10, 0)
#: The evening before a booked checkup.
DAY_BEFORE_AT = time(18, 0)
#: On the day of a checkup with a time, this long before it (not before midnight).
ON_THE_DAY_BEFORE = timedelta(hours=2)


def book_slots(checkup: Checkup, lead_days: int) -> Iterator[tuple[date, time]]:
    """The (local day, time) of each "book it" reminder of a planned checkup."""
    if checkup.status is not CheckupStatus.PLANNED:
        return
    due = checkup.due_on or checkup.day
    for day in book_reminder_days(due, lead_days):
        yield day, BOOK_AT


def visit_slots(checkup: Checkup) -> Iterator[tuple[date, time]]:
    """The (local day, time) of a booked checkup's reminders: the evening before, and on
    the day two hours before when it has a time (none when that would be before midnight)."""
    if checkup.status is not CheckupStatus.BOOKED:
        return
    yield checkup.day - timedelta(days=1), DAY_BEFORE_AT
    if checkup.at is not None:
        start = datetime.combine(checkup.day, checkup.at)
        early = start - ON_THE_DAY_BEFORE
        if early.date() == checkup.day:
            yield checkup.day, early.time()


def checkup_reminders(
    checkups: Iterable[Checkup],
    lead_days: dict[int, int],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
) -> list[DueReminder]:
    """Every checkup reminder due in (start, end], in time order. ``lead_days`` maps a
    schedule's id to its "book it" lead (a planned checkup without one uses the default)."""
    found: list[DueReminder] = []
    for checkup in checkups:
        if checkup.id is None:
            continue
        if checkup.status is CheckupStatus.PLANNED:
            lead = lead_days.get(checkup.schedule_id or -1, DEFAULT_LEAD_DAYS)
            source = ReminderSource.book(checkup.id)
            slots: Iterable[tuple[date, time]] = book_slots(checkup, lead)
        else:
            source = ReminderSource.visit(checkup.id)
            slots = visit_slots(checkup)
        for day, at in slots:
            instant = local_instant(day, at, zone)
            if start < instant <= end:
                found.append(DueReminder(instant, day, at, source))
    found.sort()
    return found


def still_wanted(reminder: DueReminder, checkup: Checkup | None, lead_days: int) -> bool:
    """Whether a checkup's reminder is still open: a "book it" while the checkup is still
    planned; a visit reminder while the checkup is booked for the day and time it named."""
    if checkup is None:
        return False
    wanted = {
        "book": lambda: set(book_slots(checkup, lead_days)),
        "visit": lambda: set(visit_slots(checkup)),
    }.get(reminder.source.kind.value)
    return wanted is not None and (reminder.day, reminder.at) in wanted()
