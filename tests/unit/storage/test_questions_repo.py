"""The questions' table: the person's order, reordering, asked at a checkup, answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from planner.domain.journal import Checkup, CheckupKind
from planner.domain.questions import Question
from planner.storage.store import Store

NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def add(store: Store, *texts: str) -> list[Question]:
    return [store.questions.add(Question(t), NOW) for t in texts]


def texts(store: Store) -> list[str]:
    return [q.text for q in store.questions.all()]


def test_questions_are_added_at_the_end_and_read_back_in_order(store: Store) -> None:
    first, second, third = add(store, "Scan results?", "Tiredness?", "Diet?")
    assert [q.position for q in (first, second, third)] == [0, 1, 2]
    assert store.questions.all() == [first, second, third]
    assert first.id is not None
    assert store.questions.get(first.id) == first
    assert store.questions.get(999) is None


def test_reordering_puts_the_named_ones_first_and_the_rest_after_in_their_order(
    store: Store,
) -> None:
    a, b, c, d = add(store, "A?", "B?", "C?", "D?")
    store.questions.reorder([c.id, a.id])
    assert texts(store) == ["C?", "A?", "B?", "D?"]
    assert [q.position for q in store.questions.all()] == [0, 1, 2, 3]  # no two in one place
    store.questions.reorder([d.id, 999, d.id])  # an unknown id, a repeated one
    assert texts(store) == ["D?", "C?", "A?", "B?"]
    store.questions.delete(c.id)
    assert texts(store) == ["D?", "A?", "B?"]
    assert add(store, "E?")[0].position == 4  # after the last place taken
    assert texts(store) == ["D?", "A?", "B?", "E?"]


def test_asked_and_answered_round_trip_and_can_be_undone(store: Store) -> None:
    checkup = store.checkups.add(
        Checkup(date(2026, 5, 1), CheckupKind.ONCOLOGIST, "Europe/Berlin"), NOW
    )
    (question,) = add(store, "Is the new pain normal?")
    asked_at = datetime(2026, 5, 1, 11, 30, tzinfo=timezone(timedelta(hours=2)))
    asked = store.questions.update(
        replace(
            question,
            asked_at=asked_at,
            checkup_id=checkup.id,
            answer="Yes, for now.\nCall if it lasts.",
        ),
        NOW,
    )
    (read,) = store.questions.all()
    assert read == asked
    assert read.asked_at == asked_at  # the same instant, read back in UTC
    assert read.asked_at is not None
    assert read.asked_at.utcoffset() == timedelta(0)
    assert (read.asked, read.checkup_id, read.answer) == (
        True,
        checkup.id,
        "Yes, for now.\nCall if it lasts.",
    )
    store.questions.update(replace(read, asked_at=None, checkup_id=None), NOW)
    (back,) = store.questions.all()
    assert (back.asked, back.checkup_id, back.answer) == (
        False,
        None,
        "Yes, for now.\nCall if it lasts.",
    )


def test_a_question_outlives_the_checkup_row_it_was_asked_at(store: Store) -> None:
    checkup = store.checkups.add(Checkup(date(2026, 5, 1), CheckupKind.SCAN, "Europe/Berlin"), NOW)
    (question,) = add(store, "When are the results?")
    store.questions.update(replace(question, asked_at=NOW, checkup_id=checkup.id), NOW)
    with store.transaction() as conn:  # the journal's wipe deletes rows
        conn.execute("DELETE FROM checkups WHERE id = ?", (checkup.id,))
    (kept,) = store.questions.all()
    assert (kept.text, kept.asked, kept.checkup_id) == ("When are the results?", True, None)
