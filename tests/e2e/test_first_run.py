"""A first day with the app, on a real X server: open it, tick the first item, look, quit, reopen.

Screenshots land in the test's tmp_path (and in $PLANNER_SHOTS_DIR when set).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conftest import AppRunner, XSession

TITLE = "Between Checkups"
SETTLE_S = 0.7  # lets the window finish painting after it is mapped or changed


def _export(runner: AppRunner, data_dir: Path) -> dict[str, Any]:
    done = runner.cli("export", "--data-dir", str(data_dir), "--format", "json")
    assert done.returncode == 0, done.stderr
    exported: dict[str, Any] = json.loads(done.stdout)
    assert exported["format"] == "between-checkups-export"
    return exported


def _answers_on(exported: dict[str, Any], days: set[str]) -> list[dict[str, Any]]:
    return [c for c in exported["checkoffs"] if c["date"] in days]


def _quit(x: XSession, runner: AppRunner, window: str, proc: Any) -> None:
    x.key(window, "ctrl+q")
    code = runner.wait(proc, timeout=10, doing="Ctrl+Q should close the window and quit")
    assert code == 0, f"the app exited with {code}\n{runner.output(proc)}"


def _keep(shots: list[Path]) -> None:
    """Copy the screenshots where people can look at them, when asked to."""
    target = os.environ.get("PLANNER_SHOTS_DIR")
    if not target:
        return
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    for shot in shots:
        shutil.copy2(shot, folder / shot.name)


@pytest.mark.e2e
def test_first_day_tick_quit_and_reopen(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner
) -> None:
    x = x_session
    data_dir = tmp_path / "profile"
    today_before = date.today().isoformat()

    app = app_runner.start("--data-dir", str(data_dir))
    window = x.find_window(TITLE, app)
    time.sleep(SETTLE_S)
    x.key(window, "space")  # focus starts on "Done" of the first item due today
    time.sleep(SETTLE_S)
    today_shot = x.screenshot(tmp_path / "today.png")
    x.key(window, "ctrl+6")
    time.sleep(SETTLE_S)
    history_shot = x.screenshot(tmp_path / "history.png")
    _quit(x, app_runner, window, app)
    _keep([today_shot, history_shot])

    assert x.colours(today_shot) > 16, "the Today screenshot is blank"
    assert x.differing_pixels(today_shot, history_shot) > 0, "Ctrl+6 did not change the page"

    days = {today_before, date.today().isoformat()}
    answers = _answers_on(_export(app_runner, data_dir), days)
    assert len(answers) == 1, answers
    assert answers[0]["status"] == "done"

    again = app_runner.start("--data-dir", str(data_dir))
    window = x.find_window(TITLE, again)
    time.sleep(SETTLE_S)
    again_shot = x.screenshot(tmp_path / "today-again.png")
    _quit(x, app_runner, window, again)
    _keep([again_shot])

    assert x.colours(again_shot) > 16, "the Today screenshot after reopening is blank"
    answers_after = _answers_on(_export(app_runner, data_dir), days)
    assert answers_after == answers
