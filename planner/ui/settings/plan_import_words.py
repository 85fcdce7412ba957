"""The words of a plan import's preview in the window: what will change, a paragraph
each, and after Apply what was changed."""

from __future__ import annotations

from PySide6.QtCore import QObject

from planner.domain.plans.sections import Contact
from planner.services.plan_import import ContactField, ImportPreview, ItemField
from planner.ui.kit.formatting import day_short_month_year

#: At most this many names are listed under a count; the rest are "and N more".
LISTED = 12


class PreviewWords(QObject):
    """Words for one preview (a QObject for ``tr``)."""

    def names(self, names: list[str]) -> str:
        shown = [f"• {name}" for name in names[:LISTED]]
        rest = len(names) - LISTED
        if rest > 0:
            shown.append(self.tr("and %n more", "", rest))
        return "\n".join(shown)

    def _counted(self, sentence: str, names: list[str]) -> str:
        return f"{sentence}\n{self.names(names)}" if names else sentence

    def _field(self, field: ItemField) -> str:
        words = {
            ItemField.TITLE: self.tr("name"),
            ItemField.WHY: self.tr("why it helps"),
            ItemField.DETAILS: self.tr("details"),
            ItemField.CATEGORY: self.tr("kind"),
            ItemField.SCHEDULE: self.tr("how often"),
            ItemField.TARGET: self.tr("goal"),
            ItemField.REMINDERS: self.tr("reminders"),
        }
        return words[field]

    def _contact(self, field: ContactField) -> str:
        words = {
            ContactField.NAME: self.tr("Care team"),
            ContactField.PHONE: self.tr("Phone"),
            ContactField.AFTER_HOURS: self.tr("Phone out of hours"),
        }
        return words[field]

    def lines(self, p: ImportPreview) -> list[str]:
        """The preview in plain words, a paragraph each."""
        out: list[str] = []
        if p.other_patient:
            out.append(
                self.tr("Who the plan is for: {new} (now: {old})").format(
                    new=p.patient, old=p.other_patient
                )
            )
        elif p.patient:
            out.append(self.tr("This plan was made for {label}.").format(label=p.patient))
        if p.added:
            out.append(
                self._counted(
                    self.tr("1 item will be added:")
                    if len(p.added) == 1
                    else self.tr("%n items will be added:", "", len(p.added)),
                    [i.title for i in p.added],
                )
            )
        if p.updated:
            changes = []
            for u in p.updated:
                what = ", ".join(self._field(f) for f in u.changes)
                if u.old.title != u.new.title:
                    changes.append(
                        self.tr("“{old}” becomes “{new}” ({what})").format(
                            old=u.old.title, new=u.new.title, what=what
                        )
                    )
                else:
                    changes.append(self.tr("“{name}” ({what})").format(name=u.new.title, what=what))
            sentence = (
                self.tr("1 item will be updated; its check-offs stay:")
                if len(p.updated) == 1
                else self.tr("%n items will be updated; their check-offs stay:", "", len(p.updated))
            )
            out.append(self._counted(sentence, changes))
        if p.kept:
            out.append(
                self.tr("1 item from the plan stays as it is.")
                if len(p.kept) == 1
                else self.tr("%n items from the plan stay as they are.", "", len(p.kept))
            )
        if p.own_items:
            out.append(
                self.tr("Your own item is not touched.")
                if p.own_items == 1
                else self.tr("Your own %n items are not touched.", "", p.own_items)
            )
        if p.schedules_added:
            out.append(
                self._counted(
                    self.tr("1 follow-up schedule will be added:")
                    if len(p.schedules_added) == 1
                    else self.tr(
                        "%n follow-up schedules will be added:", "", len(p.schedules_added)
                    ),
                    [s.title for s in p.schedules_added],
                )
            )
        if p.schedules_replaced:
            out.append(
                self._counted(
                    self.tr("1 follow-up schedule will be replaced by the plan's:")
                    if len(p.schedules_replaced) == 1
                    else self.tr(
                        "%n follow-up schedules will be replaced by the plan's:",
                        "",
                        len(p.schedules_replaced),
                    ),
                    [s.title for s in p.schedules_replaced],
                )
            )
        if p.anchor is not None:
            out.append(
                self.tr("Checkups will be counted from: {event}, {day} (now: {before})").format(
                    event=p.anchor.event,
                    day=day_short_month_year(p.anchor.on),
                    before=day_short_month_year(p.anchor_before.on)
                    if p.anchor_before
                    else self.tr("none"),
                )
            )
        if p.checkups_planned:
            out.append(
                self.tr("In the next two years, 1 checkup will be planned.")
                if p.checkups_planned == 1
                else self.tr(
                    "%n checkups will be planned for the next two years.",
                    "",
                    p.checkups_planned,
                )
            )
        for change in p.contacts:
            out.append(
                self.tr("{what}: {new} (now: {old})").format(
                    what=self._contact(change.field),
                    new=change.new,
                    old=change.old or self.tr("none"),
                )
            )
        if p.questions:
            out.append(
                self._counted(
                    self.tr("1 question will be added:")
                    if len(p.questions) == 1
                    else self.tr("%n questions will be added:", "", len(p.questions)),
                    list(p.questions),
                )
            )
        if p.program_contacts:
            out.append(
                self._counted(
                    self.tr("The program's contact list will be:"),
                    [self._person(c) for c in p.program_contacts],
                )
            )
        if p.signs_to_report:
            out.append(
                self._counted(
                    self.tr("Your care team asks you to call if you notice:"),
                    list(p.signs_to_report),
                )
            )
        if p.resources:
            out.append(
                self._counted(
                    self.tr("Help from your program:"),
                    [r.name for r in p.resources],
                )
            )
        if not p.changes_anything:
            out.append(self.tr("Nothing will change: everything in this plan is already here."))
        out.append(self.tr("A copy of your data is made first, so nothing is lost."))
        return out

    def _person(self, contact: Contact) -> str:
        who = contact.role if not contact.name else f"{contact.role} ({contact.name})"
        return f"{who}: {contact.phone}"

    def done_lines(self, p: ImportPreview, archived: int) -> list[str]:
        """What Apply changed, in short lines ("Items added: 3"); empty when nothing."""
        counts = (
            (self.tr("Items added: {n}"), len(p.added)),
            (self.tr("Items updated: {n}"), len(p.updated)),
            (self.tr("Items archived: {n}"), archived),
            (
                self.tr("Follow-up schedules added or replaced: {n}"),
                len(p.schedules_added) + len(p.schedules_replaced),
            ),
            (self.tr("Checkups planned: {n}"), p.checkups_planned),
            (self.tr("Questions added: {n}"), len(p.questions)),
        )
        out = [text.format(n=n) for text, n in counts if n]
        if p.other_patient:
            out.append(self.tr("The plan is now the one for {label}.").format(label=p.patient))
        if p.contacts or p.program_contacts:
            out.append(self.tr("Your care team's contact was updated."))
        if p.signs_to_report:
            out.append(self.tr("The signs to call your care team about were updated."))
        if p.resources:
            out.append(self.tr("The program's help list was updated."))
        if p.anchor is not None:
            out.append(
                self.tr("Checkups are counted from: {event}, {day}").format(
                    event=p.anchor.event, day=day_short_month_year(p.anchor.on)
                )
            )
        return out
