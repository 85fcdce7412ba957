"""The sentences a coordinator reads for each plan problem: plain, translated, well filled."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from planner.domain.plan_errors import Expected, JsonKind, PatternKind
from planner.domain.plan_file import (
    MAX_PLAN_BYTES,
    PlanError,
    PlanPlace,
    PlanProblem,
    PlanProblemCode,
    parse_plan,
)
from planner.services.plan_problems import describe, describe_all

Code = PlanProblemCode
ROOT = Path(__file__).parents[3]
SCHEMA: dict[str, Any] = json.loads(
    (ROOT / "resources" / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
)
STANDARD: dict[str, Any] = json.loads(
    (ROOT / "resources" / "plans" / "standard.plan.json").read_text(encoding="utf-8")
)
TODAY = date(2026, 1, 5)


@pytest.fixture(autouse=True)
def _us_english_numbers() -> Iterator[None]:
    """Big numbers are written the way the person's locale writes them: here 1,000,000."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def plan_with(*items: Any, **top: Any) -> str:
    doc: dict[str, Any] = {"format": "between-checkups-plan", "version": 1, "name": "Test plan"}
    doc["items"] = list(items)
    doc.update(top)
    return json.dumps(doc)


def item(key: str = "walk", title: str = "Walk", **fields: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": key,
        "title": title,
        "category": "movement",
        "schedule": {"type": "daily"},
    }
    entry.update(fields)
    return entry


def well_formed(sentence: str) -> str:
    assert sentence.strip()
    assert sentence.endswith(".")
    assert "Traceback" not in sentence
    assert "None" not in sentence
    assert "'" not in sentence.replace("plan's", "")  # no Python reprs such as {'a': 1}
    assert not re.search(r"\{\w*\}", sentence)  # every placeholder filled
    return sentence


def error_of(data: str | bytes) -> str:
    """The sentence for the first (best) problem of a file that is not a usable plan."""
    with pytest.raises(PlanError) as caught:
        parse_plan(data, SCHEMA, today=TODAY)
    sentences = describe_all(caught.value)
    assert sentences == [describe(problem) for problem in caught.value.problems]
    for sentence in sentences:
        well_formed(sentence)
    return sentences[0]


# --- the sentences for real files (the same as before problems became data) --------------------


def test_not_json_names_line_and_column() -> None:
    assert error_of('{\n  "format": ,\n}') == (
        "The file is not valid JSON (line 2, column 13). "
        "A value is missing, or there is one comma too many."
    )


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ('{"a": 1 "b": 2}', "A comma is missing between two parts."),
        ('{"a": 1,}', "A name needs double quotes, or there is one comma too many before a }."),
        ('{"a" 1}', "A colon (:) is missing after a name."),
        ('{"a": "x', "A text is not closed with a double quote."),
        ('{"a": 1} x', "There is more after the plan's last }."),
    ],
)
def test_not_json_says_what_is_likely_wrong_there(data: str, said: str) -> None:
    assert error_of(data).endswith(said)


@pytest.mark.parametrize("data", ["NaN", '{"a": Infinity}', '{"a": -Infinity}', '{"a": 1e999}'])
def test_non_finite_numbers_are_refused(data: str) -> None:
    assert error_of(data) == (
        "The file is not valid JSON (it has a number that is not allowed, "
        "such as NaN, Infinity or one that is far too large)."
    )


def test_bad_utf8_and_empty_and_not_an_object() -> None:
    assert error_of(b'{"name": "\xff"}') == (
        "The file is not a plan: it is not UTF-8 text (byte 11)."
    )
    assert error_of(b"  ") == "The file is empty."
    assert error_of("[1, 2]") == (
        "The file is not a Between Checkups plan (it holds a list, not a plan in { } braces)."
    )
    assert error_of('"plan"') == (
        "The file is not a Between Checkups plan (it holds text, not a plan in { } braces)."
    )


def test_wrong_or_missing_format() -> None:
    doc = json.loads(plan_with(item()))
    doc["format"] = "todo-list"
    assert error_of(json.dumps(doc)) == (
        'The file is not a Between Checkups plan (its "format" is "todo-list", '
        'not "between-checkups-plan").'
    )
    del doc["format"]
    assert error_of(json.dumps(doc)) == (
        'The file is not a Between Checkups plan (its "format" is missing).'
    )


def test_newer_version_asks_to_update() -> None:
    assert error_of(plan_with(item(), version=3)) == (
        "This plan was made for a newer version of Between Checkups (plan version 3). "
        "Update the app to open it."
    )
    assert "newer version" in error_of(plan_with(item(), version=4, contacts=[]))
    assert error_of(plan_with(item(), version="1")) == (
        'The plan\'s "version" must be a whole number like 2 (it is "1").'
    )
    assert error_of(plan_with(item(), version=0)) == (
        'The plan\'s "version" must be a whole number like 2 (it is 0).'
    )
    assert error_of(json.dumps({"format": "between-checkups-plan"})) == (
        'The plan does not say which version it is (its "version" is missing).'
    )


def test_unknown_key_names_item_and_field() -> None:
    assert error_of(plan_with(item(), item("nap", "Nap", colour="red"))) == (
        'Item 2 ("Nap"): "colour" is not a field a plan can have. Check the spelling, or remove it.'
    )
    message = error_of(plan_with(item(schedule={"type": "daily", "times": 2})))
    assert message.startswith('Item 1 ("Walk"), schedule: "times" is not a field')
    assert error_of(plan_with(item(), extra=1)).startswith('The plan: "extra" is not a field')
    assert error_of(plan_with(item(size=1, colour="red"))) == (
        'Item 1 ("Walk"): these fields are not ones a plan can have: "colour" and "size". '
        "Check the spelling, or remove them."
    )


def test_bad_times_names_item_and_field() -> None:
    text = plan_with(
        item(), item(), item("walk-3", schedule={"type": "times_per_week", "times": 9})
    )
    assert error_of(text) == (
        'Item 3 ("Walk"), schedule: "times" must be a whole number from 1 to 7 (it is 9).'
    )
    text = plan_with(item(schedule={"type": "times_per_week", "times": "3"}))
    assert error_of(text) == (
        'Item 1 ("Walk"), schedule: "times" must be a whole number from 1 to 7, not text.'
    )


def test_bad_weekday_name() -> None:
    message = error_of(plan_with(item(schedule={"type": "weekdays", "days": ["mon", "monday"]})))
    assert message == (
        'Item 1 ("Walk"), schedule: entry 2 of "days" must be one of "mon", "tue", "wed", '
        '"thu", "fri", "sat" or "sun" (it is "monday").'
    )
    message = error_of(plan_with(item(schedule={"type": "weekdays", "days": ["mon", "mon"]})))
    assert message == 'Item 1 ("Walk"), schedule: "days" lists the same day more than once.'
    assert error_of(plan_with(item(schedule={"type": "weekdays", "days": []}))) == (
        'Item 1 ("Walk"), schedule: "days" must have at least 1 entry.'
    )


@pytest.mark.parametrize(
    ("due", "words"),
    [("2026-02-30", "not a real date"), ("2026-13-01", "not a real date"), ("15/03/2026", "YYYY")],
)
def test_bad_date(due: str, words: str) -> None:
    message = error_of(plan_with(item(), item("nap", "Nap", schedule={"type": "once", "due": due})))
    assert message.startswith('Item 2 ("Nap"), schedule: "due"')
    assert words in message
    assert due in message


def test_bad_date_sentences_in_full() -> None:
    text = plan_with(item(schedule={"type": "once", "due": "2026-02-30"}))
    assert error_of(text) == (
        'Item 1 ("Walk"), schedule: "due" is "2026-02-30", '
        "which is not a real date on the calendar."
    )
    text = plan_with(item(schedule={"type": "once", "due": "15/03/2026"}))
    assert error_of(text) == (
        'Item 1 ("Walk"), schedule: "due" must be a date written as YYYY-MM-DD, '
        'like "2026-03-15" (it is "15/03/2026").'
    )


def test_once_needs_exactly_one_of_due_and_in_days() -> None:
    for schedule in ({"type": "once"}, {"type": "once", "due": "2026-03-01", "in_days": 3}):
        assert error_of(plan_with(item(schedule=schedule))) == (
            'Item 1 ("Walk"), schedule: a one-time task needs either "due" (a date like '
            '"2026-03-15") or "in_days" (a number of days), and only one of them.'
        )


def test_duplicate_ids() -> None:
    text = plan_with(item("a"), item("walk"), item("b"), item("c"), item("walk", "Walk again"))
    assert error_of(text) == 'Items 2 and 5 both have the id "walk". Each item needs its own id.'


def test_bad_id_and_trailing_newline_id() -> None:
    expected = (
        'Item 1 ("Walk"): "id" must be a short code of lowercase letters (a-z), digits and '
        'dashes, at most 64 characters, like "walk-daily" (it is "{}").'
    )
    assert error_of(plan_with(item("Walk"))) == expected.format("Walk")
    # The newline is shown as a space: a sentence stays on one line.
    assert error_of(plan_with(item("walk\n"))) == expected.format("walk")


def test_too_large_file_is_refused_before_parsing() -> None:
    big = b"{" + b" " * MAX_PLAN_BYTES + b"}"
    assert error_of(big) == (
        "The file is too large to be a plan (1,000,002 bytes). "
        "A plan file can be at most 1,000,000 bytes."
    )
    assert error_of("\u00e9" * (MAX_PLAN_BYTES // 2 + 1)).startswith("The file is too large")


def test_big_numbers_follow_the_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    problem = PlanProblem(Code.TOO_LARGE, values={"size": 1_000_002, "limit": 1_000_000})
    assert describe(problem) == (
        "The file is too large to be a plan (1.000.002 bytes). "
        "A plan file can be at most 1.000.000 bytes."
    )


def test_empty_items_and_too_many_items() -> None:
    assert error_of(plan_with()) == "The plan has no items. A plan needs at least one item."
    many = [item(f"i{n}") for n in range(101)]
    assert error_of(plan_with(*many)) == (
        'The plan: "items" has 101 entries. It can have at most 100 entries.'
    )


def test_title_too_long_names_item_and_field() -> None:
    message = error_of(plan_with(item(), item("long", "x" * 121)))
    assert message == (
        f'Item 2 ("{"x" * 37}..."): "title" is too long (121 characters). '
        "It can have at most 120 characters."
    )


def test_missing_and_blank_fields() -> None:
    entry = item()
    del entry["title"]
    assert error_of(plan_with(entry)) == 'Item 1: "title" is missing.'
    assert error_of(plan_with(item(title="   "))) == (
        'Item 1: "title" is blank. Please write something in it.'
    )
    assert error_of(plan_with(item(title=""))) == (
        'Item 1: "title" is empty. Please write something in it.'
    )
    assert error_of(plan_with(item(target={"amount": 5}))) == (
        'Item 1 ("Walk"), target: "unit" is missing.'
    )
    del entry["id"]
    assert error_of(plan_with(entry)) == 'Item 1: "id" and "title" are missing.'
    assert error_of(plan_with(item(), name=" ")) == (
        'The plan: "name" is blank. Please write something in it.'
    )


def test_other_value_errors_are_plain() -> None:
    assert error_of(plan_with(item(category="sport"))) == (
        'Item 1 ("Walk"): "category" must be one of "care", "food", "movement", "habits", '
        '"rest", "connection" or "other" (it is "sport").'
    )
    assert error_of(plan_with(item(target={"amount": 0, "unit": "min"}))) == (
        'Item 1 ("Walk"), target: "amount" must be a number more than 0 and at most 10000 '
        "(it is 0)."
    )
    assert error_of(plan_with(item(), 5)) == (
        'Item 2 is not written as an item (each item needs { } braces with fields such as "id" '
        'and "title").'
    )
    assert error_of(plan_with(item(schedule=[]))) == (
        'Item 1 ("Walk"): "schedule" must be a group of fields in { } braces, not a list.'
    )
    assert error_of(plan_with(item(schedule={"type": "hourly"}))).startswith(
        'Item 1 ("Walk"), schedule: "type" must be one of "daily"'
    )
    assert error_of(plan_with(item(reminders="08:30"))) == (
        'Item 1 ("Walk"): "reminders" must be a list in [ ] brackets, not text.'
    )
    assert error_of(plan_with(item(title=7))) == (
        'Item 1: "title" must be text of 1 to 120 characters, not a whole number.'
    )


def test_lone_surrogate_is_a_clean_error() -> None:
    assert error_of(plan_with(item(title="Walk \ud800"))) == (
        'Item 1 ("Walk ?"): "title" has a broken character (a lone \\u escape). '
        "Remove it or write the character again."
    )


def test_deep_nesting_is_a_clean_error() -> None:
    sentence = "The file is not a plan this app can read (its data is nested too deeply)."
    assert error_of("[" * 100_000) == sentence
    assert error_of('{"a": ' * 50_000) == sentence


@pytest.mark.parametrize("bad", ["25:00", "8:30", "08:60", "noon"])
def test_a_reminder_that_is_not_a_time_of_day_names_the_place(bad: str) -> None:
    message = error_of(plan_with(item(), item("nap", "Nap", reminders=["09:00", bad])))
    assert message == (
        'Item 2 ("Nap"): entry 2 of "reminders" must be a time of day written as HH:MM '
        f'(24-hour), like "08:30" (it is "{bad}").'
    )


def test_too_many_reminders_are_refused() -> None:
    times = [f"{h:02d}:00" for h in range(8, 15)]
    message = error_of(plan_with(item(reminders=times)))
    assert message == 'Item 1 ("Walk"): "reminders" has 7 entries. It can have at most 6 entries.'


def test_every_problem_gets_its_sentence_best_first() -> None:
    text = plan_with(item("a", "A", category="sport"), item("b", "B", colour="red"), extra=1)
    with pytest.raises(PlanError) as caught:
        parse_plan(text, SCHEMA, today=TODAY)
    assert describe_all(caught.value) == [
        'The plan: "extra" is not a field a plan can have. Check the spelling, or remove it.',
        'Item 1 ("A"): "category" must be one of "care", "food", "movement", "habits", "rest", '
        '"connection" or "other" (it is "sport").',
        'Item 2 ("B"): "colour" is not a field a plan can have. Check the spelling, or remove it.',
    ]


# --- every code has a sentence -------------------------------------------------------------------


def at(number: int | None, title: str | None, *fields: str, entry: int | None = None) -> PlanPlace:
    path: tuple[str | int, ...] = ("items", number - 1, *fields) if number else fields
    if entry is not None:
        path += (entry - 1,)
    return PlanPlace(path=path, item=number, title=title, fields=fields, entry=entry)


TEXT_9 = {"kind": JsonKind.TEXT, "value": "9"}
SAMPLES: list[tuple[PlanProblem, str]] = [
    (
        PlanProblem(
            Code.FILE_UNREADABLE,
            values={"path": "/media/usb/walk.plan.json", "reason": "Permission denied"},
        ),
        "The plan file /media/usb/walk.plan.json could not be read (Permission denied).",
    ),
    (
        PlanProblem(Code.TOO_LARGE, values={"size": 2_500_000, "limit": 1_000_000}),
        "The file is too large to be a plan (2,500,000 bytes). "
        "A plan file can be at most 1,000,000 bytes.",
    ),
    (
        PlanProblem(Code.NOT_UTF8, values={"byte": 3}),
        "The file is not a plan: it is not UTF-8 text (byte 3).",
    ),
    (PlanProblem(Code.EMPTY_FILE), "The file is empty."),
    (
        PlanProblem(Code.NOT_JSON, PlanPlace(line=4, column=1)),
        "The file is not valid JSON (line 4, column 1).",
    ),
    (
        PlanProblem(Code.BAD_NUMBER),
        "The file is not valid JSON (it has a number that is not allowed, "
        "such as NaN, Infinity or one that is far too large).",
    ),
    (
        PlanProblem(Code.NESTED_TOO_DEEPLY),
        "The file is not a plan this app can read (its data is nested too deeply).",
    ),
    (
        PlanProblem(Code.NOT_AN_OBJECT, values={"kind": JsonKind.NULL}),
        "The file is not a Between Checkups plan (it holds null, not a plan in { } braces).",
    ),
    (
        PlanProblem(Code.FORMAT_MISSING),
        'The file is not a Between Checkups plan (its "format" is missing).',
    ),
    (
        PlanProblem(
            Code.WRONG_FORMAT,
            at(None, None, "format"),
            {"kind": JsonKind.BOOLEAN, "value": True, "expected_format": "between-checkups-plan"},
        ),
        'The file is not a Between Checkups plan (its "format" is true, '
        'not "between-checkups-plan").',
    ),
    (
        PlanProblem(Code.VERSION_MISSING),
        'The plan does not say which version it is (its "version" is missing).',
    ),
    (
        PlanProblem(
            Code.VERSION_NOT_WHOLE,
            at(None, None, "version"),
            {"kind": JsonKind.NUMBER, "value": 1.5, "supported": 1},
        ),
        'The plan\'s "version" must be a whole number like 1 (it is 1.5).',
    ),
    (
        PlanProblem(
            Code.VERSION_TOO_NEW, at(None, None, "version"), {"version": 4, "supported": 1}
        ),
        "This plan was made for a newer version of Between Checkups (plan version 4). "
        "Update the app to open it.",
    ),
    (
        PlanProblem(Code.MISSING_FIELDS, at(2, "Nap", "schedule"), {"names": ("type",)}),
        'Item 2 ("Nap"), schedule: "type" is missing.',
    ),
    (
        PlanProblem(Code.UNKNOWN_FIELDS, at(None, None), {"names": ("a", "b", "c")}),
        'The plan: these fields are not ones a plan can have: "a", "b" and "c". '
        "Check the spelling, or remove them.",
    ),
    (
        PlanProblem(Code.ONCE_NEEDS_DUE_OR_IN_DAYS, at(1, None, "schedule")),
        'Item 1, schedule: a one-time task needs either "due" (a date like "2026-03-15") '
        'or "in_days" (a number of days), and only one of them.',
    ),
    (
        PlanProblem(Code.NOT_AN_ITEM, at(4, None), {"kind": JsonKind.TEXT, "value": "walk"}),
        'Item 4 is not written as an item (each item needs { } braces with fields such as "id" '
        'and "title").',
    ),
    (
        PlanProblem(
            Code.WRONG_TYPE,
            at(1, "Walk", "target", "amount"),
            {"expected": Expected.NUMBER, "exclusive_minimum": 0, "maximum": 10000} | TEXT_9,
        ),
        'Item 1 ("Walk"), target: "amount" must be a number more than 0 and at most 10000, '
        "not text.",
    ),
    (
        PlanProblem(Code.NO_ITEMS, at(None, None, "items")),
        "The plan has no items. A plan needs at least one item.",
    ),
    (
        PlanProblem(Code.TOO_LONG, at(None, None, "name"), {"length": 200, "max_length": 120}),
        'The plan: "name" is too long (200 characters). It can have at most 120 characters.',
    ),
    (
        PlanProblem(Code.EMPTY_TEXT, at(1, "Walk", "target", "unit")),
        'Item 1 ("Walk"), target: "unit" is empty. Please write something in it.',
    ),
    (
        PlanProblem(Code.BLANK_TEXT, at(None, None, "name")),
        'The plan: "name" is blank. Please write something in it.',
    ),
    (
        PlanProblem(Code.BROKEN_CHARACTER, at(1, "Walk", "details")),
        'Item 1 ("Walk"): "details" has a broken character (a lone \\u escape). '
        "Remove it or write the character again.",
    ),
    (
        PlanProblem(Code.TOO_FEW_ENTRIES, at(1, "Walk", "schedule", "days"), {"min_items": 2}),
        'Item 1 ("Walk"), schedule: "days" must have at least 2 entries.',
    ),
    (
        PlanProblem(
            Code.TOO_MANY_ENTRIES, at(1, "Walk", "reminders"), {"count": 3, "max_items": 1}
        ),
        'Item 1 ("Walk"): "reminders" has 3 entries. It can have at most 1 entry.',
    ),
    (
        PlanProblem(Code.REPEATED_DAY, at(1, "Walk", "schedule", "days")),
        'Item 1 ("Walk"), schedule: "days" lists the same day more than once.',
    ),
    (
        PlanProblem(Code.REPEATED_ENTRY, at(1, "Walk", "reminders")),
        'Item 1 ("Walk"): "reminders" lists the same entry more than once.',
    ),
    (
        PlanProblem(
            Code.NOT_ONE_OF,
            at(1, "Walk", "category"),
            {"allowed": ("care", "food"), "kind": JsonKind.LIST},
        ),
        'Item 1 ("Walk"): "category" must be one of "care" or "food" (it is a list).',
    ),
    (
        PlanProblem(
            Code.NOT_EXACTLY,
            at(1, "Walk", "schedule", "type"),
            {"exactly": "daily", "kind": JsonKind.TEXT, "value": "weekly"},
        ),
        'Item 1 ("Walk"), schedule: "type" must be "daily" (it is "weekly").',
    ),
    (
        PlanProblem(Code.BAD_ID, at(1, "Walk", "id"), TEXT_9 | {"value": "Walk Daily"}),
        'Item 1 ("Walk"): "id" must be a short code of lowercase letters (a-z), digits and '
        'dashes, at most 64 characters, like "walk-daily" (it is "Walk Daily").',
    ),
    (
        PlanProblem(Code.BAD_DATE, at(1, "Walk", "schedule", "due"), TEXT_9),
        'Item 1 ("Walk"), schedule: "due" must be a date written as YYYY-MM-DD, '
        'like "2026-03-15" (it is "9").',
    ),
    (
        PlanProblem(Code.BAD_TIME, at(1, "Walk", "reminders", entry=1), TEXT_9),
        'Item 1 ("Walk"): entry 1 of "reminders" must be a time of day written as HH:MM '
        '(24-hour), like "08:30" (it is "9").',
    ),
    (
        PlanProblem(Code.BAD_PATTERN, at(1, "Walk", "code"), TEXT_9),
        'Item 1 ("Walk"): "code" is not written the way a plan needs it (it is "9").',
    ),
    (
        PlanProblem(
            Code.OUT_OF_RANGE,
            at(1, "Walk", "schedule", "days"),
            {"expected": Expected.WHOLE_NUMBER, "minimum": 2, "maximum": 365}
            | {"kind": JsonKind.INTEGER, "value": 1},
        ),
        'Item 1 ("Walk"), schedule: "days" must be a whole number from 2 to 365 (it is 1).',
    ),
    (
        PlanProblem(
            Code.NOT_A_REAL_DATE, at(1, "Walk", "schedule", "due"), {"value": "2026-02-29"}
        ),
        'Item 1 ("Walk"), schedule: "due" is "2026-02-29", which is not a real date on the '
        "calendar.",
    ),
    (
        PlanProblem(Code.DUPLICATE_ID, at(3, "Nap", "id"), {"id": "nap", "first": 1, "second": 3}),
        'Items 1 and 3 both have the id "nap". Each item needs its own id.',
    ),
    (
        PlanProblem(Code.SCHEDULE_NOT_USABLE, at(1, "Walk", "schedule"), {"type": "weekdays"}),
        'Item 1 ("Walk"), schedule: this schedule cannot be used. Check its "type" and the '
        "fields that go with it.",
    ),
    (
        PlanProblem(Code.NOT_AS_NEEDED, at(1, "Walk", "schedule"), {"kind": JsonKind.LIST}),
        'Item 1 ("Walk"): "schedule" is not written the way a plan needs it.',
    ),
]


def test_every_code_has_a_sample_sentence() -> None:
    assert [problem.code for problem, _ in SAMPLES] == list(PlanProblemCode)


@pytest.mark.parametrize(("problem", "sentence"), SAMPLES, ids=[p.code for p, _ in SAMPLES])
def test_the_sentence_for_each_code(problem: PlanProblem, sentence: str) -> None:
    assert well_formed(describe(problem)) == sentence


@pytest.mark.parametrize("code", list(PlanProblemCode))
def test_every_code_has_a_sentence_even_with_nothing_known(code: PlanProblemCode) -> None:
    """A problem made without values or place still gets a sentence, never an exception."""
    sentence = describe(PlanProblem(code))
    assert sentence.strip()
    assert sentence.endswith(".")
    assert "{" not in sentence.replace("{ }", "")


WHOLE, NUMBER, TEXT = Expected.WHOLE_NUMBER, Expected.NUMBER, Expected.TEXT
MUST_BE = [
    ({"expected": WHOLE, "minimum": 1, "maximum": 7}, "a whole number from 1 to 7"),
    (
        {"expected": WHOLE, "exclusive_minimum": 0, "maximum": 9},
        "a whole number more than 0 and at most 9",
    ),
    ({"expected": WHOLE, "minimum": 0}, "a whole number of at least 0"),
    ({"expected": WHOLE, "maximum": 365}, "a whole number of at most 365"),
    ({"expected": WHOLE}, "a whole number"),
    ({"expected": NUMBER, "minimum": 0.5, "maximum": 2.0}, "a number from 0.5 to 2"),
    ({"expected": NUMBER, "minimum": 1}, "a number of at least 1"),
    ({"expected": NUMBER, "maximum": 1e300}, "a number of at most 1e+300"),
    ({"expected": NUMBER}, "a number"),
    ({"expected": TEXT, "min_length": 1, "max_length": 30}, "text of 1 to 30 characters"),
    ({"expected": TEXT, "max_length": 200}, "text of at most 200 characters"),
    ({"expected": TEXT, "max_length": 1}, "text of at most 1 character"),
    ({"expected": TEXT}, "text"),
    (
        {"expected": TEXT, "pattern": PatternKind.DATE},
        'a date written as YYYY-MM-DD, like "2026-03-15"',
    ),
    ({"expected": Expected.LIST, "allowed": ("mon", "sun")}, 'a list of "mon" or "sun"'),
    ({"expected": Expected.LIST}, "a list in [ ] brackets"),
    ({"expected": Expected.GROUP}, "a group of fields in { } braces"),
    ({"expected": Expected.EXACTLY, "exactly": 1}, "1"),
    ({"expected": Expected.ONE_OF, "allowed": ("a",)}, 'one of "a"'),
    ({"expected": Expected.OTHER}, "written differently"),
]


@pytest.mark.parametrize(("values", "phrase"), MUST_BE)
def test_what_a_value_must_be(values: dict[str, object], phrase: str) -> None:
    problem = PlanProblem(Code.WRONG_TYPE, at(1, "Walk", "x"), values | {"kind": JsonKind.NULL})
    assert describe(problem) == f'Item 1 ("Walk"): "x" must be {phrase}, not null.'


def test_what_was_found_is_written_as_in_the_file() -> None:
    def found(**values: object) -> str:
        problem = PlanProblem(Code.BAD_PATTERN, at(None, None, "x"), values)
        return describe(problem).removeprefix('The plan: "x" is not written the way a plan ')

    assert found(kind=JsonKind.NULL, value=None) == "needs it (it is null)."
    assert found(kind=JsonKind.BOOLEAN, value=False) == "needs it (it is false)."
    assert found(kind=JsonKind.NUMBER, value=2.0) == "needs it (it is 2)."
    assert found(kind=JsonKind.INTEGER, value=10**30) == "needs it (it is 10000000000000000...)."
    assert found(kind=JsonKind.TEXT, value="a\n  b") == 'needs it (it is "a b").'
    assert found(kind=JsonKind.TEXT, value="y" * 50) == f'needs it (it is "{"y" * 37}...").'
    assert found(kind=JsonKind.GROUP) == "needs it (it is a group of fields)."


def test_a_long_or_untidy_title_is_shortened_to_one_line() -> None:
    problem = PlanProblem(Code.BLANK_TEXT, at(1, "  Take a\n short   walk " + "x" * 40, "why"))
    assert describe(problem) == (
        f'Item 1 ("Take a short walk {"x" * 19}..."): "why" is blank. Please write something in it.'
    )


def test_the_plural_and_the_singular() -> None:
    def missing(*names: str) -> str:
        return describe(PlanProblem(Code.MISSING_FIELDS, at(1, None), {"names": names}))

    assert missing("id") == 'Item 1: "id" is missing.'
    assert missing("id", "title") == 'Item 1: "id" and "title" are missing.'
    assert missing("a", "b", "c") == 'Item 1: "a", "b" and "c" are missing.'
    one = PlanProblem(Code.TOO_FEW_ENTRIES, at(1, None, "days"), {"min_items": 1})
    assert describe(one) == 'Item 1: "days" must have at least 1 entry.'
    one = PlanProblem(Code.TOO_LONG, at(1, None, "why"), {"length": 2, "max_length": 1})
    assert (
        describe(one)
        == 'Item 1: "why" is too long (2 characters). It can have at most 1 character.'
    )


# --- translation ---------------------------------------------------------------------------------

POLISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>PlanProblems</name>
    <message numerus="yes">
        <source>{place}: {field} has %n entries.</source>
        <translation>
            <numerusform>{place}: {field} ma %n wpis.</numerusform>
            <numerusform>{place}: {field} ma %n wpisy.</numerusform>
            <numerusform>{place}: {field} ma %n wpis\u00f3w.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It can have at most %n entries.</source>
        <translation>
            <numerusform>Mo\u017ce mie\u0107 najwy\u017cej %n wpis.</numerusform>
            <numerusform>Mo\u017ce mie\u0107 najwy\u017cej %n wpisy.</numerusform>
            <numerusform>Mo\u017ce mie\u0107 najwy\u017cej %n wpis\u00f3w.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty ({nope}).</translation>
    </message>
    <message>
        <source>{place}: {field} is blank. Please write something in it.</source>
        <translation>{place: {field} jest pusty.</translation>
    </message>
</context>
<context>
    <name>PlanPlaces</name>
    <message>
        <source>Item {number} ("{title}")</source>
        <translation>Pozycja {number} (\u201e{title}\u201d)</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def polish(qapp: Any, tmp_path: Path) -> Iterator[None]:
    """A Polish translation (three plural forms) installed for the test, then removed."""
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "pl.ts").write_text(POLISH_TS, encoding="utf-8")
    subprocess.run(
        [lrelease, str(tmp_path / "pl.ts"), "-qm", str(tmp_path / "pl.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "pl.qm"))
    assert QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("polish")
def test_sentences_are_translated_with_their_plural_forms() -> None:
    def entries(count: int, most: int) -> str:
        values = {"count": count, "max_items": most}
        return describe(PlanProblem(Code.TOO_MANY_ENTRIES, at(1, "Spacer", "reminders"), values))

    assert entries(2, 1) == (
        'Pozycja 1 (\u201eSpacer\u201d): "reminders" ma 2 wpisy. It can have at most 1 entry.'
    )
    assert entries(5, 4) == (
        'Pozycja 1 (\u201eSpacer\u201d): "reminders" ma 5 wpis\u00f3w. '
        "Mo\u017ce mie\u0107 najwy\u017cej 4 wpisy."
    )
    assert entries(22, 21) == (
        'Pozycja 1 (\u201eSpacer\u201d): "reminders" ma 22 wpisy. '
        "Mo\u017ce mie\u0107 najwy\u017cej 21 wpis\u00f3w."
    )
    # A translation with a wrong or broken placeholder is shown as it is, never an exception.
    assert describe(PlanProblem(Code.EMPTY_FILE)) == "Plik jest pusty ({nope})."
    assert describe(PlanProblem(Code.BLANK_TEXT, at(1, None, "title"))) == (
        "{place: {field} jest pusty."
    )


def test_no_application_object_is_needed() -> None:
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from planner.domain.plan_file import PlanProblem, PlanProblemCode\n"
        "from planner.services.plan_problems import describe\n"
        "print(describe(PlanProblem(PlanProblemCode.EMPTY_FILE)))\n"
        "assert QCoreApplication.instance() is None\n"
        "import sys\n"
        "assert 'PySide6.QtWidgets' not in sys.modules and 'PySide6.QtGui' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "The file is empty.\n"


# --- reading from disk ---------------------------------------------------------------------------


def test_an_unreadable_plan_file_is_a_problem_with_the_system_reason(tmp_path: Path) -> None:
    from planner.services.plans import read_plan

    missing = tmp_path / "missing.plan.json"
    with pytest.raises(PlanError) as caught:
        read_plan(missing, TODAY)
    (problem,) = caught.value.problems
    assert problem.code is Code.FILE_UNREADABLE
    assert problem.values == {"path": str(missing), "reason": "No such file or directory"}
    assert describe(problem) == (
        f"The plan file {missing} could not be read (No such file or directory)."
    )


# --- fuzz --------------------------------------------------------------------------------------


def sentences_of(doc: Any) -> list[str]:
    try:
        parse_plan(json.dumps(doc), SCHEMA, today=TODAY)
    except PlanError as exc:
        return describe_all(exc)
    return []


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=15,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([(n, key) for n, entry in enumerate(STANDARD["items"]) for key in entry]),
    json_values,
)
def test_fuzz_every_problem_of_a_changed_standard_plan_has_a_sentence(
    where: tuple[int, str], value: Any
) -> None:
    doc = copy.deepcopy(STANDARD)
    number, key = where
    doc["items"][number][key] = value
    for sentence in sentences_of(doc):
        assert sentence.strip()
        assert sentence.endswith(".")
        assert "Traceback" not in sentence
