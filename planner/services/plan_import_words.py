"""A plan import's preview in plain lines, for the command line (``plan apply``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.services.plan_preview import ContactField

if TYPE_CHECKING:
    from planner.services.plan_preview import ImportPreview


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.replace("%n", str(n))


def describe_preview(p: ImportPreview) -> list[str]:
    """The preview in plain lines, for the command line (the window words it itself)."""
    tr = QCoreApplication.translate
    lines: list[str] = []
    if p.other_patient:
        lines.append(
            tr(
                "PlanImport",
                "Check the file: this plan was made for {new}, but the plan already here was "
                "made for {old}.",
            ).format(new=p.patient, old=p.other_patient)
        )
    elif p.patient:
        lines.append(tr("PlanImport", "This plan was made for {label}.").format(label=p.patient))
    if p.added:
        lines.append(
            tr("PlanImport", "Checklist: add {items}.").format(
                items=", ".join(i.title for i in p.added)
            )
        )
    if p.updated:
        lines.append(
            tr("PlanImport", "Checklist: update {items} (their check-offs stay).").format(
                items=", ".join(u.new.title for u in p.updated)
            )
        )
    if p.kept:
        lines.append(
            _count(
                len(p.kept),
                tr("PlanImport", "Checklist: 1 item from the plan stays as it is."),
                tr("PlanImport", "Checklist: %n items from the plan stay as they are."),
            )
        )
    if p.dropped:
        lines.append(
            tr(
                "PlanImport",
                "Kept, though this plan no longer has them (archive them in the app): {items}.",
            ).format(items=", ".join(i.title for i in p.dropped))
        )
    for schedules, text in (
        (p.schedules_added, tr("PlanImport", "Follow-up: add {names}.")),
        (p.schedules_replaced, tr("PlanImport", "Follow-up: replace {names}.")),
    ):
        if schedules:
            lines.append(text.format(names=", ".join(s.title for s in schedules)))
    if p.anchor is not None:
        lines.append(
            tr("PlanImport", "Follow-up counts from: {event}, {day} (now: {before}).").format(
                event=p.anchor.event,
                day=p.anchor.on.isoformat(),
                before=p.anchor_before.on.isoformat()
                if p.anchor_before
                else tr("PlanImport", "none"),
            )
        )
    if p.checkups_planned:
        lines.append(
            _count(
                p.checkups_planned,
                tr("PlanImport", "In the next two years, 1 checkup will be planned."),
                tr("PlanImport", "%n checkups will be planned for the next two years."),
            )
        )
    for change in p.contacts:
        what = {
            ContactField.NAME: tr("PlanImport", "Care team: {new} (now: {old})."),
            ContactField.PHONE: tr("PlanImport", "Care team's phone: {new} (now: {old})."),
            ContactField.AFTER_HOURS: tr("PlanImport", "Phone out of hours: {new} (now: {old})."),
        }[change.field]
        lines.append(what.format(new=change.new, old=change.old or tr("PlanImport", "none")))
    if p.questions:
        lines.append(
            tr("PlanImport", "Questions: add {questions}.").format(questions="; ".join(p.questions))
        )
    if p.program_contacts:
        lines.append(
            tr("PlanImport", "Contacts: {people}.").format(
                people="; ".join(f"{c.role}: {c.phone}" for c in p.program_contacts)
            )
        )
    if p.signs_to_report:
        lines.append(
            tr("PlanImport", "Call the care team about: {signs}.").format(
                signs="; ".join(p.signs_to_report)
            )
        )
    if p.resources:
        lines.append(
            tr("PlanImport", "Help from the program: {names}.").format(
                names="; ".join(r.name for r in p.resources)
            )
        )
    if not p.changes_anything:
        lines.append(tr("PlanImport", "Nothing will change: everything in it is already here."))
    return lines
