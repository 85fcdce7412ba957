"""Places in a version 2 section: which schedule, contact or resource, and which phase.

``place_of`` knows the checklist items; a follow-up schedule, a contact or a resource
is an entry of a list too, and a coordinator needs its number and name the same way:
'Follow-up schedule 2 ("Scan"), phase 1: ...'.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from planner.domain.plan_errors import PlanPlace, PlanProblem


class Section(StrEnum):
    """A list of entries, each with a number and a name, outside the items."""

    SCHEDULE = "schedule"
    CONTACT = "contact"
    RESOURCE = "resource"


#: Where each list is in the file, and the field that names one of its entries.
_LISTS: dict[Section, tuple[tuple[str, ...], str]] = {
    Section.SCHEDULE: (("followup", "schedules"), "title"),
    Section.CONTACT: (("program", "contacts"), "role"),
    Section.RESOURCE: (("resources",), "name"),
}


@dataclass(frozen=True)
class SectionPlace:
    """A place in one entry of a section: its number (1-based), its phase, the fields below."""

    section: Section
    number: int
    phase: int | None = None  # 1-based, in a follow-up schedule's phases
    fields: tuple[str, ...] = ()


def section_of(place: PlanPlace) -> SectionPlace | None:
    """The section entry a place is in, or None when it is not in one."""
    path = place.path
    for section, (head, _name) in _LISTS.items():
        size = len(head)
        number = path[size] if len(path) > size else None
        if path[:size] != head or not isinstance(number, int):
            continue
        rest = path[size + 1 :]
        phase = None
        if len(rest) >= 2 and rest[0] == "phases" and isinstance(rest[1], int):
            phase = rest[1] + 1
            rest = rest[2:]
        names = tuple(step for step in rest if isinstance(step, str))
        return SectionPlace(section, number + 1, phase, names)
    return None


def titled(problem: PlanProblem, raw: Mapping[str, Any]) -> PlanProblem:
    """The problem with its entry's name as the place's title, when it is in a section."""
    place = problem.place
    where = section_of(place)
    if where is None or place.title is not None:
        return problem
    head, key = _LISTS[where.section]
    entries: Any = raw
    for step in head:
        entries = entries.get(step) if isinstance(entries, Mapping) else None
    if not isinstance(entries, list) or where.number > len(entries):
        return problem
    entry = entries[where.number - 1]
    title = entry.get(key) if isinstance(entry, Mapping) else None
    if not isinstance(title, str) or not title.strip():
        return problem
    return replace(problem, place=replace(place, title=title))
