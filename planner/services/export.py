"""Write everything the person keeps as JSON, or one table (answers, check-ins, checkups) as CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import IO, Any

from planner import __version__
from planner.domain.followup import FollowupSchedule
from planner.domain.journal import Checkup, JournalEntry
from planner.domain.model import WEEKDAY_NAMES, CheckOff, Item, Schedule, ScheduleKind
from planner.domain.questions import Question
from planner.domain.reminder_rules import LogEntry
from planner.domain.screens import NudgeReason, ScreenResult
from planner.storage.store import Store

EXPORT_FORMAT = "between-checkups-export"
EXPORT_VERSION = 1
#: The check-offs' columns; ``skip_note`` (the person's words for "Other reason") came
#: last, so the columns before it keep their places in existing spreadsheets.
CSV_COLUMNS = (
    "date",
    "item",
    "status",
    "amount",
    "unit",
    "skip_reason",
    "recorded_at_utc",
    "zone",
    "skip_note",
)
JOURNAL_CSV_COLUMNS = (
    "id",
    "date",
    "at_utc",
    "zone",
    "mood",
    "mood_label",
    "worry",
    "energy",
    "sleep_hours",
    "sleep_quality",
    "tags",
    "for_care_team",
    "note",
)
CHECKUP_CSV_COLUMNS = ("id", "date", "time", "zone", "kind", "place", "results_on", "note")
TAG_JOIN = "; "


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    """The schedule in the plan-file form, plus the first day of an every-N-days rhythm."""
    kind = schedule.kind
    out: dict[str, Any] = {"type": kind.value}
    if kind is ScheduleKind.WEEKDAYS:
        out["days"] = [WEEKDAY_NAMES[d] for d in sorted(schedule.weekdays)]
    elif kind is ScheduleKind.TIMES_PER_WEEK:
        out["times"] = schedule.times_per_week
    elif kind is ScheduleKind.EVERY_N_DAYS:
        assert schedule.anchor is not None
        out["days"] = schedule.interval_days
        out["first_day"] = schedule.anchor.isoformat()
    elif kind is ScheduleKind.ONCE:
        assert schedule.due is not None
        out["due"] = schedule.due.isoformat()
    return out


def item_to_dict(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "plan_id": item.plan_key,
        "title": item.title,
        "why": item.why,
        "details": item.details,
        "category": item.category.value,
        "schedule": schedule_to_dict(item.schedule),
        "target": None
        if item.target is None
        else {"amount": item.target.amount, "unit": item.target.unit},
        "position": item.position,
        "archived": item.archived,
        "created_on": item.created_on.isoformat() if item.created_on else None,
        "reminders": [t.isoformat(timespec="minutes") for t in item.reminders],
    }


def checkoff_to_dict(c: CheckOff) -> dict[str, Any]:
    return {
        "item_id": c.item_id,
        "date": c.day.isoformat(),
        "status": c.status.value,
        "amount": c.amount,
        "skip_reason": c.skip_reason.value if c.skip_reason else None,
        "recorded_at_utc": c.recorded_at.isoformat() if c.recorded_at else None,
        "zone": c.zone,
        "skip_note": c.skip_note,
    }


def _utc(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def reminder_to_dict(entry: LogEntry) -> dict[str, Any]:
    """One reminder log row; ``kind`` says what it belongs to ("item": ``item_id`` names
    the checklist item; "checkin": the evening check-in; "book" and "visit": a checkup's
    reminders, ``checkup_id`` naming it). The id of another kind is null."""
    return {
        "kind": entry.source.kind.value,
        "item_id": entry.source.item_id,
        "checkup_id": entry.source.checkup_id,
        "date": entry.day.isoformat(),
        "time": entry.at.isoformat(timespec="minutes"),
        "due_at_utc": _utc(entry.due_at),
        "first_shown_at_utc": _utc(entry.first_shown_at),
        "last_shown_at_utc": _utc(entry.last_shown_at),
        "outcome": entry.outcome.value if entry.outcome else None,
        "outcome_at_utc": _utc(entry.outcome_at),
        "snoozed_until_utc": _utc(entry.snoozed_until),
    }


def journal_to_dict(entry: JournalEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "date": entry.day.isoformat(),
        "at": _utc(entry.at),
        "zone": entry.zone,
        "mood": int(entry.mood),
        "mood_label": entry.mood.export_label,
        "worry": entry.worry,
        "energy": entry.energy,
        "sleep_hours": entry.sleep_hours,
        "sleep_quality": entry.sleep_quality.export_label if entry.sleep_quality else None,
        "note": entry.note,
        "tags": list(entry.tags),
        "for_care_team": entry.for_care_team,
    }


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def checkup_to_dict(checkup: Checkup) -> dict[str, Any]:
    """One checkup: booked, planned by a follow-up schedule (``schedule_id``, visit
    ``number``, ``due_on``) or removed (kept so calendars can cancel the event ``uid``)."""
    return {
        "id": checkup.id,
        "date": checkup.day.isoformat(),
        "at": checkup.at.isoformat(timespec="minutes") if checkup.at else None,
        "zone": checkup.zone,
        "kind": checkup.kind.value,
        "place": checkup.place,
        "results_on": _day(checkup.results_on),
        "note": checkup.note,
        "title": checkup.title,
        "status": checkup.status.value,
        "schedule_id": checkup.schedule_id,
        "number": checkup.number,
        "due_on": _day(checkup.due_on),
        "uid": checkup.uid,
    }


def followup_to_dict(schedule: FollowupSchedule) -> dict[str, Any]:
    """One follow-up schedule, its phases as the database keeps them (``months`` null:
    with no end) and the visit its later ones are counted from, if any."""
    rebase = schedule.rebase
    return {
        "id": schedule.id,
        "kind": schedule.kind.value,
        "title": schedule.title,
        "phases": [{"every_months": p.every_months, "months": p.months} for p in schedule.phases],
        "lead_days": schedule.lead_days,
        "source": schedule.source,
        "rebase": None if rebase is None else {"number": rebase.number, "date": _day(rebase.on)},
        "position": schedule.position,
    }


def question_to_dict(question: Question) -> dict[str, Any]:
    """One question for the care team; ``checkup_id`` is the checkup it was asked at."""
    return {
        "id": question.id,
        "text": question.text,
        "position": question.position,
        "asked": question.asked,
        "asked_at_utc": _utc(question.asked_at),
        "checkup_id": question.checkup_id,
        "answer": question.answer,
    }


def screen_to_dict(result: ScreenResult) -> dict[str, Any]:
    return {
        "kind": result.kind.value,
        "answers": list(result.answers),
        "total": result.total,
        "date": result.day.isoformat(),
        "at": _utc(result.at),
        "zone": result.zone,
    }


def care_note_to_dict(
    reason: NudgeReason, shown_at: datetime, dismissed_at: datetime | None
) -> dict[str, Any]:
    return {"reason": reason.value, "shown_at": _utc(shown_at), "dismissed_at": _utc(dismissed_at)}


def _all_items(store: Store) -> list[Item]:
    return store.items.active() + store.items.archived()


def export_json(store: Store, out: IO[str], *, now: datetime) -> None:
    """Everything kept (checklist, reminders, journal, checkups, follow-up schedules,
    questions, screens) as one JSON document."""
    doc = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "exported_at_utc": now.isoformat(),
        "items": [item_to_dict(i) for i in _all_items(store)],
        "checkoffs": [checkoff_to_dict(c) for c in store.checkoffs.all()],
        "settings": store.settings.all(),
        "reminder_log": [reminder_to_dict(e) for e in store.reminder_log.all()],
        "journal": [journal_to_dict(e) for e in store.journal.all()],
        # Planned and removed checkups too: the questions and the reminder log name them.
        "checkups": [checkup_to_dict(c) for c in store.checkups.everything()],
        "followup_schedules": [followup_to_dict(s) for s in store.followup.all()],
        "questions": [question_to_dict(q) for q in store.questions.all()],
        "screens": [screen_to_dict(r) for r in store.wellbeing.screens()],
        "care_notes": [care_note_to_dict(*n) for n in store.wellbeing.nudges()],
    }
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


#: Text a spreadsheet would run as a formula starts with one of these.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def plain_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never runs it: a note such as "=SUM(...)" or
    "+1 walk" gets a leading apostrophe (the usual advice for CSV files)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_csv(store: Store, out: IO[str], table: str = "checkoffs") -> None:
    """One table for spreadsheets: the check-off history, the check-ins or the checkups."""
    header: tuple[str, ...]
    if table == "checkoffs":
        items = {i.id: i for i in _all_items(store)}
        header, rows = CSV_COLUMNS, _csv_rows(store.checkoffs.all(), items)
    elif table == "journal":
        header, rows = JOURNAL_CSV_COLUMNS, _journal_rows(store.journal.all())
    elif table == "checkups":
        header, rows = CHECKUP_CSV_COLUMNS, _checkup_rows(store.checkups.all())
    else:
        raise ValueError(f"unknown table {table!r}")
    # Rows end in CR LF (RFC 4180), so the writer quotes every cell holding a CR or a
    # line break, as well as commas and quotes: no cell can split a row.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([plain_cell(cell) for cell in row] for row in rows)


def _csv_rows(checkoffs: Iterable[CheckOff], items: dict[int | None, Item]) -> Iterable[list[str]]:
    for c in checkoffs:
        item = items.get(c.item_id)
        yield [
            c.day.isoformat(),
            item.title if item else "",
            c.status.value,
            "" if c.amount is None else f"{c.amount:g}",
            item.target.unit if item and item.target else "",
            c.skip_reason.value if c.skip_reason else "",
            c.recorded_at.isoformat() if c.recorded_at else "",
            c.zone,
            c.skip_note or "",
        ]


def _blank(value: object) -> str:
    return "" if value is None else str(value)


def _journal_rows(entries: Iterable[JournalEntry]) -> Iterable[list[str]]:
    for e in entries:
        yield [
            _blank(e.id),
            e.day.isoformat(),
            _utc(e.at) or "",
            e.zone,
            str(int(e.mood)),
            e.mood.export_label,
            str(e.worry),
            _blank(e.energy),
            "" if e.sleep_hours is None else f"{e.sleep_hours:g}",
            e.sleep_quality.export_label if e.sleep_quality else "",
            TAG_JOIN.join(e.tags),
            "yes" if e.for_care_team else "no",
            e.note,
        ]


def _checkup_rows(checkups: Iterable[Checkup]) -> Iterable[list[str]]:
    keys = ("id", "date", "at", "zone", "kind", "place", "results_on", "note")
    for c in checkups:
        row = checkup_to_dict(c)
        yield [_blank(row[key]) for key in keys]
