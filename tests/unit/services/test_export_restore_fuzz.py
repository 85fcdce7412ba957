"""Fuzzing the export reader: whatever the file holds (any JSON, a valid export with one
value swapped for anything, a cut-off file, any bytes), the restore is a clean refusal or
a restore whose data the app reads back; never a traceback, and a refusal changes nothing."""

from __future__ import annotations

import copy
import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.services.export_restore import ExportRefused, describe, restore_export
from tests.unit.services.export_profiles import export_text, small_export

LATER = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
FUZZ = settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow])

_text = st.text(
    st.characters(codec="utf-8", exclude_categories=()) | st.sampled_from("\x00\x07\n\r\ud800"),
    max_size=30,
) | st.sampled_from(["", "x" * 70_000, "2026-02-30", "25:00", "../etc", "Europe/Berlin"])
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | _text
)
json_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(_text | st.sampled_from(["id", "date", "mood"]), inner, max_size=4)
    ),
    max_leaves=12,
)
TABLES = ["items", "checkoffs", "journal", "settings"]


def _attempt(data: bytes) -> None:
    """Restore ``data`` into a new folder: refused (nothing there changed) or restored
    (and then the app can read all of it back)."""
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "export.json"
        export.write_bytes(data)
        database = Path(folder) / "data" / "planner.db"
        refused: ExportRefused | None = None
        try:
            describe(export)
        except ExportRefused as exc:
            refused = exc
        if refused is not None:
            assert refused.text()
            assert refused.lines() or refused.count == 1
            with pytest.raises(ExportRefused):
                restore_export(database, export, LATER)
            assert not database.exists()
            return
        restore_export(database, export, LATER)
        json.loads(export_text(database))  # every table reads back


@FUZZ
@given(json_values)
def test_any_json_is_refused_cleanly(value: Any) -> None:
    _attempt(json.dumps(value).encode())


@FUZZ
@given(st.dictionaries(_text, json_values, max_size=5))
def test_any_document_with_the_right_format_is_refused_or_restored(extra: dict[str, Any]) -> None:
    doc = {"format": "between-checkups-export", "version": 1, **extra}
    _attempt(json.dumps(doc).encode())


@FUZZ
@given(
    st.sampled_from(TABLES),
    st.sampled_from(
        sorted(
            {key for table in TABLES[:3] for key in small_export()[table][0]}
            | {"schedule", "target"}
        )
    ),
    json_values,
)
def test_one_value_swapped_for_anything_is_refused_or_restored(
    table: str, key: str, value: Any
) -> None:
    doc = copy.deepcopy(small_export())
    if table == "settings":
        doc["settings"][key] = value
    else:
        doc[table][0][key] = value
    _attempt(json.dumps(doc).encode())


@FUZZ
@given(st.data())
def test_a_cut_or_changed_file_is_refused_or_restored(data: st.DataObject) -> None:
    whole = json.dumps(small_export(), indent=1).encode()
    cut = data.draw(st.integers(min_value=0, max_value=len(whole)))
    spoiled = bytearray(whole[:cut])
    if spoiled and data.draw(st.booleans()):
        where = data.draw(st.integers(min_value=0, max_value=len(spoiled) - 1))
        spoiled[where] = data.draw(st.integers(min_value=0, max_value=255))
    _attempt(bytes(spoiled))


@FUZZ
@given(st.binary(max_size=200))
def test_any_bytes_are_refused_cleanly(data: bytes) -> None:
    _attempt(data)
