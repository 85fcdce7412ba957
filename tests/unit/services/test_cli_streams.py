"""The command line in odd surroundings: closed or full output, a terminal that is not
UTF-8, an unknown TZ. Always one plain line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from planner.domain.model import Item, Schedule
from planner.storage.store import Store

ROOT = Path(__file__).resolve().parents[3]
TITLE = "Walk 🌿 in the park, שלום"


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    store = Store.open(folder / "planner.db")
    store.items.add(
        Item(TITLE, Schedule.daily(), reminders=(time(8, 0),)),
        today=date(2026, 12, 1),
        now=datetime(2026, 12, 1, 9, tzinfo=UTC),
    )
    store.close()
    return folder


def run(args: list[str], *, env: dict[str, str] | None = None, **kwargs: object):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env=environment,
        capture_output=kwargs.pop("capture_output", True),  # type: ignore[arg-type]
        timeout=60,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_closed_standard_output_is_a_plain_line_and_status_2(profile: Path):
    done = subprocess.run(
        f'"{sys.executable}" "{ROOT / "main.py"}" export --data-dir "{profile}" >&-',
        shell=True,
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "between-checkups: There is no standard output to write to; use --out FILE instead."
    ]


@pytest.mark.parametrize("env", [{"LC_ALL": "C", "LANG": "C"}, {"PYTHONIOENCODING": "latin-1"}])
def test_text_a_terminal_cannot_show_still_comes_out_as_utf8(profile: Path, env):
    done = run(["reminders", "--data-dir", str(profile), "--days", "2"], env=env)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert TITLE.encode("utf-8") in done.stdout


def test_a_full_disk_on_standard_output_is_a_plain_line(profile: Path):
    with open("/dev/full", "w") as full:
        done = run(
            ["export", "--data-dir", str(profile)],
            stdout=full,
            capture_output=False,
            stderr=subprocess.PIPE,
        )
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b"Could not write to standard output (No space left on device)." in done.stderr


def test_an_unknown_tz_says_which_zone_is_used_instead(profile: Path):
    done = run(["reminders", "--data-dir", str(profile)], env={"TZ": "Mars/Olympus_Mons"})
    assert done.returncode == 0
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("between-checkups: TZ=Mars/Olympus_Mons is not a time zone name")
    assert "so the times below are in " in lines[0]
    assert TITLE.encode("utf-8") in done.stdout


def test_a_carriage_return_in_any_cell_cannot_split_a_csv_row(tmp_path: Path):
    import csv
    import io

    from planner.services.export import export_csv

    store = Store.open(tmp_path / "p" / "planner.db")
    try:
        store.items.add(
            Item('Walk\r=HYPERLINK("x")', Schedule.daily()),
            today=date(2026, 12, 1),
            now=datetime(2026, 12, 1, 9, tzinfo=UTC),
        )
        from planner.domain.model import CheckOff, Status

        (item,) = store.items.active()
        assert item.id is not None
        store.checkoffs.record(
            CheckOff(item.id, date(2026, 12, 1), Status.DONE, recorded_at=datetime.now(UTC))
        )
        out = io.StringIO()
        export_csv(store, out)
    finally:
        store.close()
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert len(rows) == 2  # the header and one answer: the CR stayed inside its cell
    assert rows[1][1] == 'Walk\r=HYPERLINK("x")'
    assert '"Walk\r=HYPERLINK(""x"")"' in out.getvalue()
