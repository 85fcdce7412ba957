"""PHQ-2 and GAD-2: their shape, scores, when they are offered, and the nudge rules.

Their wording, word for word, is tested with ``planner.ui.kit.screen_words``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.journal import JournalEntry, Mood
from planner.domain.screens import (
    ANSWER_SCORES,
    ITEMS_PER_SCREEN,
    SCREEN_ORDER,
    SETTLE_IN_CHECKINS,
    SETTLE_IN_DAYS,
    NudgeReason,
    ScreenKind,
    ScreenResult,
    any_positive,
    nudge_reason,
    screen_due,
)

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def screen(kind: ScreenKind, a: int, b: int, at: datetime) -> ScreenResult:
    return ScreenResult(kind, (a, b), at.date(), at, "UTC")


def checkin(worry: int, at: datetime) -> JournalEntry:
    return JournalEntry(Mood.OKAY, worry, at.date(), at, "UTC")


# --- The screens' shape ----------------------------------------------------------


def test_two_screens_of_two_items_answered_0_to_3():
    assert SCREEN_ORDER == (ScreenKind.PHQ2, ScreenKind.GAD2)  # PHQ-2 is asked first
    assert ITEMS_PER_SCREEN == 2
    assert ANSWER_SCORES == (0, 1, 2, 3)
    assert [kind.label for kind in SCREEN_ORDER] == ["PHQ-2", "GAD-2"]
    assert [kind.value for kind in SCREEN_ORDER] == ["phq2", "gad2"]


# --- Scores ----------------------------------------------------------------------


def test_a_total_of_three_is_positive_and_two_is_not():
    assert screen(ScreenKind.PHQ2, 1, 1, NOW).total == 2
    assert not screen(ScreenKind.PHQ2, 1, 1, NOW).positive
    assert not screen(ScreenKind.GAD2, 2, 0, NOW).positive
    assert screen(ScreenKind.PHQ2, 2, 1, NOW).positive
    assert screen(ScreenKind.GAD2, 0, 3, NOW).positive
    assert screen(ScreenKind.GAD2, 3, 3, NOW).total == 6


@given(a=st.integers(0, 3), b=st.integers(0, 3), kind=st.sampled_from(list(ScreenKind)))
def test_the_score_is_the_sum_and_positive_from_three(a, b, kind):
    result = screen(kind, a, b, NOW)
    assert result.total == a + b
    assert result.positive is (a + b >= 3)


@pytest.mark.parametrize("answers", [(4, 0), (0, -1), (1,), (1, 1, 1)])
def test_answers_outside_the_four_choices_are_refused(answers):
    with pytest.raises(ValueError, match="two answers from 0 to 3"):
        ScreenResult(ScreenKind.PHQ2, answers, NOW.date(), NOW, "UTC")


# --- When the screens are offered ----------------------------------------------


@pytest.mark.parametrize(
    ("last", "due"),
    [
        (date(2026, 11, 25), False),
        (date(2026, 11, 12), False),  # 13 days ago
        (date(2026, 11, 11), True),  # 14 days ago
        (date(2026, 10, 1), True),
    ],
)
def test_screens_are_offered_every_fourteen_days(last, due):
    assert screen_due(last, date(2026, 11, 25), None, 0) is due


TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("first", "checkins", "due"),
    [
        (None, 0, False),  # a new person, no check-in yet
        (TODAY, 5, False),  # the first day, however many check-ins
        (TODAY - timedelta(days=6), 12, False),  # not yet a week
        (TODAY - timedelta(days=7), 2, False),  # a week, but only two check-ins
        (TODAY - timedelta(days=7), 3, True),  # settled in: a week and three check-ins
        (TODAY - timedelta(days=300), 400, True),
    ],
)
def test_a_new_person_is_first_asked_once_settled_in(first, checkins, due):
    assert (SETTLE_IN_DAYS, SETTLE_IN_CHECKINS) == (7, 3)
    assert screen_due(None, TODAY, first, checkins) is due


def test_once_answered_the_settling_in_rule_no_longer_matters():
    assert screen_due(TODAY - timedelta(days=14), TODAY, None, 0)
    assert screen_due(TODAY - timedelta(days=14), TODAY, TODAY, 1)


def test_answers_together_are_positive_when_either_screen_is():
    negative = screen(ScreenKind.PHQ2, 1, 1, NOW)
    positive = screen(ScreenKind.GAD2, 2, 1, NOW)
    assert not any_positive([negative, screen(ScreenKind.GAD2, 0, 2, NOW)])
    assert any_positive([negative, positive])
    assert not any_positive([])


# --- The care-team note --------------------------------------------------------


def test_nothing_to_say_without_screens_or_check_ins():
    assert nudge_reason([], [], NOW, None) is None


def test_a_recent_positive_screen_leads_to_a_note_naming_its_kind():
    assert nudge_reason([screen(ScreenKind.PHQ2, 2, 1, NOW - 3 * DAY)], [], NOW, None) == (
        NudgeReason.PHQ2
    )
    assert nudge_reason([screen(ScreenKind.GAD2, 3, 0, NOW - DAY)], [], NOW, None) == (
        NudgeReason.GAD2
    )


def test_a_negative_screen_leads_to_nothing():
    assert nudge_reason([screen(ScreenKind.PHQ2, 1, 1, NOW - DAY)], [], NOW, None) is None


def test_a_positive_screen_counts_for_fourteen_days_only():
    almost = screen(ScreenKind.PHQ2, 3, 3, NOW - 14 * DAY + timedelta(minutes=1))
    too_old = screen(ScreenKind.PHQ2, 3, 3, NOW - 14 * DAY)
    assert nudge_reason([almost], [], NOW, None) is NudgeReason.PHQ2
    assert nudge_reason([too_old], [], NOW, None) is None


def test_the_newest_positive_screen_names_the_reason():
    older = screen(ScreenKind.PHQ2, 3, 0, NOW - 5 * DAY)
    newer = screen(ScreenKind.GAD2, 2, 2, NOW - 2 * DAY)
    negative_newest = screen(ScreenKind.PHQ2, 0, 0, NOW - DAY)
    assert nudge_reason([older, negative_newest, newer], [], NOW, None) is NudgeReason.GAD2


def test_a_positive_screen_gets_a_note_whenever_the_last_note_was_shown():
    # A note (shown, then perhaps dismissed) three days ago does not keep a new positive
    # screen from its answer.
    positive = screen(ScreenKind.PHQ2, 3, 3, NOW - timedelta(hours=2))
    assert nudge_reason([positive], [], NOW, NOW - 3 * DAY) is NudgeReason.PHQ2
    assert nudge_reason([positive], [], NOW, NOW - timedelta(hours=3)) is NudgeReason.PHQ2
    assert nudge_reason([positive], [], NOW, NOW - 7 * DAY) is NudgeReason.PHQ2


def test_a_positive_screen_beats_high_worry_right_after_a_worry_note():
    entries = [checkin(9, NOW - i * DAY) for i in (1, 2, 3)]
    positive = screen(ScreenKind.GAD2, 2, 1, NOW - timedelta(hours=1))
    assert nudge_reason([], entries, NOW, NOW - 2 * DAY) is None
    assert nudge_reason([positive], entries, NOW, NOW - 2 * DAY) is NudgeReason.GAD2


def test_one_screen_leads_to_one_note():
    positive = screen(ScreenKind.GAD2, 3, 3, NOW - 9 * DAY)
    shown_after_it = NOW - 8 * DAY
    assert nudge_reason([positive], [], NOW, shown_after_it) is None
    shown_before_it = NOW - 10 * DAY
    assert nudge_reason([positive], [], NOW, shown_before_it) is NudgeReason.GAD2


def test_high_worry_on_most_of_three_recent_check_ins_leads_to_a_note():
    entries = [checkin(7, NOW - DAY), checkin(9, NOW - 2 * DAY), checkin(2, NOW - 3 * DAY)]
    assert nudge_reason([], entries, NOW, None) is NudgeReason.WORRY


def test_two_check_ins_are_not_enough_however_high():
    entries = [checkin(10, NOW - DAY), checkin(10, NOW - 2 * DAY)]
    assert nudge_reason([], entries, NOW, None) is None


def test_exactly_half_high_is_not_more_than_half():
    entries = [checkin(8, NOW - i * DAY) for i in (1, 2)] + [
        checkin(3, NOW - i * DAY) for i in (3, 4)
    ]
    assert nudge_reason([], entries, NOW, None) is None
    assert nudge_reason([], [*entries, checkin(7, NOW - 5 * DAY)], NOW, None) is (NudgeReason.WORRY)


def test_worry_of_six_is_not_high():
    entries = [checkin(6, NOW - i * DAY) for i in (1, 2, 3)]
    assert nudge_reason([], entries, NOW, None) is None


def test_only_check_ins_of_the_last_fourteen_days_count():
    old_high = [checkin(10, NOW - 14 * DAY - i * DAY) for i in range(5)]
    recent = [checkin(9, NOW - DAY), checkin(1, NOW - 2 * DAY), checkin(1, NOW - 3 * DAY)]
    assert nudge_reason([], old_high + recent, NOW, None) is None
    assert nudge_reason([], [*recent[:1], *old_high], NOW, None) is None


def test_worry_waits_a_week_after_the_last_note_too():
    entries = [checkin(9, NOW - i * DAY) for i in (1, 2, 3)]
    assert nudge_reason([], entries, NOW, NOW - 3 * DAY) is None
    assert nudge_reason([], entries, NOW, NOW - 7 * DAY) is NudgeReason.WORRY
