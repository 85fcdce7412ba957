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
ROOT = Path(__file__).resolve().parents[2]
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


WIZARD = "Between Checkups: first start"


def _coordinator_plan(folder: Path) -> Path:
    raw = json.loads((ROOT / "resources" / "plans" / "breast.plan.json").read_text("utf-8"))
    raw["program"] = {
        "name": "City Survivorship Program",
        "contacts": [{"role": "Nurse", "phone": "555 0100", "out_of_hours_phone": "555 0199"}],
    }
    raw["followup"]["anchor"]["date"] = "2026-09-30"
    path = folder / "patient.plan.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


@pytest.mark.e2e
def test_the_first_start_by_keyboard_keeps_a_half_typed_time(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner
) -> None:
    x = x_session
    app_runner.env.pop("PLANNER_NO_FIRST_START")  # a new profile shows the guided first start
    data_dir = tmp_path / "profile"
    plan = _coordinator_plan(tmp_path)
    app = app_runner.start("--data-dir", str(data_dir), "--plan", str(plan))
    wizard = x.find_window(WIZARD, app)
    time.sleep(SETTLE_S)
    for _ in range(4):  # welcome, plan (the file is chosen), care team, anchor
        x.key(wizard, "Return")
        time.sleep(SETTLE_S)
    # Reminder times: Tab to the quiet hours' start (past the check-in's box, hour and
    # minutes, and the quiet hours' box; its hour is then selected), type 1, and move on
    # at once with Alt+N: 1 o'clock counts, with no Tab first.
    for _ in range(4):
        x.key(wizard, "Tab")
    x.key(wizard, "1")
    x.key(wizard, "alt+n")
    time.sleep(SETTLE_S)
    done_shot = x.screenshot(tmp_path / "first-start-done.png")
    x.key(wizard, "alt+f")
    window = x.find_window("^Between Checkups$", app)
    time.sleep(SETTLE_S)
    _quit(x, app_runner, window, app)
    _keep([done_shot])

    settings = _export(app_runner, data_dir)["settings"]
    assert settings["reminders.quiet_hours"] == "01:00-07:00"
    assert settings["care_team.name"] == "City Survivorship Program"
    assert settings["followup.anchor_on"] == "2026-09-30"
    assert settings["plan.name"] == "Breast cancer follow-up (example)"
