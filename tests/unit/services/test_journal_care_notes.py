"""The journal service's safety rules: a positive screen always gets a note, the care
team's contact as entered, the questions only once a new person has settled in, and
drafts announced to Today's card."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.journal import JournalEntry, Mood
from planner.domain.screens import NudgeReason, ScreenKind
from planner.services.checklist import ChecklistService
from planner.services.journal import CHECKIN_DRAFT, CareContact, JournalService
from planner.services.settings import CARE_PHONE, CARE_PHONE_AFTER_HOURS, CARE_TEAM_NAME
from planner.storage.store import Store

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
PHQ2, GAD2 = ScreenKind.PHQ2, ScreenKind.GAD2


class Clock:
    def __init__(self) -> None:
        self.at = NOW

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(tmp_path, clock) -> Iterator[JournalService]:
    store = Store.open(tmp_path / "planner.db")
    yield JournalService(store, ChecklistService(store, ZoneInfo("UTC"), clock=clock.now))
    store.close()


def checkin(journal: JournalService, at: datetime, worry: int = 2) -> None:
    journal.save_entry(JournalEntry(Mood.OKAY, worry, at.date(), at, "UTC"))


def test_a_positive_screen_three_days_after_a_dismissed_note_gets_a_new_note(journal, clock):
    journal.save_screens({PHQ2: (2, 2), GAD2: (0, 0)})
    clock.at = NOW + timedelta(minutes=1)
    first = journal.current_nudge()
    assert first is not None
    assert first[1] is NudgeReason.PHQ2
    journal.dismiss_nudge(first[0])
    assert journal.current_nudge() is None  # dismissed, nothing new

    clock.at = NOW + timedelta(days=3)
    journal.save_screens({PHQ2: (0, 0), GAD2: (3, 1)})
    clock.at += timedelta(minutes=1)
    second = journal.current_nudge()
    assert second is not None
    assert second[0] != first[0]
    assert second[1] is NudgeReason.GAD2
    assert journal.current_nudge() == second  # one screen, one note: it stays


def test_high_worry_still_waits_a_week_after_a_note(journal, clock):
    journal.save_screens({PHQ2: (3, 0), GAD2: (0, 0)})
    clock.at = NOW + timedelta(minutes=1)
    note = journal.current_nudge()
    assert note is not None
    journal.dismiss_nudge(note[0])
    for hours in (1, 2, 3):
        checkin(journal, NOW + timedelta(hours=hours), worry=9)
    clock.at = NOW + timedelta(days=2)
    assert journal.current_nudge() is None
    clock.at = NOW + timedelta(days=7, minutes=2)
    found = journal.current_nudge()
    assert found is not None
    assert found[1] is NudgeReason.WORRY


def test_the_care_contact_is_read_from_settings(journal):
    assert journal.care_contact() == CareContact()
    journal.settings.set(CARE_TEAM_NAME, "  Riverside   clinic ")
    journal.settings.set(CARE_PHONE, "555 0100")
    journal.settings.set(CARE_PHONE_AFTER_HOURS, "555 0199")
    assert journal.care_contact() == CareContact("Riverside clinic", "555 0100", "555 0199")


def test_the_questions_wait_until_a_new_person_has_settled_in(journal, clock):
    assert not journal.screens_due()  # the first day, nothing written
    for hours in (1, 2, 3):
        checkin(journal, NOW + timedelta(hours=hours))
    clock.at = NOW + timedelta(days=6)
    assert not journal.screens_due()  # three check-ins, but not a week yet
    clock.at = NOW + timedelta(days=7)
    assert journal.screens_due()
    journal.set_screens_on(False)
    assert not journal.screens_due()
    journal.set_screens_on(True)
    journal.save_screens({PHQ2: (0, 0), GAD2: (0, 0)})
    assert not journal.screens_due()  # answered: again in two weeks
    clock.at = NOW + timedelta(days=21)
    assert journal.screens_due()


def test_drafts_are_announced_to_whoever_shows_them(journal):
    heard: list[str] = []
    journal.draft_changed.connect(heard.append)
    journal.save_draft('{"mood": 3}')
    journal.clear_draft()
    assert heard == [CHECKIN_DRAFT, CHECKIN_DRAFT]
    assert journal.draft() is None
