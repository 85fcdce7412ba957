"""The export holds the journal (check-ins, checkups, screens, care-team notes) as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.journal import Checkup, CheckupKind, JournalEntry, Mood, SleepQuality
from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.domain.screens import NudgeReason, ScreenKind, ScreenResult
from planner.services.export import plain_cell
from planner.storage.migrations import MIGRATIONS
from planner.storage.store import Store

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
NEW_YORK = "America/New_York"
NOTE = 'Scan on Thursday, "fine" they said.\nSecond line, after a break'


def fill(store: Store) -> None:
    """Two check-ins, two checkups, two screens, one note shown and put away."""
    (walk,) = store.items.add_many(
        [Item("Walk", Schedule.daily())], today=date(2026, 11, 1), now=NOW
    )
    store.checkoffs.record(CheckOff(walk.id, date(2026, 11, 24), Status.DONE, recorded_at=NOW))
    store.journal.add(
        JournalEntry(
            Mood.BAD,
            8,
            date(2026, 11, 24),
            datetime(2026, 11, 25, 2, 30, tzinfo=UTC),  # 21:30 on the 24th in New York
            NEW_YORK,
            energy=3,
            sleep_hours=5.5,
            sleep_quality=SleepQuality.POORLY,
            note=NOTE,
            tags=("checkup soon", "tired"),
            for_care_team=True,
        ),
        NOW,
    )
    store.journal.add(JournalEntry(Mood.GREAT, 1, date(2026, 11, 25), NOW, NEW_YORK), NOW)
    store.checkups.add(
        Checkup(
            date(2026, 12, 3),
            CheckupKind.SCAN,
            NEW_YORK,
            at=time(9, 30),
            place="City Hospital",
            results_on=date(2026, 12, 10),
            note="Bring the old images",
        ),
        NOW,
    )
    store.checkups.add(Checkup(date(2026, 9, 3), CheckupKind.BLOOD_TEST, NEW_YORK), NOW)
    taken = NOW - timedelta(days=2)
    store.wellbeing.add_screens(
        [
            ScreenResult(ScreenKind.PHQ2, (1, 2), taken.date(), taken, NEW_YORK),
            ScreenResult(ScreenKind.GAD2, (0, 1), taken.date(), taken, NEW_YORK),
        ]
    )
    shown = store.wellbeing.log_nudge(NudgeReason.PHQ2, NOW - timedelta(days=1))
    store.wellbeing.dismiss_nudge(shown, NOW)


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    store = Store.open(folder / "planner.db")
    try:
        fill(store)
    finally:
        store.close()
    return folder


def export_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["export", "--data-dir", str(folder)]) == 0
    return json.loads(capsys.readouterr().out)


def export_csv(folder: Path, table: str, tmp_path: Path) -> list[list[str]]:
    out = tmp_path / f"{table}.csv"
    argv = ["export", "--format", "csv", "--table", table, "--out", str(out)]
    assert main([*argv, "--data-dir", str(folder)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    return list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))


def test_json_export_holds_every_check_in(profile: Path, capsys) -> None:
    doc = export_json(profile, capsys)
    assert doc["journal"] == [
        {
            "id": 1,
            "date": "2026-11-24",
            "at": "2026-11-25T02:30:00+00:00",
            "zone": NEW_YORK,
            "mood": 2,
            "mood_label": "Bad",
            "worry": 8,
            "energy": 3,
            "sleep_hours": 5.5,
            "sleep_quality": "Poorly",
            "note": NOTE,
            "tags": ["checkup soon", "tired"],
            "for_care_team": True,
        },
        {
            "id": 2,
            "date": "2026-11-25",
            "at": "2026-11-25T14:00:00+00:00",
            "zone": NEW_YORK,
            "mood": 5,
            "mood_label": "Great",
            "worry": 1,
            "energy": None,
            "sleep_hours": None,
            "sleep_quality": None,
            "note": "",
            "tags": [],
            "for_care_team": False,
        },
    ]


def test_json_export_holds_checkups_screens_and_care_notes(profile: Path, capsys) -> None:
    doc = export_json(profile, capsys)
    uids = [c.pop("uid") for c in doc["checkups"]]  # made at random, once per checkup
    assert len(set(uids)) == 2
    assert all(uid.endswith("@between-checkups") for uid in uids)
    booked = {"title": "", "status": "booked", "schedule_id": None, "number": None, "due_on": None}
    assert doc["checkups"] == [
        {
            "id": 2,
            "date": "2026-09-03",
            "at": None,
            "zone": NEW_YORK,
            "kind": "blood_test",
            "place": "",
            "results_on": None,
            "note": "",
            **booked,
        },
        {
            "id": 1,
            "date": "2026-12-03",
            "at": "09:30",
            "zone": NEW_YORK,
            "kind": "scan",
            "place": "City Hospital",
            "results_on": "2026-12-10",
            "note": "Bring the old images",
            **booked,
        },
    ]
    assert doc["screens"] == [
        {
            "kind": "phq2",
            "answers": [1, 2],
            "total": 3,
            "date": "2026-11-23",
            "at": "2026-11-23T14:00:00+00:00",
            "zone": NEW_YORK,
        },
        {
            "kind": "gad2",
            "answers": [0, 1],
            "total": 1,
            "date": "2026-11-23",
            "at": "2026-11-23T14:00:00+00:00",
            "zone": NEW_YORK,
        },
    ]
    assert doc["care_notes"] == [
        {
            "reason": "phq2",
            "shown_at": "2026-11-24T14:00:00+00:00",
            "dismissed_at": "2026-11-25T14:00:00+00:00",
        }
    ]
    # What was there before is still there.
    assert [i["title"] for i in doc["items"]] == ["Walk"]
    assert [c["date"] for c in doc["checkoffs"]] == ["2026-11-24"]
    assert doc["format"] == "between-checkups-export"


def test_json_export_of_an_empty_journal_has_empty_lists(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "empty"
    Store.open(folder / "planner.db").close()
    doc = export_json(folder, capsys)
    assert (doc["journal"], doc["checkups"], doc["screens"], doc["care_notes"]) == ([], [], [], [])
    assert (doc["followup_schedules"], doc["questions"]) == ([], [])


def test_csv_journal_has_one_row_per_check_in(profile: Path, tmp_path: Path) -> None:
    rows = export_csv(profile, "journal", tmp_path)
    assert rows == [
        [
            "id",
            "date",
            "at_utc",
            "zone",
            "mood",
            "mood_label",
            "worry",
            "energy",
            "sleep_hours",
            "sleep_quality",
            "tags",
            "for_care_team",
            "note",
        ],
        [
            "1",
            "2026-11-24",
            "2026-11-25T02:30:00+00:00",
            NEW_YORK,
            "2",
            "Bad",
            "8",
            "3",
            "5.5",
            "Poorly",
            "checkup soon; tired",
            "yes",
            NOTE,  # commas, quotes and the line break come back whole
        ],
        ["2", "2026-11-25", "2026-11-25T14:00:00+00:00", NEW_YORK, "5", "Great", "1", "", "",
         "", "", "no", ""],
    ]  # fmt: skip


def test_csv_checkups_table(profile: Path, tmp_path: Path) -> None:
    rows = export_csv(profile, "checkups", tmp_path)
    assert rows == [
        ["id", "date", "time", "zone", "kind", "place", "results_on", "note"],
        ["2", "2026-09-03", "", NEW_YORK, "blood_test", "", "", ""],
        ["1", "2026-12-03", "09:30", NEW_YORK, "scan", "City Hospital", "2026-12-10",
         "Bring the old images"],
    ]  # fmt: skip


def test_csv_without_a_table_is_still_the_check_off_history(profile: Path, capsys) -> None:
    assert main(["export", "--format", "csv", "--data-dir", str(profile)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:3] == ["date", "item", "status"]
    assert rows[1][:3] == ["2026-11-24", "Walk", "done"]
    assert len(rows) == 2
    assert rows == export_csv(profile, "checkoffs", profile.parent)


def test_an_empty_journal_table_is_just_the_header(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    Store.open(folder / "planner.db").close()
    assert len(export_csv(folder, "journal", tmp_path)) == 1
    assert len(export_csv(folder, "checkups", tmp_path)) == 1


def test_a_table_with_json_is_a_plain_error(profile: Path, capsys) -> None:
    assert main(["export", "--table", "journal", "--data-dir", str(profile)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("between-checkups: ")
    assert "--table works with --format csv" in err


def test_an_unknown_table_is_a_usage_error(profile: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "csv", "--table", "moods", "--data-dir", str(profile)])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_export_reads_while_the_app_is_open_and_changes_nothing(
    profile: Path, tmp_path: Path, capsys
) -> None:
    app = Store.open(profile / "planner.db")  # the window holds the file open for writing
    try:
        app.journal.add(
            JournalEntry(Mood.OKAY, 4, date(2026, 11, 25), NOW + timedelta(hours=1), NEW_YORK),
            NOW,
        )
        kept = ("planner.db", "planner.db-wal")  # (-shm is shared memory for readers)
        files = {name: (profile / name).read_bytes() for name in kept}
        doc = export_json(profile, capsys)
        assert [e["id"] for e in doc["journal"]] == [1, 2, 3]
        rows = export_csv(profile, "journal", tmp_path)
        assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
        assert {name: (profile / name).read_bytes() for name in kept} == files
        assert {p.name for p in profile.iterdir()} == {*kept, "planner.db-shm"}  # no copies
    finally:
        app.close()


def test_a_version_3_file_is_not_upgraded_by_an_export(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "old"
    Store.open(folder / "planner.db", migrations=MIGRATIONS[:3]).close()
    before = (folder / "planner.db").read_bytes()
    assert main(["export", "--format", "csv", "--table", "journal", "--data-dir", str(folder)]) == 2
    assert "older version" in capsys.readouterr().err
    assert (folder / "planner.db").read_bytes() == before
    assert not (folder / "backups").exists()  # no copy either: nothing was upgraded


def test_csv_cells_never_run_as_spreadsheet_formulas(tmp_path: Path, capsys) -> None:
    """A note or title that starts like a formula is kept as text (a leading apostrophe);
    the JSON export keeps it exactly as typed."""
    folder = tmp_path / "formulas"
    store = Store.open(folder / "planner.db")
    try:
        (item,) = store.items.add_many(
            [Item("+1 walk around the block", Schedule.daily())], today=date(2026, 11, 1), now=NOW
        )
        store.checkoffs.record(CheckOff(item.id, date(2026, 11, 24), Status.DONE, recorded_at=NOW))
        note = '=HYPERLINK("http://example.com","click")'
        store.journal.add(
            JournalEntry(Mood.OKAY, 4, date(2026, 11, 24), NOW, NEW_YORK, note=note), NOW
        )
        store.checkups.add(
            Checkup(date(2026, 12, 3), CheckupKind.SCAN, NEW_YORK, place="@home"), NOW
        )
    finally:
        store.close()
    assert export_csv(folder, "checkoffs", tmp_path)[1][1] == "'+1 walk around the block"
    journal = export_csv(folder, "journal", tmp_path)
    assert journal[1][-1] == "'" + note
    assert journal[1][1] == "2026-11-24"  # other cells as they were
    assert export_csv(folder, "checkups", tmp_path)[1][5] == "'@home"
    assert export_json(folder, capsys)["journal"][0]["note"] == note
    assert plain_cell("-2 kg") == "'-2 kg"
    assert plain_cell("Walk = good") == "Walk = good"
