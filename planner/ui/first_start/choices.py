"""What the person chose in the first-start wizard, and applying it through the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

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
    if choices.anchor_on is not None:
        settings.set(FOLLOWUP_ANCHOR_ON, choices.anchor_on)
    settings.set(CHECKIN_TIME, choices.checkin_time)
    settings.set(QUIET_HOURS, choices.quiet_hours)
    FollowupService(service.store, service).sync()
