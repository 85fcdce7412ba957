"""Every setting, declared once: its key, its type, its default, how it is read and written.

Nothing else names a setting by its key. ``Settings`` reads and saves them on the
store and announces each change on the bus (``Changes.settings`` holds the keys).
Reading needs no event loop, so the command line uses it too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from planner.domain.quiet_hours import QuietHours
from planner.services.changes import ChangeBus, Changes

if TYPE_CHECKING:
    from planner.domain.plans.sections import Contact, Resource
    from planner.storage.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: saved as text under ``key``; ``default`` when unset or unreadable."""

    key: str
    default: T
    read: Callable[[str], T]  # raises ValueError for text it cannot read
    write: Callable[[T], str]
    clean: Callable[[T], T] = lambda value: value  # applied before saving


def _clock(text: str) -> time | None:
    from planner.domain.reminders import parse_clock_time  # read after the first paint

    return parse_clock_time(text) if text else None


def _clock_text(value: time | None) -> str:
    return "" if value is None else f"{value:%H:%M}"


def _quiet(text: str) -> QuietHours | None:
    if not text:
        return None
    from planner.domain.reminders import parse_clock_time

    start, end = (parse_clock_time(part) for part in text.split("-"))
    return QuietHours(start, end)


def _quiet_text(value: QuietHours | None) -> str:
    return "" if value is None else f"{value.start:%H:%M}-{value.end:%H:%M}"


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _moment(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _on_off(text: str) -> bool:
    if text not in ("on", "off"):
        raise ValueError(text)
    return text == "on"


def _one_line(limit: int) -> Callable[[str], str]:
    return lambda text: " ".join(text.split())[:limit]


def _text(text: str) -> str:
    return text


def _yes(text: str) -> bool:
    return text == "yes"


def _idle_minutes(text: str) -> int:
    from planner.domain.privacy import idle_lock_minutes  # read after the first paint

    return idle_lock_minutes(text)


def _json(text: str) -> Any:
    import json  # read after the first paint (the plan's lists)

    try:
        return json.loads(text) if text else []
    except json.JSONDecodeError as exc:
        raise ValueError(text[:40]) from exc


def _lines(text: str) -> tuple[str, ...]:
    value = _json(text)
    if not isinstance(value, list) or not all(isinstance(line, str) for line in value):
        raise ValueError(text[:40])
    return tuple(value)


@overload
def _records(text: str, what: Literal["contact"]) -> tuple[Contact, ...]: ...
@overload
def _records(text: str, what: Literal["resource"]) -> tuple[Resource, ...]: ...
def _records(text: str, what: str) -> tuple[Contact, ...] | tuple[Resource, ...]:
    """Contacts or resources saved as a JSON list of objects with text fields (the plan
    sections are read after the first paint)."""
    from planner.domain.plans.sections import Contact, Resource

    kind: type[Contact] | type[Resource] = Contact if what == "contact" else Resource
    value = _json(text)
    names = {f.name for f in fields(kind)}
    if not isinstance(value, list):
        raise ValueError(text[:40])
    out: list[Any] = []
    for entry in value:
        if not (
            isinstance(entry, dict)
            and set(entry) <= names
            and all(isinstance(v, str) for v in entry.values())
        ):
            raise ValueError(text[:40])
        try:
            out.append(kind(**entry))
        except TypeError as exc:  # a required field missing
            raise ValueError(text[:40]) from exc
    return tuple(out)


def _json_text(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def _records_text(records: tuple[Contact, ...] | tuple[Resource, ...]) -> str:
    return _json_text([{k: v for k, v in asdict(r).items() if v} for r in records])


QUIET_HOURS: Setting[QuietHours | None] = Setting(
    "reminders.quiet_hours", QuietHours(time(22, 0), time(7, 0)), _quiet, _quiet_text
)
#: The day reminders come back after a pause (None: not paused).
RESUME_ON: Setting[date | None] = Setting(
    "reminders.resume_on", None, _day, lambda d: "" if d is None else d.isoformat()
)
#: The reminders' first start: nothing due before it counts as missed.
REMINDERS_SINCE: Setting[datetime | None] = Setting(
    "reminders.since", None, _moment, lambda m: "" if m is None else m.isoformat()
)
#: The evening check-in reminder's time (None: no evening reminder).
CHECKIN_TIME: Setting[time | None] = Setting(
    "journal.checkin_time", time(20, 0), _clock, _clock_text
)
SCREENS_ON: Setting[bool] = Setting(
    "journal.screens", True, _on_off, lambda on: "on" if on else "off"
)
#: The care team's name (a clinic, a nurse), their phone, and the phone out of hours:
#: shown wherever the app suggests calling.
CARE_TEAM_NAME: Setting[str] = Setting("care_team.name", "", _text, _text, _one_line(80))
CARE_PHONE: Setting[str] = Setting("journal.care_phone", "", _text, _text, _one_line(80))
CARE_PHONE_AFTER_HOURS: Setting[str] = Setting(
    "care_team.after_hours_phone", "", _text, _text, _one_line(80)
)
#: Notifications and the tray say only "A reminder from Between Checkups" (a shared screen).
PRIVATE_REMINDERS: Setting[bool] = Setting(
    "reminders.private", False, _on_off, lambda on: "on" if on else "off"
)
#: Calendar events name the checkup and its place ("Scan at City Hospital") instead of
#: just "Checkup" (a calendar others can see).
CALENDAR_DETAILS: Setting[bool] = Setting(
    "calendar.details", False, _on_off, lambda on: "on" if on else "off"
)
#: What the follow-up schedules count from: an event in the person's words, and its date.
FOLLOWUP_ANCHOR_EVENT: Setting[str] = Setting(
    "followup.anchor_event", "", _text, _text, _one_line(80)
)
FOLLOWUP_ANCHOR_ON: Setting[date | None] = Setting(
    "followup.anchor_on", None, _day, lambda d: "" if d is None else d.isoformat()
)
#: The plan the person's setup came from (its name), and the label the coordinator gave
#: it (initials or a program number), so a plan made for someone else can be noticed.
PLAN_NAME: Setting[str] = Setting("plan.name", "", _text, _text, _one_line(120))
PATIENT_LABEL: Setting[str] = Setting("plan.patient", "", _text, _text, _one_line(40))
#: Everything else a program's plan gives: all its contacts (the first one is also the
#: care team's name and phones above), the signs to call about, and its resources.
PROGRAM_CONTACTS: Setting[tuple[Contact, ...]] = Setting(
    "care_team.contacts", (), lambda t: _records(t, "contact"), _records_text
)
SIGNS_TO_REPORT: Setting[tuple[str, ...]] = Setting(
    "care_team.signs", (), _lines, lambda lines: _json_text(list(lines))
)
RESOURCES: Setting[tuple[Resource, ...]] = Setting(
    "care_team.resources", (), lambda t: _records(t, "resource"), _records_text
)
#: Minutes without a key press or click before the journal locks (with a passphrase
#: set); 0: never, the default.
IDLE_LOCK: Setting[int] = Setting("privacy.idle_lock_minutes", 0, _idle_minutes, str)
#: The one-time note that closing the window keeps the app in the tray was shown.
TOLD_ABOUT_TRAY: Setting[bool] = Setting(
    "window.close_to_tray_told", False, _yes, lambda told: "yes" if told else ""
)
#: A second folder of the person's choosing (a USB stick) that gets a copy of each new
#: backup ("" for none).
BACKUP_SECOND_FOLDER: Setting[str] = Setting(
    "backups.second_folder", "", _text, _text, lambda text: text.strip()
)

ALL: tuple[Setting[Any], ...] = (
    QUIET_HOURS,
    RESUME_ON,
    REMINDERS_SINCE,
    CHECKIN_TIME,
    SCREENS_ON,
    CARE_TEAM_NAME,
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    PRIVATE_REMINDERS,
    CALENDAR_DETAILS,
    FOLLOWUP_ANCHOR_EVENT,
    FOLLOWUP_ANCHOR_ON,
    TOLD_ABOUT_TRAY,
    PLAN_NAME,
    PATIENT_LABEL,
    PROGRAM_CONTACTS,
    SIGNS_TO_REPORT,
    RESOURCES,
    BACKUP_SECOND_FOLDER,
    IDLE_LOCK,
)


def read_setting(store: Store, setting: Setting[T]) -> T:
    """The saved value, or the default when it was never set or cannot be read."""
    text = store.settings.get(setting.key)
    if text is None:
        return setting.default
    try:
        return setting.read(text)
    except ValueError:
        log.warning("The saved setting %s was not readable; using its default", setting.key)
        return setting.default


class Settings:
    """Reads and saves settings; each save is announced on the bus after its commit."""

    def __init__(self, store: Store, bus: ChangeBus | None = None) -> None:
        self._store = store
        self._bus = bus

    def get(self, setting: Setting[T]) -> T:
        return read_setting(self._store, setting)

    def set(self, setting: Setting[T], value: T, *, origin: object | None = None) -> None:
        """Save ``value`` (cleaned first); raises StoreError when it could not be saved."""
        self._store.settings.set(setting.key, setting.write(setting.clean(value)))
        if self._bus is not None:
            self._bus.publish(Changes.of_settings([setting.key], origin=origin))
