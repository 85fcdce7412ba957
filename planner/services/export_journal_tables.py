"""The journal's side of an export's tables (check-ins, follow-up schedules, checkups,
questions, screens, care-team notes) and what every table's reader shares: ids, links
to other tables, rows that must not repeat. ``export_tables.Tables`` adds the checklist's
side and reads the whole file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.followup import MAX_LEAD_DAYS, MAX_SOURCE_LENGTH
from planner.domain.followup import MAX_TITLE_LENGTH as MAX_SCHEDULE_TITLE
from planner.domain.journal import MAX_NOTE_LENGTH, MAX_PLACE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS
from planner.domain.journal.checkups import MAX_TITLE_LENGTH as MAX_CHECKUP_TITLE
from planner.domain.questions import MAX_ANSWER_LENGTH, MAX_QUESTION_LENGTH
from planner.services.export_fields import ExportProblem, Row
from planner.services.export_shapes import (
    BIG,
    KINDS,
    SLEEP,
    ExportRows,
    iso_day,
    read_phases,
)
from planner.storage.repos.checkups import new_uid
from planner.storage.repos.journal import TAG_SEPARATOR, stamp

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)


class TableBase:
    """Checks every table of a parsed export; ``rows`` is usable only when ``problems``
    stayed empty. ``exported`` (the file's time) dates what the export does not keep."""

    def __init__(self, doc: dict[str, Any], exported: datetime, problems: list[ExportProblem]):
        self.doc = doc
        self.problems = problems
        self.rows = ExportRows()
        # Dates what the export does not keep (never so early that counting back fails).
        self.exported = max(exported.astimezone(UTC).replace(microsecond=0), EARLIEST)
        self.item_ids: set[int] = set()
        self.checkup_ids: set[int] = set()
        self.schedule_ids: set[int] = set()
        self.entry_ids: set[int] = set()
        self.question_ids: set[int] = set()
        self.archived = 0
        self.answered: set[tuple[Any, ...]] = set()
        self.reminded: set[tuple[Any, ...]] = set()
        self.uids: set[str] = set()

    def table(self, key: str, name: str, read: Callable[[Row], None], fields: str) -> None:
        """Read every row of one table (a missing table is an empty one)."""
        rows = self.doc.get(key, [])
        if not isinstance(rows, list):
            self.problems.append(
                ExportProblem(
                    "",
                    QCoreApplication.translate(
                        "ExportRestore", "'{table}' must be a list in brackets [ ]."
                    ).format(table=key),
                )
            )
            return
        known = frozenset(fields.split())
        for number, raw in enumerate(rows, start=1):
            read(Row(raw, name.format(n=number), known, self.problems))

    @staticmethod
    def _once(row: Row, seen: set[Any], key: Any, text: str) -> None:
        """Note ``text`` when ``key`` was seen in an earlier row of the table."""
        if key in seen:
            row.note(text)
        seen.add(key)

    def _id(self, row: Row, ids: set[int]) -> int | None:
        value = row.whole("id", 1, BIG)
        if value is not None:
            if value in ids:
                row.note(
                    QCoreApplication.translate(
                        "ExportRestore", "the id {id} is used by another row too."
                    ).format(id=value)
                )
                return None
            ids.add(value)
        return value

    def _link(
        self, row: Row, key: str, ids: set[int], what: str, *, required: bool = False
    ) -> int | None:
        value = row.whole(key, 1, BIG, optional=not required)
        if value is not None and value not in ids:
            row.note(
                QCoreApplication.translate(
                    "ExportRestore",
                    "'{field}' is {id}, but there is no {what} with that id in the file.",
                ).format(field=key, id=value, what=what)
            )
        return value

    def checkin(self, row: Row) -> None:
        entry_id = self._id(row, self.entry_ids)
        day = row.day("date")
        at = row.moment("at")
        zone = row.zone("zone")
        mood = row.whole("mood", 1, 5)
        row.text("mood_label", 40, optional=True)
        worry = row.whole("worry", 0, 10)
        energy = row.whole("energy", 0, 10, optional=True)
        hours = row.number("sleep_hours", 0, 24, optional=True)
        quality = row.choice("sleep_quality", SLEEP, optional=True)
        note = row.text("note", MAX_NOTE_LENGTH, optional=True, lines=True) or ""
        listed = row.listed("tags", MAX_TAGS, optional=True) or []
        tags = [row.check_text("tags", t, MAX_TAG_LENGTH, blank_ok=False) for t in listed]
        if len(set(tags)) != len(tags):
            row.note(
                QCoreApplication.translate("ExportRestore", "the same tag is in 'tags' twice.")
            )
        care = row.flag("for_care_team", optional=True) or False
        if row.ok and day is not None and at is not None:
            self.rows.journal_entries.append(
                (entry_id, day.isoformat(), stamp(at), zone, mood, worry, energy, hours,
                 SLEEP[quality] if quality else None, note,
                 TAG_SEPARATOR.join(t or "" for t in tags), int(care), stamp(at))
            )  # fmt: skip

    def schedule(self, row: Row) -> None:
        schedule_id = self._id(row, self.schedule_ids)
        kind = row.choice("kind", KINDS)
        title = row.text("title", MAX_SCHEDULE_TITLE, blank_ok=False)
        phases = read_phases(row, self.problems)
        lead = row.whole("lead_days", 0, MAX_LEAD_DAYS)
        source = row.text("source", MAX_SOURCE_LENGTH, optional=True, lines=True) or ""
        rebase = row.group("rebase", optional=True)
        number = on = None
        if rebase is not None:
            sub = Row(
                rebase,
                row.place + QCoreApplication.translate("ExportRestore", ", rebase"),
                ("number", "date"),
                self.problems,
            )
            number, on = sub.whole("number", 1, BIG), sub.day("date")
            row.ok = row.ok and sub.ok
        position = row.whole("position", 0, BIG)
        if row.ok:
            self.rows.followup_schedules.append(
                (schedule_id, kind, title, phases, lead, source, number, iso_day(on), position,
                 self.exported.isoformat())
            )  # fmt: skip

    def checkup(self, row: Row) -> None:
        checkup_id = self._id(row, self.checkup_ids)
        day = row.day("date")
        at = row.clock("at", optional=True)
        zone = row.zone("zone")
        kind = row.choice("kind", KINDS)
        place = row.text("place", MAX_PLACE_LENGTH, optional=True) or ""
        results_on = row.day("results_on", optional=True)
        note = row.text("note", MAX_NOTE_LENGTH, optional=True, lines=True) or ""
        title = row.text("title", MAX_CHECKUP_TITLE, optional=True) or ""
        status = row.choice("status", ("booked", "planned", "removed"), optional=True) or "booked"
        schedule_id = self._link(
            row,
            "schedule_id",
            self.schedule_ids,
            QCoreApplication.translate("ExportRestore", "follow-up schedule"),
        )
        number = row.whole("number", 1, BIG, optional=True)
        due_on = row.day("due_on", optional=True)
        uid = row.text("uid", 200, optional=True) or new_uid()
        self._once(
            row,
            self.uids,
            uid,
            QCoreApplication.translate(
                "ExportRestore", "its calendar 'uid' is used by another checkup."
            ),
        )
        sequence = row.whole("sequence", 0, BIG, optional=True) or 0
        if results_on is not None and day is not None and results_on < day:
            row.note(
                QCoreApplication.translate(
                    "ExportRestore", "'results_on' comes before the checkup's own 'date'."
                )
            )
        if status == "planned" and at is not None:
            row.note(
                QCoreApplication.translate(
                    "ExportRestore",
                    "a planned checkup has no time yet, so 'at' must be empty (null).",
                )
            )
        if row.ok and day is not None:
            self.rows.checkups.append(
                (checkup_id, day.isoformat(), at.isoformat(timespec="minutes") if at else None,
                 zone, kind, place, iso_day(results_on), note, title, status, schedule_id, number,
                 iso_day(due_on), uid, sequence, self.exported.isoformat())
            )  # fmt: skip

    def question(self, row: Row) -> None:
        question_id = self._id(row, self.question_ids)
        text = row.text("text", MAX_QUESTION_LENGTH, lines=True, blank_ok=False)
        position = row.whole("position", 0, BIG)
        asked = row.flag("asked", optional=True)
        asked_at = row.moment("asked_at_utc", optional=True)
        if asked is not None and asked != (asked_at is not None) and row.ok:
            row.note(
                QCoreApplication.translate(
                    "ExportRestore", "'asked' and 'asked_at_utc' do not agree."
                )
            )
        checkup_id = self._link(
            row,
            "checkup_id",
            self.checkup_ids,
            QCoreApplication.translate("ExportRestore", "checkup"),
        )
        answer = row.text("answer", MAX_ANSWER_LENGTH, optional=True, lines=True) or ""
        if row.ok:
            made = self.exported.isoformat()
            self.rows.questions.append(
                (question_id, text, position, answer, stamp(asked_at) if asked_at else None,
                 checkup_id, made, made)
            )  # fmt: skip

    def screen(self, row: Row) -> None:
        kind = row.choice("kind", ("phq2", "gad2"))
        answers = row.listed("answers", 2) or []
        if len(answers) != 2 or not all(type(a) is int and 0 <= a <= 3 for a in answers):
            row.note(
                QCoreApplication.translate(
                    "ExportRestore", "'answers' must be two whole numbers, each from 0 to 3."
                )
            )
        total = row.whole("total", 0, 6, optional=True)
        if total is not None and row.ok and total != sum(answers):
            row.note(
                QCoreApplication.translate(
                    "ExportRestore", "'total' is not the sum of the two answers."
                )
            )
        day, at, zone = row.day("date"), row.moment("at"), row.zone("zone")
        if row.ok and day is not None and at is not None:
            self.rows.screens.append(
                (kind, answers[0], answers[1], day.isoformat(), stamp(at), zone)
            )

    def care_note(self, row: Row) -> None:
        reason = row.choice("reason", ("phq2", "gad2", "worry"))
        shown_at = row.moment("shown_at")
        dismissed = row.moment("dismissed_at", optional=True)
        if row.ok and shown_at is not None:
            self.rows.nudges.append(
                (reason, stamp(shown_at), stamp(dismissed) if dismissed else None)
            )
