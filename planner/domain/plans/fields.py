"""Reading one checked value of a plan file: text, dates, and collecting problems."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from planner.domain.plan_errors import PlanError, PlanProblem, PlanProblemCode, found, place_of

Code = PlanProblemCode
_T = TypeVar("_T")

_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def collect(problems: list[PlanProblem], build: Callable[[], _T]) -> _T | None:
    """``build()``, or None with its problems added to ``problems``."""
    try:
        return build()
    except PlanError as exc:
        problems.extend(exc.problems)
        return None


def read_date(text: str, path: list[Any], raw: Mapping[str, Any]) -> date:
    """A date written YYYY-MM-DD that is on the calendar."""
    here = place_of(path, raw)
    if not _DATE_RE.fullmatch(text):
        raise PlanError(PlanProblem(Code.BAD_DATE, here, found(text)))
    try:
        return date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        raise PlanError(PlanProblem(Code.NOT_A_REAL_DATE, here, {"value": text})) from None


def read_text(
    value: str, path: list[Any], raw: Mapping[str, Any], *, required: bool = False
) -> str:
    """Text without its outer spaces; a lone surrogate or (when required) blank is refused."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise PlanError(PlanProblem(Code.BROKEN_CHARACTER, place_of(path, raw))) from None
    cleaned = value.strip()
    if required and not cleaned:
        raise PlanError(PlanProblem(Code.BLANK_TEXT, place_of(path, raw)))
    return cleaned


def read_line(
    value: str, path: list[Any], raw: Mapping[str, Any], *, required: bool = False
) -> str:
    """Like ``read_text``, on one line with single spaces (names, phones, labels)."""
    return " ".join(read_text(value, path, raw, required=required).split())
