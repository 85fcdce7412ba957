"""Reading one value of a plan file: text, dates, and collecting problems; a Reader does
it safely on any JSON, for the checks that run after the schema."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
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


Path = list[Any]
Steps = tuple[str | int, ...]


def flagged_places(problems: Iterable[PlanProblem]) -> frozenset[Steps]:
    """Every place at or above one of ``problems``: what the later checks leave alone."""
    places: set[Steps] = set()
    for problem in problems:
        path = problem.place.path
        places.update(path[:end] for end in range(len(path) + 1))
    return frozenset(places)


@dataclass(frozen=True)
class Reader:
    """Reads a plan's values for the checks a schema cannot make, safely on any JSON.

    A value of the wrong type, or one the schema already found a problem in or below
    (``flagged``, see ``flagged_places``), is not read (None): the schema has said what is
    wrong there, so each problem is said once, and nothing here ever raises. The rest of
    the file is still checked, and its problems are added to ``problems``.
    """

    raw: Mapping[str, Any]
    problems: list[PlanProblem] = field(default_factory=list)
    flagged: frozenset[Steps] = frozenset()

    def readable(self, path: Path) -> bool:
        """Whether the schema found nothing wrong at ``path`` or below it."""
        return tuple(path) not in self.flagged

    def group(self, group: object, key: str, path: Path) -> Mapping[str, Any] | None:
        """The group (JSON object) at ``group[key]``, when it is one and readable."""
        value = group.get(key) if isinstance(group, Mapping) else None
        return value if isinstance(value, Mapping) and self.readable(path) else None

    def text(
        self,
        group: object,
        key: str,
        path: Path,
        *,
        required: bool = False,
        one_line: bool = False,
    ) -> str | None:
        """The text at ``group[key]`` (see ``read_text``); "" when left out and it may be,
        None when it cannot be used (its problems, if any, are added)."""
        if not isinstance(group, Mapping) or key not in group:
            return None if required else ""
        return self.line(group[key], path, required=required, one_line=one_line)

    def line(
        self, value: object, path: Path, *, required: bool = False, one_line: bool = True
    ) -> str | None:
        """The text ``value`` at ``path``, read on one line (see ``read_line``), or None."""
        if not isinstance(value, str) or not self.readable(path):
            return None
        read = read_line if one_line else read_text
        return collect(self.problems, partial(read, value, path, self.raw, required=required))

    def date(self, group: object, key: str, path: Path) -> date | None:
        """The date at ``group[key]`` (see ``read_date``), or None."""
        value = group.get(key) if isinstance(group, Mapping) else None
        if not isinstance(value, str) or not self.readable(path):
            return None
        return collect(self.problems, partial(read_date, value, path, self.raw))


def entries(group: object, key: str) -> list[Any]:
    """The list at ``group[key]``, or no entries when there is none."""
    value = group.get(key) if isinstance(group, Mapping) else None
    return value if isinstance(value, list) else []


def whole(value: object) -> int | None:
    """A whole number read from JSON (3 or 3.0, never true or false), or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value)
