"""The place a plan problem is in, in words: 'The plan', 'Item 3 ("Walk"), schedule',
'Follow-up schedule 2 ("Scan"), phase 1', 'Follow-up start'."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from planner.domain.plan_errors import PlanPlace
from planner.domain.plans.places import Section, SectionPlace
from planner.domain.plans.showing import fill as _fill
from planner.domain.plans.showing import shorten as _shorten


class PlanPlaces(QObject):
    """The words of places; a QObject only so that ``self.tr()`` gives them a context."""

    def where(self, place: PlanPlace, fields: Sequence[str], at: SectionPlace | None = None) -> str:
        """'The plan', 'Item 3', 'Item 3 ("Walk")' or 'Item 3 ("Walk"), schedule'."""
        if at is not None:
            where = self._entry(at, place.title)
        elif place.item is not None and place.title:
            title = _shorten(place.title)
            where = _fill(self.tr('Item {number} ("{title}")'), number=place.item, title=title)
        elif place.item is not None:
            where = _fill(self.tr("Item {number}"), number=place.item)
        else:
            named = self._section(fields)
            if named is not None:
                return named
            where = self.tr("The plan")
        if fields:
            where = _fill(self.tr("{place}, {fields}"), place=where, fields=", ".join(fields))
        return where

    def _section(self, fields: Sequence[str]) -> str | None:
        """A plain name for a part of the plan outside its items ("Follow-up start")."""
        names = {
            ("followup", "anchor"): self.tr("Follow-up start"),
            ("followup",): self.tr("Follow-up"),
            ("program",): self.tr("Program"),
            ("patient",): self.tr("Patient"),
        }
        return names.get(tuple(fields))

    def _entry(self, at: SectionPlace, title: str | None) -> str:
        """'Follow-up schedule 2 ("Scan"), phase 1', 'Contact 1', 'Resource 3 ("Helpline")'."""
        texts = {
            (Section.SCHEDULE, True): self.tr('Follow-up schedule {number} ("{title}")'),
            (Section.SCHEDULE, False): self.tr("Follow-up schedule {number}"),
            (Section.CONTACT, True): self.tr('Contact {number} ("{title}")'),
            (Section.CONTACT, False): self.tr("Contact {number}"),
            (Section.RESOURCE, True): self.tr('Resource {number} ("{title}")'),
            (Section.RESOURCE, False): self.tr("Resource {number}"),
        }
        text = texts[at.section, bool(title)]
        where = _fill(text, number=at.number, title=_shorten(title or ""))
        if at.phase is not None:
            where = _fill(self.tr("{place}, phase {number}"), place=where, number=at.phase)
        return where
