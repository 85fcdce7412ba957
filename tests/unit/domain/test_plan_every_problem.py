"""One run of ``parse_plan`` lists every problem of a file: the checks a schema cannot make
(repeated ids, dates not on the calendar, the follow-up's phases, blank text) also run on
the parts of the file the schema found nothing wrong in, safely whatever the types."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.plan_file import PlanError, PlanProblem, PlanProblemCode, parse_plan

Code = PlanProblemCode
ROOT = Path(__file__).parents[3]
SCHEMA: dict[str, Any] = json.loads(
    (ROOT / "resources" / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
)
BREAST: dict[str, Any] = json.loads(
    (ROOT / "resources" / "plans" / "breast.plan.json").read_text(encoding="utf-8")
) | {
    "program": {"name": "City", "contacts": [{"role": "Nurse", "phone": "+1 555 0100"}]},
    "patient": {"label": "SP-0142"},
    "resources": [{"name": "Helpline", "phone": "+1 555 0199"}],
}
TODAY = date(2026, 1, 5)


def item(key: str = "walk", title: str = "Walk", **fields: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": key,
        "title": title,
        "category": "movement",
        "schedule": {"type": "daily"},
    }
    return entry | fields


def plan(*items: dict[str, Any], version: int = 2, **top: Any) -> dict[str, Any]:
    doc = {"format": "between-checkups-plan", "version": version, "name": "Test plan"}
    return doc | {"items": list(items)} | top


def problems_of(doc: dict[str, Any]) -> list[tuple[Code, tuple[str | int, ...]]]:
    with pytest.raises(PlanError) as caught:
        parse_plan(json.dumps(doc), SCHEMA, today=TODAY)
    problems = caught.value.problems
    assert len(set(problems)) == len(problems)  # no problem twice
    return [(problem.code, problem.place.path) for problem in problems]


def test_a_schema_error_and_repeated_ids_are_both_listed_schema_first() -> None:
    doc = plan(item(category="fud"), item(title="Nap"), item("nap", "Sleep"), item("nap", "Rest"))
    assert problems_of(doc) == [
        (Code.NOT_ONE_OF, ("items", 0, "category")),
        (Code.DUPLICATE_ID, ("items", 1, "id")),
        (Code.DUPLICATE_ID, ("items", 3, "id")),
    ]


def test_a_date_not_on_the_calendar_is_found_beside_a_schema_error() -> None:
    bad_day = item("nap", "Nap", schedule={"type": "once", "due": "2026-02-30"})
    doc = plan(item(remindrs=["08:30"]), bad_day)
    assert problems_of(doc) == [
        (Code.UNKNOWN_FIELDS, ("items", 0)),
        (Code.NOT_A_REAL_DATE, ("items", 1, "schedule", "due")),
    ]


def test_the_follow_up_phase_rules_run_even_when_the_schedules_title_is_wrong() -> None:
    schedule = {
        "kind": "oncologist",
        "title": "x" * 81,  # too long: the schema says so
        "phases": [{"every_months": 3}, {"every_months": 6, "for_months": 24}],
    }
    doc = plan(item(), followup={"schedules": [schedule]}, questions=["  "])
    path = ("followup", "schedules", 0)
    assert problems_of(doc) == [
        (Code.TOO_LONG, (*path, "title")),
        (Code.MISSING_FIELDS, (*path, "phases", 0)),  # only the last phase may go on
        (Code.BLANK_TEXT, ("questions", 0)),
    ]


def test_a_version_1_file_with_a_version_2_section_is_checked_all_the_same() -> None:
    doc = plan(item(), item(title="Nap"), version=1, patient={"label": "SP-1"})
    assert problems_of(doc) == [
        (Code.UNKNOWN_FIELDS, ()),
        (Code.DUPLICATE_ID, ("items", 1, "id")),
    ]


def test_what_the_schema_found_is_not_said_again_by_a_later_check() -> None:
    doc = plan(
        item("Walk!"),  # the schema's pattern; the later id check leaves it alone
        item("nap", "", schedule={"type": "times_per_week", "times": 9}),
        item("nap", "Nap"),
    )
    assert problems_of(doc) == [
        (Code.BAD_ID, ("items", 0, "id")),
        (Code.OUT_OF_RANGE, ("items", 1, "schedule", "times")),
        (Code.EMPTY_TEXT, ("items", 1, "title")),
        (Code.DUPLICATE_ID, ("items", 2, "id")),
    ]


def test_a_resource_without_a_name_nor_a_phone_or_text_gets_both_problems() -> None:
    doc = plan(item(), item(), resources=[{"phone": 5}, {}])
    assert problems_of(doc) == [
        (Code.MISSING_FIELDS, ("resources", 0)),
        (Code.WRONG_TYPE, ("resources", 0, "phone")),
        (Code.MISSING_FIELDS, ("resources", 1)),
        (Code.DUPLICATE_ID, ("items", 1, "id")),
        (Code.MISSING_FIELDS, ("resources", 1)),  # a phone or a text (any_one)
    ]


@pytest.mark.parametrize(
    "wrong",
    [None, True, 7, 2.5, "text", [], [1, [2]], {}, {"a": []}, "\ud800", 10**400],
)
def test_wrong_types_anywhere_never_raise_anything_but_a_plan_error(wrong: Any) -> None:
    doc = copy.deepcopy(BREAST)
    doc["items"] = [*doc["items"], copy.deepcopy(doc["items"][0])]  # a repeated id
    doc["items"][0]["schedule"] = wrong
    doc["items"][1]["category"] = wrong
    doc["followup"]["schedules"][0]["phases"] = [wrong, {"every_months": wrong}]
    doc["followup"]["anchor"] = {"event": wrong, "date": wrong}
    doc["program"] = {"name": wrong, "contacts": [wrong, {"role": wrong, "phone": "1"}]}
    doc["resources"] = [wrong]
    doc["questions"] = [wrong]
    doc["patient"] = {"label": wrong}
    found = problems_of(doc)
    assert (Code.DUPLICATE_ID, ("items", len(doc["items"]) - 1, "id")) in found


# --- fuzz ---------------------------------------------------------------------------------------


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (not the top)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, below in value.items():
            found += _places(below, (*path, key))
    elif isinstance(value, list):
        for index, below in enumerate(value):
            found += _places(below, (*path, index))
    return found


def _put(doc: Any, place: tuple[Any, ...], value: Any) -> None:
    """Set the value at ``place``, when an earlier change left that place in the document."""
    for step in place[:-1]:
        fits = isinstance(doc, dict) and step in doc
        fits = fits or (isinstance(doc, list) and isinstance(step, int) and step < len(doc))
        if not fits:
            return
        doc = doc[step]
    last = place[-1]
    in_list = isinstance(doc, list) and isinstance(last, int) and last < len(doc)
    if isinstance(doc, dict) or in_list:
        doc[last] = value


PLACES = [place for place in _places(BREAST) if place[0] not in ("format", "version")]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PLACES), json_values), min_size=1, max_size=3))
def test_fuzz_a_changed_template_keeps_its_repeated_id_problem(changes: list[Any]) -> None:
    doc = copy.deepcopy(BREAST)
    doc["items"].append(copy.deepcopy(doc["items"][0]))  # a repeated id, checked after all
    last = len(doc["items"]) - 1
    touched = False
    for place, value in changes:
        touched = touched or place in (("items",), ("items", 0), ("items", 0, "id"))
        _put(doc, place, value)
    try:
        parse_plan(json.dumps(doc), SCHEMA, today=TODAY)
    except PlanError as error:
        problems: list[PlanProblem] = list(error.problems)
    else:
        problems = []
    assert problems
    if not touched:  # the first item and its id are as they were: the repeat is found
        assert (Code.DUPLICATE_ID, ("items", last, "id")) in [
            (p.code, p.place.path) for p in problems
        ]
