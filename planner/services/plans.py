"""Read plan files from disk and put a plan's items on the checklist."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.domain.plan_file import MAX_PLAN_BYTES, Plan, PlanError, parse_plan
from planner.paths import resources_dir
from planner.storage.store import Store


def standard_plan_path() -> Path:
    return resources_dir() / "plans" / "standard.plan.json"


def plan_schema() -> dict[str, Any]:
    """The JSON Schema for plan files, as shipped in resources."""
    text = (resources_dir() / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def read_plan(path: Path, today: date) -> Plan:
    """Read and check a plan file; any problem becomes a PlanError (see plan_problems)."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_PLAN_BYTES + 1)
    except OSError as exc:
        from planner.domain.plan_file import PlanPlace, PlanProblem, PlanProblemCode

        reason = exc.strerror or type(exc).__name__  # the system's own words
        values = {"path": str(path), "reason": reason}
        problem = PlanProblem(PlanProblemCode.FILE_UNREADABLE, PlanPlace(), values)
        raise PlanError(problem) from exc
    return parse_plan(data, plan_schema(), today=today)


def apply_plan(store: Store, plan: Plan, *, today: date, now: datetime) -> None:
    """Add every item of the plan to the checklist, in one transaction."""
    store.items.add_many(plan.items, today=today, now=now)
