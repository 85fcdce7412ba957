"""Checkups in words below the screens: reminder titles and the tray's lines.

They name the kind of checkup (or its own title), never an illness. Dates go through
QLocale, in the same formats as the screens' (``ui.kit.formatting``).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from planner.domain.journal import Checkup, CheckupKind


def _day(day: date) -> str:
    return QLocale().toString(
        QDate(day.year, day.month, day.day), QCoreApplication.translate("Formatting", "ddd d MMM")
    )


def _clock(at: time) -> str:
    return QLocale().toString(
        QTime(at.hour, at.minute), QCoreApplication.translate("Formatting", "HH:mm")
    )


def checkup_name(checkup: Checkup) -> str:
    """The checkup's own title, or its kind's name."""
    if checkup.title.strip():
        return checkup.title.strip()
    match checkup.kind:
        case CheckupKind.ONCOLOGIST:
            return QCoreApplication.translate("CheckupWords", "Oncologist visit")
        case CheckupKind.BLOOD_TEST:
            return QCoreApplication.translate("CheckupWords", "Blood test")
        case CheckupKind.SCAN:
            return QCoreApplication.translate("CheckupWords", "Scan or imaging")
    return QCoreApplication.translate("CheckupWords", "Checkup")


def booking_title(checkup: Checkup) -> str:
    """ "Time to book: Blood test (due Mon 1 Mar)"."""
    due = checkup.due_on or checkup.day
    return QCoreApplication.translate("CheckupWords", "Time to book: {name} (due {day})").format(
        name=checkup_name(checkup), day=_day(due)
    )


def visit_title(checkup: Checkup) -> str:
    """ "Scan tomorrow at 09:30", "Scan today at 09:30", "Blood test tomorrow"."""
    name = checkup_name(checkup)
    if checkup.at is None:
        return QCoreApplication.translate("CheckupWords", "{name} on {day}").format(
            name=name, day=_day(checkup.day)
        )
    return QCoreApplication.translate("CheckupWords", "{name} on {day} at {time}").format(
        name=name, day=_day(checkup.day), time=_clock(checkup.at)
    )
