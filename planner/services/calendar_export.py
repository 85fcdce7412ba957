"""'Add to my calendar': the checkups as an iCalendar file (.ics) made with icalendar.

One event per booked checkup, per planned one with a due date (all day, tentative) and
per removed one (cancelled, so a calendar that imported it before drops it). Each event's
UID is the checkup's own (made once by the storage layer) and its SEQUENCE the checkup's
(raised by storage on every change), so exporting again updates the same events.

Choices, and why:

- No METHOD: a plain published calendar (RFC 5545, no iTIP). METHOD:CANCEL cannot share
  a file with live events, and METHOD:PUBLISH asks for an ORGANIZER; Google, Apple and
  Thunderbird re-import a plain file and honour STATUS:CANCELLED on a known UID.
- Every checkup is exported, past ones too: a calendar of what happened is fine, and
  leaving old events out would delete them from a subscribed calendar.
- Privacy (calendars are shared and synced): by default every event is called
  "Checkup", with no kind, place or note. With ``details`` the title names the checkup
  ("Scan at City Hospital") and the place goes in LOCATION; the note never leaves the app.
  Every event is CLASS:PRIVATE.
- A timed event has the checkup's zone as TZID, a VTIMEZONE made by icalendar's
  ``add_missing_timezones()`` for the years it needs, and lasts an hour.
- Alarms (DISPLAY) only for booked checkups that have not begun: a timed one at the same
  time the day before (TRIGGER -P1D), an all-day one at 9:00 the day before (TRIGGER
  -PT15H from its midnight). Planned checkups get none (the app's "book it" reminders
  cover them; "Checkup tomorrow" would claim an appointment that does not exist), and past
  ones get none (Thunderbird would pop up every missed alarm on import).
- The output depends only on the checkups, ``now`` and ``details``: same input, same bytes.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event
from PySide6.QtCore import QCoreApplication

from planner import APP_NAME, __version__
from planner.domain.journal.checkups import Checkup, CheckupKind, CheckupStatus

if TYPE_CHECKING:
    from planner.storage.store import Store

#: How long a timed checkup's event lasts (the checkup records only when it begins).
EVENT_LENGTH = timedelta(hours=1)
#: Timed events: the alarm at the same clock time the day before.
TIMED_ALARM = timedelta(days=-1)
#: All-day events begin at midnight: 15 hours earlier is 9:00 the day before.
ALL_DAY_ALARM = timedelta(hours=-15)

_STATUS = {
    CheckupStatus.BOOKED: "CONFIRMED",
    CheckupStatus.PLANNED: "TENTATIVE",
    CheckupStatus.REMOVED: "CANCELLED",
}


def kind_name(kind: CheckupKind) -> str:
    """What a checkup of ``kind`` is called in a detailed event title."""
    match kind:
        case CheckupKind.ONCOLOGIST:
            return QCoreApplication.translate("Calendar", "Oncologist visit")
        case CheckupKind.BLOOD_TEST:
            return QCoreApplication.translate("Calendar", "Blood test")
        case CheckupKind.SCAN:
            return QCoreApplication.translate("Calendar", "Scan")
    return QCoreApplication.translate("Calendar", "Checkup")


def _plain(text: str) -> str:
    """``text`` without control characters (iCalendar TEXT allows none but tab and the
    line breaks that icalendar escapes); any line break becomes a newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def _one_line(text: str) -> str:
    return " ".join(_plain(text).split())


def event_title(checkup: Checkup, *, details: bool) -> str:
    """ "Checkup"; with ``details`` the checkup's name (or its kind's) and its place."""
    if not details:
        return QCoreApplication.translate("Calendar", "Checkup")
    what = _one_line(checkup.title) or kind_name(checkup.kind)
    place = _one_line(checkup.place)
    if not place:
        return what
    return QCoreApplication.translate("Calendar", "{what} at {place}").format(
        what=what, place=place
    )


def _start(checkup: Checkup) -> date | datetime:
    """The event's start: a local date (all day), or an existing wall time in the zone.

    A planned checkup falls on its due date. A time that does not exist (a DST gap) is
    written as the instant ``Checkup.starts`` gives, on the zone's clock after the gap.
    """
    if checkup.status is CheckupStatus.PLANNED:
        return checkup.due_on or checkup.day
    if checkup.at is None:
        return checkup.day
    return checkup.starts().astimezone(ZoneInfo(checkup.zone))


def _end(start: date | datetime) -> date | datetime:
    if isinstance(start, datetime):
        return (start.astimezone(UTC) + EVENT_LENGTH).astimezone(start.tzinfo)
    return start + timedelta(days=1)


def _alarm(summary: str, trigger: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", trigger)
    return alarm


def _event(checkup: Checkup, *, stamp: datetime, details: bool) -> Event:
    if not checkup.uid:
        raise ValueError("a checkup gets its calendar UID when it is saved")
    start = _start(checkup)
    timed = isinstance(start, datetime)
    summary = event_title(checkup, details=details)
    event = Event()
    event.add("uid", checkup.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", max(checkup.sequence, 0))
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", _end(start))
    event.add("status", _STATUS[checkup.status])
    event.add("class", "PRIVATE")
    # Only a booked appointment takes up the person's time; the others show as free.
    event.add("transp", "OPAQUE" if checkup.booked else "TRANSPARENT")
    if checkup.planned:
        event.add(
            "description",
            QCoreApplication.translate("Calendar", "This checkup is planned but not booked yet."),
        )
    place = _plain(checkup.place).strip()
    if details and place:
        event.add("location", place)
    if checkup.booked:
        begins = start if isinstance(start, datetime) else checkup.starts()
        if begins > stamp:
            event.add_component(_alarm(summary, TIMED_ALARM if timed else ALL_DAY_ALARM))
    return event


def _sort_key(checkup: Checkup) -> tuple[date, time, str]:
    return (checkup.due_on or checkup.day, checkup.at or time.min, checkup.uid)


def _exported(checkup: Checkup) -> bool:
    return checkup.status is not CheckupStatus.PLANNED or checkup.due_on is not None


def _add_timezones(calendar: Calendar, timed_days: Sequence[date]) -> None:
    """VTIMEZONEs for the zones in use, for the years the events (and alarms) need,
    placed before the events (some older clients want them first)."""
    if not timed_days:
        return
    first = date(max(min(timed_days).year - 1, 1), 1, 1)
    last = date(min(max(timed_days).year + 2, 9999), 1, 1)
    calendar.add_missing_timezones(first, last)
    calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")


def calendar_bytes(checkups: Sequence[Checkup], *, now: datetime, details: bool) -> bytes:
    """The checkups as an iCalendar file; ``now`` (aware) is every event's DTSTAMP.

    Every checkup is included, past ones too; planned ones only with a due date. Raises
    ValueError for a naive ``now`` or a checkup that was never saved (it has no UID).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    stamp = now.astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    chosen = sorted(filter(_exported, checkups), key=_sort_key)
    for checkup in chosen:
        calendar.add_component(_event(checkup, stamp=stamp, details=details))
    _add_timezones(calendar, [c.day for c in chosen if c.at is not None and not c.planned])
    return bytes(calendar.to_ical())


def write_calendar(
    checkups: Sequence[Checkup], path: Path, *, now: datetime, details: bool
) -> None:
    """Write the calendar file at ``path``, readable only by the person (0600).

    Written to a temporary file in the same folder, flushed to disk, then moved over
    ``path`` in one step, so a reader never sees half a file. Raises OSError (with no
    temporary file left behind) for the caller to report.
    """
    data = calendar_bytes(checkups, now=now, details=details)
    target = path.expanduser().resolve()  # a link is written through, not replaced
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=".calendar-", suffix=".ics", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            os.chmod(tmp, 0o600)  # mkstemp's mode already; said here for every platform
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # The rename itself reaches the disk once the folder is synced (not possible on
    # Windows, where a folder cannot be opened; the file is complete either way).
    with contextlib.suppress(OSError):
        folder_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)


class CalendarExport:
    """ "Add to my calendar" for the screens and the command line: the profile's checkups
    written as a calendar file, with the titles the person chose (see CALENDAR_DETAILS)."""

    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._clock = clock

    def details(self) -> bool:
        from planner.services.settings import CALENDAR_DETAILS, read_setting

        return read_setting(self._store, CALENDAR_DETAILS)

    def write(self, path: Path, *, details: bool | None = None) -> int:
        """Write the calendar file; the number of events in it. Raises OSError."""
        checkups = [c for c in self._store.checkups.everything() if _exported(c)]
        chosen = self.details() if details is None else details
        write_calendar(checkups, path, now=self._clock(), details=chosen)
        return len(checkups)
