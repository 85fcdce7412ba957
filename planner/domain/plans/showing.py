"""Pure helpers for the sentences about plan problems: safe filling, short values.

No words here (those are translated in ``planner.services.plan_problems``), only how
a placeholder is filled and how a value from the file is shown without breaking a line.
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.plan_errors import PatternKind
from planner.domain.plan_errors import PlanProblemCode as Code

#: Problems about a group of fields as a whole: the place names the group itself.
ABOUT_A_GROUP = frozenset(
    {
        Code.MISSING_FIELDS,
        Code.UNKNOWN_FIELDS,
        Code.ONCE_NEEDS_DUE_OR_IN_DAYS,
        Code.SCHEDULE_NOT_USABLE,
    }
)
#: The written form each pattern problem is about.
PATTERN_OF_CODE = {
    Code.BAD_ID: PatternKind.ID,
    Code.BAD_DATE: PatternKind.DATE,
    Code.BAD_TIME: PatternKind.TIME,
}


class _Fill(dict[str, object]):
    # A placeholder a translation got wrong stays as it is, instead of raising.
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, **values: object) -> str:
    """``text`` with its named placeholders filled; a broken one is left as written."""
    try:
        return text.format_map(_Fill(values))
    except (ValueError, IndexError, AttributeError):
        return text


def count(values: Mapping[str, object], key: str) -> int:
    """A count for Qt's %n, which is a C int: 0 when missing or not a count."""
    value = values.get(key)
    return min(value, 2**31 - 1) if isinstance(value, int) and value >= 0 else 0


def number(value: object) -> str:
    """A number as written in the file, at most 20 characters."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = str(value)
    return text if len(text) <= 20 else text[:17] + "..."


def quote(text: object) -> str:
    return f'"{shorten(str(text))}"'


def shorten(text: str, limit: int = 40) -> str:
    """One line, printable, not too long, with no lone surrogates that cannot be shown."""
    text = " ".join(text.split())
    text = "".join(
        ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else "?" for ch in text
    )
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
