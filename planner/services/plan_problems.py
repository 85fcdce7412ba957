"""The one place where a plan problem (a code, a place, values) becomes words.

E.g. 'Item 3 ("Walk"), schedule: "times" must be a whole number from 1 to 7 (it is 9).'
Each sentence is translated whole (context "PlanProblems"), its named placeholders
filled after translation, with Qt's %n where a count appears. QtCore only; no
QCoreApplication is needed. ``self.tr()`` of a small QObject, not
``QCoreApplication.translate()``: pyside6-lupdate marks ``tr(text, None, n)`` as
plural, but not ``translate(context, text, None, n)`` with a variable ``n``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache

from PySide6.QtCore import QObject

from planner.domain.plan_errors import (
    Expected,
    JsonKind,
    PatternKind,
    PlanError,
    PlanPlace,
    PlanProblem,
)
from planner.domain.plan_errors import PlanProblemCode as Code
from planner.domain.plans.places import Section, SectionPlace, section_of
from planner.domain.plans.showing import ABOUT_A_GROUP as _ABOUT_A_GROUP
from planner.domain.plans.showing import PATTERN_OF_CODE as _PATTERNS
from planner.domain.plans.showing import count as _n
from planner.domain.plans.showing import fill as _fill
from planner.domain.plans.showing import number as _num
from planner.domain.plans.showing import quote as _quote
from planner.services.plan_places import PlanPlaces

__all__ = ["describe", "describe_all"]


def describe(problem: PlanProblem) -> str:
    """One plain, translated sentence (or two) saying what is wrong and where."""
    return _words().describe(problem)


def describe_all(error: PlanError) -> list[str]:
    """A sentence for each of the error's problems, the best match first."""
    return [describe(problem) for problem in error.problems]


@cache
def _words() -> PlanProblems:
    return PlanProblems()


@cache
def _places() -> PlanPlaces:
    return PlanPlaces()


class PlanProblems(QObject):
    """The sentences; a QObject only so that ``self.tr()`` gives them their context."""

    def describe(self, problem: PlanProblem) -> str:
        place, values = problem.place, problem.values
        # In a follow-up schedule, a contact or a resource, the fields are the entry's.
        at = section_of(place)
        fields = place.fields if at is None else at.fields
        if problem.code in _ABOUT_A_GROUP:
            where = _places().where(place, fields, at)
            return self._about_a_group(problem.code, where, values, at)
        if (sentence := self._about_the_file(problem.code, place, values)) is not None:
            return sentence
        if not fields:
            return self._without_a_field(problem.code, _places().where(place, (), at), values)
        where = _places().where(place, fields[:-1], at)
        name = self._name(fields[-1], place.entry if at is None else None)
        return self._about_a_value(problem.code, where, name, values)

    def _about_the_file(self, code: Code, place: PlanPlace, v: Mapping[str, object]) -> str | None:
        fixed = {
            Code.EMPTY_FILE: self.tr("The file is empty."),
            Code.BAD_NUMBER: self.tr(
                "The file is not valid JSON (it has a number that is not allowed, "
                "such as NaN, Infinity or one that is far too large)."
            ),
            Code.NESTED_TOO_DEEPLY: self.tr(
                "The file is not a plan this app can read (its data is nested too deeply)."
            ),
            Code.FORMAT_MISSING: self.tr(
                'The file is not a Between Checkups plan (its "format" is missing).'
            ),
            Code.VERSION_MISSING: self.tr(
                'The plan does not say which version it is (its "version" is missing).'
            ),
            Code.NO_ITEMS: self.tr("The plan has no items. A plan needs at least one item."),
        }
        if code in fixed:
            return fixed[code]
        if code is Code.FILE_UNREADABLE:
            text = self.tr("The plan file {path} could not be read ({reason}).")
            return _fill(text, path=v.get("path", ""), reason=v.get("reason", ""))
        if code is Code.TOO_LARGE:
            # More than the limit, so never one byte: the plural forms are enough.
            size, limit = _n(v, "size"), _n(v, "limit")
            first = self.tr("The file is too large to be a plan (%Ln bytes).", None, size)
            second = self.tr("A plan file can be at most %Ln bytes.", None, limit)
            return f"{first} {second}"
        if code is Code.NOT_UTF8:
            text = self.tr("The file is not a plan: it is not UTF-8 text (byte {byte}).")
            return _fill(text, byte=_num(v.get("byte")))
        if code is Code.NOT_JSON:
            if place.line is None:
                return self.tr("The file is not valid JSON.")
            text = self.tr("The file is not valid JSON (line {line}, column {column}).")
            said = _fill(text, line=place.line, column=place.column)
            why = self._json_why(str(v.get("why") or ""))
            return f"{said} {why}" if why else said
        if code is Code.NOT_AN_OBJECT:
            text = self.tr(
                "The file is not a Between Checkups plan "
                "(it holds {kind}, not a plan in { } braces)."
            )
            return _fill(text, kind=self._kind(v.get("kind")))
        if code is Code.WRONG_FORMAT:
            text = self.tr(
                "The file is not a Between Checkups plan "
                '(its "format" is {value}, not "{expected}").'
            )
            return _fill(text, value=self._show(v), expected=v.get("expected_format", ""))
        if code is Code.VERSION_NOT_WHOLE:
            text = self.tr(
                'The plan\'s "version" must be a whole number like {supported} (it is {value}).'
            )
            return _fill(text, supported=_num(v.get("supported")), value=self._show(v))
        if code is Code.VERSION_TOO_NEW:
            text = self.tr(
                "This plan was made for a newer version of Between Checkups "
                "(plan version {version}). Update the app to open it."
            )
            return _fill(text, version=_num(v.get("version")))
        if code is Code.DUPLICATE_ID:
            text = self.tr(
                "Items {first} and {second} both have the id {id}. Each item needs its own id."
            )
            key = f'"{v.get("id")}"'
            return _fill(text, first=v.get("first"), second=v.get("second"), id=key)
        return None

    def _about_a_group(
        self, code: Code, where: str, v: Mapping[str, object], at: SectionPlace | None
    ) -> str:
        given = v.get("names")
        names = [str(name) for name in given] if isinstance(given, tuple | list) else []
        n = len(names)
        joined = self._join(names, "or" if v.get("any_one") else "and")
        if code is Code.MISSING_FIELDS and v.get("any_one"):
            text = self.tr("{place}: it needs {names}, or both.")
        elif (
            code is Code.MISSING_FIELDS and at is not None and at.phase and names == ["for_months"]
        ):
            text = self.tr(
                '{place}: "for_months" is missing. Only the last phase can go on without an end.'
            )
        elif code is Code.UNKNOWN_FIELDS and "needs_version" in v:
            text = self.tr(
                "{place}: a plan of version {version} is needed for {names}. "
                'Change "version" to {version}.'
            )
        elif code is Code.MISSING_FIELDS:
            # One name: a sentence of its own, so no plural forms are needed.
            text = (
                self.tr("{place}: {names} is missing.")
                if n <= 1
                else self.tr("{place}: {names} are missing.", None, n)
            )
        elif code is Code.UNKNOWN_FIELDS and n == 1:
            text = self.tr(
                "{place}: {names} is not a field a plan can have. Check the spelling, or remove it."
            )
        elif code is Code.UNKNOWN_FIELDS:
            text = self.tr(
                "{place}: these fields are not ones a plan can have: {names}. "
                "Check the spelling, or remove them.",
                None,
                n,
            )
        elif code is Code.ONCE_NEEDS_DUE_OR_IN_DAYS:
            text = self.tr(
                '{place}: a one-time task needs either "due" (a date like "2026-03-15") '
                'or "in_days" (a number of days), and only one of them.'
            )
        elif at is not None and at.section is Section.SCHEDULE:
            text = self.tr("{place}: this follow-up schedule cannot be used. Check its phases.")
        else:
            text = self.tr(
                '{place}: this schedule cannot be used. Check its "type" and the fields '
                "that go with it."
            )
        return _fill(text, place=where, names=joined, version=_num(v.get("needs_version")))

    def _without_a_field(self, code: Code, where: str, v: Mapping[str, object]) -> str:
        if code is Code.NOT_AN_ITEM:
            text = self.tr(
                "{place} is not written as an item "
                '(each item needs { } braces with fields such as "id" and "title").'
            )
        elif code is Code.WRONG_TYPE:
            text = self.tr("{place} must be {expected}, not {kind}.")
        else:
            text = self.tr("{place} is not written the way a plan needs it.")
        return _fill(text, place=where, expected=self._expected(v), kind=self._kind(v.get("kind")))

    def _about_a_value(self, code: Code, where: str, name: str, v: Mapping[str, object]) -> str:
        fill = {"place": where, "field": name, "value": self._show(v)}
        if code is Code.WRONG_TYPE:
            text = self.tr("{place}: {field} must be {expected}, not {kind}.")
            return _fill(text, **fill, expected=self._expected(v), kind=self._kind(v.get("kind")))
        if code in (Code.OUT_OF_RANGE, Code.NOT_EXACTLY, Code.NOT_ONE_OF) or code in _PATTERNS:
            text = self.tr("{place}: {field} must be {expected} (it is {value}).")
            return _fill(text, **fill, expected=self._expected(v, code))
        # A count over a limit of at least 1 is never 1, so its sentence needs no singular.
        if code is Code.TOO_LONG:
            length, most = _n(v, "length"), _n(v, "max_length")
            first = self.tr("{place}: {field} is too long (%n characters).", None, length)
            second = (
                self.tr("It can have at most 1 character.")
                if most == 1
                else self.tr("It can have at most %n characters.", None, most)
            )
            return _fill(f"{first} {second}", **fill)
        if code is Code.TOO_MANY_ENTRIES:
            count, most = _n(v, "count"), _n(v, "max_items")
            first = self.tr("{place}: {field} has %n entries.", None, count)
            second = (
                self.tr("It can have at most 1 entry.")
                if most == 1
                else self.tr("It can have at most %n entries.", None, most)
            )
            return _fill(f"{first} {second}", **fill)
        if code is Code.TOO_FEW_ENTRIES:
            least = _n(v, "min_items")
            text = (
                self.tr("{place}: {field} must have at least 1 entry.")
                if least == 1
                else self.tr("{place}: {field} must have at least %n entries.", None, least)
            )
            return _fill(text, **fill)
        sentences = {
            Code.EMPTY_TEXT: self.tr("{place}: {field} is empty. Please write something in it."),
            Code.BLANK_TEXT: self.tr("{place}: {field} is blank. Please write something in it."),
            Code.BROKEN_CHARACTER: self.tr(
                "{place}: {field} has a broken character (a lone \\u escape). "
                "Remove it or write the character again."
            ),
            Code.REPEATED_DAY: self.tr("{place}: {field} lists the same day more than once."),
            Code.REPEATED_ENTRY: self.tr("{place}: {field} lists the same entry more than once."),
            Code.NOT_A_REAL_DATE: self.tr(
                "{place}: {field} is {value}, which is not a real date on the calendar."
            ),
            Code.BAD_PATTERN: self.tr(
                "{place}: {field} is not written the way a plan needs it (it is {value})."
            ),
        }
        text = sentences.get(code) or self.tr(
            "{place}: {field} is not written the way a plan needs it."
        )
        return _fill(text, **fill)

    def _json_why(self, why: str) -> str:
        """What is likely wrong where the JSON reader stopped, in plain words."""
        words = {
            "comma": self.tr("A comma is missing between two parts."),
            "colon": self.tr("A colon (:) is missing after a name."),
            "name": self.tr(
                "A name needs double quotes, or there is one comma too many before a }."
            ),
            "value": self.tr("A value is missing, or there is one comma too many."),
            "open_text": self.tr("A text is not closed with a double quote."),
            "control": self.tr("A text holds a line break or a tab: write \\n or \\t instead."),
            "extra": self.tr("There is more after the plan's last }."),
            "escape": self.tr(
                "A backslash (\\) starts something JSON does not know. For one backslash, "
                "write two (\\\\)."
            ),
        }
        return words.get(why, "")

    def _name(self, field: str, entry: int | None) -> str:
        """The field a value is in: '"times"', or 'entry 2 of "days"' for an entry of a list."""
        if entry is None:
            return f'"{field}"'
        return _fill(self.tr('entry {entry} of "{field}"'), entry=entry, field=field)

    def _kind(self, kind: object) -> str:
        """What was found instead, e.g. 'a list'."""
        kinds: dict[str, str] = {
            JsonKind.NULL: self.tr("null", "found"),
            JsonKind.BOOLEAN: self.tr("true or false", "found"),
            JsonKind.INTEGER: self.tr("a whole number", "found"),
            JsonKind.NUMBER: self.tr("a number", "found"),
            JsonKind.TEXT: self.tr("text", "found"),
            JsonKind.LIST: self.tr("a list", "found"),
        }
        return kinds.get(str(kind)) or self.tr("a group of fields", "found")

    def _expected(self, v: Mapping[str, object], code: Code | None = None) -> str:
        """What a value must be, e.g. 'a whole number from 1 to 7'."""
        pattern = _PATTERNS.get(code) if code is not None else v.get("pattern")
        patterns: dict[object, str] = {
            PatternKind.ID: self.tr(
                "a short code of lowercase letters (a-z), digits and dashes, "
                'at most 64 characters, like "walk-daily"'
            ),
            PatternKind.DATE: self.tr('a date written as YYYY-MM-DD, like "2026-03-15"'),
            PatternKind.TIME: self.tr('a time of day written as HH:MM (24-hour), like "08:30"'),
        }
        if pattern in patterns:
            return patterns[pattern]
        expected = v.get("expected")
        if code is Code.NOT_EXACTLY or expected == Expected.EXACTLY:
            return self._show({"value": v.get("exactly")})
        names = v.get("allowed")
        allowed = self._join([str(n) for n in names], "or") if isinstance(names, tuple) else ""
        if code is Code.NOT_ONE_OF or expected == Expected.ONE_OF:
            return _fill(self.tr("one of {names}"), names=allowed)
        if expected in (Expected.WHOLE_NUMBER, Expected.NUMBER):
            return self._number(expected == Expected.WHOLE_NUMBER, v)
        if expected == Expected.TEXT:
            least, n = v.get("min_length"), _n(v, "max_length")
            if "max_length" in v and isinstance(least, int) and least >= 1:
                return self.tr("text of 1 to %n characters", None, n)
            if "max_length" in v and n == 1:
                return self.tr("text of at most 1 character")
            if "max_length" in v:
                return self.tr("text of at most %n characters", None, n)
            return self.tr("text", "expected")
        if expected == Expected.LIST:
            if allowed:
                return _fill(self.tr("a list of {names}"), names=allowed)
            return self.tr("a list in [ ] brackets")
        if expected == Expected.GROUP:
            return self.tr("a group of fields in { } braces")
        return self.tr("written differently")

    def _number(self, whole: bool, v: Mapping[str, object]) -> str:
        low, high, above = v.get("minimum"), v.get("maximum"), v.get("exclusive_minimum")
        shape = "only"
        if high is not None:
            shape = "from" if low is not None else "above" if above is not None else "most"
        elif low is not None:
            shape = "least"
        phrases = {
            (True, "from"): self.tr("a whole number from {min} to {max}"),
            (True, "above"): self.tr("a whole number more than {above} and at most {max}"),
            (True, "least"): self.tr("a whole number of at least {min}"),
            (True, "most"): self.tr("a whole number of at most {max}"),
            (True, "only"): self.tr("a whole number", "expected"),
            (False, "from"): self.tr("a number from {min} to {max}"),
            (False, "above"): self.tr("a number more than {above} and at most {max}"),
            (False, "least"): self.tr("a number of at least {min}"),
            (False, "most"): self.tr("a number of at most {max}"),
            (False, "only"): self.tr("a number", "expected"),
        }
        fill = {"min": _num(low), "max": _num(high), "above": _num(above)}
        return _fill(phrases[whole, shape], **fill)

    def _show(self, v: Mapping[str, object]) -> str:
        """The value found, written as in the file ('9', '"monday"', 'true'), or its kind."""
        if "value" not in v:
            return self._kind(v.get("kind"))
        value = v["value"]
        if value is None or isinstance(value, bool):
            return json.dumps(value)  # null, true, false
        if isinstance(value, int | float):
            return _num(value)
        if isinstance(value, str):
            return _quote(value)
        return self._kind(None)

    def _join(self, names: Sequence[str], last_word: str) -> str:
        """'"a"', '"a" and "b"', '"a", "b" or "c"'."""
        quoted = [_quote(name) for name in names]
        if len(quoted) <= 1:
            return "".join(quoted)
        head = self.tr(", ", "between names in a list").join(quoted[:-1])
        if last_word == "or":
            return _fill(self.tr("{names} or {last}"), names=head, last=quoted[-1])
        return _fill(self.tr("{names} and {last}"), names=head, last=quoted[-1])
