"""Fuzzing what reads untrusted files: the spreadsheet reader and ``parse_plan`` only ever
raise their own error, whatever the bytes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.plan_file import PlanError, parse_plan
from planner.services.plan_batch import COLUMNS, BatchError, make_plans, read_rows
from planner.services.plans import plan_schema, template_paths

TODAY = date(2026, 1, 10)
SCHEMA = plan_schema()
TEMPLATE = json.loads(
    next(p for p in template_paths() if p.name.startswith("breast")).read_text(encoding="utf-8")
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

cells = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["2026-03-01", "2026-02-30", "", "A", ",", '"', "\n"]
)
headers = st.lists(st.sampled_from([*COLUMNS, "lable", "", "x"]), min_size=0, max_size=6)


def csv_bytes(header: list[str], rows: list[list[str]], bom: bool) -> bytes:
    def line(values: list[str]) -> str:
        return ",".join('"' + v.replace('"', '""') + '"' if "," in v else v for v in values)

    text = "\n".join([line(header), *(line(r) for r in rows)])
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", "surrogatepass")


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_read_as_rows_or_a_batch_error(data):
    problems = []
    try:
        read_rows(data)
    except BatchError as error:
        problems = error.problems or [None]
    assert all(p is not None and p.row >= 1 and p.column and p.message for p in problems)


@FUZZ
@given(headers, st.lists(st.lists(cells, max_size=7), max_size=4), st.booleans())
def test_spreadsheets_make_plans_or_a_batch_error(header, rows, bom):
    data = csv_bytes(header, rows, bom)
    try:
        made = make_plans(data, TEMPLATE, SCHEMA, today=TODAY)
    except BatchError as error:
        made, problems = [], error.problems
        assert problems
    for plan in made:
        parse_plan(plan.text, SCHEMA, today=TODAY)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["format", "version", "name", "items", "followup", "id", "x"]),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@FUZZ
@given(json_values)
def test_json_ish_plans_parse_or_raise_plan_error(value):
    if isinstance(value, dict):
        value.setdefault("format", "between-checkups-plan")
    text = json.dumps(value, allow_nan=True)
    for data in (text.encode("utf-8"), text[: len(text) // 2].encode("utf-8")):
        problems = ["parsed"]
        try:
            parse_plan(data, SCHEMA, today=TODAY)
        except PlanError as error:
            problems = list(error.problems)
        assert problems


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_parse_or_raise_plan_error(data):
    with pytest.raises(PlanError):
        parse_plan(data, SCHEMA, today=TODAY)
