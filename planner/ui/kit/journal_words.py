"""The journal's words: moods, sleep, check-ins, checkups, periods, phases, ranges and
patterns, shared by the journal, checkups and insights rooms.

The domain gives codes and numbers (``planner.domain.journal``, ``.insights``); these
functions say them in the person's language (the questions asked every two weeks and
the care-team note are in ``screen_words``). Every text is a ``self.tr()`` of
``JournalWords``, so its context is "JournalWords" and sentences with a count get plural
forms from lupdate.
English loads no translation file, so where English itself changes for exactly one
("1 check-in"), that case is a sentence of its own and the plural form covers the others.
Dates and numbers go through QLocale.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QObject

from planner.domain.insights import Pattern, Range
from planner.domain.journal import (
    Checkup,
    CheckupKind,
    JournalEntry,
    JournalError,
    JournalProblem,
    Mood,
    Period,
    Phase,
    SleepQuality,
)
from planner.ui.kit.formatting import (
    amount,
    clock,
    day_short_month,
    day_short_month_year,
    long_date,
    number,
)


class JournalWords(QObject):
    """Every sentence of the journal's shared words (the class name is their context)."""

    # --- Dates -----------------------------------------------------------------

    # --- Moods, sleep and check-ins --------------------------------------------

    def mood_label(self, mood: Mood) -> str:
        match mood:
            case Mood.AWFUL:
                return self.tr("Awful", "mood")
            case Mood.BAD:
                return self.tr("Bad", "mood")
            case Mood.OKAY:
                return self.tr("Okay", "mood")
            case Mood.GOOD:
                return self.tr("Good", "mood")
        return self.tr("Great", "mood")

    def mood_in_sentence(self, mood: Mood) -> str:
        match mood:
            case Mood.AWFUL:
                return self.tr("awful", "mood, inside a sentence: mood awful, worry 5 of 10")
            case Mood.BAD:
                return self.tr("bad", "mood, inside a sentence: mood bad, worry 5 of 10")
            case Mood.OKAY:
                return self.tr("okay", "mood, inside a sentence: mood okay, worry 5 of 10")
            case Mood.GOOD:
                return self.tr("good", "mood, inside a sentence: mood good, worry 5 of 10")
        return self.tr("great", "mood, inside a sentence: mood great, worry 5 of 10")

    def sleep_choice(self, quality: SleepQuality) -> str:
        match quality:
            case SleepQuality.POORLY:
                return self.tr("Slept poorly")
            case SleepQuality.OKAY:
                return self.tr("Slept okay")
        return self.tr("Slept well")

    def sleep_how(self, quality: SleepQuality) -> str:
        match quality:
            case SleepQuality.POORLY:
                return self.tr("poorly", "how one slept: Slept 7 hours, poorly")
            case SleepQuality.OKAY:
                return self.tr("okay", "how one slept: Slept 7 hours, okay")
        return self.tr("well", "how one slept: Slept 7 hours, well")

    def sleep_text(self, hours: float | None, quality: SleepQuality | None) -> str:
        if hours is None:
            return self.sleep_choice(quality) if quality is not None else ""
        if quality is None:
            if hours == 1:
                return self.tr("Slept 1 hour")
            return self.tr("Slept {hours} hours").format(hours=amount(hours))
        if hours == 1:
            return self.tr("Slept 1 hour, {how}").format(how=self.sleep_how(quality))
        return self.tr("Slept {hours} hours, {how}").format(
            hours=amount(hours), how=self.sleep_how(quality)
        )

    def entry_details(self, entry: JournalEntry) -> str:
        parts = []
        if entry.energy is not None:
            parts.append(self.tr("Energy {energy}").format(energy=entry.energy))
        sleep = self.sleep_text(entry.sleep_hours, entry.sleep_quality)
        if sleep:
            parts.append(sleep)
        if entry.for_care_team:
            parts.append(self.tr("For my care team"))
        return self.joined(parts)

    def entry_spoken(self, entry: JournalEntry, when: datetime) -> str:
        sentences = [
            self.tr("{day}, {time}. Mood {mood}, worry {worry} of 10.").format(
                day=long_date(when.date()),
                time=clock(when),
                mood=self.mood_in_sentence(entry.mood),
                worry=entry.worry,
            )
        ]
        details = self.entry_details(entry)
        if details:
            sentences.append(self.tr("{details}.").format(details=details))
        if entry.tags:
            tags = self.tr(", ", "between tags").join(entry.tags)
            sentences.append(self.tr("Tags: {tags}.").format(tags=tags))
        if entry.note:
            sentences.append(self.tr("Note: {note}").format(note=entry.note))
        return self.tr(" ", "between sentences").join(sentences)

    def count_text(self, count: int) -> str:
        return self.tr("1 check-in") if count == 1 else self.tr("%Ln check-ins", "", count)

    def total_text(self, count: int) -> str:
        # Beside the heading "Your check-ins", so the words are not said twice.
        return self.tr("1 in all") if count == 1 else self.tr("%Ln in all", "", count)

    def found_text(self, count: int) -> str:
        return self.tr("1 found") if count == 1 else self.tr("%Ln found", "", count)

    def joined(self, parts: Iterable[str]) -> str:
        return self.tr(" · ", "between short facts").join(parts)

    def preset_tags(self) -> tuple[str, ...]:
        # Offered on every check-in; a chosen one is kept as the person's own tag.
        return (
            self.tr("checkup soon", "a tag"),
            self.tr("waiting for results", "a tag"),
            self.tr("tired", "a tag"),
            self.tr("pain", "a tag"),
            self.tr("good day", "a tag"),
        )

    def problem_text(self, error: JournalError) -> str:
        limit = error.limit or 0
        match error.problem:
            case JournalProblem.WORRY_OUT_OF_RANGE:
                return self.tr("Worry is a number from 0 to {most}.").format(most=limit)
            case JournalProblem.ENERGY_OUT_OF_RANGE:
                return self.tr("Energy is a number from 0 to {most}.").format(most=limit)
            case JournalProblem.SLEEP_OUT_OF_RANGE:
                return self.tr("Hours of sleep are between 0 and {most}.").format(most=limit)
            case JournalProblem.NOTE_TOO_LONG:
                return self.tr("A note can hold up to %Ln characters.", "", limit)
            case JournalProblem.TOO_MANY_TAGS:
                return self.tr("A check-in can have up to %Ln tags.", "", limit)
            case JournalProblem.TAG_TOO_LONG:
                return self.tr("A tag can be up to %Ln characters long.", "", limit)
            case JournalProblem.RESULTS_BEFORE_CHECKUP:
                return self.tr("The results date cannot be before the checkup.")
            case JournalProblem.TITLE_TOO_LONG:
                return self.tr("A checkup's name can be up to %Ln characters long.", "", limit)
        return self.tr("The place can be up to %Ln characters long.", "", limit)

    # --- Checkups and the periods between them ---------------------------------

    def checkup_kind(self, kind: CheckupKind) -> str:
        match kind:
            case CheckupKind.ONCOLOGIST:
                return self.tr("Oncologist visit")
            case CheckupKind.BLOOD_TEST:
                return self.tr("Blood test")
            case CheckupKind.SCAN:
                return self.tr("Scan or imaging")
        return self.tr("Other checkup")

    def checkup_phrase(self, checkup: Checkup) -> str:
        day = day_short_month(checkup.day)
        match checkup.kind:
            case CheckupKind.ONCOLOGIST:
                return self.tr("oncologist visit on {day}").format(day=day)
            case CheckupKind.BLOOD_TEST:
                return self.tr("blood test on {day}").format(day=day)
            case CheckupKind.SCAN:
                return self.tr("scan on {day}").format(day=day)
        return self.tr("checkup on {day}").format(day=day)

    def next_checkup(self, checkup: Checkup, today: date) -> str:
        days = checkup.days_until(today)
        what = self.checkup_phrase(checkup)
        if checkup.planned:  # its card says when it is due
            return self.tr("Next planned: {checkup}, not booked yet").format(checkup=what)
        if checkup.at is None:
            if days == 0:
                return self.tr("Next checkup is today: {checkup}").format(checkup=what)
            if days == 1:
                return self.tr("Next checkup is tomorrow: {checkup}").format(checkup=what)
            return self.tr("Next checkup in %n days: {checkup}", "", days).format(checkup=what)
        at = clock(checkup.at)
        if days == 0:
            text = self.tr("Next checkup is today: {checkup} at {time}")
        elif days == 1:
            text = self.tr("Next checkup is tomorrow: {checkup} at {time}")
        else:
            text = self.tr("Next checkup in %n days: {checkup} at {time}", "", days)
        return text.format(checkup=what, time=at)

    def period_title(self, period: Period, first_day: date | None = None) -> str:
        opened, closed = period.opened_by, period.closed_by
        if opened is None and closed is None:
            # No checkup yet: not "Your check-ins" again, under the page's heading.
            if first_day is None:
                return self.tr("All your check-ins so far")
            return self.tr("Since your first check-in on {day}").format(
                day=day_short_month(first_day)
            )
        if opened is None:
            assert closed is not None
            return self.tr("Before your {checkup}").format(checkup=self.checkup_phrase(closed))
        if closed is None:
            return self.tr("Since your {checkup}").format(checkup=self.checkup_phrase(opened))
        return self.tr("From your {first} to your {second}").format(
            first=self.checkup_phrase(opened), second=self.checkup_phrase(closed)
        )

    def period_heading(self, period: Period, count: int, first_day: date | None = None) -> str:
        title = self.period_title(period, first_day)
        if period.opened_by is None and period.closed_by is None:
            return title  # the only period: its count is the page's, already beside it
        if count == 1:
            return self.tr("{period} — 1 check-in").format(period=title)
        return self.tr("{period} — %Ln check-ins", "", count).format(period=title)

    def average_summary(self, mood: float | None, worry: float | None) -> str:
        if mood is None or worry is None:
            return ""
        return self.tr("Average mood {mood} of 5 · average worry {worry} of 10").format(
            mood=number(mood), worry=number(worry)
        )

    # --- Insights ----------------------------------------------------------------

    def phase_label(self, phase: Phase) -> str:
        match phase:
            case Phase.BEFORE:
                return self.tr("Before a checkup")
            case Phase.WAITING:
                return self.tr("Waiting for results")
            case Phase.AFTER:
                return self.tr("After results")
        return self.tr("Other times")

    def range_label(self, choice: Range) -> str:
        match choice:
            case Range.DAYS_30:
                return self.tr("Last 30 days")
            case Range.DAYS_90:
                return self.tr("Last 90 days")
            case Range.YEAR:
                return self.tr("Last year")
            case Range.SINCE_CHECKUP:
                return self.tr("Since last checkup")
        return self.tr("All", "all the check-ins")

    def pattern_text(self, pattern: Pattern) -> str:
        return self.tr(
            "On days you did “{item}”, your average mood was {with_item} of 5; "
            "on other days it was {without_item} of 5."
        ).format(
            item=pattern.title,
            with_item=number(pattern.with_item),
            without_item=number(pattern.without_item),
        )


@cache
def words() -> JournalWords:
    """The one ``JournalWords`` (made when first needed)."""
    return JournalWords()


short_date = day_short_month  # "3 Dec"
short_date_year = day_short_month_year  # "3 Dec 2026"


def mood_label(mood: Mood) -> str:
    """ "Okay", as a button or a list entry."""
    return words().mood_label(mood)


def mood_in_sentence(mood: Mood) -> str:
    """ "okay", inside a sentence ("mood okay, worry 5 of 10")."""
    return words().mood_in_sentence(mood)


def sleep_choice(quality: SleepQuality) -> str:
    """ "Slept well"."""
    return words().sleep_choice(quality)


def entry_details(entry: JournalEntry) -> str:
    """ "Energy 6 · Slept 7.5 hours, well · For my care team" (only what was given)."""
    return words().entry_details(entry)


def entry_spoken(entry: JournalEntry, when: datetime) -> str:
    """A check-in in words, for screen readers; ``when`` is its local time."""
    return words().entry_spoken(entry, when)


def count_text(count: int) -> str:
    """ "1 check-in", "24 check-ins"."""
    return words().count_text(count)


def total_text(count: int) -> str:
    """ "24 in all", beside the heading "Your check-ins"."""
    return words().total_text(count)


def found_text(count: int) -> str:
    """ "2 found", beside the heading "Your check-ins" while searching or filtering."""
    return words().found_text(count)


def joined(parts: Iterable[str]) -> str:
    """Short facts side by side: "Energy 6 · For my care team"."""
    return words().joined(parts)


def preset_tags() -> tuple[str, ...]:
    """The tags offered on every check-in, beside the person's own."""
    return words().preset_tags()


def problem_text(error: JournalError) -> str:
    """Why a check-in or checkup cannot be saved, in plain words."""
    return words().problem_text(error)


def checkup_kind(kind: CheckupKind) -> str:
    """ "Scan or imaging"."""
    return words().checkup_kind(kind)


def checkup_phrase(checkup: Checkup) -> str:
    """ "blood test on 3 Sep", inside a sentence."""
    return words().checkup_phrase(checkup)


def next_checkup_text(checkup: Checkup, today: date) -> str:
    """ "Next checkup in 12 days: scan on 3 Dec at 09:30" (or today, tomorrow)."""
    return words().next_checkup(checkup, today)


def period_title(period: Period, first_day: date | None = None) -> str:
    """ "Since your blood test on 3 Sep" and the like; with no checkup at all, "Since your
    first check-in on 2 Sep" (``first_day``)."""
    return words().period_title(period, first_day)


def period_heading(period: Period, count: int, first_day: date | None = None) -> str:
    """ "Since your blood test on 3 Sep — 24 check-ins" (the only period: no count)."""
    return words().period_heading(period, count, first_day)


def average_summary(mood: float | None, worry: float | None) -> str:
    """ "Average mood 3.4 of 5 · average worry 5.1 of 10" ("" with no check-ins)."""
    return words().average_summary(mood, worry)


def phase_label(phase: Phase) -> str:
    """ "Waiting for results"."""
    return words().phase_label(phase)


def range_label(choice: Range) -> str:
    """ "Last 90 days"."""
    return words().range_label(choice)


def pattern_text(pattern: Pattern) -> str:
    """ "On days you did “Walk”, your average mood was 3.9 of 5; on other days it was
    3.0 of 5."."""
    return words().pattern_text(pattern)
