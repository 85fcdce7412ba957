"""Fixtures for the Checkups room: the journal, the follow-up schedule, the calendar file,
and a schedule like the issue's ("every 3 months for 2 years, then every 6 months until
year 5, then yearly", counted from the end of treatment on 30 Sep 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.followup import Anchor, FollowupSchedule, Phase
from planner.domain.journal import CheckupKind
from planner.services.calendar_export import CalendarExport
from planner.services.followup import FollowupService
from planner.services.journal import JournalService
from planner.ui.checkups.checkups_page import CheckupsPage
from tests.helpers.clock import NOW

END_OF_TREATMENT = Anchor("End of treatment", date(2026, 9, 30))
VISITS = FollowupSchedule(
    CheckupKind.ONCOLOGIST, "Visit with Dr Lee", (Phase(3, 24), Phase(6, 36), Phase(12, None))
)


@pytest.fixture
def journal(store, service) -> JournalService:
    return JournalService(store, service)


@pytest.fixture
def followup(store, service) -> FollowupService:
    return FollowupService(store, service)


@pytest.fixture
def calendar(store) -> CalendarExport:
    return CalendarExport(store, lambda: NOW)


@pytest.fixture
def page(journal, followup, calendar, shown) -> CheckupsPage:
    """The Checkups page on screen, at about its width beside the sidebar."""
    return shown(CheckupsPage(journal, followup, calendar), 900, 700)


@pytest.fixture
def end_of_treatment() -> Anchor:
    return END_OF_TREATMENT


@pytest.fixture
def visits() -> FollowupSchedule:
    return VISITS


@pytest.fixture
def planned_visits(followup):
    """The issue's schedule saved; its planned checkups, in date order."""
    followup.save(END_OF_TREATMENT, [VISITS])
    return sorted(followup.planned(), key=lambda c: c.day)
