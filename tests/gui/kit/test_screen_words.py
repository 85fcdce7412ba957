"""PHQ-2 and GAD-2 word for word, and the care-team note's safety."""

from __future__ import annotations

from planner.domain.screens import NudgeReason, ScreenKind
from planner.ui.kit.screen_words import nudge_text, screen_answers, screen_items, screen_stem


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


def test_the_note_is_kind_names_no_condition_and_gives_the_number():
    for reason in NudgeReason:
        text = nudge_text(reason, "555-0100")
        assert "You may want to talk to your care team about how you feel: 555-0100." in text
        assert "This is not a diagnosis" in text
        for word in ("depress", "anxi", "disorder"):
            assert word not in text.lower()
    assert nudge_text(NudgeReason.WORRY, "").count("care team about how you feel.") == 1
    assert "Your worry has been high on most days lately." in nudge_text(NudgeReason.WORRY, "")
    assert "two-weekly questions" in nudge_text(NudgeReason.PHQ2, "")
    assert nudge_text(NudgeReason.WORRY, "") == (
        "Your worry has been high on most days lately. That is common between checkups, "
        "and you do not have to carry it alone. You may want to talk to your care team about "
        "how you feel. This is not a diagnosis — just a nudge to ask for support."
    )


def test_a_phone_with_braces_is_shown_as_typed():
    assert "{x} 555" in nudge_text(NudgeReason.GAD2, "{x} 555")
