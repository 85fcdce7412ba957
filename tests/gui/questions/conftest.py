"""Fixtures for the Questions room: real services over a fresh store, at the tests' "now"
(Wednesday 25 November 2026, New York)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from planner.domain.journal import Checkup, CheckupKind, JournalEntry, Mood
from planner.services.journal import JournalService
from planner.services.questions import QuestionService
from tests.helpers.clock import NOW, ZONE

#: The next oncologist visit, and the one before it (within the week before "now").
NEXT_VISIT = date(2026, 12, 15)
LAST_VISIT = date(2026, 11, 20)


@pytest.fixture
def journal(store, service) -> JournalService:
    return JournalService(store, service)


@pytest.fixture
def questions(store, service) -> QuestionService:
    return QuestionService(store, service)


def visit(day: date, kind: CheckupKind = CheckupKind.ONCOLOGIST, **fields) -> Checkup:
    return Checkup(day, kind, ZONE.key, **fields)


@pytest.fixture
def visits(journal) -> tuple[Checkup, Checkup]:
    """The last oncologist visit (five days ago) and the next one (in 20 days)."""
    last = journal.save_checkup(visit(LAST_VISIT))
    upcoming = journal.save_checkup(visit(NEXT_VISIT))
    return last, upcoming


@pytest.fixture
def add_checkin(journal) -> Callable[..., JournalEntry]:
    """Save a check-in ``days_ago`` days before "now" (for the care team, unless told)."""

    def add(
        days_ago: int,
        mood: Mood = Mood.OKAY,
        worry: int = 5,
        note: str = "",
        *,
        for_care_team: bool = True,
    ) -> JournalEntry:
        at: datetime = NOW - timedelta(days=days_ago)
        entry = JournalEntry(
            mood,
            worry,
            at.astimezone(ZONE).date(),
            at,
            ZONE.key,
            note=note,
            for_care_team=for_care_team,
        )
        return journal.save_entry(entry)

    return add
