"""The JSON export holds the follow-up schedules, the planned, booked and removed
checkups with their new fields, the questions with their answers, and which checkup a
reminder belonged to."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain.followup import Anchor, FollowupSchedule, Phase
from planner.domain.journal import Checkup, CheckupKind
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import ReminderSource
from planner.domain.reminders import DueReminder
from planner.services.checklist import ChecklistService
from planner.services.export import export_csv, export_json
from planner.services.followup import FollowupService
from planner.services.questions import QuestionService
from planner.storage.store import Store

NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
VISITS = FollowupSchedule(
    CheckupKind.ONCOLOGIST,
    "Oncologist",
    (Phase(3, 24), Phase(12, None)),
    lead_days=28,
    source="Dr. Weber, Oct 2026",
)


def exported(store: Store) -> dict:
    out = io.StringIO()
    export_json(store, out, now=NOW)
    return json.loads(out.getvalue())


def test_the_export_holds_schedules_checkups_questions_and_checkup_reminders(
    qtbot, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data" / "planner.db")
    try:
        checklist = ChecklistService(store, BERLIN, clock=lambda: NOW)
        followup = FollowupService(store, checklist)
        questions = QuestionService(store, checklist)
        past = store.checkups.add(
            Checkup(date(2026, 4, 30), CheckupKind.SCAN, "Europe/Berlin", place="City Hospital"),
            NOW,
        )
        followup.save(Anchor("End of treatment", date(2026, 1, 10)), [VISITS])
        visit_2, visit_3, *_ = followup.planned()
        followup.book(visit_2, date(2026, 7, 13), time(9, 30), count_from_here=True)
        store.checkups.remove(visit_3.id)
        asked = questions.set_asked(questions.add("Are the scan results fine?"), True)
        questions.answer(asked, "Yes, all clear.")
        questions.add("Can I travel in August?")
        book = DueReminder(NOW, date(2026, 5, 4), time(10, 0), ReminderSource.book(visit_2.id))
        store.reminder_log.mark_shown([book], NOW)
        store.reminder_log.set_outcome([book], Outcome.DONE, NOW)
        doc = exported(store)
        csv_out = io.StringIO()
        export_csv(store, csv_out, "checkups")
    finally:
        store.close()

    (schedule,) = doc["followup_schedules"]
    assert schedule == {
        "id": schedule["id"],
        "kind": "oncologist",
        "title": "Oncologist",
        "phases": [{"every_months": 3, "months": 24}, {"every_months": 12, "months": None}],
        "lead_days": 28,
        "source": "Dr. Weber, Oct 2026",
        "rebase": {"number": 2, "date": "2026-07-13"},
        "position": 0,
    }
    checkups = {c["id"]: c for c in doc["checkups"]}
    assert checkups[past.id]["status"] == "booked"
    assert checkups[past.id]["schedule_id"] is None
    booked = checkups[visit_2.id]
    assert {k: booked[k] for k in ("status", "title", "schedule_id", "number", "due_on")} == {
        "status": "booked",
        "title": "Oncologist",
        "schedule_id": schedule["id"],
        "number": 2,
        "due_on": "2026-07-10",
    }
    assert (booked["date"], booked["at"], booked["uid"]) == ("2026-07-13", "09:30", visit_2.uid)
    removed = checkups[visit_3.id]
    assert (removed["status"], removed["uid"], removed["number"]) == ("removed", visit_3.uid, 3)
    planned = [c for c in doc["checkups"] if c["status"] == "planned"]
    assert [c["number"] for c in planned] == [4, 5, 6, 7, 8]
    assert planned[0]["due_on"] == planned[0]["date"] == "2027-01-13"  # counted from the visit
    assert planned[0]["at"] is None
    assert len({c["uid"] for c in doc["checkups"]}) == len(doc["checkups"])
    assert doc["questions"] == [
        {
            "id": asked.id,
            "text": "Are the scan results fine?",
            "position": 0,
            "asked": True,
            "asked_at_utc": "2026-05-04T08:00:00+00:00",
            "checkup_id": past.id,  # asked at the scan four days ago
            "answer": "Yes, all clear.",
        },
        {
            "id": asked.id + 1,
            "text": "Can I travel in August?",
            "position": 1,
            "asked": False,
            "asked_at_utc": None,
            "checkup_id": None,
            "answer": "",
        },
    ]
    (reminder,) = doc["reminder_log"]
    assert (reminder["kind"], reminder["item_id"], reminder["checkup_id"]) == (
        "book",
        None,
        visit_2.id,
    )
    assert reminder["outcome"] == "done"
    # The spreadsheet of checkups keeps its columns and lists the booked ones only.
    header, *rows = csv_out.getvalue().splitlines()
    assert header == "id,date,time,zone,kind,place,results_on,note"
    assert [r.split(",")[1] for r in rows] == ["2026-04-30", "2026-07-13"]
