"""Questions for the care team through the service: written down, reordered, carried to
the next checkup until asked, kept with the checkup they were asked at, and the check-ins
for the care team gathered since the last checkup."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.journal import Checkup, CheckupKind, CheckupStatus, JournalEntry, Mood
from planner.domain.questions import QuestionError, QuestionProblem
from planner.services.changes import Area, Changes
from planner.services.checklist import ChecklistService
from planner.services.questions import QuestionService
from planner.storage.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
#: Monday 4 May 2026, 10:00 in Berlin.
NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
TODAY = date(2026, 5, 4)


class Clock:
    def __init__(self) -> None:
        self.at = NOW

    def now(self) -> datetime:
        return self.at

    def to(self, day: date, hour: int = 10) -> None:
        self.at = datetime.combine(day, time(hour), BERLIN).astimezone(UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data" / "planner.db")
    yield opened
    opened.close()


@pytest.fixture
def questions(qtbot, store: Store, clock: Clock) -> QuestionService:
    return QuestionService(store, ChecklistService(store, BERLIN, clock=clock.now))


def checkup(
    store: Store,
    day: date,
    kind: CheckupKind = CheckupKind.ONCOLOGIST,
    at: time | None = None,
    status: CheckupStatus = CheckupStatus.BOOKED,
) -> Checkup:
    planned = status is CheckupStatus.PLANNED
    return store.checkups.add(
        Checkup(day, kind, "Europe/Berlin", at=at, status=status, due_on=day if planned else None),
        NOW,
    )


def texts(items) -> list[str]:
    return [q.text for q in items]


def test_questions_are_added_cleaned_in_order_and_announced(questions: QuestionService) -> None:
    seen: list[Changes] = []
    questions.bus.changed.connect(seen.append)
    questions.add("Is the new\npain normal?  ")
    questions.add("When do the\tresults come?")
    assert texts(questions.open()) == ["Is the new pain normal?", "When do the results come?"]
    assert seen == [Changes.of(Area.QUESTIONS)] * 2
    with pytest.raises(QuestionError) as raised:
        questions.add(" \n\t ")
    assert raised.value.problem is QuestionProblem.EMPTY
    with pytest.raises(QuestionError) as raised:
        questions.add("x" * 501)
    assert raised.value.problem is QuestionProblem.TOO_LONG
    assert len(questions.all()) == 2
    assert len(seen) == 2  # nothing saved, nothing announced


def test_moving_and_reordering_change_the_open_list(questions: QuestionService) -> None:
    a, b, c = (questions.add(t) for t in ("A?", "B?", "C?"))
    questions.move(c, 0)
    assert texts(questions.open()) == ["C?", "A?", "B?"]
    questions.move(c, 99)
    assert texts(questions.open()) == ["A?", "B?", "C?"]
    questions.reorder([b.id, c.id, a.id])
    assert texts(questions.open()) == ["B?", "C?", "A?"]
    questions.delete(c)
    assert texts(questions.open()) == ["B?", "A?"]


def test_moving_among_open_ones_keeps_a_question_that_comes_back_in_a_place_of_its_own(
    questions: QuestionService, store: Store
) -> None:
    checkup(store, TODAY)
    a, b, c, d = (questions.add(t) for t in ("A?", "B?", "C?", "D?"))
    asked = questions.set_asked(b, True)
    questions.move(d, 0)  # open: D, A, C
    questions.set_asked(asked, False)  # B is open again, after the others
    assert texts(questions.open()) == ["D?", "A?", "C?", "B?"]


def test_a_question_marked_asked_belongs_to_the_checkup_of_the_last_week(
    questions: QuestionService, store: Store, clock: Clock
) -> None:
    visit = checkup(store, TODAY, at=time(9, 0))
    coming = checkup(store, TODAY + timedelta(days=90))
    question = questions.add("Scan results?")
    assert questions.next_visit() == visit  # today's visit is the one to ask at
    clock.to(TODAY + timedelta(days=3))  # marked asked three days later
    asked = questions.set_asked(question, True)
    assert (asked.asked, asked.checkup_id, asked.asked_at) == (True, visit.id, clock.at)
    assert questions.open() == []
    late = questions.add("Diet?")
    clock.to(TODAY + timedelta(days=8))  # more than a week after: at no checkup
    assert questions.set_asked(late, True).checkup_id is None
    assert questions.next_visit() == coming
    undone = questions.set_asked(questions.all()[1], False)
    assert (undone.asked, undone.checkup_id) == (False, None)
    assert texts(questions.open()) == ["Diet?"]


def test_unasked_questions_move_on_to_the_next_checkup_by_themselves(
    questions: QuestionService, store: Store, clock: Clock
) -> None:
    first = checkup(store, TODAY + timedelta(days=2))
    blood = checkup(store, TODAY + timedelta(days=30), CheckupKind.BLOOD_TEST)
    planned = checkup(store, TODAY + timedelta(days=91), status=CheckupStatus.PLANNED)
    questions.add("Tiredness?")
    assert questions.next_visit() == first
    clock.to(TODAY + timedelta(days=3))  # the visit passed, the question was not asked
    assert texts(questions.open()) == ["Tiredness?"]
    assert questions.next_visit() == planned  # the next oncologist visit, not the blood test
    store.checkups.remove(planned.id)
    assert questions.next_visit() == blood  # no visit ahead: the next checkup of any kind


def test_asked_questions_stay_with_their_checkup_with_their_answers(
    questions: QuestionService, store: Store, clock: Clock
) -> None:
    march = checkup(store, TODAY - timedelta(days=60))
    may = checkup(store, TODAY)
    clock.to(march.day)
    old = questions.set_asked(questions.add("Old pain?"), True)
    questions.answer(old, "  Scar tissue, nothing to worry about.\n  ")
    clock.to(TODAY)
    new = questions.set_asked(questions.add("Results?"), True)
    questions.add("Still open?")
    clock.to(TODAY + timedelta(days=200))
    groups = questions.asked_by_checkup()
    assert [(c.id if c else None, texts(qs)) for c, qs in groups] == [
        (may.id, ["Results?"]),
        (march.id, ["Old pain?"]),
    ]
    assert groups[1][1][0].answer == "Scar tissue, nothing to worry about."
    assert texts(questions.open()) == ["Still open?"]
    store.checkups.remove(may.id)  # the checkup taken off the list: its questions are kept
    groups = questions.asked_by_checkup()
    assert [(c.id if c else None, texts(qs)) for c, qs in groups] == [
        (None, ["Results?"]),  # asked on a day of its own, in May: newer than March
        (march.id, ["Old pain?"]),
    ]
    assert new.checkup_id == may.id


def test_a_question_asked_with_no_checkup_that_week_is_kept_under_its_own_day(
    questions: QuestionService, store: Store, clock: Clock
) -> None:
    """Marked asked on 2 Dec, with the next visit on 6 Jan: never filed under that visit,
    nor under an earlier one added later."""
    clock.to(date(2026, 12, 2))
    january = checkup(store, date(2027, 1, 6))
    asked = questions.set_asked(questions.add("Is this rash normal?"), True)
    assert (asked.asked, asked.checkup_id) == (True, None)
    assert questions.asked_on(asked) == date(2026, 12, 2)
    checkup(store, date(2026, 12, 10))  # an earlier visit, added afterwards
    clock.to(date(2026, 12, 12))
    assert [(c, texts(qs)) for c, qs in questions.asked_by_checkup()] == [
        (None, ["Is this rash normal?"])
    ]
    # A question an older version tied to a checkup still to come is not filed there.
    store.questions.update(replace(asked, checkup_id=january.id), NOW)
    assert [(c, texts(qs)) for c, qs in questions.asked_by_checkup()] == [
        (None, ["Is this rash normal?"])
    ]


def test_questions_asked_on_other_days_come_newest_first_among_the_checkups(
    questions: QuestionService, store: Store, clock: Clock
) -> None:
    older = checkup(store, TODAY - timedelta(days=40))
    newer = checkup(store, TODAY)
    clock.to(older.day)
    questions.set_asked(questions.add("At the older visit?"), True)
    clock.to(TODAY - timedelta(days=20))
    questions.set_asked(questions.add("Asked on the phone?"), True)
    clock.to(TODAY - timedelta(days=15))
    questions.set_asked(questions.add("Asked later on the phone?"), True)
    clock.to(TODAY)
    questions.set_asked(questions.add("At today's visit?"), True)
    groups = questions.asked_by_checkup()
    assert [(c.id if c else None, texts(qs)) for c, qs in groups] == [
        (newer.id, ["At today's visit?"]),
        (None, ["Asked later on the phone?", "Asked on the phone?"]),
        (older.id, ["At the older visit?"]),
    ]


def entry(store: Store, at: datetime, *, care: bool = True, note: str = "") -> None:
    local = at.astimezone(BERLIN)
    store.journal.add(
        JournalEntry(
            Mood.OKAY, 3, local.date(), at, "Europe/Berlin", note=note, for_care_team=care
        ),
        at,
    )


def berlin(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BERLIN).astimezone(UTC)


def test_care_team_check_ins_are_gathered_since_the_last_checkup_began(
    questions: QuestionService, store: Store
) -> None:
    last = TODAY - timedelta(days=20)
    checkup(store, TODAY - timedelta(days=60))
    checkup(store, last, at=time(11, 0))
    checkup(store, TODAY + timedelta(days=1))  # coming: not the last one
    checkup(store, TODAY - timedelta(days=5), status=CheckupStatus.PLANNED)  # never booked
    entry(store, berlin(last - timedelta(days=1), 20), note="before the last checkup")
    entry(store, berlin(last, 8), note="the morning of it, for it")
    entry(store, berlin(last, 15), note="after it")
    entry(store, berlin(TODAY - timedelta(days=3), 21), note="since")
    entry(store, berlin(TODAY - timedelta(days=2), 21), care=False, note="private")
    entry(store, berlin(TODAY, 7), note="this morning")
    assert [e.note for e in questions.care_checkins()] == ["after it", "since", "this morning"]


def test_care_team_check_ins_since_a_checkup_without_a_time_include_its_day(
    questions: QuestionService, store: Store
) -> None:
    last = TODAY - timedelta(days=20)
    checkup(store, last)
    entry(store, berlin(last, 8), note="that day")
    entry(store, berlin(last - timedelta(days=1), 23, 30), note="the night before")
    assert [e.note for e in questions.care_checkins()] == ["that day"]


def test_without_a_past_checkup_the_last_four_months_are_gathered(
    questions: QuestionService, store: Store
) -> None:
    checkup(store, TODAY)  # today's checkup is still to come: its notes are for it
    entry(store, berlin(TODAY - timedelta(days=121), 12), note="too old")
    entry(store, berlin(TODAY - timedelta(days=119), 12), note="four months")
    entry(store, berlin(TODAY, 7), note="today")
    assert [e.note for e in questions.care_checkins()] == ["four months", "today"]
