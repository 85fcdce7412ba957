"""Plan files: the real schema and standard plan, schedules, plain error messages, fuzz."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.model import Category, Item, ScheduleKind
from planner.domain.plan_file import (
    DATE_PATTERN,
    ID_PATTERN,
    MAX_PLAN_BYTES,
    Plan,
    PlanError,
    parse_plan,
)

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


def error_of(data: str | bytes) -> str:
    with pytest.raises(PlanError) as caught:
        parse(data)
    message = str(caught.value)
    assert message == caught.value.message
    assert "Traceback" not in message
    assert "'" not in message.replace("plan's", "")  # no Python reprs such as {'a': 1}
    return message


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
    "go-easy-on-alcohol",  # 5. ... and alcohol
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
    assert by_key["move-your-body"].target.describe() == "20 minutes"
    assert "maintenance therapy" in by_key["next-checkup-booked"].details
    assert "care team" in by_key["move-your-body"].details


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


# --- error messages ------------------------------------------------------------------------------


def test_not_json_names_line_and_column() -> None:
    assert error_of('{\n  "format": ,\n}') == "The file is not valid JSON (line 2, column 13)."


@pytest.mark.parametrize("data", ["NaN", '{"a": Infinity}', '{"a": -Infinity}', '{"a": 1e999}'])
def test_non_finite_numbers_are_refused(data: str) -> None:
    assert "not valid JSON" in error_of(data)


def test_bad_utf8_and_empty_and_not_an_object() -> None:
    assert "not UTF-8" in error_of(b'{"name": "\xff"}')
    assert error_of(b"  ") == "The file is empty."
    assert "not a Between Checkups plan" in error_of("[1, 2]")
    assert "not a Between Checkups plan" in error_of('"plan"')


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
    assert error_of(plan_with(item(), version=2)) == (
        "This plan was made for a newer version of Between Checkups (plan version 2). "
        "Update the app to open it."
    )
    # Checked before the schema: a newer plan may well have fields we do not know.
    assert "newer version" in error_of(plan_with(item(), version=3, contacts=[]))
    assert '"version"' in error_of(plan_with(item(), version="1"))
    assert '"version"' in error_of(plan_with(item(), version=0))


def test_unknown_key_names_item_and_field() -> None:
    message = error_of(plan_with(item(), item("nap", "Nap", colour="red")))
    assert message.startswith('Item 2 ("Nap"): "colour" is not a field')
    message = error_of(plan_with(item(schedule={"type": "daily", "times": 2})))
    assert message.startswith('Item 1 ("Walk"), schedule: "times" is not a field')
    assert error_of(plan_with(item(), extra=1)).startswith('The plan: "extra" is not a field')


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
    assert message.startswith('Item 1 ("Walk"), schedule: entry 2 of "days" must be one of "mon"')
    assert '(it is "monday")' in message
    message = error_of(plan_with(item(schedule={"type": "weekdays", "days": ["mon", "mon"]})))
    assert message == 'Item 1 ("Walk"), schedule: "days" lists the same day more than once.'


@pytest.mark.parametrize(
    ("due", "words"),
    [("2026-02-30", "not a real date"), ("2026-13-01", "not a real date"), ("15/03/2026", "YYYY")],
)
def test_bad_date(due: str, words: str) -> None:
    message = error_of(plan_with(item(), item("nap", "Nap", schedule={"type": "once", "due": due})))
    assert message.startswith('Item 2 ("Nap"), schedule: "due"')
    assert words in message
    assert due in message


def test_once_needs_exactly_one_of_due_and_in_days() -> None:
    for schedule in ({"type": "once"}, {"type": "once", "due": "2026-03-01", "in_days": 3}):
        message = error_of(plan_with(item(schedule=schedule)))
        assert message.startswith('Item 1 ("Walk"), schedule: a one-time task needs either "due"')


def test_duplicate_ids() -> None:
    text = plan_with(item("a"), item("walk"), item("b"), item("c"), item("walk", "Walk again"))
    assert error_of(text) == ('Items 2 and 5 both have the id "walk". Each item needs its own id.')


def test_bad_id_and_trailing_newline_id() -> None:
    assert '"id" must be a short code' in error_of(plan_with(item("Walk")))
    assert '"id" must be a short code' in error_of(plan_with(item("walk\n")))


def test_too_large_file_is_refused_before_parsing() -> None:
    big = b"{" + b" " * MAX_PLAN_BYTES + b"}"
    message = error_of(big)
    assert message.startswith("The file is too large to be a plan")
    assert "1,000,000 bytes" in message
    assert error_of("\u00e9" * (MAX_PLAN_BYTES // 2 + 1)).startswith("The file is too large")


def test_empty_items_and_too_many_items() -> None:
    assert error_of(plan_with()) == "The plan has no items. A plan needs at least one item."
    many = [item(f"i{n}") for n in range(101)]
    assert "at most 100" in error_of(plan_with(*many))


def test_title_too_long_names_item_and_field() -> None:
    message = error_of(plan_with(item(), item("long", "x" * 121)))
    assert message.startswith("Item 2 (")
    assert '"title" is too long (121 characters). It can have at most 120 characters.' in message


def test_missing_and_blank_fields() -> None:
    entry = item()
    del entry["title"]
    assert error_of(plan_with(entry)) == 'Item 1: "title" is missing.'
    assert error_of(plan_with(item(title="   "))) == (
        'Item 1: "title" is blank. Please write something in it.'
    )
    assert error_of(plan_with(item(title=""))).startswith('Item 1: "title" is empty.')
    assert error_of(plan_with(item(target={"amount": 5}))) == (
        'Item 1 ("Walk"), target: "unit" is missing.'
    )


def test_other_value_errors_are_plain() -> None:
    assert error_of(plan_with(item(category="sport"))).startswith(
        'Item 1 ("Walk"): "category" must be one of "care", "food"'
    )
    assert error_of(plan_with(item(target={"amount": 0, "unit": "min"}))) == (
        'Item 1 ("Walk"), target: "amount" must be a number more than 0 and at most 10000 '
        "(it is 0)."
    )
    assert "is not written as an item" in error_of(plan_with(item(), 5))  # type: ignore[arg-type]
    assert error_of(plan_with(item(schedule=[]))) == (
        'Item 1 ("Walk"): "schedule" must be a group of fields in { } braces, not a list.'
    )
    assert error_of(plan_with(item(schedule={"type": "hourly"}))).startswith(
        'Item 1 ("Walk"), schedule: "type" must be one of "daily"'
    )


def test_lone_surrogate_is_a_clean_error() -> None:
    message = error_of(plan_with(item(title="Walk \ud800")))
    assert '"title"' in message


def test_deep_nesting_is_a_clean_error() -> None:
    assert "nested too deeply" in error_of("[" * 100_000)
    assert "nested too deeply" in error_of('{"a": ' * 50_000)


# --- fuzz ---------------------------------------------------------------------------------------


def outcome(data: str | bytes) -> None:
    """Either a Plan or a PlanError with a non-empty message; anything else fails the test."""
    message = ""
    try:
        result = parse(data)
    except PlanError as exc:
        message = exc.message
    else:
        assert isinstance(result, Plan)
        return
    assert message.strip()
    assert message.endswith(".")


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
    message = error_of(plan_with(item(), item("nap", "Nap", reminders=["09:00", bad])))
    assert message.startswith('Item 2 ("Nap"): entry 2 of "reminders" must be a time of day')
    assert "HH:MM" in message
    assert f'"{bad}"' in message


def test_too_many_reminders_are_refused():
    times = [f"{h:02d}:00" for h in range(8, 15)]
    message = error_of(plan_with(item(reminders=times)))
    assert message == 'Item 1 ("Walk"): "reminders" has 7 entries. It can have at most 6 entries.'
