"""The checkups as an .ics file: read back with icalendar, as a calendar program would."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from planner import APP_NAME
from planner.domain.journal.checkups import Checkup, CheckupKind, CheckupStatus
from planner.services import calendar_export
from planner.services.calendar_export import calendar_bytes, write_calendar

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
BERLIN = "Europe/Berlin"
PLACE = "City Hospital"
NOTE = "ask about the lump"


def booked(**changes: object) -> Checkup:
    fields: dict[str, object] = {
        "day": date(2026, 3, 29),
        "at": time(9, 30),
        "kind": CheckupKind.SCAN,
        "zone": BERLIN,
        "place": PLACE,
        "note": NOTE,
        "id": 1,
        "uid": "c1-0d7c@between-checkups",
        "sequence": 0,
    }
    fields.update(changes)
    return Checkup(**fields)  # type: ignore[arg-type]


def planned(**changes: object) -> Checkup:
    fields: dict[str, object] = {
        "day": date(2026, 6, 1),
        "due_on": date(2026, 6, 1),
        "kind": CheckupKind.BLOOD_TEST,
        "zone": BERLIN,
        "status": CheckupStatus.PLANNED,
        "schedule_id": 1,
        "number": 2,
        "id": 2,
        "uid": "c2-91aa@between-checkups",
    }
    fields.update(changes)
    return Checkup(**fields)  # type: ignore[arg-type]


def removed(**changes: object) -> Checkup:
    fields: dict[str, object] = {
        "day": date(2026, 4, 20),
        "at": time(14, 0),
        "kind": CheckupKind.ONCOLOGIST,
        "zone": BERLIN,
        "status": CheckupStatus.REMOVED,
        "id": 3,
        "uid": "c3-5e21@between-checkups",
        "sequence": 2,
    }
    fields.update(changes)
    return Checkup(**fields)  # type: ignore[arg-type]


def read(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events(data: bytes) -> dict[str, Event]:
    return {str(e["UID"]): e for e in read(data).walk("VEVENT")}


def only_event(data: bytes) -> Event:
    (event,) = read(data).walk("VEVENT")
    return event


def test_the_calendar_names_the_app_and_has_one_event_per_checkup() -> None:
    checkups = [booked(), planned(), removed()]
    calendar = read(calendar_bytes(checkups, now=NOW, details=False))
    assert APP_NAME in str(calendar["PRODID"])
    assert str(calendar["VERSION"]) == "2.0"
    assert "METHOD" not in calendar  # a plain published calendar, not an iTIP message
    assert sorted(events(calendar.to_ical())) == sorted(c.uid for c in checkups)
    for event in calendar.walk("VEVENT"):
        assert event.decoded("DTSTAMP") == NOW
        assert str(event["CLASS"]) == "PRIVATE"


def test_a_second_export_keeps_the_uids_and_follows_the_sequence() -> None:
    first = events(calendar_bytes([booked(), planned()], now=NOW, details=False))
    moved = booked(at=time(11, 0), sequence=1)
    later = NOW + timedelta(days=3)
    second = events(calendar_bytes([moved, planned()], now=later, details=False))
    assert second.keys() == first.keys()
    assert int(first[moved.uid]["SEQUENCE"]) == 0
    assert int(second[moved.uid]["SEQUENCE"]) == 1
    assert second[moved.uid].decoded("DTSTART").astimezone(UTC) == datetime(
        2026, 3, 29, 9, 0, tzinfo=UTC
    )
    assert int(second[planned().uid]["SEQUENCE"]) == 0
    assert second[planned().uid].decoded("DTSTAMP") == later


def test_the_same_checkups_give_the_same_bytes() -> None:
    checkups = [removed(), booked(), planned()]
    assert calendar_bytes(checkups, now=NOW, details=True) == calendar_bytes(
        list(reversed(checkups)), now=NOW, details=True
    )


def test_a_planned_checkup_is_a_tentative_all_day_event_on_its_due_date() -> None:
    event = only_event(calendar_bytes([planned()], now=NOW, details=False))
    assert str(event["STATUS"]) == "TENTATIVE"
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTART") == date(2026, 6, 1)
    assert event.decoded("DTEND") == date(2026, 6, 2)
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert "planned" in str(event["DESCRIPTION"])
    assert "not booked" in str(event["DESCRIPTION"])
    assert not event.walk("VALARM")  # no "checkup tomorrow" for an appointment not made


def test_a_planned_checkup_without_a_due_date_is_left_out() -> None:
    data = calendar_bytes([planned(due_on=None), booked()], now=NOW, details=False)
    assert list(events(data)) == [booked().uid]


def test_a_removed_checkup_is_cancelled_with_its_raised_sequence() -> None:
    event = only_event(calendar_bytes([removed()], now=NOW, details=True))
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == 2
    assert str(event["SUMMARY"]) == "Oncologist visit"
    assert not event.walk("VALARM")


def test_a_booked_checkup_is_confirmed_and_lasts_an_hour() -> None:
    event = only_event(calendar_bytes([booked()], now=NOW, details=False))
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["TRANSP"]) == "OPAQUE"
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(hours=1)


def test_a_booked_checkup_warns_the_day_before() -> None:
    event = only_event(calendar_bytes([booked()], now=NOW, details=False))
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(days=-1)
    assert alarm["TRIGGER"].to_ical() == b"-P1D"
    assert str(alarm["DESCRIPTION"]) == "Checkup"


def test_an_all_day_booked_checkup_warns_at_nine_the_day_before() -> None:
    event = only_event(calendar_bytes([booked(at=None)], now=NOW, details=False))
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTART") == date(2026, 3, 29)
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(hours=-15)
    assert datetime.combine(date(2026, 3, 29), time(0)) + alarm.decoded("TRIGGER") == (
        datetime(2026, 3, 28, 9, 0)
    )


def test_a_past_checkup_is_kept_without_an_alarm() -> None:
    past = booked(day=date(2025, 11, 3), at=time(8, 0))
    event = only_event(calendar_bytes([past], now=NOW, details=False))
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2025, 11, 3, 7, 0, tzinfo=UTC)
    assert not event.walk("VALARM")


def test_by_default_the_event_says_checkup_and_nothing_else() -> None:
    checkups = [
        booked(),
        booked(kind=CheckupKind.ONCOLOGIST, title="Dr. Adler, oncology", id=4, uid="u4"),
        planned(title="Tumour marker test"),
        removed(),
    ]
    data = calendar_bytes(checkups, now=NOW, details=False)
    for event in read(data).walk("VEVENT"):
        assert str(event["SUMMARY"]) == "Checkup"
        assert "LOCATION" not in event
    for private in (PLACE, NOTE, "Adler", "oncolog", "Oncolog", "Tumour", "Scan", "Blood"):
        assert private.encode() not in data


@pytest.mark.parametrize(
    ("checkup", "title"),
    [
        (booked(), "Scan at City Hospital"),
        (booked(kind=CheckupKind.BLOOD_TEST, place=""), "Blood test"),
        (booked(kind=CheckupKind.ONCOLOGIST, place="St. Mary's"), "Oncologist visit at St. Mary's"),
        (booked(kind=CheckupKind.OTHER, place=""), "Checkup"),
        (booked(title="Mammogram"), "Mammogram at City Hospital"),
        (planned(title="Colonoscopy"), "Colonoscopy"),
    ],
)
def test_with_details_the_title_names_the_checkup_and_its_place(
    checkup: Checkup, title: str
) -> None:
    data = calendar_bytes([checkup], now=NOW, details=True)
    event = only_event(data)
    assert str(event["SUMMARY"]) == title
    if checkup.place:
        assert str(event["LOCATION"]) == checkup.place
    assert NOTE.encode() not in data  # the note never leaves the app


def test_a_timed_event_has_the_right_instant_across_the_dst_change() -> None:
    saturday = booked(day=date(2026, 3, 28), id=5, uid="before-dst")
    sunday = booked()  # 2026-03-29, the day Berlin moves its clocks forward
    data = calendar_bytes([saturday, sunday], now=NOW, details=False)
    found = events(data)
    assert b"DTSTART;TZID=Europe/Berlin:20260329T093000" in data
    assert found["before-dst"].decoded("DTSTART").astimezone(UTC) == datetime(
        2026, 3, 28, 8, 30, tzinfo=UTC
    )
    assert found[sunday.uid].decoded("DTSTART").astimezone(UTC) == datetime(
        2026, 3, 29, 7, 30, tzinfo=UTC
    )
    # The file's own VTIMEZONE (not this machine's zone data) gives the same instants.
    (zone,) = read(data).walk("VTIMEZONE")
    assert str(zone["TZID"]) == BERLIN
    own = zone.to_tz(lookup_tzid=False)
    for day, utc_hour in ((28, 8), (29, 7)):
        wall = datetime(2026, 3, day, 9, 30, tzinfo=own)
        assert wall.astimezone(UTC) == datetime(2026, 3, day, utc_hour, 30, tzinfo=UTC)


def test_a_time_in_the_dst_gap_is_written_as_the_instant_the_app_uses() -> None:
    gap = booked(at=time(2, 30))  # 02:30 does not exist in Berlin on 2026-03-29
    event = only_event(calendar_bytes([gap], now=NOW, details=False))
    assert event.decoded("DTSTART").astimezone(UTC) == gap.starts()
    assert event.decoded("DTEND").astimezone(UTC) == gap.starts() + timedelta(hours=1)


def test_each_zone_in_use_gets_one_vtimezone_before_the_events() -> None:
    checkups = [booked(), booked(zone="America/New_York", id=6, uid="ny"), booked(at=None, uid="x")]
    calendar = read(calendar_bytes(checkups, now=NOW, details=False))
    names = [c.name for c in calendar.subcomponents]
    assert names[:2] == ["VTIMEZONE", "VTIMEZONE"]
    assert {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")} == {BERLIN, "America/New_York"}
    ny = events(calendar.to_ical())["ny"]
    assert ny.decoded("DTSTART").tzinfo == ZoneInfo("America/New_York")


def test_text_is_escaped_and_comes_back_the_same() -> None:
    place = "City Hospital, Building 2;\nRoom <b>4</b> \\ 🏥 " + "long " * 20
    title = "Scan 🩻, <i>contrast</i>"
    checkup = booked(title=title, place=place)
    data = calendar_bytes([checkup], now=NOW, details=True)
    assert all(len(line.encode()) <= 75 + 4 for line in data.decode().split("\r\n"))
    assert b"\\," in data
    assert b"\\;" in data
    assert b"\\n" in data
    event = only_event(data)
    assert str(event["LOCATION"]) == place.strip()
    assert str(event["SUMMARY"]) == f"{title} at {' '.join(place.split())}"


def test_control_characters_are_dropped() -> None:
    checkup = booked(title="Scan\x00\x1b[1m", place="Ward\r\n7\x07")
    data = calendar_bytes([checkup], now=NOW, details=True)
    assert not any(b in data for b in (b"\x00", b"\x1b", b"\x07"))
    event = only_event(data)
    assert str(event["SUMMARY"]) == "Scan[1m at Ward 7"
    assert str(event["LOCATION"]) == "Ward\n7"


def test_an_unsaved_checkup_or_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="UID"):
        calendar_bytes([booked(uid="")], now=NOW, details=False)
    with pytest.raises(ValueError, match="aware"):
        calendar_bytes([booked()], now=datetime(2026, 3, 1, 12), details=False)


def test_an_empty_list_is_an_empty_calendar() -> None:
    calendar = read(calendar_bytes([], now=NOW, details=False))
    assert calendar.walk("VEVENT") == []
    assert "PRODID" in calendar


# --- Writing the file ------------------------------------------------------------------


def test_the_file_is_written_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "checkups.ics"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_calendar([booked(), planned()], target, now=NOW, details=False)
    assert target.read_bytes() == calendar_bytes([booked(), planned()], now=NOW, details=False)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["checkups.ics"]


def test_a_failed_replace_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "checkups.ics"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(calendar_export.os, "replace", refuse)
    with pytest.raises(OSError, match="Permission denied"):
        write_calendar([booked()], target, now=NOW, details=False)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["checkups.ics"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes in a read-only folder",
)
def test_an_unwritable_folder_raises_oserror(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):  # noqa: PT011 - the caller reports any OSError
            write_calendar([booked()], folder / "checkups.ics", now=NOW, details=False)
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_folder_that_refuses_new_files_raises_oserror(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as the read-only folder above, for a run as root (which may write there)."""

    def refuse(**kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(kwargs["dir"]))

    monkeypatch.setattr(calendar_export.tempfile, "mkstemp", refuse)
    with pytest.raises(PermissionError):
        write_calendar([booked()], tmp_path / "c.ics", now=NOW, details=False)
    assert os.listdir(tmp_path) == []


def test_a_missing_folder_or_a_folder_in_the_way_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_calendar([booked()], tmp_path / "gone" / "c.ics", now=NOW, details=False)
    (tmp_path / "c.ics").mkdir()
    with pytest.raises(IsADirectoryError):
        write_calendar([booked()], tmp_path / "c.ics", now=NOW, details=False)
    assert os.listdir(tmp_path) == ["c.ics"]


def test_a_failed_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(calendar_export.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_calendar([booked()], tmp_path / "c.ics", now=NOW, details=False)
    assert os.listdir(tmp_path) == []


def test_the_kind_names_are_all_distinct() -> None:
    names = {calendar_export.kind_name(kind) for kind in CheckupKind}
    assert len(names) == len(CheckupKind)
