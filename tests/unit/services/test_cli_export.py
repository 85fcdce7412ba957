"""The command line: --version, export as JSON and CSV, options in either place, errors."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import UTC, date, datetime, time

import pytest

from planner import __version__
from planner.cli import main
from planner.domain.model import CheckOff, Item, Schedule, SkipReason, Status, Target
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import CHECKIN, ReminderSource
from planner.domain.reminders import DueReminder
from planner.services.settings import CHECKIN_TIME, Settings
from planner.storage.store import Store

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


@pytest.fixture
def profile(tmp_path):
    """A data folder with two items and three answers."""
    folder = tmp_path / "profile"
    store = Store.open(folder / "planner.db")
    walk, water = store.items.add_many(
        [
            Item("Walk", Schedule.per_week(3), target=Target(20, "minutes")),
            Item("Drink water, often", Schedule.on_weekdays(0, 2, 4)),
        ],
        today=date(2026, 11, 1),
        now=NOW,
    )
    store.checkoffs.record(
        CheckOff(walk.id, date(2026, 11, 23), Status.PARTIAL, amount=12, recorded_at=NOW)
    )
    store.checkoffs.record(CheckOff(walk.id, date(2026, 11, 24), Status.DONE, recorded_at=NOW))
    store.checkoffs.record(
        CheckOff(
            water.id,
            date(2026, 11, 25),
            Status.SKIPPED,
            skip_reason=SkipReason.NOT_WELL,
            recorded_at=NOW,
            zone="Europe/Berlin",
        )
    )
    store.settings.set("theme", "light")
    reminded = DueReminder(NOW, date(2026, 11, 25), time(9, 0), ReminderSource.item(walk.id))
    store.reminder_log.mark_shown([reminded], NOW)
    store.reminder_log.set_outcome([reminded], Outcome.DONE, NOW)
    store.close()
    return folder


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Between Checkups {__version__}"


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "{dir}", "export", "--format", "json"],
        ["export", "--data-dir", "{dir}", "--format", "json"],
        ["export", "--format", "json", "--data-dir", "{dir}"],
    ],
)
def test_json_export_with_data_dir_before_or_after(profile, capsys, argv):
    assert main([a.format(dir=profile) for a in argv]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "between-checkups-export"
    assert doc["version"] == 1
    assert [i["title"] for i in doc["items"]] == ["Walk", "Drink water, often"]
    assert doc["items"][0]["schedule"] == {"type": "times_per_week", "times": 3}
    assert doc["items"][0]["target"] == {"amount": 20, "unit": "minutes"}
    assert doc["items"][1]["schedule"] == {"type": "weekdays", "days": ["mon", "wed", "fri"]}
    assert [(c["date"], c["status"]) for c in doc["checkoffs"]] == [
        ("2026-11-23", "partial"),
        ("2026-11-24", "done"),
        ("2026-11-25", "skipped"),
    ]
    assert doc["checkoffs"][0]["amount"] == 12
    assert doc["checkoffs"][2]["skip_reason"] == "not_well"
    assert doc["checkoffs"][2]["zone"] == "Europe/Berlin"
    assert doc["checkoffs"][1]["recorded_at_utc"] == "2026-11-25T14:00:00+00:00"
    assert doc["settings"] == {"theme": "light"}
    (reminder,) = doc["reminder_log"]
    assert reminder == {
        "kind": "item",
        "item_id": doc["items"][0]["id"],
        "checkup_id": None,
        "date": "2026-11-25",
        "time": "09:00",
        "due_at_utc": "2026-11-25T14:00:00+00:00",
        "first_shown_at_utc": "2026-11-25T14:00:00+00:00",
        "last_shown_at_utc": "2026-11-25T14:00:00+00:00",
        "outcome": "done",
        "outcome_at_utc": "2026-11-25T14:00:00+00:00",
        "snoozed_until_utc": None,
    }


def test_json_export_names_each_reminders_kind(profile, capsys):
    store = Store.open(profile / "planner.db")
    try:
        (walk,) = [i for i in store.items.active() if i.title == "Walk"]
        evening = datetime(2026, 11, 25, 18, 30, tzinfo=UTC)
        day, at = date(2026, 11, 25), time(19, 30)
        checkin = DueReminder(evening, day, at, CHECKIN)
        walk_too = DueReminder(evening, day, at, ReminderSource.item(walk.id))
        store.reminder_log.mark_shown([checkin, walk_too], evening)
        store.reminder_log.set_outcome([checkin], Outcome.SKIPPED, evening)
    finally:
        store.close()
    assert main(["export", "--data-dir", str(profile)]) == 0
    log = json.loads(capsys.readouterr().out)["reminder_log"]
    assert [(r["kind"], r["item_id"], r["date"], r["time"], r["outcome"]) for r in log] == [
        ("item", walk.id, "2026-11-25", "09:00", "done"),
        ("checkin", None, "2026-11-25", "19:30", "skipped"),
        ("item", walk.id, "2026-11-25", "19:30", None),
    ]
    assert all(set(r) == set(log[0]) for r in log)  # every row has the same fields


def test_data_dir_from_the_environment(profile, capsys, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(profile))
    assert main(["export"]) == 0
    assert json.loads(capsys.readouterr().out)["items"][0]["title"] == "Walk"


def test_csv_export_to_a_private_file(profile, tmp_path):
    out = tmp_path / "history.csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--data-dir", str(profile)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == [
        "date",
        "item",
        "status",
        "amount",
        "unit",
        "skip_reason",
        "recorded_at_utc",
        "zone",
        "skip_note",
    ]
    assert rows[1][:5] == ["2026-11-23", "Walk", "partial", "12", "minutes"]
    assert rows[3][:3] == ["2026-11-25", "Drink water, often", "skipped"]
    assert rows[3][5] == "not_well"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_missing_profile_is_an_error_with_status_2(tmp_path, capsys):
    assert main(["export", "--data-dir", str(tmp_path / "nobody")]) == 2
    err = capsys.readouterr().err
    assert "There is no Between Checkups data in" in err
    assert not (tmp_path / "nobody").exists()


def test_out_folder_that_does_not_exist_is_an_error(profile, tmp_path, capsys):
    target = tmp_path / "no" / "such" / "file.json"
    assert main(["export", "--data-dir", str(profile), "--out", str(target)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(profile, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "xml", "--data-dir", str(profile)])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_newer_database_is_refused_on_the_command_line(tmp_path, capsys):
    import sqlite3

    folder = tmp_path / "p"
    folder.mkdir()
    conn = sqlite3.connect(folder / "planner.db")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    assert main(["export", "--data-dir", str(folder)]) == 2
    assert capsys.readouterr().err.startswith("between-checkups: ")


def test_export_never_moves_a_damaged_file(tmp_path, capsys):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "planner.db").write_bytes(b"not a database" * 200)
    assert main(["export", "--data-dir", str(folder)]) == 2
    assert "could not be read" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == ["planner.db"]


def test_out_through_a_symlink_writes_the_real_file(profile, tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert main(["export", "--data-dir", str(profile), "--out", str(link)]) == 0
    assert link.is_symlink()
    assert json.loads(real.read_text())["format"] == "between-checkups-export"


def test_out_to_a_folder_is_refused(profile, tmp_path, capsys):
    assert main(["export", "--data-dir", str(profile), "--out", str(tmp_path)]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_a_full_output_is_a_plain_error(profile, monkeypatch, capsys):
    class Full(io.StringIO):
        def write(self, _text):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr("sys.stdout", Full())
    assert main(["export", "--data-dir", str(profile)]) == 2
    assert "No space left on device" in capsys.readouterr().err


def test_no_screen_is_a_plain_message_not_a_crash(tmp_path, monkeypatch, capsys):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--data-dir", str(tmp_path / "p")]) == 2
    assert "there is no screen" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


@pytest.fixture
def reminder_profile(tmp_path):
    from datetime import time

    folder = tmp_path / "rem"
    store = Store.open(folder / "planner.db")
    pill, _walk, _quiet = store.items.add_many(
        [
            Item("Pill", Schedule.daily(), reminders=(time(8, 0), time(20, 0))),
            Item("Walk", Schedule.on_weekdays(0), reminders=(time(10, 30),)),  # Mondays
            Item("Quiet", Schedule.daily()),  # no reminders
        ],
        today=date(2026, 3, 1),
        now=NOW,
    )
    store.checkoffs.record(CheckOff(pill.id, date(2026, 3, 28), Status.DONE, recorded_at=NOW))
    # The lists below are about checklist items; the evening check-in is tested on its own.
    Settings(store).set(CHECKIN_TIME, None)
    store.close()
    return folder


def test_reminders_lists_local_times_across_the_clock_change(reminder_profile, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    argv = ["reminders", "--from", "2026-03-27T12:00", "--days", "4"]
    assert main([*argv, "--data-dir", str(reminder_profile)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2026-03-27T20:00:00+01:00\tPill",
        # 28 March: the pill was already taken, so no reminders that day
        "2026-03-29T08:00:00+02:00\tPill",  # summer time from 29 March
        "2026-03-29T20:00:00+02:00\tPill",
        "2026-03-30T08:00:00+02:00\tPill",
        "2026-03-30T10:30:00+02:00\tWalk",
        "2026-03-30T20:00:00+02:00\tPill",
        "2026-03-31T08:00:00+02:00\tPill",  # four days reach 31 March, 12:00
    ]


def test_reminders_with_an_aware_start_and_another_zone(reminder_profile, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    argv = ["--data-dir", str(reminder_profile), "reminders", "--from", "2026-03-30T00:00:00+00:00"]
    assert main([*argv, "--days", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "2026-03-30T08:00:00-04:00\tPill",
        "2026-03-30T10:30:00-04:00\tWalk",
        "2026-03-30T20:00:00-04:00\tPill",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["reminders", "--from", "tomorrow"], "is not a date and time"),
        (["reminders", "--days", "0"], "--days must be"),
        (["reminders", "--from", "9999-12-31T23:00"], "between the years 1900 and 9000"),
        (["reminders", "--from", "0001-01-01T00:00"], "between the years 1900 and 9000"),
    ],
)
def test_reminders_bad_input_is_a_usage_error(reminder_profile, capsys, argv, message):
    assert main([*argv, "--data-dir", str(reminder_profile)]) == 2
    assert message in capsys.readouterr().err


def test_reminders_list_the_evening_check_in_except_on_days_with_one(tmp_path, capsys, monkeypatch):
    from planner.domain.journal import JournalEntry, Mood

    folder = tmp_path / "checkin"
    store = Store.open(folder / "planner.db")
    Settings(store).set(CHECKIN_TIME, time(19, 30))
    made = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)
    store.journal.add(JournalEntry(Mood.GOOD, 3, date(2026, 3, 28), made, "Europe/Berlin"), made)
    store.close()
    monkeypatch.setenv("TZ", "Europe/Berlin")
    argv = ["reminders", "--from", "2026-03-27T12:00", "--days", "3"]
    assert main([*argv, "--data-dir", str(folder)]) == 0
    assert capsys.readouterr().out.strip().splitlines() == [
        "2026-03-27T19:30:00+01:00\tEvening check-in",
        "2026-03-29T19:30:00+02:00\tEvening check-in",  # none on the 28th: checked in
    ]


def test_a_command_runs_with_the_cycle_collector_on(profile, capsys):
    """main.py pauses the collector for the window's start-up; commands resume it."""
    import gc

    gc.disable()
    try:
        assert main(["export", "--data-dir", str(profile)]) == 0
        assert gc.isenabled()
    finally:
        gc.enable()


def test_the_layers_loaded_before_qt_need_no_qt():
    """cli loads these before PySide6 so that PySide6 does not read their sources; if one
    of them brought Qt in, that would be lost."""
    import subprocess
    import sys

    from planner.cli import QT_FREE_LAYERS

    code = (
        "import importlib, sys\n"
        f"for name in {QT_FREE_LAYERS!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_skips_own_words_are_exported_in_json_and_as_the_last_csv_column(profile, tmp_path):
    store = Store.open(profile / "planner.db")
    try:
        walk = store.items.active()[0]
        store.checkoffs.record(
            CheckOff(
                walk.id,
                date(2026, 11, 26),
                Status.SKIPPED,
                skip_reason=SkipReason.OTHER,
                recorded_at=NOW,
                skip_note='=my daughter visited, "a good day"',
            )
        )
    finally:
        store.close()
    out = tmp_path / "history.csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--data-dir", str(profile)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert rows[0][-1] == "skip_note"
    assert rows[-1][5] == "other"
    assert rows[-1][-1] == '\'=my daughter visited, "a good day"'  # never run as a formula
    assert all(row[-1] == "" for row in rows[1:-1])
    json_out = tmp_path / "all.json"
    assert main(["export", "--out", str(json_out), "--data-dir", str(profile)]) == 0
    answers = json.loads(json_out.read_text(encoding="utf-8"))["checkoffs"]
    assert answers[-1]["skip_note"] == '=my daughter visited, "a good day"'
    assert answers[0]["skip_note"] is None
