"""Turn JSON Schema errors about a plan file into PlanProblems, best match first.

Kept apart from the problem types (``plan_errors``) and from parsing (``plan_file``):
choosing which schema error says the most, and what it says, is its own piece of work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from planner.domain.plan_errors import (
    PATTERN_KINDS,
    Expected,
    PatternKind,
    PlanProblem,
    PlanProblemCode,
    found,
    place_of,
)

Code = PlanProblemCode

# Which schema error to report first when several apply to the same place.
_VALIDATOR_ORDER = {"type": 0, "required": 1, "additionalProperties": 2, "oneOf": 3}

_PATTERN_CODES = {
    PatternKind.ID: Code.BAD_ID,
    PatternKind.DATE: Code.BAD_DATE,
    PatternKind.TIME: Code.BAD_TIME,
}


def error_sort_key(error: Any) -> tuple[tuple[tuple[int, int, str], ...], int]:
    path = tuple(
        (0, step, "") if isinstance(step, int) else (1, 0, str(step))
        for step in error.absolute_path
    )
    return path, _VALIDATOR_ORDER.get(str(error.validator), 9)


def problems_of(errors: Iterable[Any], raw: Mapping[str, Any]) -> tuple[PlanProblem, ...]:
    """One problem per schema error, the best match first, without repeats.

    A vague problem (NOT_AS_NEEDED) is left out where a clearer one names the same place.
    """
    problems: dict[PlanProblem, None] = {}
    for error in sorted(errors, key=error_sort_key):
        problems.setdefault(problem_of(error, raw), None)
    clear = {p.place.path for p in problems if p.code is not Code.NOT_AS_NEEDED}
    return tuple(
        p for p in problems if p.code is not Code.NOT_AS_NEEDED or p.place.path not in clear
    )


def problem_of(error: Any, raw: Mapping[str, Any]) -> PlanProblem:
    """What one schema error means, at its place in ``raw``."""
    path = list(error.absolute_path)
    validator = str(error.validator)
    value = error.validator_value
    instance = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    here = place_of(path, raw)

    # Errors about an object as a whole (its fields) have the object as their place.
    if validator == "required":
        missing = [key for key in value if isinstance(instance, dict) and key not in instance]
        names = tuple(str(key) for key in (missing or list(value)))
        return PlanProblem(Code.MISSING_FIELDS, here, {"names": names})
    if validator in ("additionalProperties", "unevaluatedProperties"):
        known = set(schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in known) if isinstance(instance, dict) else []
        return PlanProblem(Code.UNKNOWN_FIELDS, here, {"names": tuple(extra)})
    if validator == "oneOf" and isinstance(instance, dict) and instance.get("type") == "once":
        return PlanProblem(Code.ONCE_NEEDS_DUE_OR_IN_DAYS, here)

    # Errors about one value: the place ends with the field that holds it.
    if here.field is None:
        if path[:1] == ["items"] and len(path) == 2 and validator == "type":
            return PlanProblem(Code.NOT_AN_ITEM, here, found(instance))
        if validator == "type":
            return PlanProblem(Code.WRONG_TYPE, here, expectation(schema) | found(instance))
        return PlanProblem(Code.NOT_AS_NEEDED, here, found(instance))
    if path == ["items"] and validator == "minItems":
        return PlanProblem(Code.NO_ITEMS, here)
    if validator == "type":
        return PlanProblem(Code.WRONG_TYPE, here, expectation(schema) | found(instance))
    if validator == "maxLength" and isinstance(instance, str):
        return PlanProblem(Code.TOO_LONG, here, {"length": len(instance), "max_length": value})
    if validator == "minLength":
        return PlanProblem(Code.EMPTY_TEXT, here)
    if validator == "minItems":
        return PlanProblem(Code.TOO_FEW_ENTRIES, here, {"min_items": value})
    if validator == "maxItems" and isinstance(instance, list):
        return PlanProblem(
            Code.TOO_MANY_ENTRIES, here, {"count": len(instance), "max_items": value}
        )
    if validator == "uniqueItems":
        return PlanProblem(Code.REPEATED_DAY if here.field == "days" else Code.REPEATED_ENTRY, here)
    if validator == "enum":
        allowed = tuple(str(choice) for choice in value)
        return PlanProblem(Code.NOT_ONE_OF, here, {"allowed": allowed} | found(instance))
    if validator == "const":
        return PlanProblem(Code.NOT_EXACTLY, here, {"exactly": value} | found(instance))
    if validator == "pattern":
        pattern = PATTERN_KINDS.get(str(value))
        code = Code.BAD_PATTERN if pattern is None else _PATTERN_CODES[pattern]
        return PlanProblem(code, here, found(instance))
    if validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return PlanProblem(Code.OUT_OF_RANGE, here, expectation(schema) | found(instance))
    return PlanProblem(Code.NOT_AS_NEEDED, here, found(instance))


def expectation(schema: Mapping[str, Any]) -> dict[str, object]:
    """What a value must be, from its schema: ``expected`` and the details that go with it."""
    if "const" in schema:
        return {"expected": Expected.EXACTLY, "exactly": schema["const"]}
    if "enum" in schema:
        return {"expected": Expected.ONE_OF, "allowed": tuple(str(v) for v in schema["enum"])}
    kind = schema.get("type")
    if kind in ("integer", "number"):
        expected = Expected.WHOLE_NUMBER if kind == "integer" else Expected.NUMBER
        limits = {"minimum": "minimum", "maximum": "maximum"}
        limits["exclusiveMinimum"] = "exclusive_minimum"
        return {"expected": expected} | {
            name: schema[key] for key, name in limits.items() if key in schema
        }
    if kind == "string":
        pattern = PATTERN_KINDS.get(str(schema.get("pattern")))
        if pattern is not None:
            return {"expected": Expected.TEXT, "pattern": pattern}
        lengths = {"minLength": "min_length", "maxLength": "max_length"}
        return {"expected": Expected.TEXT} | {
            name: schema[key] for key, name in lengths.items() if key in schema
        }
    if kind == "array":
        entries = schema.get("items")
        if isinstance(entries, Mapping) and "enum" in entries:
            return {"expected": Expected.LIST, "allowed": tuple(str(v) for v in entries["enum"])}
        return {"expected": Expected.LIST}
    if kind == "object":
        return {"expected": Expected.GROUP}
    return {"expected": Expected.OTHER}
