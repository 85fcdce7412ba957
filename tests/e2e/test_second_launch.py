"""A second launch on the same data folder hands over to the running window and exits."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import AppRunner, XSession

TITLE = "Between Checkups"


@pytest.mark.e2e
def test_second_launch_exits_and_leaves_one_window(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner
) -> None:
    data_dir = tmp_path / "profile"
    first = app_runner.start("--data-dir", str(data_dir))
    window = x_session.find_window(TITLE, first)
    time.sleep(0.7)  # the first copy listens for later launches right after it paints

    second = app_runner.start("--data-dir", str(data_dir))
    code = app_runner.wait(second, timeout=10, doing="the second launch should hand over")
    assert code == 0, app_runner.output(second)
    assert first.poll() is None, "the first copy must keep running"
    windows = x_session.run(
        x_session.xdotool, "search", "--onlyvisible", "--name", TITLE
    ).stdout.split()
    assert windows == [window]

    x_session.key(window, "ctrl+q")
    assert app_runner.wait(first, timeout=10, doing="Ctrl+Q should quit") == 0
