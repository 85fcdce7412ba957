"""Plan files: the real schema and standard plan, schedules, problems as data, fuzz.

The sentences a coordinator reads for these problems are checked in
tests/unit/services/test_plan_problems.py.
"""

from __future__ import annotations

import copy
import json
import pickle
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.model import WEEKDAY_NAMES, Category, Item, ScheduleKind
from planner.domain.plan_errors import Expected, JsonKind
from planner.domain.plan_file import (
    DATE_PATTERN,
    ID_PATTERN,
    MAX_PLAN_BYTES,
    Plan,
    PlanError,
    PlanPlace,
    PlanProblem,
    PlanProblemCode,
    parse_plan,
)

Code = PlanProblemCode

ROOT = Path(__file__).parents[3]
SCHEMA: dict[str, Any] = json.loads(
    (ROOT / "resources" / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
)
STANDARD_TEXT = (ROOT / "resources" / "plans" / "standard.plan.json").read_text(encoding="utf-8")
STANDARD: dict[str, Any] = json.loads(STANDARD_TEXT)
TODAY = date(2026, 1, 5)  # a Monday

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def parse(data: str | bytes) -> Plan:
    return parse_plan(data, SCHEMA, today=TODAY)


def plan_with(*items: dict[str, Any], **top: Any) -> str:
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


def problems_of(data: str | bytes) -> tuple[PlanProblem, ...]:
    with pytest.raises(PlanError) as caught:
        parse(data)
    problems = caught.value.problems
    assert problems
    assert all(isinstance(problem, PlanProblem) for problem in problems)
    assert len(set(problems)) == len(problems)  # no problem twice
    return problems


def problem_of(data: str | bytes) -> PlanProblem:
    """The problem named first (the best match)."""
    return problems_of(data)[0]


def top(*fields: str) -> PlanPlace:
    """A place outside the items, e.g. top("format")."""
    return PlanPlace(path=fields, fields=fields)


def in_item(number: int, title: str | None, *fields: str, entry: int | None = None) -> PlanPlace:
    """A place in item ``number`` (1-based), e.g. in_item(3, "Walk", "schedule", "times")."""
    path: tuple[str | int, ...] = ("items", number - 1, *fields)
    if entry is not None:
        path += (entry - 1,)
    return PlanPlace(path=path, item=number, title=title, fields=fields, entry=entry)


# --- the real files ------------------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12_and_documents_itself() -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$id"]
    assert SCHEMA["title"]
    assert SCHEMA["additionalProperties"] is False
    for name in ("item", "target", "scheduleWeekdays", "scheduleOnce"):
        assert SCHEMA["$defs"][name]["additionalProperties"] is False
    for key, field in SCHEMA["$defs"]["item"]["properties"].items():
        assert "description" in field or "$ref" in field, key
    assert SCHEMA["$defs"]["item"]["properties"]["id"]["pattern"] == ID_PATTERN
    assert SCHEMA["$defs"]["scheduleOnce"]["properties"]["due"]["pattern"] == DATE_PATTERN


THEMES = {
    "questions-for-oncologist",  # 1. ask your oncologist what to expect
    "survivorship-program",  # 2. join a survivorship program
    "balanced-plate",  # 3. eat a healthy, balanced diet
    "move-your-body",  # 4. exercise
    "tobacco-free-day",  # 5. healthy habits: tobacco ...
    "alcohol-free-day",  # 5. ... and try to stop alcohol
    "share-how-you-are-doing",  # 6. share your story
    "wind-down-for-sleep",  # 7. rest
    "next-checkup-booked",  # 8. follow-up checkups and maintenance therapy
}


def test_standard_plan_parses_with_all_eight_themes() -> None:
    plan = parse(STANDARD_TEXT.encode("utf-8"))
    assert plan.name == "Standard plan"
    assert plan.description
    assert {i.plan_key for i in plan.items} == THEMES
    assert [i.position for i in plan.items] == list(range(len(plan.items)))
    for entry in plan.items:
        assert isinstance(entry, Item)
        assert entry.created_on is None
        assert entry.id is None
        assert 0 < len(entry.why) <= 100, entry.plan_key
        assert 0 < len(entry.details) <= 2000, entry.plan_key
        assert entry.title == entry.title.strip()
    by_key = {i.plan_key: i for i in plan.items}
    assert by_key["survivorship-program"].schedule.due == TODAY + timedelta(days=7)
    assert by_key["next-checkup-booked"].schedule.anchor == TODAY
    assert by_key["move-your-body"].target is not None
    assert (by_key["move-your-body"].target.amount, by_key["move-your-body"].target.unit) == (
        20,
        "minutes",
    )
    assert "maintenance therapy" in by_key["next-checkup-booked"].details
    assert "care team" in by_key["move-your-body"].details
    # The caution before exercise is on the card itself (the "why" line), not hidden.
    assert by_key["move-your-body"].why.startswith("Ask your care team before you start")
    # Alcohol: the article says to try to stop, not to go easy.
    assert "stop" in by_key["alcohol-free-day"].details.lower()
    # Food: no fixed portions or plate rules; a nutritionist makes the food plan.
    assert by_key["balanced-plate"].target is None
    assert "nutritionist" in by_key["balanced-plate"].details
    assert "half your plate" not in by_key["balanced-plate"].details


def test_parse_accepts_str_and_bytes_with_bom() -> None:
    assert parse(STANDARD_TEXT) == parse("\ufeff" + STANDARD_TEXT)
    assert parse(STANDARD_TEXT) == parse(b"\xef\xbb\xbf" + STANDARD_TEXT.encode("utf-8"))


# --- schedules and fields ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        ({"type": "daily"}, {"kind": ScheduleKind.DAILY}),
        (
            {"type": "weekdays", "days": ["mon", "wed", "sun"]},
            {"kind": ScheduleKind.WEEKDAYS, "weekdays": frozenset({0, 2, 6})},
        ),
        ({"type": "times_per_week", "times": 3}, {"kind": ScheduleKind.TIMES_PER_WEEK}),
        (
            {"type": "every_n_days", "days": 28},
            {"kind": ScheduleKind.EVERY_N_DAYS, "interval_days": 28, "anchor": TODAY},
        ),
        (
            {"type": "once", "due": "2026-03-15"},
            {"kind": ScheduleKind.ONCE, "due": date(2026, 3, 15)},
        ),
        (
            {"type": "once", "due": "2028-02-29"},
            {"kind": ScheduleKind.ONCE, "due": date(2028, 2, 29)},
        ),
        ({"type": "once", "in_days": 0}, {"kind": ScheduleKind.ONCE, "due": TODAY}),
        ({"type": "once", "in_days": 365}, {"kind": ScheduleKind.ONCE, "due": date(2027, 1, 5)}),
    ],
)
def test_every_schedule_type_parses(schedule: dict[str, Any], expected: dict[str, Any]) -> None:
    plan = parse(plan_with(item(schedule=schedule)))
    result = plan.items[0].schedule
    for name, value in expected.items():
        assert getattr(result, name) == value
    if schedule["type"] == "times_per_week":
        assert result.times_per_week == 3


def test_item_fields_are_stripped_and_typed() -> None:
    text = plan_with(
        item(
            "fruit-1",
            "  Eat fruit  ",
            why=" Why. ",
            details="\nMore.\n",
            category="food",
            target={"amount": 2.5, "unit": " cups "},
        ),
        item("b", "Second"),
        name="  Mine ",
        description=" For me. ",
    )
    plan = parse(text)
    assert plan.name == "Mine"
    assert plan.description == "For me."
    first, second = plan.items
    assert (first.title, first.why, first.details) == ("Eat fruit", "Why.", "More.")
    assert first.category is Category.FOOD
    assert first.target is not None
    assert (first.target.amount, first.target.unit) == (2.5, "cups")
    assert first.plan_key == "fruit-1"
    assert (second.position, second.target, second.why, second.details) == (1, None, "", "")
    assert parse(plan_with(item())).description == ""


# --- problems: a code, a place and values (the words are tested in services) -------------------


def test_not_json_names_line_and_column() -> None:
    assert problem_of('{\n  "format": ,\n}') == PlanProblem(
        Code.NOT_JSON, PlanPlace(line=2, column=13), {"why": "value"}
    )


@pytest.mark.parametrize("data", ["NaN", '{"a": Infinity}', '{"a": -Infinity}', '{"a": 1e999}'])
def test_non_finite_numbers_are_refused(data: str) -> None:
    assert problem_of(data) == PlanProblem(Code.BAD_NUMBER)


def test_bad_utf8_and_empty_and_not_an_object() -> None:
    assert problem_of(b'{"name": "\xff"}') == PlanProblem(Code.NOT_UTF8, values={"byte": 11})
    assert problem_of(b"  ") == PlanProblem(Code.EMPTY_FILE)
    assert problem_of("[1, 2]") == PlanProblem(Code.NOT_AN_OBJECT, values={"kind": JsonKind.LIST})
    assert problem_of('"plan"') == PlanProblem(Code.NOT_AN_OBJECT, values={"kind": JsonKind.TEXT})


def test_wrong_or_missing_format() -> None:
    doc = json.loads(plan_with(item()))
    doc["format"] = "todo-list"
    assert problem_of(json.dumps(doc)) == PlanProblem(
        Code.WRONG_FORMAT,
        top("format"),
        {"kind": JsonKind.TEXT, "value": "todo-list", "expected_format": "between-checkups-plan"},
    )
    del doc["format"]
    assert problem_of(json.dumps(doc)) == PlanProblem(Code.FORMAT_MISSING)


def test_newer_version_asks_to_update() -> None:
    newer = PlanProblem(Code.VERSION_TOO_NEW, top("version"), {"version": 3, "supported": 2})
    assert problems_of(plan_with(item(), version=3)) == (newer,)
    # Checked before the schema: a newer plan may well have fields we do not know.
    assert problems_of(plan_with(item(), version=4, contacts=[]))[0].code is Code.VERSION_TOO_NEW
    assert problem_of(plan_with(item(), version="1")) == PlanProblem(
        Code.VERSION_NOT_WHOLE,
        top("version"),
        {"kind": JsonKind.TEXT, "value": "1", "supported": 2},
    )
    assert problem_of(plan_with(item(), version=0)).values["value"] == 0
    assert problem_of(plan_with(item(), version=2.5)).code is Code.VERSION_NOT_WHOLE
    assert problem_of(json.dumps({"format": "between-checkups-plan"})).code is Code.VERSION_MISSING


def test_unknown_key_names_item_and_field() -> None:
    assert problem_of(plan_with(item(), item("nap", "Nap", colour="red"))) == PlanProblem(
        Code.UNKNOWN_FIELDS, in_item(2, "Nap"), {"names": ("colour",)}
    )
    assert problem_of(plan_with(item(schedule={"type": "daily", "times": 2}))) == PlanProblem(
        Code.UNKNOWN_FIELDS, in_item(1, "Walk", "schedule"), {"names": ("times",)}
    )
    assert problem_of(plan_with(item(), extra=1)) == PlanProblem(
        Code.UNKNOWN_FIELDS, top(), {"names": ("extra",)}
    )
    two = problem_of(plan_with(item(size=1, colour="red")))
    assert two.values == {"names": ("colour", "size")}


def test_bad_times_names_item_and_field() -> None:
    text = plan_with(
        item(), item(), item("walk-3", schedule={"type": "times_per_week", "times": 9})
    )
    whole_number = {"expected": Expected.WHOLE_NUMBER, "minimum": 1, "maximum": 7}
    assert problem_of(text) == PlanProblem(
        Code.OUT_OF_RANGE,
        in_item(3, "Walk", "schedule", "times"),
        whole_number | {"kind": JsonKind.INTEGER, "value": 9},
    )
    assert problem_of(text).place.pointer == "/items/2/schedule/times"
    text = plan_with(item(schedule={"type": "times_per_week", "times": "3"}))
    assert problem_of(text) == PlanProblem(
        Code.WRONG_TYPE,
        in_item(1, "Walk", "schedule", "times"),
        whole_number | {"kind": JsonKind.TEXT, "value": "3"},
    )


def test_bad_weekday_name() -> None:
    text = plan_with(item(schedule={"type": "weekdays", "days": ["mon", "monday"]}))
    assert problem_of(text) == PlanProblem(
        Code.NOT_ONE_OF,
        in_item(1, "Walk", "schedule", "days", entry=2),
        {"allowed": WEEKDAY_NAMES, "kind": JsonKind.TEXT, "value": "monday"},
    )
    text = plan_with(item(schedule={"type": "weekdays", "days": ["mon", "mon"]}))
    assert problem_of(text) == PlanProblem(
        Code.REPEATED_DAY, in_item(1, "Walk", "schedule", "days")
    )
    assert problem_of(plan_with(item(schedule={"type": "weekdays", "days": []}))) == PlanProblem(
        Code.TOO_FEW_ENTRIES, in_item(1, "Walk", "schedule", "days"), {"min_items": 1}
    )


@pytest.mark.parametrize(
    ("due", "code"),
    [
        ("2026-02-30", Code.NOT_A_REAL_DATE),
        ("2026-13-01", Code.NOT_A_REAL_DATE),
        ("15/03/2026", Code.BAD_DATE),
    ],
)
def test_bad_date(due: str, code: PlanProblemCode) -> None:
    text = plan_with(item(), item("nap", "Nap", schedule={"type": "once", "due": due}))
    problem = problem_of(text)
    assert problem.code is code
    assert problem.place == in_item(2, "Nap", "schedule", "due")
    assert problem.values["value"] == due


def test_once_needs_exactly_one_of_due_and_in_days() -> None:
    for schedule in ({"type": "once"}, {"type": "once", "due": "2026-03-01", "in_days": 3}):
        assert problem_of(plan_with(item(schedule=schedule))) == PlanProblem(
            Code.ONCE_NEEDS_DUE_OR_IN_DAYS, in_item(1, "Walk", "schedule")
        )


def test_duplicate_ids() -> None:
    text = plan_with(item("a"), item("walk"), item("b"), item("c"), item("walk", "Walk again"))
    assert problems_of(text) == (
        PlanProblem(
            Code.DUPLICATE_ID,
            in_item(5, "Walk again", "id"),
            {"id": "walk", "first": 2, "second": 5},
        ),
    )


def test_bad_id_and_trailing_newline_id() -> None:
    assert problem_of(plan_with(item("Walk"))) == PlanProblem(
        Code.BAD_ID, in_item(1, "Walk", "id"), {"kind": JsonKind.TEXT, "value": "Walk"}
    )
    # The schema's "$" lets a trailing newline through; the app's own check does not.
    assert problem_of(plan_with(item("walk\n"))) == PlanProblem(
        Code.BAD_ID, in_item(1, "Walk", "id"), {"kind": JsonKind.TEXT, "value": "walk\n"}
    )


def test_too_large_file_is_refused_before_parsing() -> None:
    big = b"{" + b" " * MAX_PLAN_BYTES + b"}"
    too_large = {"size": MAX_PLAN_BYTES + 2, "limit": MAX_PLAN_BYTES}
    assert problem_of(big) == PlanProblem(Code.TOO_LARGE, values=too_large)
    assert MAX_PLAN_BYTES == 1_000_000
    assert problem_of("\u00e9" * (MAX_PLAN_BYTES // 2 + 1)) == PlanProblem(
        Code.TOO_LARGE, values=too_large
    )


def test_empty_items_and_too_many_items() -> None:
    assert problem_of(plan_with()) == PlanProblem(Code.NO_ITEMS, top("items"))
    many = [item(f"i{n}") for n in range(101)]
    assert problem_of(plan_with(*many)) == PlanProblem(
        Code.TOO_MANY_ENTRIES, top("items"), {"count": 101, "max_items": 100}
    )


def test_title_too_long_names_item_and_field() -> None:
    problem = problem_of(plan_with(item(), item("long", "x" * 121)))
    assert problem == PlanProblem(
        Code.TOO_LONG, in_item(2, "x" * 121, "title"), {"length": 121, "max_length": 120}
    )


def test_missing_and_blank_fields() -> None:
    entry = item()
    del entry["title"]
    assert problem_of(plan_with(entry)) == PlanProblem(
        Code.MISSING_FIELDS, in_item(1, None), {"names": ("title",)}
    )
    assert problem_of(plan_with(item(title="   "))) == PlanProblem(
        Code.BLANK_TEXT, in_item(1, None, "title")
    )
    assert problem_of(plan_with(item(title=""))) == PlanProblem(
        Code.EMPTY_TEXT, in_item(1, None, "title")
    )
    assert problem_of(plan_with(item(target={"amount": 5}))) == PlanProblem(
        Code.MISSING_FIELDS, in_item(1, "Walk", "target"), {"names": ("unit",)}
    )
    del entry["id"]
    assert problem_of(plan_with(entry)).values == {"names": ("id", "title")}
    assert problem_of(plan_with(item(), name=" ")) == PlanProblem(Code.BLANK_TEXT, top("name"))


def test_other_value_errors_are_plain() -> None:
    assert problem_of(plan_with(item(category="sport"))) == PlanProblem(
        Code.NOT_ONE_OF,
        in_item(1, "Walk", "category"),
        {"allowed": tuple(Category), "kind": JsonKind.TEXT, "value": "sport"},
    )
    assert problem_of(plan_with(item(target={"amount": 0, "unit": "min"}))) == PlanProblem(
        Code.OUT_OF_RANGE,
        in_item(1, "Walk", "target", "amount"),
        {
            "expected": Expected.NUMBER,
            "exclusive_minimum": 0,
            "maximum": 10000,
            "kind": JsonKind.INTEGER,
            "value": 0,
        },
    )
    assert problem_of(plan_with(item(), 5)) == PlanProblem(  # type: ignore[arg-type]
        Code.NOT_AN_ITEM, in_item(2, None), {"kind": JsonKind.INTEGER, "value": 5}
    )
    # Every schedule rule repeats the same complaint; it is reported once, and alone.
    assert problems_of(plan_with(item(schedule=[]))) == (
        PlanProblem(
            Code.WRONG_TYPE,
            in_item(1, "Walk", "schedule"),
            {"expected": Expected.GROUP, "kind": JsonKind.LIST},
        ),
    )
    hourly = problem_of(plan_with(item(schedule={"type": "hourly"})))
    assert hourly.code is Code.NOT_ONE_OF
    assert hourly.place == in_item(1, "Walk", "schedule", "type")
    assert hourly.values["allowed"] == tuple(ScheduleKind)


def test_lone_surrogate_is_a_clean_error() -> None:
    assert problem_of(plan_with(item(title="Walk \ud800"))) == PlanProblem(
        Code.BROKEN_CHARACTER, in_item(1, "Walk \ud800", "title")
    )


def test_deep_nesting_is_a_clean_error() -> None:
    assert problem_of("[" * 100_000) == PlanProblem(Code.NESTED_TOO_DEEPLY)
    assert problem_of('{"a": ' * 50_000) == PlanProblem(Code.NESTED_TOO_DEEPLY)


def test_every_problem_is_listed_best_first() -> None:
    text = plan_with(
        item("a", "A", category="sport"),
        item("b", "B", schedule={"type": "times_per_week", "times": "3"}, colour="red"),
        extra=1,
    )
    problems = problems_of(text)
    # The top of the file first (as the single message always did), then the items in order.
    assert [(p.code, p.place.pointer) for p in problems] == [
        (Code.UNKNOWN_FIELDS, ""),
        (Code.NOT_ONE_OF, "/items/0/category"),
        (Code.UNKNOWN_FIELDS, "/items/1"),
        (Code.WRONG_TYPE, "/items/1/schedule/times"),
    ]
    # After the schema, the app's own checks also name every place, in the file's order.
    text = plan_with(item("a", " "), item("a", "Nap"), item("b", "Walk \ud800"))
    assert [(p.code, p.place.item) for p in problems_of(text)] == [
        (Code.DUPLICATE_ID, 2),
        (Code.BLANK_TEXT, 1),
        (Code.BROKEN_CHARACTER, 3),
    ]


def test_a_place_is_a_json_pointer_and_an_item_in_plain_terms() -> None:
    place = PlanPlace(path=("items", 0, "a/b~c", 3), item=1, fields=("a/b~c",), entry=4)
    assert place.pointer == "/items/0/a~1b~0c/3"
    assert place.field == "a/b~c"
    assert PlanPlace().pointer == ""
    assert PlanPlace().field is None


def test_the_error_keeps_its_problems_and_reads_well_in_a_log() -> None:
    with pytest.raises(PlanError) as caught:
        parse(plan_with(item(), item(), item("walk-3", schedule={"type": "times_per_week"})))
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.problem is error.problems[0]
    assert str(error) == (
        "missing_fields at /items/2/schedule (names=('times',)); "
        "duplicate_id at /items/1/id (id='walk', first=1, second=2)"
    )
    assert copy.deepcopy(error.problem) == error.problem
    assert hash(copy.deepcopy(error.problem)) == hash(error.problem)
    again = pickle.loads(pickle.dumps(error))
    assert again.problems == error.problems
    with pytest.raises(TypeError):
        PlanError()
    values = {"size": 5}
    problem = PlanProblem(Code.TOO_LARGE, values=values)
    values["size"] = 6
    assert problem.values == {"size": 5}  # a problem does not change after the fact
    with pytest.raises(TypeError):
        problem.values["size"] = 7  # type: ignore[index]


# --- fuzz ---------------------------------------------------------------------------------------


def outcome(data: str | bytes) -> None:
    """Either a Plan or a PlanError with known problems; anything else fails the test."""
    try:
        result = parse(data)
    except PlanError as exc:
        problems = exc.problems
        logged = str(exc)
    else:
        assert isinstance(result, Plan)
        return
    assert problems
    assert len(set(problems)) == len(problems)
    for problem in problems:
        assert isinstance(problem.code, PlanProblemCode)
        place = problem.place
        assert place.item is None or place.item >= 1
        assert place.entry is None or (place.entry >= 1 and place.field is not None)
        assert set(place.fields) <= {step for step in place.path if isinstance(step, str)}
        assert place.pointer.count("/") == len(place.path)  # a "/" in a name is escaped
    assert logged.strip()  # something readable for the log


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


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_arbitrary_bytes(data: bytes) -> None:
    outcome(data)


@FUZZ
@given(json_values)
def test_fuzz_arbitrary_json(value: Any) -> None:
    outcome(json.dumps(value))
    outcome(json.dumps({"format": "between-checkups-plan", "version": 1, "items": value}))


@FUZZ
@given(st.integers(min_value=0, max_value=len(STANDARD_TEXT)))
def test_fuzz_truncated_standard_plan(cut: int) -> None:
    outcome(STANDARD_TEXT[:cut])
    outcome(STANDARD_TEXT.encode("utf-8")[:cut])


@FUZZ
@given(st.integers(min_value=1, max_value=100_000), st.sampled_from(["[", '{"a":', '{"items":[']))
def test_fuzz_deeply_nested(depth: int, opener: str) -> None:
    outcome(opener * depth)
    closer = {"[": "]", '{"a":': "}", '{"items":[': "]}"}[opener]
    outcome(
        '{"format": "between-checkups-plan", "version": 1, "items": '
        + opener * depth
        + "1"
        + closer * depth
        + "}"
    )


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*prefix, index))
    return found


ALL_PATHS = _paths(STANDARD)


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.sampled_from(ALL_PATHS),
            st.sampled_from(["delete", "add", "replace"]),
            st.sampled_from(
                [None, True, 0, -1, 8, 2.5, 1e300, "", " ", "../../etc/passwd", "mon", [], {}]
                + ["2026-02-30", "x" * 3000, ["mon", 1], {"type": "once"}, [[[]]]]
            ),
            st.text(max_size=8),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_fuzz_mutated_standard_plan(mutations: list[tuple[tuple[Any, ...], str, Any, str]]) -> None:
    doc = copy.deepcopy(STANDARD)
    for path, action, shared_value, new_key in mutations:
        value = copy.deepcopy(shared_value)
        parent: Any = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            if not path:
                continue
            last = path[-1]
            if action == "delete":
                del parent[last]
            elif action == "replace":
                parent[last] = value
            elif isinstance(parent[last], dict):
                parent[last][new_key] = value
            elif isinstance(parent[last], list):
                parent[last].append(value)
            else:
                parent[last] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this place
    outcome(json.dumps(doc))


def test_reminder_times_are_read_sorted():
    from datetime import time

    plan = parse(plan_with(item(reminders=["19:00", "08:30"])))
    assert plan.items[0].reminders == (time(8, 30), time(19, 0))
    assert parse(plan_with(item())).items[0].reminders == ()


def test_schema_time_pattern_matches_the_code():
    from planner.domain.plan_errors import TIME_PATTERN

    reminders = SCHEMA["$defs"]["item"]["properties"]["reminders"]
    assert reminders["items"]["pattern"] == TIME_PATTERN


@pytest.mark.parametrize("bad", ["25:00", "8:30", "08:60", "noon"])
def test_a_reminder_that_is_not_a_time_of_day_names_the_place(bad):
    assert problem_of(plan_with(item(), item("nap", "Nap", reminders=["09:00", bad]))) == (
        PlanProblem(
            Code.BAD_TIME,
            in_item(2, "Nap", "reminders", entry=2),
            {"kind": JsonKind.TEXT, "value": bad},
        )
    )


def test_too_many_reminders_are_refused():
    times = [f"{h:02d}:00" for h in range(8, 15)]
    assert problem_of(plan_with(item(reminders=times))) == PlanProblem(
        Code.TOO_MANY_ENTRIES, in_item(1, "Walk", "reminders"), {"count": 7, "max_items": 6}
    )
