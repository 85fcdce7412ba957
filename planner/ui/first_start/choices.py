"""What the person chose in the first-start wizard, and applying it through the services."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path

from planner.domain.followup import Anchor, plan_changes
from planner.domain.plan_file import Plan, PlanError
from planner.domain.quiet_hours import QuietHours
from planner.services.checklist import ChecklistService
from planner.services.followup import FollowupService
from planner.services.plans import apply_plan, read_plan, standard_plan_path, template_paths
from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    CHECKIN_TIME,
    FOLLOWUP_ANCHOR_EVENT,
    FOLLOWUP_ANCHOR_ON,
    QUIET_HOURS,
)


@dataclass
class FirstStartChoices:
    """The wizard's answers; what is left as it is keeps the plan's or the default value."""

    plan: Plan | None = None  # None: the standard plan
    team_name: str = ""
    phone: str = ""
    after_hours_phone: str = ""
    anchor_event: str = ""
    anchor_on: date | None = None
    checkin_time: time | None = field(default_factory=lambda: CHECKIN_TIME.default)
    quiet_hours: QuietHours | None = field(default_factory=lambda: QUIET_HOURS.default)


@dataclass(frozen=True)
class Outcome:
    """What Finish will set up, worked out the way ``apply_choices`` applies it: a field
    left empty keeps the plan's value."""

    plan: Plan
    team_name: str
    phone: str
    after_hours_phone: str
    anchor_event: str
    anchor_on: date | None
    schedules: int  # the plan's follow-up schedules
    checkups: int  # planned checkups for the next two years
    checkin_time: time | None
    quiet_hours: QuietHours | None


def outcome(choices: FirstStartChoices, today: date) -> Outcome | None:
    """What Finish sets up from ``choices`` (None: the standard plan cannot be read)."""
    plan = choices.plan
    if plan is None:
        plan, _error = load_plan(standard_plan_path(), today)
        if plan is None:
            return None
    program = plan.program
    contact = program.main_contact if program is not None else None
    followup = plan.followup
    schedules = followup.schedules if followup is not None else ()
    event = choices.anchor_event.strip() or (followup.anchor_event if followup else "")
    checkups = 0
    if choices.anchor_on is not None and schedules:
        numbered = [replace(s, id=-n) for n, s in enumerate(schedules, start=1)]
        anchor = Anchor(event, choices.anchor_on)
        checkups = len(plan_changes(numbered, anchor, [], today).add)
    return Outcome(
        plan=plan,
        team_name=choices.team_name.strip()
        or (program.name if program else "")
        or (contact.name if contact else ""),
        phone=choices.phone.strip() or (contact.phone if contact else ""),
        after_hours_phone=choices.after_hours_phone.strip()
        or (contact.out_of_hours_phone if contact else ""),
        anchor_event=event,
        anchor_on=choices.anchor_on,
        schedules=len(schedules),
        checkups=checkups,
        checkin_time=choices.checkin_time,
        quiet_hours=choices.quiet_hours,
    )


def load_plan(path: Path, today: date) -> tuple[Plan | None, PlanError | None]:
    """The plan in ``path``, or the error that says what is wrong with it."""
    try:
        return read_plan(path, today), None
    except PlanError as error:
        return None, error


def templates(today: date) -> list[Plan]:
    """The shipped templates that read cleanly, the standard plan left out (it is a choice
    of its own)."""
    found: list[Plan] = []
    for path in template_paths():
        if path == standard_plan_path():
            continue
        plan, _error = load_plan(path, today)
        if plan is not None:
            found.append(plan)
    return found


def apply_standard(service: ChecklistService) -> None:
    """'Set up later': the standard plan and nothing else, as before the wizard."""
    today = service.today()
    apply_plan(
        service.store, read_plan(standard_plan_path(), today), today=today, now=service.now()
    )


def apply_choices(service: ChecklistService, choices: FirstStartChoices) -> None:
    """Apply the plan, then the person's values over it, then plan the checkups.

    Raises StoreError (shown with ``run_op``) or PlanError (the standard plan is broken)."""
    today = service.today()
    plan = choices.plan or read_plan(standard_plan_path(), today)
    apply_plan(service.store, plan, today=today, now=service.now())
    settings = service.settings
    for setting, text in (
        (CARE_TEAM_NAME, choices.team_name),
        (CARE_PHONE, choices.phone),
        (CARE_PHONE_AFTER_HOURS, choices.after_hours_phone),
        (FOLLOWUP_ANCHOR_EVENT, choices.anchor_event),
    ):
        if text.strip():
            settings.set(setting, text)
    # "I know the date" unticked means no date, even where the plan gives one.
    settings.set(FOLLOWUP_ANCHOR_ON, choices.anchor_on)
    settings.set(CHECKIN_TIME, choices.checkin_time)
    settings.set(QUIET_HOURS, choices.quiet_hours)
    FollowupService(service.store, service).sync()
