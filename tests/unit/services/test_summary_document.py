"""The visit summary's words and order: what matters at the visit first, the app's own
words for moods and scales, checkups named naturally, the person's text shown as typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from planner.domain.journal import Checkup, CheckupKind, Mood, Phase
from planner.domain.questions import Question
from planner.domain.visit_summary import (
    CareContact,
    CareNote,
    PhaseWorry,
    VisitSummary,
    WeekMeans,
)
from planner.services.summary_chart import (
    WEEKLY_TABLE_LIMIT,
    WeeklyChart,
    mood_word,
    table_columns,
)
from planner.services.summary_document import build_summary_document, summary_html
from planner.ui.kit.journal_words import mood_label

START = date(2026, 9, 3)
ZONE = "Europe/Berlin"


@pytest.fixture(autouse=True)
def _english(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _weeks(count: int, start: date = START) -> tuple[WeekMeans, ...]:
    return tuple(
        WeekMeans(start + timedelta(days=7 * n), start + timedelta(days=7 * n + 6), 3.0, 4.0, 7)
        for n in range(count)
    )


def _summary(**changes: object) -> VisitSummary:
    """Thirteen weeks of check-ins, a note and a question, the rest left empty."""
    fields: dict[str, object] = {
        "start": START,
        "end": START + timedelta(days=90),
        "made_on": START + timedelta(days=91),
        "zone": ZONE,
        "weeks": _weeks(13),
        "checkins": 91,
        "days_with_checkin": 91,
        "mood_mean": 3.0,
        "worry_mean": 4.0,
        "worry_by_phase": (),
        "screens": (),
        "items": (),
        "sleep_hours_mean": None,
        "sleep_count": 0,
        "sleep_quality": (),
        "energy_mean": None,
        "energy_count": 0,
        "care_notes": (CareNote(START, 2, 8, "Sore <b>knees</b>.\x00", ()),),
        "questions": (Question("Is the tingling <i>normal</i>?", 0, id=1),),
        "last_checkup": Checkup(START - timedelta(days=1), CheckupKind.OTHER, ZONE, id=1),
        "next_checkup": None,
        "contact": CareContact("Oak Clinic", "555 0100"),
    }
    fields.update(changes)
    return VisitSummary(**fields)  # type: ignore[arg-type]


def _text(summary: VisitSummary) -> str:
    return " ".join(build_summary_document(summary).toPlainText().split())


def test_the_questions_and_care_team_notes_come_right_after_the_header():
    text = _text(_summary())
    order = [
        "Checkup summary",
        "Care team: Oak Clinic · Phone: 555 0100",
        "not for emergencies",
        "Questions for this visit",
        "Is the tingling <i>normal</i>?",
        "Check-ins marked for the care team",
        "Mood and worry",
    ]
    at = [text.index(part) for part in order]
    assert at == sorted(at)
    assert text.count("Care team:") == 1


@pytest.mark.parametrize(
    ("checkup", "said"),
    [
        (Checkup(date(2026, 11, 12), CheckupKind.OTHER, ZONE), "12 Nov 2026 (other checkup)."),
        (Checkup(date(2026, 11, 12), CheckupKind.BLOOD_TEST, ZONE), "12 Nov 2026 (blood test)."),
        (
            Checkup(date(2026, 11, 12), CheckupKind.OTHER, ZONE, title="Heart <echo>"),
            "12 Nov 2026 (Heart <echo>).",
        ),
    ],
)
def test_a_checkup_is_named_by_its_title_or_its_kind(checkup, said):
    text = _text(_summary(last_checkup=checkup, next_checkup=checkup))
    assert f"Last checkup: {said}" in text
    assert f"Next checkup: {said}" in text
    assert "checkup on" not in text


def test_moods_are_the_words_the_app_uses_everywhere():
    for mood in Mood:
        assert mood_word(int(mood)) == mood_label(mood)
    text = _text(_summary())
    assert "Date Mood Worry (0–10) Note" in text
    assert "3 Sep 2026 Bad 8 Sore <b>knees</b>." in text


def test_worry_is_told_the_way_the_check_in_form_tells_it():
    """The check-in form says "Worry about cancer coming back (0 = none, 10 = most)"."""
    mood, worry = WeeklyChart._titles()
    assert mood == "Mood: weekly average (1 = awful, 5 = great). Higher is better."
    assert worry.startswith("Worry about cancer coming back: weekly average (0 = none, 10 = most)")
    around = (PhaseWorry(Phase.BEFORE, 6.5, 3),)
    assert "Average worry (0 = none, 10 = most)" in _text(_summary(worry_by_phase=around))


def test_user_text_is_escaped_in_the_html():
    html = summary_html(_summary(contact=CareContact("Oak <Street> Clinic")))
    assert "Sore &lt;b&gt;knees&lt;/b&gt;." in html
    assert "Oak &lt;Street&gt; Clinic" in html
    assert "\x00" not in html


def test_a_mark_typed_by_the_person_cannot_move_the_chart():
    sneaky = _summary(questions=(Question("\ue000 where the chart goes?", 0, id=1),))
    text = build_summary_document(sneaky).toPlainText()
    assert "\ue000" not in text
    assert text.count("\ufffc") == 2  # mood's panel and worry's
    assert text.index("where the chart goes?") < text.index("Mood and worry")
    assert text.index("Mood and worry") < text.index("\ufffc") < text.index("Week of")


def test_up_to_sixteen_weeks_are_shown_week_by_week_in_even_tables():
    text = _text(_summary(weeks=_weeks(WEEKLY_TABLE_LIMIT)))
    assert text.count("Week of") == 2  # 8 and 8, not 14 and 2
    assert "Week of 3 Sep 10 Sep" in text
    assert "Month" not in text


def test_longer_periods_are_shown_month_by_month_with_the_months_means():
    weeks = (
        WeekMeans(date(2026, 1, 1), date(2026, 1, 4), 2.0, 6.0, 2),
        WeekMeans(date(2026, 1, 5), date(2026, 1, 11), 5.0, 0.0, 6),
        WeekMeans(date(2026, 1, 26), date(2026, 2, 1), None, None, 0),
        WeekMeans(date(2026, 2, 2), date(2026, 2, 8), None, None, 0),
        *_weeks(WEEKLY_TABLE_LIMIT, date(2026, 3, 2)),
    )
    by_month, columns = table_columns(weeks)
    assert by_month
    january, february = columns[0], columns[1]
    assert (january.label, january.mood, january.worry, january.checkins) == (
        "Jan 2026",
        4.25,  # (2 × 2 + 6 × 5) / 8: the mean of January's check-ins
        1.5,
        8,
    )
    assert (february.label, february.mood, february.worry, february.checkins) == (
        "Feb 2026",
        None,
        None,
        0,
    )
    text = _text(_summary(weeks=weeks))
    assert "Month Jan 2026 Feb 2026 Mar 2026" in text
    assert "Mood 4.3 – 3.0" in text
    assert "Week of" not in text
