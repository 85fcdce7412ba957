"""What a reminder belongs to: its kind, and the row it comes from when it has one.

A reminder is never "item 0": the evening check-in is a source of its own kind, and a
checklist item's reminder names the item. The reminder log keeps the kind next to a
foreign key for each kind that belongs to a row, so a deleted row takes its reminders.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SourceKind(StrEnum):
    """The kinds of reminder; the value is what the reminder log and the export keep.

    To add a kind (checkups' "book it" and "the day before" come next): a member here
    (and in ``KINDS_WITH_REF`` when its reminders belong to a row), a migration that
    gives the reminder log a column with a foreign key for that row and lets the kind
    into its checks, the repository's reading and writing of that column, and a planner
    in ``services.reminder_plan`` that yields the kind's due reminders and says when
    one is still open.
    """

    ITEM = "item"  # a checklist item's reminder times; ref: the item's id
    CHECKIN = "checkin"  # the evening check-in; no ref
    BOOK = "book"  # book a planned checkup; ref: the checkup's id
    VISIT = "visit"  # a booked checkup, the day before and on the day; ref: the checkup's id


#: The kinds whose reminders belong to one row of another table (``ref`` is its id).
KINDS_WITH_REF = frozenset({SourceKind.ITEM, SourceKind.BOOK, SourceKind.VISIT})
#: The kinds that belong to a checkup.
CHECKUP_KINDS = frozenset({SourceKind.BOOK, SourceKind.VISIT})


@dataclass(frozen=True, order=True)
class ReminderSource:
    """Where a reminder comes from: a kind, and for some kinds the id of their row."""

    kind: SourceKind
    ref: int | None = None

    def __post_init__(self) -> None:
        if (self.ref is not None) != (self.kind in KINDS_WITH_REF):
            kind = self.kind.value
            raise ValueError(f"ref={self.ref!r} does not fit a reminder source of kind {kind!r}")

    @classmethod
    def item(cls, item_id: int) -> ReminderSource:
        """The reminders of the checklist item ``item_id``."""
        return cls(SourceKind.ITEM, item_id)

    @classmethod
    def book(cls, checkup_id: int) -> ReminderSource:
        """The "book it" reminders of the planned checkup ``checkup_id``."""
        return cls(SourceKind.BOOK, checkup_id)

    @classmethod
    def visit(cls, checkup_id: int) -> ReminderSource:
        """The day-before and on-the-day reminders of the booked checkup ``checkup_id``."""
        return cls(SourceKind.VISIT, checkup_id)

    @property
    def item_id(self) -> int | None:
        """The checklist item this belongs to (None for every other kind)."""
        return self.ref if self.kind is SourceKind.ITEM else None

    @property
    def checkup_id(self) -> int | None:
        """The checkup this belongs to (None for every other kind)."""
        return self.ref if self.kind in CHECKUP_KINDS else None


#: The evening check-in (one a day, answered by checking in).
CHECKIN = ReminderSource(SourceKind.CHECKIN)
