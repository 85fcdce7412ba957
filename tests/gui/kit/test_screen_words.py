"""PHQ-2 and GAD-2 word for word; the answer, the care-team note and who to call, kindly."""

from __future__ import annotations

import pytest

from planner.domain.screens import NudgeReason, ScreenKind
from planner.services.journal import CareContact
from planner.ui.kit.screen_words import (
    contact_sentences,
    emergency_text,
    nudge_text,
    screen_answers,
    screen_items,
    screen_stem,
    screens_title,
    support_text,
    thanks_text,
    who_to_call,
)


def test_the_stem_and_answers_are_the_standard_wording():
    assert screen_stem() == (
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    )
    assert screen_answers() == (
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    )


def test_phq2_items_are_the_standard_wording():
    assert screen_items(ScreenKind.PHQ2) == (
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
    )


def test_gad2_items_are_the_standard_wording():
    assert screen_items(ScreenKind.GAD2) == (
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
    )


NO_ONE = CareContact()
CLINIC = CareContact("Riverside oncology nurses", "555-0100", "555-0199")


def assert_kind(text: str) -> None:
    """Never names a condition, never alarms."""
    for word in ("depress", "anxi", "disorder", "urgent", "danger", "warning"):
        assert word not in text.lower()


def test_the_note_is_kind_names_no_condition_and_says_who_to_call():
    for reason in NudgeReason:
        text = nudge_text(reason, CLINIC)
        assert "You could call Riverside oncology nurses about how you feel: 555-0100." in text
        assert "Outside office hours, you can call 555-0199." in text
        assert "This is not a diagnosis." in text
        assert "nudge" not in text  # said without belittling
        assert_kind(text)
    assert nudge_text(NudgeReason.WORRY, NO_ONE) == (
        "Your worry has been high on most days lately. That is common between checkups, "
        "and you do not have to carry it alone. This is not a diagnosis. It is a reminder "
        "that support is there for you.\n\nYou could talk to your care team or your "
        "doctor about how you feel. This app is not for emergencies, and it cannot call "
        "for help. If you feel unsafe or need help right now, call your local emergency "
        "number."
    )
    assert "questions about the last two weeks" in nudge_text(NudgeReason.PHQ2, NO_ONE)
    assert "two-weekly" not in nudge_text(NudgeReason.GAD2, NO_ONE)


def test_every_note_says_it_is_not_for_emergencies():
    for reason in NudgeReason:
        for contact in (NO_ONE, CLINIC):
            assert emergency_text() in nudge_text(reason, contact)
    assert "call your local emergency number" in emergency_text()
    assert "not for emergencies" in emergency_text()


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (NO_ONE, ["You could talk to your care team or your doctor about how you feel."]),
        (
            CareContact(phone="555-0100"),
            ["You could call your care team about how you feel: 555-0100."],
        ),
        (
            CareContact(name="Dr. Rivera's office"),
            ["You could talk to Dr. Rivera's office about how you feel."],
        ),
        (
            CareContact(after_hours="555-0199"),
            [
                "You could talk to your care team or your doctor about how you feel.",
                "Outside office hours, you can call 555-0199.",
            ],
        ),
        (
            CLINIC,
            [
                "You could call Riverside oncology nurses about how you feel: 555-0100.",
                "Outside office hours, you can call 555-0199.",
            ],
        ),
    ],
    ids=["nothing-entered", "phone", "name", "after-hours-only", "everything"],
)
def test_who_to_call_follows_what_was_entered(contact, expected):
    assert contact_sentences(contact) == expected


def test_the_answer_to_positive_answers_is_kind_and_says_who_to_call():
    text = support_text()
    assert text.startswith("Your answers suggest the last two weeks have been hard.")
    assert "These answers do not mean that something is wrong." in text
    assert_kind(text)
    call = who_to_call(CLINIC)
    assert call.startswith("You could call Riverside oncology nurses about how you feel")
    assert "555-0199" in call
    assert call.endswith(emergency_text())
    assert "your care team or your doctor" in who_to_call(NO_ONE)
    assert_kind(thanks_text())
    assert screens_title() == "Questions about the last two weeks"


def test_a_contact_with_braces_or_markup_is_shown_as_typed():
    odd = CareContact("<b>{team}</b>", "{x} 555", "")
    text = nudge_text(NudgeReason.GAD2, odd)
    assert "{x} 555" in text
    assert "<b>{team}</b>" in text
    assert "<b>{team}</b>" in who_to_call(odd)
