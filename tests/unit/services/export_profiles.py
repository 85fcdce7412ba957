"""Profiles and export files for the export-restore tests: a realistic year (made by
tests/perf/make_journal.py) with every table the export holds filled through the
repositories, and a small valid export document to spoil one field at a time."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from planner.domain.followup import FollowupSchedule, Phase, Rebase
from planner.domain.journal import (
    Checkup,
    CheckupKind,
    CheckupStatus,
    JournalEntry,
    Mood,
    SleepQuality,
)
from planner.domain.model import CheckOff, Item, Schedule, SkipReason, Status, Target
from planner.domain.questions import Question
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import CHECKIN, ReminderSource
from planner.domain.reminders import DueReminder
from planner.domain.screens import NudgeReason
from planner.services.export import export_json
from planner.storage.store import Store

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def make_year(folder: Path) -> Path:
    """A profile with a year of check-offs, check-ins, checkups and screens, and a row in
    every other table (archived items, follow-up schedules, planned and removed checkups,
    questions, every kind of reminder, care-team notes, settings); returns planner.db."""
    script = ROOT / "tests" / "perf" / "make_journal.py"
    subprocess.run(
        [sys.executable, str(script), str(folder), "--years", "1"],
        check=True,
        capture_output=True,
    )
    database = folder / "planner.db"
    store = Store.open(database)
    try:
        _add_the_rest(store)
    finally:
        store.close()
    return database


def _add_the_rest(store: Store) -> None:
    today = date(2026, 11, 25)
    walk, once, _ = store.items.add_many(
        [
            Item(
                "Walk by the river",
                Schedule.every_n_days(3, date(2026, 1, 5)),
                why="Moving helps with tiredness.",
                details="Slow is fine.\nTake water.",
                target=Target(25, "minutes"),
                reminders=(time(18, 30), time(8, 0)),
                plan_key="walk-river",
            ),
            Item("Book the dentist", Schedule.once(date(2026, 12, 3))),
            Item("Stretch", Schedule.on_weekdays(0, 3)),
        ],
        today=today,
        now=NOW,
    )
    first_active = store.items.active()[0]
    store.items.archive(first_active.id, now=NOW)  # type: ignore[arg-type]
    store.items.archive(once.id, now=NOW + timedelta(hours=1))  # type: ignore[arg-type]
    store.checkoffs.record(
        CheckOff(
            walk.id,  # type: ignore[arg-type]
            today,
            Status.SKIPPED,
            skip_reason=SkipReason.OTHER,
            skip_note="Rain, and a 'quote' \"here\"",
            recorded_at=NOW,
            zone="Europe/Berlin",
        )
    )
    (plan,) = store.followup.replace_all(
        [
            FollowupSchedule(
                CheckupKind.ONCOLOGIST,
                "Oncologist visit",
                (Phase(3, 24), Phase(12, None)),
                lead_days=21,
                source="My oncologist, Oct 2026",
                rebase=Rebase(2, date(2026, 6, 1)),
            )
        ],
        NOW,
    )
    planned = store.checkups.add(
        Checkup(
            date(2027, 2, 1),
            CheckupKind.ONCOLOGIST,
            "Europe/Berlin",
            title="Oncologist visit",
            status=CheckupStatus.PLANNED,
            schedule_id=plan.id,
            number=3,
            due_on=date(2027, 2, 1),
        ),
        NOW,
    )
    gone = store.checkups.add(
        Checkup(date(2026, 12, 10), CheckupKind.SCAN, "UTC", at=time(9, 15), place="Room 4"), NOW
    )
    store.checkups.remove(gone.id)  # type: ignore[arg-type]
    asked = store.questions.add(Question("Do I need a scan?"), NOW)
    store.questions.add(Question("Can I swim again?"), NOW)
    store.questions.update(
        Question(asked.text, answer="Not yet.", asked_at=NOW, checkup_id=gone.id, id=asked.id),
        NOW,
    )
    entry = JournalEntry(
        Mood.GOOD,
        3,
        today,
        NOW + timedelta(minutes=5),
        "Europe/Berlin",
        energy=6,
        sleep_hours=7.5,
        sleep_quality=SleepQuality.WELL,
        note="A good day.\nLine two, with ümlauts and 😀.",
        tags=("walk", "family time"),
        for_care_team=True,
    )
    store.journal.add(entry, NOW)
    reminders = [
        DueReminder(NOW, today, time(8, 0), ReminderSource.item(walk.id)),  # type: ignore[arg-type]
        DueReminder(NOW, today, time(20, 0), CHECKIN),
        DueReminder(NOW, today, time(9, 0), ReminderSource.book(planned.id)),  # type: ignore[arg-type]
        DueReminder(NOW, today, time(9, 30), ReminderSource.visit(gone.id)),  # type: ignore[arg-type]
    ]
    store.reminder_log.mark_shown(reminders, NOW)
    store.reminder_log.set_outcome(
        reminders[:1], Outcome.SNOOZED, NOW, snoozed_until=NOW + timedelta(minutes=10)
    )
    store.reminder_log.set_outcome(reminders[1:2], Outcome.DONE, NOW)
    nudge = store.wellbeing.log_nudge(NudgeReason.WORRY, NOW)
    store.wellbeing.dismiss_nudge(nudge, NOW + timedelta(days=1))
    store.wellbeing.log_nudge(NudgeReason.PHQ2, NOW + timedelta(days=2))
    store.settings.set("theme", "dark")
    store.settings.set("notes.sign", "line one\nline two")


def export_text(database: Path, now: datetime = NOW) -> str:
    """``main.py export`` of the profile, as text."""
    store = Store.open_readonly(database)
    try:
        out = io.StringIO()
        export_json(store, out, now=now)
        return out.getvalue()
    finally:
        store.close()


def without_stamp(text: str) -> dict[str, Any]:
    doc = json.loads(text)
    doc.pop("exported_at_utc")
    return doc


def small_export() -> dict[str, Any]:
    """A valid export with one row in the tables the refusal tests spoil."""
    return {
        "format": "between-checkups-export",
        "version": 1,
        "app_version": "0.1.0",
        "exported_at_utc": "2026-11-25T14:00:00+00:00",
        "items": [
            {
                "id": 1,
                "plan_id": None,
                "title": "Walk",
                "why": "",
                "details": "",
                "category": "movement",
                "schedule": {"type": "daily"},
                "target": {"amount": 20, "unit": "minutes"},
                "position": 0,
                "archived": False,
                "created_on": "2026-11-01",
                "reminders": ["08:30"],
            }
        ],
        "checkoffs": [
            {
                "item_id": 1,
                "date": "2026-11-24",
                "status": "done",
                "amount": 20,
                "skip_reason": None,
                "recorded_at_utc": "2026-11-24T18:00:00+00:00",
                "zone": "Europe/Berlin",
                "skip_note": None,
            }
        ],
        "settings": {"theme": "light"},
        "reminder_log": [],
        "journal": [
            {
                "id": 12,
                "date": "2026-11-24",
                "at": "2026-11-24T19:00:00+00:00",
                "zone": "Europe/Berlin",
                "mood": 4,
                "mood_label": "Good",
                "worry": 2,
                "energy": None,
                "sleep_hours": None,
                "sleep_quality": None,
                "note": "Fine.",
                "tags": [],
                "for_care_team": False,
            }
        ],
        "checkups": [],
        "followup_schedules": [],
        "questions": [],
        "screens": [],
        "care_notes": [],
    }
