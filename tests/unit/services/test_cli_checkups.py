"""The checkup commands: ``summary`` writes the visit summary as a PDF, ``calendar`` the
checkups as iCalendar; both read the profile without changing it, and bad input is one
plain line with exit status 2."""

from __future__ import annotations

import re
import stat
from datetime import UTC, datetime, time, timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from planner.cli import main
from planner.domain.journal import Checkup, CheckupKind, JournalEntry
from planner.services.settings import CALENDAR_DETAILS, CARE_PHONE, Settings
from planner.storage.store import Store

TODAY = datetime.now(UTC).date()
ZONE = "UTC"


def words(pdf) -> str:
    """The PDF's text with every run of whitespace made one space (Qt writes tabs)."""
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(pdf).pages))


@pytest.fixture
def profile(tmp_path, monkeypatch):
    """A profile with a past checkup, check-ins since, a coming one, and a care phone."""
    monkeypatch.setenv("TZ", "UTC")
    folder = tmp_path / "profile"
    store = Store.open(folder / "planner.db")
    now = datetime.now(UTC)
    store.checkups.add(
        Checkup(TODAY - timedelta(days=30), CheckupKind.SCAN, ZONE, place="City Hospital"), now
    )
    store.checkups.add(
        Checkup(TODAY + timedelta(days=9), CheckupKind.ONCOLOGIST, ZONE, at=time(9, 30)), now
    )
    for back in range(1, 29):
        at = now - timedelta(days=back)
        store.journal.add(
            JournalEntry(
                day=at.date(),
                mood=4,
                worry=3,
                at=at,
                zone=ZONE,
                note="Slept badly before <b>the</b> scan" if back == 5 else "",
                for_care_team=back == 5,
            ),
            now,
        )
    Settings(store).set(CARE_PHONE, "555-0100")
    store.close()
    before = (folder / "planner.db").read_bytes()
    return folder, before


def test_summary_writes_a_pdf_of_the_time_since_the_last_checkup(profile, tmp_path, capsys):
    folder, before = profile
    out = tmp_path / "summary.pdf"
    assert main(["summary", "--data-dir", str(folder), "--out", str(out)]) == 0
    text = words(out)
    start = TODAY - timedelta(days=29)
    assert f"{start.day} {start:%b %Y}" in text  # from the day after the scan
    assert "Slept badly before <b>the</b> scan" in text  # the note, as typed
    assert "555-0100" in text
    assert len(PdfReader(out).pages) <= 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Saved the summary" in capsys.readouterr().err
    assert (folder / "planner.db").read_bytes() == before  # read, never written


def test_summary_dates_are_checked_plainly(profile, tmp_path, capsys):
    folder, _ = profile
    out = tmp_path / "s.pdf"
    for args, said in (
        (["--from", "2026-02-30"], "'2026-02-30' is not a date"),
        (["--from", "2026-10-01", "--to", "2026-09-01"], "--to is before --from"),
        (["--from", "2024-01-01", "--to", "2026-01-01"], "at most 366 days"),
    ):
        assert main(["summary", "--data-dir", str(folder), "--out", str(out), *args]) == 2
        err = capsys.readouterr().err
        assert said in err
        assert len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert (
        main(["summary", "--data-dir", str(folder), "--out", str(tmp_path / "no" / "s.pdf")]) == 2
    )
    assert "does not exist" in capsys.readouterr().err


def test_calendar_to_standard_output_and_again_to_a_file(profile, tmp_path, capsys):
    folder, before = profile
    assert main(["calendar", "--data-dir", str(folder)]) == 0
    first = Calendar.from_ical(capsys.readouterr().out)
    events = first.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Checkup", "Checkup"]
    assert "City Hospital" not in first.to_ical().decode()
    out = tmp_path / "checkups.ics"
    assert main(["calendar", "--data-dir", str(folder), "--out", str(out), "--details", "on"]) == 0
    second = Calendar.from_ical(out.read_bytes())
    assert {str(e["UID"]) for e in second.walk("VEVENT")} == {str(e["UID"]) for e in events}
    assert "Scan or imaging at City Hospital" in [
        str(e["SUMMARY"]) for e in second.walk("VEVENT")
    ] or any("City Hospital" in str(e["SUMMARY"]) for e in second.walk("VEVENT"))
    assert (folder / "planner.db").read_bytes() == before


def test_calendar_follows_the_choice_made_in_the_app(profile, capsys):
    folder, _ = profile
    store = Store.open(folder / "planner.db")
    Settings(store).set(CALENDAR_DETAILS, True)
    store.close()
    assert main(["calendar", "--data-dir", str(folder)]) == 0
    summaries = [
        str(e["SUMMARY"]) for e in Calendar.from_ical(capsys.readouterr().out).walk("VEVENT")
    ]
    assert any("City Hospital" in s for s in summaries)


def test_commands_on_a_folder_without_data(tmp_path, capsys):
    for command in ("summary", "calendar"):
        assert main([command, "--data-dir", str(tmp_path / "empty")]) == 2
        assert "no Between Checkups data" in capsys.readouterr().err
