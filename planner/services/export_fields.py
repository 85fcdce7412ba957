"""Reading one row of an export file field by field, strictly, and saying plainly what is
wrong with it and where ("check-in 12: 'mood' must be a whole number from 1 to 5.").

An export file comes from outside the app (a USB stick, an e-mail, a hand edit), so every
value is checked for its type, its range and its length, and text for characters the app
never keeps (control characters; lone halves of a character pair). A row with a problem
is not used; every problem is noted, so the person sees all of them at once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

#: Characters a one-line field never holds; a text of several lines may hold line breaks
#: and tabs. "Cs" is half of a character pair without its other half (a JSON "\ud800").
_NEVER = frozenset({"Cc", "Cs"})
_MULTILINE_OK = frozenset("\n\r\t")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")
_ZONE_LENGTH = 80
_SHOWN = 30


@dataclass(frozen=True)
class ExportProblem:
    """One thing wrong in an export file: where (empty: the file as a whole) and what."""

    place: str
    text: str

    def __str__(self) -> str:
        return f"{self.place}: {self.text}" if self.place else self.text


class ProblemList(list[ExportProblem]):
    """The problems found, the first ``keep`` of them kept and the rest only counted (a
    file of a million bad rows must not fill the memory with sentences)."""

    def __init__(self, keep: int = 1000) -> None:
        super().__init__()
        self.keep = keep
        self.more = 0

    def append(self, problem: ExportProblem) -> None:
        if len(self) < self.keep:
            super().append(problem)
        else:
            self.more += 1


def shown(value: object) -> str:
    """A value as a message quotes it: short, on one line, without control characters."""
    text = value if isinstance(value, str) else repr(value)
    text = "".join("?" if unicodedata.category(ch) in _NEVER else ch for ch in text)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def bad_characters(text: str, *, lines: bool) -> bool:
    """Whether ``text`` holds a character the app never keeps in such a field."""
    for ch in text:
        if ch in _MULTILINE_OK and lines:
            continue
        if unicodedata.category(ch) in _NEVER:
            return True
    return False


@lru_cache(maxsize=256)
def zone_known(name: str) -> bool:
    """Whether ``name`` is a time zone this computer knows ("Europe/Berlin", "UTC")."""
    if not name or len(name) > _ZONE_LENGTH or bad_characters(name, lines=False):
        return False
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return False
    return True


def is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_moment(text: str) -> datetime | None:
    """An instant written with its offset ("2026-03-01T08:30:00+00:00"), or None."""
    if not _MOMENT.fullmatch(text):
        return None
    try:
        moment = datetime.fromisoformat(text)
        moment.astimezone(UTC)  # an offset that cannot be turned into UTC
    except (ValueError, OverflowError):
        return None
    return moment


class Row:
    """One row of a table in the file. Each reader returns the value, or None (with the
    problem noted) when it is missing or wrong; ``ok`` says whether the row is usable."""

    def __init__(
        self,
        raw: object,
        place: str,
        fields: Collection[str],
        problems: list[ExportProblem],
    ) -> None:
        self.place = place
        self.ok = True
        self.problems = problems
        self._raw: dict[str, Any] = {}
        if not isinstance(raw, dict):
            self.note(
                QCoreApplication.translate(
                    "ExportRestore", "this should be a group of named values in braces { }."
                )
            )
            return
        self._raw = raw
        for key in raw:
            if key not in fields:
                self.note(
                    QCoreApplication.translate(
                        "ExportRestore", "'{field}' is not something the app keeps here."
                    ).format(field=shown(key))
                )

    def note(self, text: str) -> None:
        """Note a problem with this row (it will not be used)."""
        self.ok = False
        self.problems.append(ExportProblem(self.place, text))

    def has(self, key: str) -> bool:
        return key in self._raw

    def raw(self, key: str) -> Any:
        """The value as the file has it (None when missing)."""
        return self._raw.get(key)

    def _value(self, key: str, optional: bool) -> tuple[bool, Any]:
        """(whether to go on checking, the value); a missing required value is noted."""
        if key not in self._raw:
            if not optional:
                self.note(
                    QCoreApplication.translate("ExportRestore", "'{field}' is missing.").format(
                        field=key
                    )
                )
            return False, None
        value = self._raw[key]
        if value is None:
            if not optional:
                self.note(
                    QCoreApplication.translate(
                        "ExportRestore", "'{field}' must have a value; it is empty (null)."
                    ).format(field=key)
                )
            return False, None
        return True, value

    def whole(self, key: str, low: int, high: int, *, optional: bool = False) -> int | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        if not is_whole(value) or not low <= value <= high:
            self.note(
                QCoreApplication.translate(
                    "ExportRestore", "'{field}' must be a whole number from {low} to {high}."
                ).format(field=key, low=low, high=high)
            )
            return None
        return int(value)

    def number(self, key: str, low: float, high: float, *, optional: bool = False) -> float | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        good = isinstance(value, int | float) and not isinstance(value, bool)
        if not good or not math.isfinite(value) or not low <= value <= high:
            self.note(
                QCoreApplication.translate(
                    "ExportRestore", "'{field}' must be a number from {low} to {high}."
                ).format(field=key, low=f"{low:g}", high=f"{high:g}")
            )
            return None
        return value  # type: ignore[no-any-return]

    def flag(self, key: str, *, optional: bool = False) -> bool | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        if not isinstance(value, bool):
            self.note(
                QCoreApplication.translate(
                    "ExportRestore", "'{field}' must be true or false."
                ).format(field=key)
            )
            return None
        return value

    def text(
        self,
        key: str,
        limit: int,
        *,
        optional: bool = False,
        lines: bool = False,
        blank_ok: bool = True,
    ) -> str | None:
        """Text of at most ``limit`` characters; on one line unless ``lines``."""
        going, value = self._value(key, optional)
        if not going:
            return None
        return self.check_text(key, value, limit, lines=lines, blank_ok=blank_ok)

    def check_text(
        self, key: str, value: object, limit: int, *, lines: bool = False, blank_ok: bool = True
    ) -> str | None:
        if not isinstance(value, str):
            self.note(
                QCoreApplication.translate(
                    "ExportRestore", "'{field}' must be text in quotes."
                ).format(field=key)
            )
            return None
        if len(value) > limit:
            self.note(
                QCoreApplication.translate(
                    "ExportRestore",
                    "'{field}' is too long: {length} characters, and the most is {limit}.",
                ).format(field=key, length=len(value), limit=limit)
            )
            return None
        if bad_characters(value, lines=lines):
            self.note(
                QCoreApplication.translate(
                    "ExportRestore",
                    "'{field}' holds a control character or a broken character, which the app "
                    "never keeps.",
                ).format(field=key)
            )
            return None
        if not blank_ok and not value.strip():
            self.note(
                QCoreApplication.translate("ExportRestore", "'{field}' must not be blank.").format(
                    field=key
                )
            )
            return None
        return value

    def choice(self, key: str, choices: Collection[str], *, optional: bool = False) -> str | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        if not isinstance(value, str) or value not in choices:
            self.note(
                QCoreApplication.translate(
                    "ExportRestore", "'{field}' must be one of: {choices}."
                ).format(field=key, choices=", ".join(sorted(choices)))
            )
            return None
        return value

    def day(self, key: str, *, optional: bool = False) -> date | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        return self.check_day(key, value)

    def check_day(self, key: str, value: object) -> date | None:
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                self.note(
                    QCoreApplication.translate(
                        "ExportRestore", "'{field}': {value} is not a day on the calendar."
                    ).format(field=key, value=value)
                )
                return None
        self.note(
            QCoreApplication.translate(
                "ExportRestore", "'{field}' must be a date written like 2026-03-01."
            ).format(field=key)
        )
        return None

    def clock(self, key: str, *, optional: bool = False) -> time | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        return self.check_clock(key, value)

    def check_clock(self, key: str, value: object) -> time | None:
        if isinstance(value, str) and _CLOCK.fullmatch(value):
            return time.fromisoformat(value)
        self.note(
            QCoreApplication.translate(
                "ExportRestore",
                "'{field}' must be a time of day written like 08:30 ({value} is not).",
            ).format(field=key, value=shown(value))
        )
        return None

    def moment(self, key: str, *, optional: bool = False) -> datetime | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        moment = parse_moment(value) if isinstance(value, str) else None
        if moment is None:
            self.note(
                QCoreApplication.translate(
                    "ExportRestore",
                    "'{field}' must be a date and time with its time zone, written like "
                    "2026-03-01T08:30:00+00:00.",
                ).format(field=key)
            )
        return moment

    def zone(self, key: str) -> str | None:
        going, value = self._value(key, False)
        if not going:
            return None
        if not isinstance(value, str) or not zone_known(value):
            self.note(
                QCoreApplication.translate(
                    "ExportRestore",
                    "'{field}' must be a time zone name like Europe/Berlin ({value} is not).",
                ).format(field=key, value=shown(value))
            )
            return None
        return value

    def listed(self, key: str, most: int, *, optional: bool = False) -> list[Any] | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        if not isinstance(value, list) or len(value) > most:
            self.note(
                QCoreApplication.translate(
                    "ExportRestore", "'{field}' must be a list in brackets [ ] of at most {most}."
                ).format(field=key, most=most)
            )
            return None
        return value

    def group(self, key: str, *, optional: bool = False) -> dict[str, Any] | None:
        going, value = self._value(key, optional)
        if not going:
            return None
        if not isinstance(value, dict):
            self.note(
                QCoreApplication.translate(
                    "ExportRestore", "'{field}' must be a group of named values in braces {{ }}."
                ).format(field=key)
            )
            return None
        return value
