"""A JSON export with bad rows is refused with plain messages that name the place, every
problem at once, and nothing changes: planner.db stays byte for byte as it was and no
file is left behind."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from planner.domain.model import Item, Schedule
from planner.services.export_restore import MAX_EXPORT_BYTES, ExportRefused, restore_export
from planner.storage.store import Store
from tests.unit.services.export_profiles import NOW, small_export

LATER = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
Doc = dict[str, Any]


@pytest.fixture
def profile(tmp_path) -> Path:
    """Current data, closed (as the app is when a restore runs)."""
    database = tmp_path / "data" / "planner.db"
    store = Store.open(database)
    store.items.add(Item("Keep me", Schedule.daily()), today=date(2026, 1, 1), now=NOW)
    store.close()
    return database


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _refused(profile: Path, tmp_path: Path, data: bytes) -> ExportRefused:
    export = tmp_path / "export.json"
    export.write_bytes(data)
    before = _files(profile.parent)
    with pytest.raises(ExportRefused) as caught:
        restore_export(profile, export, LATER)
    assert _files(profile.parent) == before  # planner.db byte-identical, nothing added
    return caught.value


def _spoil(change: Callable[[Doc], None]) -> bytes:
    doc = copy.deepcopy(small_export())
    change(doc)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def test_the_small_export_itself_restores(tmp_path, profile) -> None:
    export = tmp_path / "ok.json"
    export.write_bytes(_spoil(lambda doc: None))
    restore_export(profile, export, LATER)
    store = Store.open_readonly(profile)
    try:
        assert [i.title for i in store.items.active()] == ["Walk"]
    finally:
        store.close()


def test_a_newer_version_is_refused_plainly(tmp_path, profile) -> None:
    refused = _refused(profile, tmp_path, _spoil(lambda d: d.update(version=2)))
    assert "newer version of Between Checkups" in refused.text()
    assert "Nothing was changed" in refused.text()


def test_a_truncated_file_is_refused_with_its_line(tmp_path, profile) -> None:
    whole = json.dumps(small_export(), indent=2).encode()
    refused = _refused(profile, tmp_path, whole[: len(whole) // 2])
    text = refused.text()
    assert "is not a whole export: it breaks off or has a mistake at line" in text
    assert "Nothing was changed" in text


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            lambda d: d["journal"][0].update(mood="5"),
            "check-in 1: 'mood' must be a whole number from 1 to 5.",
        ),
        (
            lambda d: d["journal"][0].update(mood=True),
            "check-in 1: 'mood' must be a whole number from 1 to 5.",
        ),
        (
            lambda d: d["items"][0].update(title=7),
            "item 1: 'title' must be text in quotes.",
        ),
        (
            lambda d: d["checkoffs"][0].update(item_id=99),
            "check-off 1: 'item_id' is 99, but there is no item with that id in the file.",
        ),
        (
            lambda d: d["checkoffs"][0].update(date="2026-02-30"),
            "check-off 1: 'date': 2026-02-30 is not a day on the calendar.",
        ),
        (
            lambda d: d["journal"][0].update(note="x" * 1_000_000),
            "check-in 1: 'note' is too long: 1000000 characters, and the most is 20000.",
        ),
        (
            lambda d: d["items"][0].update(title="Walk\x07"),
            "item 1: 'title' holds a control character or a broken character",
        ),
        (
            lambda d: d["items"][0].update(title="Walk\nnow"),
            "item 1: 'title' holds a control character",
        ),
        (
            lambda d: d["items"][0]["schedule"].update(type="hourly"),
            "item 1, schedule: 'type' must be one of:",
        ),
        (
            lambda d: d["checkoffs"][0].update(zone="../../etc/passwd"),
            "check-off 1: 'zone' must be a time zone name like Europe/Berlin",
        ),
        (
            lambda d: d["journal"][0].update(at="2026-11-24 19:00"),
            "check-in 1: 'at' must be a date and time with its time zone",
        ),
        (
            lambda d: d["journal"][0].update(colour="blue"),
            "check-in 1: 'colour' is not something the app keeps here.",
        ),
        (
            lambda d: d["checkoffs"].append(dict(d["checkoffs"][0])),
            "check-off 2: there is already an answer for this item on this day.",
        ),
        (
            lambda d: d["items"].append(dict(d["items"][0])),
            "item 2: the id 1 is used by another row too.",
        ),
        (
            lambda d: d["journal"][0].update(worry=None),
            "check-in 1: 'worry' must have a value; it is empty (null).",
        ),
        (lambda d: d["journal"][0].pop("zone"), "check-in 1: 'zone' is missing."),
        (lambda d: d.update(items={}), "'items' must be a list in brackets [ ]."),
        (lambda d: d["settings"].update(theme=3), "setting 'theme': 'value' must be text"),
    ],
)
def test_a_bad_row_is_refused_naming_its_place(tmp_path, profile, change, said) -> None:
    refused = _refused(profile, tmp_path, _spoil(change))
    assert any(line.startswith(said) for line in refused.lines()), refused.lines()
    assert "cannot be restored, so nothing was changed" in refused.text()


def test_every_problem_is_listed_at_once(tmp_path, profile) -> None:
    def spoil(doc: Doc) -> None:
        doc["journal"][0]["mood"] = 9
        doc["checkoffs"][0]["status"] = "maybe"
        doc["items"][0]["reminders"] = ["25:00"]

    refused = _refused(profile, tmp_path, _spoil(spoil))
    assert refused.lines() == [
        "item 1: 'reminders' must be a time of day written like 08:30 (25:00 is not).",
        "check-off 1: 'status' must be one of: done, partial, skipped.",
        "check-in 1: 'mood' must be a whole number from 1 to 5.",
    ]


def test_thousands_of_problems_are_counted_not_all_printed(tmp_path, profile) -> None:
    def spoil(doc: Doc) -> None:
        doc["journal"] = [dict(doc["journal"][0], id=n, mood=0) for n in range(1, 3001)]

    refused = _refused(profile, tmp_path, _spoil(spoil))
    assert refused.count == 3000
    lines = refused.lines(most=50)
    assert len(lines) == 51
    assert lines[-1] == "… and 2950 more problems like these."


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"[]",
        b'"just text"',
        b'{"format": "something-else", "version": 1}',
        b"\xff\xfe{ not utf-8",
        b"SQLite format 3\x00" + b"\x00" * 100,
        b'{"format": "between-checkups-export", "version": NaN}',
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_what_is_not_an_export_is_refused_plainly(tmp_path, profile, data) -> None:
    refused = _refused(profile, tmp_path, data)
    assert "Nothing was changed" in refused.text()


def test_a_file_too_big_is_refused_before_it_is_read(tmp_path, profile, monkeypatch) -> None:
    import planner.services.export_restore as module

    monkeypatch.setattr(module, "MAX_EXPORT_BYTES", 1000)
    refused = _refused(profile, tmp_path, b"{" + b" " * 2000 + b"}")
    assert "too big to be an export" in refused.text()
    assert MAX_EXPORT_BYTES == 200_000_000


def test_a_missing_file_is_said_plainly(tmp_path, profile) -> None:
    with pytest.raises(ExportRefused) as caught:
        restore_export(profile, tmp_path / "nowhere.json", LATER)
    assert caught.value.text() == f"There is no file at {tmp_path / 'nowhere.json'}."


def test_an_export_dated_in_the_year_1_still_restores(tmp_path, profile) -> None:
    def spoil(doc: Doc) -> None:
        doc["exported_at_utc"] = "0001-01-01T00:00:00+00:00"
        doc["items"][0]["archived"] = True
        doc["items"][0]["created_on"] = None

    export = tmp_path / "old.json"
    export.write_bytes(_spoil(spoil))
    restore_export(profile, export, LATER)
    store = Store.open_readonly(profile)
    try:
        assert [i.title for i in store.items.archived()] == ["Walk"]
    finally:
        store.close()
