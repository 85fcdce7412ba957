"""The Questions room's sentences: which checkup the list is for, the asked groups'
headings, check-ins for the care team, and the limits of a question and an answer.

Every text is a ``self.tr()`` of ``QuestionWords`` (so lupdate gives sentences with a
count their plural forms); English loads no translation file, so "1 question" is a
sentence of its own. Dates go through QLocale (``ui.kit.formatting``). The person's own
words are filled in after translating and shown in plain-text labels, so markup or
braces in them are shown as typed. A date or time inside a sentence is kept on one line
(no-break spaces between its parts: never "7" at the end of a line and "Dec" on the next).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from planner.domain.journal import Checkup, CheckupKind, JournalEntry
from planner.ui.kit.formatting import clock, short_day, short_day_clock, short_day_year
from planner.ui.kit.journal_words import checkup_kind, mood_label

#: Accessible names quote a question up to about this many characters.
QUOTE_CHARS = 60
NO_BREAK_SPACE = "\u00a0"


def unbroken(text: str) -> str:
    """A date or time that stays on one line: its spaces made no-break spaces."""
    return text.replace(" ", NO_BREAK_SPACE)


def _day(day: date, today: date) -> str:
    """ "Tue 15 Dec" (on one line), with the year when it is not this year's."""
    return unbroken(short_day(day) if day.year == today.year else short_day_year(day))


def own_title(checkup: Checkup) -> str:
    """The name the person gave a checkup, as typed; "" when it has none of its own (a
    schedule fills in the kind's name, "Oncologist visit": that is no name of its own)."""
    title = checkup.title.strip()
    if title.casefold() in {checkup_kind(kind).casefold() for kind in CheckupKind}:
        return ""
    return title


def local_time(entry: JournalEntry) -> datetime:
    """When a check-in was made, on the clock of the zone it was made in."""
    try:
        return entry.at.astimezone(ZoneInfo(entry.zone))
    except (KeyError, ValueError):
        return entry.at


def quoted(text: str) -> str:
    """The start of a question, for a button's accessible name ("Move up: When will…")."""
    if len(text) <= QUOTE_CHARS:
        return text
    return text[:QUOTE_CHARS].rstrip() + "…"


class QuestionWords(QObject):
    """Every shared sentence of the Questions room (the class name is their context)."""

    def when(self, checkup: Checkup, today: date) -> str:
        day = _day(checkup.day, today)
        if checkup.at is not None:
            day = self.tr("{day} at {time}", "a checkup's day and clock time").format(
                day=day, time=unbroken(clock(checkup.at))
            )
        days = checkup.days_until(today)
        if days < 0:
            return day
        if days == 0:
            return self.tr("{day} (today)").format(day=day)
        if days == 1:
            return self.tr("{day} (tomorrow)").format(day=day)
        return self.tr("{day} (in %n days)", "", days).format(day=day)

    def for_visit(self, checkup: Checkup | None, today: date) -> str:
        if checkup is None:
            return self.tr("For your next checkup")
        when = self.when(checkup, today)
        name = own_title(checkup)
        # Inside the sentence the kind is in lower case; a name of its own is as typed.
        if name:
            line = self.tr("For your {name} on {when}").format(name=name, when=when)
        elif checkup.kind is CheckupKind.ONCOLOGIST:
            line = self.tr("For your oncologist visit on {when}").format(when=when)
        elif checkup.kind is CheckupKind.BLOOD_TEST:
            line = self.tr("For your blood test on {when}").format(when=when)
        elif checkup.kind is CheckupKind.SCAN:
            line = self.tr("For your scan on {when}").format(when=when)
        else:
            line = self.tr("For your checkup on {when}").format(when=when)
        if checkup.planned:
            return self.tr("{line}. It is not booked yet.").format(line=line)
        return line

    def checkup_heading(self, checkup: Checkup | None) -> str:
        if checkup is None:
            return self.tr("Asked on other days")
        name = own_title(checkup) or checkup_kind(checkup.kind)
        return self.tr("{name}, {day}", "a checkup's name and date").format(
            name=name, day=unbroken(short_day_year(checkup.day))
        )

    def asked_on(self, day: date, today: date) -> str:
        return self.tr("Asked on {day}").format(day=_day(day, today))

    def question_count(self, count: int) -> str:
        return self.tr("1 question") if count == 1 else self.tr("%n questions", "", count)

    def checkin_feelings(self, entry: JournalEntry) -> str:
        return self.tr("Mood: {mood} · Worry: {worry} of 10").format(
            mood=mood_label(entry.mood), worry=entry.worry
        )

    def question_limit(self, limit: int) -> str:
        return self.tr(
            "A question can be up to %Ln characters, so anything longer was left out. "
            "A short question is easier to ask.",
            "",
            limit,
        )

    def question_room(self, used: int, limit: int) -> str:
        return self.tr("%Ln of {limit} characters used", "", used).format(limit=limit)

    def answer_limit(self, limit: int) -> str:
        return self.tr(
            "An answer can be up to %Ln characters, so the rest was left out.", "", limit
        )

    def not_sent(self) -> str:
        return self.tr(
            "The app does not send your questions or notes to anyone. Bring this list to "
            "your visit, on paper or on this screen."
        )

    def not_for_emergencies(self) -> str:
        return self.tr(
            "This app is not for emergencies, and nobody reads what you write in it. If you "
            "need help now, call your care team (their phone number is in Settings) or your "
            "local emergency number."
        )


@cache
def words() -> QuestionWords:
    """The one ``QuestionWords`` (made when first needed)."""
    return QuestionWords()


def for_visit(checkup: Checkup | None, today: date) -> str:
    """ "For your oncologist visit on Tue 15 Dec at 09:30 (in 13 days)"; "For your next
    checkup" when none is planned."""
    return words().for_visit(checkup, today)


def checkup_heading(checkup: Checkup | None) -> str:
    """ "Oncologist visit, Fri 20 Nov 2026": the heading of the questions asked there;
    "Asked on other days" for those asked at no checkup."""
    return words().checkup_heading(checkup)


def asked_on(day: date, today: date) -> str:
    """ "Asked on Wed 2 Dec" (with the year when it is not this year's)."""
    return words().asked_on(day, today)


def question_count(count: int) -> str:
    """ "1 question", "3 questions"."""
    return words().question_count(count)


def checkin_when(entry: JournalEntry) -> str:
    """ "Tue 24 Nov, 20:15" (on one line)."""
    return unbroken(short_day_clock(local_time(entry)))


def checkin_feelings(entry: JournalEntry) -> str:
    """ "Mood: Okay · Worry: 6 of 10"."""
    return words().checkin_feelings(entry)


def question_limit(limit: int) -> str:
    """Said when a question field is full (typed or pasted to its limit)."""
    return words().question_limit(limit)


def question_room(used: int, limit: int) -> str:
    """ "420 of 500 characters used", shown as a question nears its limit."""
    return words().question_room(used, limit)


def answer_limit(limit: int) -> str:
    """Said when an answer was cut to fit."""
    return words().answer_limit(limit)


def not_sent() -> str:
    """Nothing is sent: the person brings the list."""
    return words().not_sent()


def not_for_emergencies() -> str:
    """The app is not for emergencies: said beside the notes for the care team."""
    return words().not_for_emergencies()
