"""The journal's words: what the domain's codes and numbers read as, in English."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from planner.domain.insights import Pattern, Range
from planner.domain.journal import (
    MAX_NOTE_LENGTH,
    Checkup,
    CheckupKind,
    JournalEntry,
    JournalError,
    JournalProblem,
    Mood,
    Period,
    Phase,
    SleepQuality,
    period_bounds,
)
from planner.ui.kit.journal_words import (
    average_summary,
    checkup_kind,
    checkup_phrase,
    count_text,
    entry_details,
    entry_spoken,
    found_text,
    mood_in_sentence,
    mood_label,
    next_checkup_text,
    pattern_text,
    period_heading,
    period_title,
    phase_label,
    preset_tags,
    problem_text,
    range_label,
    short_date,
    short_date_year,
    sleep_choice,
    total_text,
)

NEW_YORK = "America/New_York"
NY = ZoneInfo(NEW_YORK)


def checkup(day: date, at: time | None = None, kind=CheckupKind.BLOOD_TEST) -> Checkup:
    return Checkup(day, kind, NEW_YORK, at=at)


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 9, 3), "3 Sep"),
        (date(2026, 6, 30), "30 Jun"),
        (date(2026, 7, 1), "1 Jul"),
        (date(2026, 1, 31), "31 Jan"),
        (date(2026, 12, 25), "25 Dec"),
    ],
)
def test_short_dates_come_from_the_locale(day, text):
    assert short_date(day) == text
    assert short_date_year(day) == f"{text} 2026"


def test_moods_sleep_and_kinds():
    assert [mood_label(m) for m in Mood] == ["Awful", "Bad", "Okay", "Good", "Great"]
    assert [mood_in_sentence(m) for m in Mood] == ["awful", "bad", "okay", "good", "great"]
    assert [sleep_choice(q) for q in SleepQuality] == ["Slept poorly", "Slept okay", "Slept well"]
    assert [checkup_kind(k) for k in CheckupKind] == [
        "Oncologist visit",
        "Blood test",
        "Scan or imaging",
        "Other checkup",
    ]
    assert preset_tags() == ("checkup soon", "waiting for results", "tired", "pain", "good day")


def test_a_checkup_in_a_sentence_names_the_kind_and_the_day():
    assert checkup_phrase(checkup(date(2026, 9, 3))) == "blood test on 3 Sep"
    assert checkup_phrase(checkup(date(2026, 10, 12), kind=CheckupKind.ONCOLOGIST)) == (
        "oncologist visit on 12 Oct"
    )
    assert checkup_phrase(checkup(date(2026, 6, 2), kind=CheckupKind.OTHER)) == "checkup on 2 Jun"


@pytest.mark.parametrize(
    ("today", "text"),
    [
        (date(2026, 12, 3), "Next checkup is today: scan on 3 Dec at 09:30"),
        (date(2026, 12, 2), "Next checkup is tomorrow: scan on 3 Dec at 09:30"),
        (date(2026, 11, 21), "Next checkup in 12 days: scan on 3 Dec at 09:30"),
    ],
)
def test_next_checkup_text(today, text):
    scan = checkup(date(2026, 12, 3), time(9, 30), kind=CheckupKind.SCAN)
    assert next_checkup_text(scan, today) == text


def test_next_checkup_text_without_a_time():
    scan = checkup(date(2026, 12, 3), kind=CheckupKind.SCAN)
    assert next_checkup_text(scan, date(2026, 12, 1)) == "Next checkup in 2 days: scan on 3 Dec"
    assert next_checkup_text(scan, date(2026, 12, 3)) == "Next checkup is today: scan on 3 Dec"


BLOOD = checkup(date(2026, 9, 3), time(10, 0))
SCAN = checkup(date(2026, 12, 1), kind=CheckupKind.SCAN)


def test_period_titles_name_the_checkups_around_them():
    now = datetime(2026, 12, 5, 12, tzinfo=NY)
    assert [period_title(p) for p in period_bounds([SCAN, BLOOD], now)] == [
        "Since your scan on 1 Dec",
        "From your blood test on 3 Sep to your scan on 1 Dec",
        "Before your blood test on 3 Sep",
    ]
    # No checkup yet: the one period is named by its first check-in, never "Your
    # check-ins" again under the page's heading of that name.
    lone = Period(None, None, None, None)
    assert period_title(lone, date(2026, 9, 2)) == "Since your first check-in on 2 Sep"
    assert period_title(lone) == "All your check-ins so far"
    assert period_heading(lone, 24, date(2026, 9, 2)) == "Since your first check-in on 2 Sep"


def test_counts_say_one_check_in_and_many_check_ins():
    assert count_text(1) == "1 check-in"
    assert count_text(0) == "0 check-ins"
    assert count_text(1200) == f"{QLocale().toString(1200)} check-ins"
    since = Period(None, None, SCAN, None)
    assert period_heading(since, 1) == "Since your scan on 1 Dec — 1 check-in"
    assert period_heading(since, 24) == "Since your scan on 1 Dec — 24 check-ins"
    # Beside the heading "Your check-ins": the numbers only.
    assert total_text(1) == "1 in all"
    assert total_text(1200) == f"{QLocale().toString(1200)} in all"
    assert found_text(1) == "1 found"
    assert found_text(2) == "2 found"


def test_averages():
    assert average_summary(3.42, 5.06) == "Average mood 3.4 of 5 · average worry 5.1 of 10"
    assert average_summary(None, None) == ""


def test_a_check_in_in_words():
    at = datetime(2026, 11, 21, 13, 30, tzinfo=UTC)
    entry = JournalEntry(
        Mood.GOOD,
        2,
        date(2026, 11, 21),
        at,
        NEW_YORK,
        energy=6,
        sleep_hours=7.5,
        sleep_quality=SleepQuality.WELL,
        note="Walked",
        tags=("tired", "pain"),
        for_care_team=True,
    )
    assert entry_details(entry) == "Energy 6 · Slept 7.5 hours, well · For my care team"
    assert entry_spoken(entry, at.astimezone(NY)) == (
        "Saturday 21 November 2026, 08:30. Mood good, worry 2 of 10. "
        "Energy 6 · Slept 7.5 hours, well · For my care team. Tags: tired, pain. Note: Walked"
    )
    plain = JournalEntry(Mood.BAD, 8, date(2026, 11, 21), at, NEW_YORK)
    assert entry_details(plain) == ""
    one_hour = JournalEntry(Mood.BAD, 8, date(2026, 11, 21), at, NEW_YORK, sleep_hours=1)
    assert entry_details(one_hour) == "Slept 1 hour"
    quality = JournalEntry(
        Mood.BAD, 8, date(2026, 11, 21), at, NEW_YORK, sleep_quality=SleepQuality.POORLY
    )
    assert entry_details(quality) == "Slept poorly"


@pytest.mark.parametrize(
    ("problem", "limit", "text"),
    [
        (JournalProblem.WORRY_OUT_OF_RANGE, 10, "Worry is a number from 0 to 10."),
        (JournalProblem.ENERGY_OUT_OF_RANGE, 10, "Energy is a number from 0 to 10."),
        (JournalProblem.SLEEP_OUT_OF_RANGE, 24, "Hours of sleep are between 0 and 24."),
        (JournalProblem.TOO_MANY_TAGS, 12, "A check-in can have up to 12 tags."),
        (JournalProblem.TAG_TOO_LONG, 40, "A tag can be up to 40 characters long."),
        (JournalProblem.PLACE_TOO_LONG, 200, "The place can be up to 200 characters long."),
        (
            JournalProblem.RESULTS_BEFORE_CHECKUP,
            None,
            "The results date cannot be before the checkup.",
        ),
    ],
)
def test_problems_are_plain_sentences(problem, limit, text):
    assert problem_text(JournalError(problem, limit)) == text


def test_the_note_limit_is_a_locale_number():
    text = problem_text(JournalError(JournalProblem.NOTE_TOO_LONG, MAX_NOTE_LENGTH))
    assert text == f"A note can hold up to {QLocale().toString(MAX_NOTE_LENGTH)} characters."


def test_insights_words():
    assert [range_label(r) for r in Range] == [
        "Last 30 days",
        "Last 90 days",
        "Last year",
        "Since last checkup",
        "All",
    ]
    assert [phase_label(p) for p in Phase] == [
        "Before a checkup",
        "Waiting for results",
        "After results",
        "Other times",
    ]
    pattern = Pattern("Walk 20 minutes", 3.94, 3.21, 15, 20)
    assert pattern_text(pattern) == (
        "On days you did “Walk 20 minutes”, your average mood was 3.9 of 5; "
        "on other days it was 3.2 of 5."
    )


# --- One set of words across the journal's rooms --------------------------------

ROOMS = ("ui/journal", "ui/checkups", "ui/insights", "ui/about")
WORD_FILES = ("ui/kit/journal_words.py", "ui/kit/screen_words.py")


def _shown_texts() -> list[str]:
    """Every literal the journal's rooms hand to Qt's translation (what a person reads)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "planner"
    files = [f for room in ROOMS for f in (root / room).glob("*.py")]
    files += [root / name for name in WORD_FILES]
    texts = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(
                node.func, ast.Attribute | ast.Name
            ):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if name not in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                continue
            texts += [
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
    return texts


def test_the_words_say_every_two_weeks_and_checkup():
    texts = _shown_texts()
    assert len(texts) > 150  # the scan found the rooms' texts
    assert [t for t in texts if "two-weekly" in t.lower()] == []
    # "Visit" only for the oncologist visit; everything else is a checkup.
    visits = [t for t in texts if "visit" in t.lower()]
    allowed = ("oncologist visit", "visits with your oncologist", "visit with your oncologist")
    assert [t for t in visits if not any(a in t.lower() for a in allowed)] == []
