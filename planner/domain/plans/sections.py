"""What a version 2 plan holds beside its checklist: program, patient, follow-up and more."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.followup import Anchor, FollowupSchedule

#: The sections a plan can have only from version 2 on.
V2_SECTIONS = ("program", "patient", "followup", "questions", "signs_to_report", "resources")


@dataclass(frozen=True)
class Contact:
    """Someone on the care team: what they do, who they are, how to reach them."""

    role: str
    phone: str
    name: str = ""
    out_of_hours_phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Program:
    """The survivorship program (or clinic) that made the plan, and its contacts."""

    name: str
    contacts: tuple[Contact, ...] = ()

    @property
    def main_contact(self) -> Contact | None:
        """The first contact: the one the app suggests calling."""
        return self.contacts[0] if self.contacts else None


@dataclass(frozen=True)
class PlanFollowup:
    """The follow-up schedules and what they count from; a template leaves the date out."""

    anchor_event: str = ""
    anchor_on: date | None = None
    schedules: tuple[FollowupSchedule, ...] = ()

    @property
    def anchor(self) -> Anchor | None:
        """The anchor, when the plan gives its date (a template does not)."""
        if self.anchor_on is None:
            return None
        return Anchor(self.anchor_event, self.anchor_on)


@dataclass(frozen=True)
class Resource:
    """A named resource (a helpline, a support group) with a phone or a line of text."""

    name: str
    phone: str = ""
    text: str = ""
