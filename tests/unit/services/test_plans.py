"""Reading plan files from disk and putting them on the checklist."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from planner.domain.plan_file import PlanError, PlanProblemCode
from planner.services.plan_problems import describe
from planner.services.plans import apply_plan, read_plan, standard_plan_path
from planner.storage.store import Store

TODAY = date(2026, 11, 23)


def test_standard_plan_lands_on_the_checklist_in_order(tmp_path):
    plan = read_plan(standard_plan_path(), TODAY)
    store = Store.open(tmp_path / "planner.db")
    apply_plan(store, plan, today=TODAY, now=datetime(2026, 11, 23, 9, tzinfo=UTC))
    saved = store.items.active()
    store.close()
    assert [i.title for i in saved] == [i.title for i in plan.items]
    assert len(saved) >= 8
    assert all(i.created_on == TODAY for i in saved)


def test_unreadable_plan_file_is_a_plain_error(tmp_path):
    with pytest.raises(PlanError) as caught:
        read_plan(tmp_path / "missing.plan.json", TODAY)
    assert caught.value.problem.code is PlanProblemCode.FILE_UNREADABLE
    assert "could not be read" in describe(caught.value.problem)


def test_broken_plan_file_changes_nothing(tmp_path):
    bad = tmp_path / "bad.plan.json"
    bad.write_text('{"format": "between-checkups-plan", "version": 1, "name": "X", "items": [')
    with pytest.raises(PlanError) as caught:
        read_plan(bad, TODAY)
    assert caught.value.problem.code is PlanProblemCode.NOT_JSON
    assert describe(caught.value.problem).startswith("The file is not valid JSON")
