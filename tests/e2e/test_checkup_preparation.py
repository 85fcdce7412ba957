"""Preparing a checkup on a real X server: a question typed through Ctrl+Shift+A is on
the Questions page and on disk after quitting; the summary and calendar commands then
make a PDF and an .ics from the same profile.

Screenshots land in the test's tmp_path (and in $PLANNER_SHOTS_DIR when set).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from test_first_run import SETTLE_S, TITLE, _export, _keep, _quit

if TYPE_CHECKING:
    from conftest import AppRunner, XSession

QUESTION = "Should my next scan be earlier"


@pytest.mark.e2e
def test_a_question_from_the_keyboard_then_a_summary_and_a_calendar(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner
) -> None:
    x = x_session
    data_dir = tmp_path / "profile"
    app = app_runner.start("--data-dir", str(data_dir))
    window = x.find_window(TITLE, app)
    time.sleep(SETTLE_S)
    x.key(window, "ctrl+shift+a")  # the quick question box, from Today
    time.sleep(SETTLE_S)
    box = x.find_window("question", app)
    done = x.run(x.xdotool, "type", "--delay", "20", QUESTION)
    assert done.returncode == 0, done.stderr
    x.key(box, "Return")
    time.sleep(SETTLE_S)
    x.key(box, "Escape")  # the box may stay open to say it was added
    time.sleep(SETTLE_S)
    x.key(window, "ctrl+4")
    time.sleep(SETTLE_S)
    shot = x.screenshot(tmp_path / "questions.png")
    _quit(x, app_runner, window, app)
    _keep([shot])
    assert x.colours(shot) > 16, "the Questions page is blank"
    questions = _export(app_runner, data_dir)["questions"]
    assert [(q["text"], q["asked"]) for q in questions] == [(QUESTION, False)]

    pdf = tmp_path / "summary.pdf"
    made = app_runner.cli("summary", "--data-dir", str(data_dir), "--out", str(pdf))
    assert made.returncode == 0, made.stderr
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert QUESTION in text
    ics = tmp_path / "checkups.ics"
    made = app_runner.cli("calendar", "--data-dir", str(data_dir), "--out", str(ics))
    assert made.returncode == 0, made.stderr
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
