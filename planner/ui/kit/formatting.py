"""Dates, times and numbers as a person reads them: through QLocale, never strftime.

The patterns are translatable (another language may order day and month otherwise);
the day and month names come from the locale.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _format(day: date, pattern: str) -> str:
    """``pattern`` comes translated (another language may order day and month otherwise)."""
    return QLocale().toString(_qdate(day), pattern)


def long_date(day: date) -> str:
    """ "Tuesday 1 December 2026"."""
    return _format(day, QCoreApplication.translate("Formatting", "dddd d MMMM yyyy"))


def weekday_day_month(day: date) -> str:
    """ "Tuesday 1 December"."""
    return _format(day, QCoreApplication.translate("Formatting", "dddd d MMMM"))


def day_month(day: date) -> str:
    """ "1 December"."""
    return _format(day, QCoreApplication.translate("Formatting", "d MMMM"))


def day_short_month(day: date) -> str:
    """ "3 Dec" (the locale's short month name)."""
    return _format(day, QCoreApplication.translate("Formatting", "d MMM"))


def day_short_month_year(day: date) -> str:
    """ "3 Dec 2026", for sentences that may cross years."""
    return _format(day, QCoreApplication.translate("Formatting", "d MMM yyyy"))


def short_day(day: date) -> str:
    """ "Tue 1 Dec"."""
    return _format(day, QCoreApplication.translate("Formatting", "ddd d MMM"))


def short_day_year(day: date) -> str:
    """ "Tue 1 Dec 2026"."""
    return _format(day, QCoreApplication.translate("Formatting", "ddd d MMM yyyy"))


def month_year(year: int, month: int) -> str:
    """ "December 2026"."""
    return _format(date(year, month, 1), QCoreApplication.translate("Formatting", "MMMM yyyy"))


def clock(at: time | datetime) -> str:
    """A clock time, "08:30" (24-hour, as the app's time fields are)."""
    return QLocale().toString(
        QTime(at.hour, at.minute), QCoreApplication.translate("Formatting", "HH:mm")
    )


def clocks(times: Iterable[time]) -> str:
    """Several clock times, "08:30, 19:00"."""
    return QCoreApplication.translate("Formatting", ", ").join(clock(t) for t in times)


def short_day_clock(moment: datetime) -> str:
    """ "Tue 1 Dec, 08:30" (a local moment)."""
    return QCoreApplication.translate("Formatting", "{day}, {time}").format(
        day=short_day(moment.date()), time=clock(moment)
    )


def number(value: float, decimals: int = 1) -> str:
    """A number with the locale's decimal mark, "3.9"."""
    return QLocale().toString(float(value), "f", decimals)


def amount(value: float) -> str:
    """An amount without needless decimals, "20" or "2.5"."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)


def file_size(size: int) -> str:
    """A file's size in plain units: "840 KB", "6.8 MB"."""
    if size < 1_000_000:
        return QCoreApplication.translate("Formatting", "{n} KB").format(
            n=max(1, round(size / 1000))
        )
    return QCoreApplication.translate("Formatting", "{n} MB").format(n=number(size / 1_000_000))
