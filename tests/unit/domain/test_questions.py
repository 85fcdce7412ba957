"""Questions for the care team: which checkup they are for, which one they were asked
at, and how a typed question is kept."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.journal import Checkup, CheckupKind, CheckupStatus
from planner.domain.questions import (
    ASKED_AFTER_DAYS,
    MAX_ANSWER_LENGTH,
    MAX_QUESTION_LENGTH,
    Question,
    QuestionError,
    QuestionProblem,
    asked_at_checkup,
    asked_there,
    checkup_for_asking,
    clean_question,
    next_visit,
    open_questions,
)

TODAY = date(2026, 5, 4)
#: Control characters, lone surrogates, line and paragraph separators.
BREAKING = {"Cc", "Cs", "Zl", "Zp"}
ZONE = "Europe/Berlin"


def checkup(
    cid: int,
    days: int,
    kind: CheckupKind = CheckupKind.ONCOLOGIST,
    status: CheckupStatus = CheckupStatus.BOOKED,
    at: time | None = None,
) -> Checkup:
    day = TODAY + timedelta(days=days)
    planned = status is CheckupStatus.PLANNED
    return Checkup(day, kind, ZONE, at=at, id=cid, status=status, due_on=day if planned else None)


# --- Which checkup the open questions are for ------------------------------------


def test_the_next_oncologist_visit_comes_before_a_sooner_blood_test() -> None:
    blood = checkup(1, 2, CheckupKind.BLOOD_TEST)
    visit = checkup(2, 40)
    later = checkup(3, 90)
    assert next_visit([later, blood, visit], TODAY) == visit
    assert next_visit([blood, checkup(4, 10, CheckupKind.SCAN)], TODAY) == blood  # no visit ahead


def test_on_one_day_a_booked_visit_comes_before_a_planned_one() -> None:
    plan = checkup(1, 30, status=CheckupStatus.PLANNED)
    real = checkup(2, 30, at=time(9, 0))
    assert next_visit([plan, real], TODAY) == real


def test_removed_and_past_checkups_are_not_the_next_visit() -> None:
    gone = checkup(1, 5, status=CheckupStatus.REMOVED)
    past = checkup(2, -1)
    today = checkup(3, 0, CheckupKind.SCAN)
    assert next_visit([gone, past, today], TODAY) == today
    assert next_visit([gone, past], TODAY) is None


def test_a_planned_visit_is_the_next_one_when_nothing_is_booked() -> None:
    plan = checkup(1, 60, status=CheckupStatus.PLANNED)
    assert (
        next_visit([plan, checkup(2, 10, CheckupKind.BLOOD_TEST, CheckupStatus.PLANNED)], TODAY)
        == plan
    )


# --- Which checkup a question was asked at -----------------------------------------


def test_a_question_marked_asked_within_a_week_belongs_to_that_checkup() -> None:
    visit = checkup(1, -3)
    coming = checkup(2, 20)
    assert checkup_for_asking([visit, coming], TODAY) == visit
    on_the_day = checkup(3, -ASKED_AFTER_DAYS)
    assert checkup_for_asking([on_the_day, coming], TODAY) == on_the_day


def test_a_question_marked_asked_more_than_a_week_later_is_asked_at_no_checkup() -> None:
    old = checkup(1, -ASKED_AFTER_DAYS - 1)
    coming = checkup(2, 20)
    assert checkup_for_asking([old, coming], TODAY) is None
    assert checkup_for_asking([old], TODAY) is None
    assert checkup_for_asking([], TODAY) is None


def test_a_checkup_still_to_come_is_never_where_a_question_was_asked() -> None:
    tomorrow = checkup(1, 1)
    soon = checkup(2, 3, CheckupKind.BLOOD_TEST)
    assert checkup_for_asking([tomorrow, soon], TODAY) is None
    later_today = checkup(3, 0, at=time(17, 30))  # today counts, whatever the time
    assert checkup_for_asking([tomorrow, later_today], TODAY) == later_today


def test_the_recent_oncologist_visit_wins_over_a_later_blood_test() -> None:
    visit = checkup(1, -5)
    blood = checkup(2, -1, CheckupKind.BLOOD_TEST)
    assert checkup_for_asking([blood, visit], TODAY) == visit
    second = checkup(3, -2)
    assert checkup_for_asking([blood, visit, second], TODAY) == second  # the latest visit
    assert checkup_for_asking([blood], TODAY) == blood  # no visit: the checkup there was


def test_a_planned_checkup_that_passed_unbooked_was_not_where_anything_was_asked() -> None:
    missed = checkup(1, -2, status=CheckupStatus.PLANNED)
    removed = checkup(2, -1, status=CheckupStatus.REMOVED)
    coming = checkup(3, 20)
    assert checkup_for_asking([missed, removed, coming], TODAY) is None


def test_a_question_was_not_asked_at_a_checkup_later_than_the_day_it_was_asked() -> None:
    visit = checkup(1, 0)
    assert asked_there(visit, TODAY)
    assert asked_there(visit, TODAY + timedelta(days=3))
    assert not asked_there(visit, TODAY - timedelta(days=1))


# --- Open and asked -------------------------------------------------------------------


def test_open_questions_keep_the_persons_order_and_asked_ones_stay_with_their_checkup() -> None:
    asked = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    questions = [
        Question("Scan results?", position=2, id=1),
        Question("Tiredness?", position=0, id=2),
        Question("Diet?", position=1, id=3, asked_at=asked, checkup_id=9, answer="Eat well"),
        Question("Sleep?", position=3, id=4, asked_at=asked, checkup_id=8),
    ]
    assert [q.id for q in open_questions(questions)] == [2, 1]
    assert [q.id for q in asked_at_checkup(questions, 9)] == [3]
    assert asked_at_checkup(questions, 7) == []
    assert questions[2].asked
    assert not questions[0].asked


# --- Typing a question ----------------------------------------------------------------


def test_a_question_is_kept_on_one_line_without_control_characters() -> None:
    typed = "  Is the\nnew\tpain\r\n normal?\x00\x1b[31m  \u2028Ask \u2029 about it\x7f "
    assert clean_question(typed) == "Is the new pain normal? [31m Ask about it"


def test_joined_emoji_and_direction_marks_are_kept() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_question(f"Ask about {family}?") == f"Ask about {family}?"
    hebrew = "\u05e9\u05dc\u05d5\u05dd\u200f?"
    assert clean_question(hebrew) == hebrew


@pytest.mark.parametrize("typed", ["", "   ", "\n\t\r", "\x00\x01", "\u200b", " \u200b\u200d \n"])
def test_a_question_of_nothing_visible_is_refused(typed: str) -> None:
    assert clean_question(typed) == ""
    with pytest.raises(QuestionError) as raised:
        Question(clean_question(typed))
    assert raised.value.problem is QuestionProblem.EMPTY


@given(st.text(max_size=200))
def test_a_cleaned_question_is_one_tidy_line_and_cleaning_again_changes_nothing(typed: str) -> None:
    cleaned = clean_question(typed)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(unicodedata.category(ch) in BREAKING for ch in cleaned)
    assert not any(ch.isspace() and ch != " " for ch in cleaned)
    assert clean_question(cleaned) == cleaned
    # Every other character typed is still there, in order (unless none is visible).
    kept = [c for c in typed if unicodedata.category(c) not in BREAKING and not c.isspace()]
    if any(unicodedata.category(c) != "Cf" for c in kept):
        assert [c for c in cleaned if c != " "] == kept
    else:
        assert cleaned == ""


def test_questions_and_answers_have_limits() -> None:
    Question("x" * MAX_QUESTION_LENGTH, answer="y" * MAX_ANSWER_LENGTH)
    with pytest.raises(QuestionError) as raised:
        Question("x" * (MAX_QUESTION_LENGTH + 1))
    assert (raised.value.problem, raised.value.limit) == (QuestionProblem.TOO_LONG, 500)
    with pytest.raises(QuestionError) as raised:
        Question("Why?", answer="y" * (MAX_ANSWER_LENGTH + 1))
    assert (raised.value.problem, raised.value.limit) == (QuestionProblem.ANSWER_TOO_LONG, 4000)
    with pytest.raises(ValueError, match="aware"):
        Question("Why?", asked_at=datetime(2026, 5, 4, 9, 0))
