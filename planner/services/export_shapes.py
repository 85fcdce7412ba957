"""The shapes an export file's rows take on their way into the database: the tables'
columns, the limits the app keeps, the schedule and phase readers shared by the tables
(see ``export_tables``), and the fields each row may have.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.followup import MAX_EVERY_MONTHS, MAX_PHASE_MONTHS, MAX_PHASES
from planner.domain.journal import SleepQuality
from planner.domain.model import WEEKDAY_NAMES, ScheduleKind
from planner.services.export_fields import ExportProblem, Row
from planner.storage.repos.items import weekdays_to_mask

#: The item editor's limits (planner.ui.checklist.item_editor), and the skip's own words.
TITLE_MAX, WHY_MAX, DETAILS_MAX, UNIT_MAX, SKIP_NOTE_MAX = 120, 200, 2000, 30, 200
BIG = 1_000_000_000
AMOUNT_MAX = 1_000_000.0
SETTING_KEY_MAX, SETTING_VALUE_MAX = 200, 100_000
KINDS = ("oncologist", "blood_test", "scan", "other")
SLEEP = {q.export_label: int(q) for q in SleepQuality}


def ms_stamp(moment: datetime | None) -> str | None:
    """The reminder log's form of an instant (UTC, milliseconds)."""
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="milliseconds")


def iso_day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


@dataclass
class ExportRows:
    """What the file holds, as the database's rows (in the columns of ``COLUMNS``)."""

    items: list[tuple[Any, ...]] = field(default_factory=list)
    checkoffs: list[tuple[Any, ...]] = field(default_factory=list)
    settings: list[tuple[Any, ...]] = field(default_factory=list)
    reminder_log: list[tuple[Any, ...]] = field(default_factory=list)
    journal_entries: list[tuple[Any, ...]] = field(default_factory=list)
    followup_schedules: list[tuple[Any, ...]] = field(default_factory=list)
    checkups: list[tuple[Any, ...]] = field(default_factory=list)
    questions: list[tuple[Any, ...]] = field(default_factory=list)
    screens: list[tuple[Any, ...]] = field(default_factory=list)
    nudges: list[tuple[Any, ...]] = field(default_factory=list)


#: Each table's columns, in the order the rows above hold them (and the tables filled).
COLUMNS = {
    "items": "id, plan_key, title, why, details, category, schedule_kind, weekdays, "
    "times_per_week, interval_days, anchor_date, due_date, target_amount, target_unit, "
    "position, archived_at_utc, created_on, created_at_utc, reminder_times",
    "checkoffs": "item_id, day, status, amount, skip_reason, recorded_at_utc, zone, skip_note",
    "settings": "key, value",
    "followup_schedules": "id, kind, title, phases, lead_days, source, rebase_number, "
    "rebase_on, position, created_at_utc",
    "checkups": "id, day, at, zone, kind, place, results_on, note, title, status, "
    "schedule_id, number, due_on, uid, sequence, created_at_utc",
    "reminder_log": "kind, item_id, checkup_id, day, at, due_at_utc, first_shown_at_utc, "
    "last_shown_at_utc, outcome, outcome_at_utc, snoozed_until_utc",
    "journal_entries": "id, day, at_utc, zone, mood, worry, energy, sleep_hours, "
    "sleep_quality, note, tags, for_care_team, updated_at_utc",
    "questions": "id, text, position, answer, asked_at_utc, checkup_id, created_at_utc, "
    "updated_at_utc",
    "screens": "kind, answer_1, answer_2, day, at_utc, zone",
    "nudges": "reason, shown_at_utc, dismissed_at_utc",
}


def read_schedule(row: Row) -> tuple[Any, ...] | None:
    """(kind, weekdays mask, times a week, interval, first day, due day), or None."""
    raw = row.group("schedule")
    if raw is None:
        return None
    sub = Row(
        raw,
        row.place + QCoreApplication.translate("ExportRestore", ", schedule"),
        ("type", "days", "times", "first_day", "due"),
        row.problems,
    )
    kind = sub.choice("type", [k.value for k in ScheduleKind])
    mask = times = interval = 0
    first = due = None
    if kind == "weekdays":
        days = sub.listed("days", 7) or []
        if not days or not all(d in WEEKDAY_NAMES for d in days) or len(set(days)) != len(days):
            sub.note(
                QCoreApplication.translate(
                    "ExportRestore", "'days' must list week days such as \"mon\", each once."
                )
            )
        else:
            mask = weekdays_to_mask(frozenset(WEEKDAY_NAMES.index(d) for d in days))
    elif kind == "times_per_week":
        times = sub.whole("times", 1, 7) or 0
    elif kind == "every_n_days":
        interval = sub.whole("days", 2, 365) or 0
        first = sub.day("first_day")
    elif kind == "once":
        due = sub.day("due")
    row.ok = row.ok and sub.ok
    return (kind, mask, times, interval, iso_day(first), iso_day(due)) if sub.ok else None


def read_phases(row: Row, problems: list[ExportProblem]) -> str | None:
    """The phases as the database keeps them (JSON text), or None."""
    raw = row.listed("phases", MAX_PHASES)
    if raw is None:
        return None
    if not raw:
        row.note(
            QCoreApplication.translate("ExportRestore", "'phases' must hold at least one phase.")
        )
    phases: list[dict[str, int | None]] = []
    for number, phase in enumerate(raw, start=1):
        place = row.place + QCoreApplication.translate("ExportRestore", ", phase {n}").format(
            n=number
        )
        sub = Row(phase, place, ("every_months", "months"), problems)
        every = sub.whole("every_months", 1, MAX_EVERY_MONTHS)
        months = sub.whole("months", 1, MAX_PHASE_MONTHS, optional=True)
        if months is None and number < len(raw) and sub.ok:
            sub.note(
                QCoreApplication.translate(
                    "ExportRestore", "only the last phase may go on with no end."
                )
            )
        row.ok = row.ok and sub.ok
        phases.append({"every_months": every, "months": months})
    return json.dumps(phases)


ITEM_FIELDS = (
    "id plan_id title why details category schedule target position archived created_on reminders"
)
CHECKOFF_FIELDS = "item_id date status amount skip_reason recorded_at_utc zone skip_note"
REMINDER_FIELDS = (
    "kind item_id checkup_id date time due_at_utc first_shown_at_utc last_shown_at_utc outcome "
    "outcome_at_utc snoozed_until_utc"
)
CHECKIN_FIELDS = (
    "id date at zone mood mood_label worry energy sleep_hours sleep_quality note tags for_care_team"
)
CHECKUP_FIELDS = (
    "id date at zone kind place results_on note title status schedule_id number due_on uid sequence"
)
SCHEDULE_FIELDS = "id kind title phases lead_days source rebase position"
QUESTION_FIELDS = "id text position asked asked_at_utc checkup_id answer"
SCREEN_FIELDS = "kind answers total date at zone"
CARE_NOTE_FIELDS = "reason shown_at dismissed_at"
