"""The words of a grouped reminder notification: whole sentences, counts with plural forms,
and a translation file really changes them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner.services.reminders import notification_text

GERMAN = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">
<context><name>ReminderTexts</name>
<message numerus="yes"><source>%n reminders</source><translation>
<numerusform>%n Erinnerung</numerusform><numerusform>%n Erinnerungen</numerusform>
</translation></message>
<message numerus="yes"><source>and %n more</source><translation>
<numerusform>und %n weitere</numerusform><numerusform>und %n weitere</numerusform>
</translation></message>
<message><source>A reminder from earlier</source>
<translation>Eine Erinnerung von vorhin</translation></message>
</context>
<context><name>Reminders</name>
<message><source>Evening check-in</source><translation>Abendlicher Check-in</translation></message>
</context></TS>
"""


@pytest.mark.parametrize(
    ("titles", "all_late", "expected"),
    [
        (["Walk"], False, ("Reminder", "Walk")),
        (["Walk", "Water"], False, ("2 reminders", "Walk\nWater")),
        (["Walk"], True, ("A reminder from earlier", "Walk")),
        (["Walk", "Water"], True, ("Reminders from while you were away", "Walk\nWater")),
        (["A", "B", "C", "D", "E"], False, ("5 reminders", "A\nB\nC\nD\nand 1 more")),
        ([*"ABCDEFG"], True, ("Reminders from while you were away", "A\nB\nC\nD\nand 3 more")),
    ],
)
def test_headings_and_lines_in_english(titles, all_late, expected):
    assert notification_text(titles, all_late) == expected


@pytest.mark.parametrize("titles", [["Take the pill"], ["Walk", "Call the clinic", "Rest"]])
@pytest.mark.parametrize("all_late", [False, True])
def test_private_reminders_say_only_that_there_is_one(titles, all_late):
    head, text = notification_text(titles, all_late, private=True)
    assert (head, text) == ("A reminder from Between Checkups", "")


def test_a_translation_gives_the_words_and_their_plural_forms(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from planner.services.reminder_plan import checkin_title

    source = tmp_path / "reminders_de.ts"
    source.write_text(GERMAN, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    done = subprocess.run([str(lrelease), str(source)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    translator = QTranslator()
    assert translator.load(str(tmp_path / "reminders_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert notification_text(["A", "B", "C", "D", "E", "F"], False) == (
            "6 Erinnerungen",
            "A\nB\nC\nD\nund 2 weitere",
        )
        assert notification_text(["Spaziergang"], True) == (
            "Eine Erinnerung von vorhin",
            "Spaziergang",
        )
        assert notification_text(["A", "B"], True)[0] == "Reminders from while you were away"
        assert checkin_title() == "Abendlicher Check-in"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert checkin_title() == "Evening check-in"
