"""Plan files checked for the command line: each problem at its line and column, the
likeliest cause first, and "did you mean" for a misspelled field."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner.domain.plan_file import PlanPlace, PlanProblem, PlanProblemCode
from planner.services.plan_validation import (
    FileReport,
    Located,
    locate,
    summary,
    validate_file,
    validate_files,
)
from planner.services.plans import plan_schema, standard_plan_path

TODAY = date(2026, 11, 23)


def plan(**item_changes: object) -> dict[str, object]:
    item: dict[str, object] = {
        "id": "walk",
        "title": "Walk",
        "category": "movement",
        "schedule": {"type": "times_per_week", "times": 3},
        "reminders": ["08:30"],
    }
    item.update(item_changes)
    return {"format": "between-checkups-plan", "version": 1, "name": "Test", "items": [item]}


def position(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in ``text``."""
    at = text.index(needle)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def test_a_good_plan_has_no_problems():
    report = validate_file(standard_plan_path(), TODAY)
    assert report.ok
    assert report.problems == []


def test_each_problem_is_at_its_line_and_column_in_the_order_of_the_file(tmp_path):
    data = plan(category="fud", schedule={"type": "times_per_week", "times": 9})
    data["items"].append(  # type: ignore[attr-defined]
        {"id": "Bad Id", "title": "Eat", "category": "food", "schedule": {"type": "daily"}}
    )
    text = json.dumps(data, indent=2)
    path = tmp_path / "three.plan.json"
    path.write_text(text, encoding="utf-8")

    problems = validate_file(path, TODAY).problems

    assert [p.code for p in problems] == ["not_one_of", "out_of_range", "bad_id"]
    assert [(p.line, p.col) for p in problems] == [
        position(text, '"fud"'),
        position(text, "9"),
        position(text, '"Bad Id"'),
    ]
    assert problems[0].place == "/items/0/category"
    assert 'Item 1 ("Walk"): "category" must be one of' in problems[0].message
    assert "(it is 9)" in problems[1].message


def test_a_misspelled_field_is_pointed_at_and_the_likely_name_suggested(tmp_path):
    data = plan()
    item = data["items"][0]  # type: ignore[index]
    item["remindrs"] = item.pop("reminders")
    item["schedule"] = {"type": "times_per_week", "tims": 3}
    text = json.dumps(data, indent=2)
    path = tmp_path / "typo.plan.json"
    path.write_text(text, encoding="utf-8")

    problems = validate_file(path, TODAY).problems

    typo = next(p for p in problems if p.place == "/items/0/remindrs")
    assert (typo.line, typo.col) == position(text, '"remindrs"')
    assert typo.message.endswith('Did you mean "reminders"?')
    # In a schedule, the fields its "type" allows: "times" for times_per_week.
    tims = next(p for p in problems if p.place == "/items/0/schedule/tims")
    assert tims.message.endswith('Did you mean "times"?')


def test_a_field_that_is_nothing_like_a_known_one_gets_no_guess(tmp_path):
    path = tmp_path / "odd.plan.json"
    path.write_text(json.dumps(plan(zzzzzz=1)), encoding="utf-8")
    (problem,) = validate_file(path, TODAY).problems
    assert problem.code == "unknown_fields"
    assert "Did you mean" not in problem.message


def test_truncated_json_is_placed_where_the_reader_stopped(tmp_path):
    text = json.dumps(plan(), indent=2)[:-40]
    path = tmp_path / "cut.plan.json"
    path.write_text(text, encoding="utf-8")
    (problem,) = validate_file(path, TODAY).problems
    assert problem.code == "not_json"
    with pytest.raises(json.JSONDecodeError) as caught:  # the decoder's own line and column
        json.loads(text)
    assert (problem.line, problem.col) == (caught.value.lineno, caught.value.colno)


def test_a_file_that_is_not_utf8_is_placed_at_the_bad_byte(tmp_path):
    path = tmp_path / "latin.plan.json"
    path.write_bytes(b'{"format": "between-checkups-plan",\n  "name": "Caf\xe9"}')
    (problem,) = validate_file(path, TODAY).problems
    assert problem.code == "not_utf8"
    assert (problem.line, problem.col) == (2, 15)


def test_a_missing_file_is_a_problem_of_that_file(tmp_path):
    good, missing = standard_plan_path(), tmp_path / "missing.plan.json"
    first, second = validate_files([good, missing], TODAY)
    assert first.ok
    assert second.problems[0].code == "file_unreadable"
    assert (second.problems[0].line, second.problems[0].col) == (1, 1)


def test_reading_and_format_problems_come_before_the_rest():
    text = json.dumps(plan(), indent=2)
    late = PlanProblem(PlanProblemCode.BAD_ID, PlanPlace(path=("items", 0, "id")))
    wrong = PlanProblem(PlanProblemCode.WRONG_FORMAT, PlanPlace(path=("format",)))
    empty = PlanProblem(PlanProblemCode.EMPTY_FILE)
    located = locate([late, wrong, empty], text.encode(), plan_schema())
    assert [p.code for p in located] == ["empty_file", "wrong_format", "bad_id"]


def test_the_summary_counts_files_and_problems():
    problem = Located(1, 1, "", "empty_file", "The file is empty.")
    good, bad = FileReport(standard_plan_path()), FileReport(standard_plan_path(), [problem] * 3)
    assert summary([good, bad]) == "2 files checked: 1 with 3 problems"
    assert summary([good]) == "1 file checked: no problems"
