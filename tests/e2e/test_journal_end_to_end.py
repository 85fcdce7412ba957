"""The journal on a real X server: check in with the keyboard, quit, reopen, find it kept;
screenshots of the Journal, Checkups and Insights pages.

Screenshots land in the test's tmp_path (and in $PLANNER_SHOTS_DIR when set).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from test_first_run import SETTLE_S, TITLE, _export, _keep, _quit

if TYPE_CHECKING:
    from conftest import AppRunner, XSession


@pytest.mark.e2e
def test_check_in_quit_reopen_and_look_at_the_journal_pages(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner
) -> None:
    x = x_session
    data_dir = tmp_path / "profile"
    today_before = date.today().isoformat()
    app = app_runner.start("--data-dir", str(data_dir))
    window = x.find_window(TITLE, app)
    time.sleep(SETTLE_S)
    x.key(window, "ctrl+2")  # the Journal; focus starts on the first mood ("Awful")
    time.sleep(SETTLE_S)
    # Arrow keys move within a row of choices, Tab to the next row: mood "Good" (the
    # fourth), worry 3 (the fourth), then Ctrl+Enter saves.
    for key in [
        "Right",
        "Right",
        "Right",
        "space",
        "Tab",
        "Right",
        "Right",
        "Right",
        "space",
        "ctrl+Return",
    ]:
        x.key(window, key)
    time.sleep(SETTLE_S)
    journal_shot = x.screenshot(tmp_path / "journal.png")
    x.key(window, "ctrl+3")
    time.sleep(SETTLE_S)
    checkups_shot = x.screenshot(tmp_path / "checkups.png")
    x.key(window, "ctrl+5")
    time.sleep(SETTLE_S * 2)  # the chart module loads the first time
    insights_shot = x.screenshot(tmp_path / "insights.png")
    _quit(x, app_runner, window, app)
    _keep([journal_shot, checkups_shot, insights_shot])

    for shot in (journal_shot, checkups_shot, insights_shot):
        assert x.colours(shot) > 16, f"{shot.name} is blank"
    assert x.differing_pixels(journal_shot, checkups_shot) > 0
    assert x.differing_pixels(checkups_shot, insights_shot) > 0

    entries = _export(app_runner, data_dir)["journal"]
    assert [(e["mood"], e["worry"]) for e in entries] == [(4, 3)]
    assert entries[0]["date"] in {today_before, date.today().isoformat()}

    again = app_runner.start("--data-dir", str(data_dir))
    window = x.find_window(TITLE, again)
    time.sleep(SETTLE_S)
    x.key(window, "ctrl+2")
    time.sleep(SETTLE_S)
    again_shot = x.screenshot(tmp_path / "journal-again.png")
    _quit(x, app_runner, window, again)
    _keep([again_shot])
    assert x.colours(again_shot) > 16, "the Journal after reopening is blank"
    assert [(e["mood"], e["worry"]) for e in _export(app_runner, data_dir)["journal"]] == [(4, 3)]
