"""The tables of an export file, each row checked (see ``export_fields``) and turned into
the values the database keeps, with the links between tables checked too: a check-off's
item, a checkup's follow-up schedule, a question's checkup, a reminder's item or checkup.

Fields that later versions of the app added to the export (a skip's own words, reminder
kinds, checkup titles and states, the follow-up tables) may be missing from an older
file: they get the value the app gave older data.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from planner.domain.model import Category, SkipReason, Status
from planner.domain.reminders import MAX_REMINDER_TIMES
from planner.services.export_fields import ExportProblem, Row, shown
from planner.services.export_journal_tables import TableBase
from planner.services.export_shapes import (
    AMOUNT_MAX,
    BIG,
    CARE_NOTE_FIELDS,
    CHECKIN_FIELDS,
    CHECKOFF_FIELDS,
    CHECKUP_FIELDS,
    DETAILS_MAX,
    ITEM_FIELDS,
    QUESTION_FIELDS,
    REMINDER_FIELDS,
    SCHEDULE_FIELDS,
    SCREEN_FIELDS,
    SETTING_KEY_MAX,
    SETTING_VALUE_MAX,
    SKIP_NOTE_MAX,
    TITLE_MAX,
    UNIT_MAX,
    WHY_MAX,
    ExportRows,
    ms_stamp,
    read_schedule,
)


class Tables(TableBase):
    """Checks every table of a parsed export (see ``TableBase``)."""

    def read_all(self) -> ExportRows:
        self.table(
            "items", QCoreApplication.translate("ExportRestore", "item {n}"), self.item, ITEM_FIELDS
        )
        self.table(
            "followup_schedules",
            QCoreApplication.translate("ExportRestore", "follow-up schedule {n}"),
            self.schedule,
            SCHEDULE_FIELDS,
        )
        self.table(
            "checkups",
            QCoreApplication.translate("ExportRestore", "checkup {n}"),
            self.checkup,
            CHECKUP_FIELDS,
        )
        self.table(
            "checkoffs",
            QCoreApplication.translate("ExportRestore", "check-off {n}"),
            self.checkoff,
            CHECKOFF_FIELDS,
        )
        self.table(
            "reminder_log",
            QCoreApplication.translate("ExportRestore", "reminder {n}"),
            self.reminder,
            REMINDER_FIELDS,
        )
        self.table(
            "journal",
            QCoreApplication.translate("ExportRestore", "check-in {n}"),
            self.checkin,
            CHECKIN_FIELDS,
        )
        self.table(
            "questions",
            QCoreApplication.translate("ExportRestore", "question {n}"),
            self.question,
            QUESTION_FIELDS,
        )
        self.table(
            "screens",
            QCoreApplication.translate("ExportRestore", "screen {n}"),
            self.screen,
            SCREEN_FIELDS,
        )
        self.table(
            "care_notes",
            QCoreApplication.translate("ExportRestore", "care-team note {n}"),
            self.care_note,
            CARE_NOTE_FIELDS,
        )
        self.settings()
        return self.rows

    def item(self, row: Row) -> None:
        item_id = self._id(row, self.item_ids)
        plan_key = row.text("plan_id", TITLE_MAX, optional=True)
        title = row.text("title", TITLE_MAX, blank_ok=False)
        why = row.text("why", WHY_MAX, optional=True) or ""
        details = row.text("details", DETAILS_MAX, optional=True, lines=True) or ""
        category = row.choice("category", [c.value for c in Category])
        schedule = read_schedule(row)
        target = row.group("target", optional=True)
        amount = unit = None
        if target is not None:
            sub = Row(
                target,
                row.place + QCoreApplication.translate("ExportRestore", ", target"),
                ("amount", "unit"),
                self.problems,
            )
            amount = sub.number("amount", 0.001, AMOUNT_MAX)
            unit = sub.text("unit", UNIT_MAX)
            row.ok = row.ok and sub.ok
        position = row.whole("position", 0, BIG)
        archived = row.flag("archived")
        created_on = row.day("created_on", optional=True) or self.exported.date()
        times = row.listed("reminders", MAX_REMINDER_TIMES, optional=True) or []
        clocks = sorted({c for t in times if (c := row.check_clock("reminders", t)) is not None})
        if not row.ok or schedule is None:
            return
        # The export lists archived items newest first: times a second apart keep that order.
        archived_at = None
        if archived:
            archived_at = (self.exported - timedelta(seconds=self.archived)).isoformat()
            self.archived += 1
        self.rows.items.append(
            (item_id, plan_key, title, why, details, category, *schedule, amount, unit,
             position, archived_at, created_on.isoformat(), f"{created_on}T00:00:00+00:00",
             ",".join(c.isoformat(timespec="minutes") for c in clocks))
        )  # fmt: skip

    def checkoff(self, row: Row) -> None:
        item_id = self._link(
            row,
            "item_id",
            self.item_ids,
            QCoreApplication.translate("ExportRestore", "item"),
            required=True,
        )
        day = row.day("date")
        status = row.choice("status", [s.value for s in Status])
        amount = row.number("amount", 0, AMOUNT_MAX, optional=True)
        reason = row.choice("skip_reason", [r.value for r in SkipReason], optional=True)
        recorded = row.moment("recorded_at_utc", optional=True)
        zone = row.zone("zone")
        note = row.text("skip_note", SKIP_NOTE_MAX, optional=True) or None
        if row.ok and day is not None:
            at = recorded.isoformat() if recorded else f"{day}T00:00:00+00:00"
            said = QCoreApplication.translate(
                "ExportRestore", "there is already an answer for this item on this day."
            )
            self._once(row, self.answered, (item_id, day), said)
        if row.ok and day is not None:
            self.rows.checkoffs.append(
                (item_id, day.isoformat(), status, amount, reason, at, zone, note)
            )

    def reminder(self, row: Row) -> None:
        kind = row.choice("kind", ("item", "checkin", "book", "visit"), optional=True)
        if not row.has("kind") and row.raw("item_id") == 0:  # older files: the check-in
            kind = "checkin"
        item_id = (
            None
            if kind == "checkin" and row.raw("item_id") == 0
            else (
                self._link(
                    row,
                    "item_id",
                    self.item_ids,
                    QCoreApplication.translate("ExportRestore", "item"),
                )
            )
        )
        checkup_id = self._link(
            row,
            "checkup_id",
            self.checkup_ids,
            QCoreApplication.translate("ExportRestore", "checkup"),
        )
        if not row.has("kind"):
            kind = "item" if item_id is not None else "checkin"
        if (kind == "item") != (item_id is not None):
            row.note(
                QCoreApplication.translate(
                    "ExportRestore", "a reminder of an item names its item, and only then."
                )
            )
        if (kind in ("book", "visit")) != (checkup_id is not None):
            row.note(
                QCoreApplication.translate(
                    "ExportRestore", "a checkup's reminder names its checkup, and only then."
                )
            )
        day = row.day("date")
        at = row.clock("time")
        due = row.moment("due_at_utc")
        first = row.moment("first_shown_at_utc", optional=True)
        last = row.moment("last_shown_at_utc", optional=True)
        outcome = row.choice("outcome", ("done", "snoozed", "skipped", "missed"), optional=True)
        outcome_at = row.moment("outcome_at_utc", optional=True)
        snoozed = row.moment("snoozed_until_utc", optional=True)
        key = (kind, item_id, checkup_id, day, at)
        self._once(
            row,
            self.reminded,
            key,
            QCoreApplication.translate("ExportRestore", "the same reminder is in the file twice."),
        )
        if row.ok and day is not None and at is not None:
            self.rows.reminder_log.append(
                (kind, item_id, checkup_id, day.isoformat(), at.isoformat(timespec="minutes"),
                 *map(ms_stamp, (due, first, last)), outcome, *map(ms_stamp, (outcome_at, snoozed)))
            )  # fmt: skip

    def settings(self) -> None:
        raw = self.doc.get("settings", {})
        if not isinstance(raw, dict):
            self.problems.append(
                ExportProblem(
                    "",
                    QCoreApplication.translate(
                        "ExportRestore", "'settings' must be a group of named values in braces { }."
                    ),
                )
            )
            return
        for key, value in raw.items():
            row = Row(
                {},
                QCoreApplication.translate("ExportRestore", "setting '{key}'").format(
                    key=shown(key)
                ),
                (),
                self.problems,
            )
            row.check_text("key", key, SETTING_KEY_MAX, blank_ok=False)
            row.check_text("value", value, SETTING_VALUE_MAX, lines=True)
            if row.ok:
                self.rows.settings.append((key, value))
