"""With large text (QT_SCALE_FACTOR=1.5, or 144 dpi fonts) the window opens within the
screen, on a real X server: never larger than it, with nothing outside it.

Screenshots land in the test's tmp_path (and in $PLANNER_SHOTS_DIR when set).
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import AppRunner, XSession

TITLE = "Between Checkups"
SETTLE_S = 1.0


def _size(x: XSession, *args: str) -> tuple[int, int]:
    done = x.run(x.xdotool, *args)
    assert done.returncode == 0, done.stderr
    found = re.search(r"(\d+)\s*x\s*(\d+)|(\d+) (\d+)", done.stdout)
    assert found, done.stdout
    numbers = [int(n) for n in found.groups() if n is not None]
    return numbers[0], numbers[1]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "large", [{"QT_SCALE_FACTOR": "1.5"}, {"QT_FONT_DPI": "144"}], ids=["scale-1.5", "144-dpi"]
)
def test_the_window_fits_the_screen_with_large_text(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner, large: dict[str, str]
) -> None:
    x = x_session
    app_runner.env.update(large)
    app = app_runner.start("--data-dir", str(tmp_path / "profile"))
    window = x.find_window(TITLE, app)
    time.sleep(SETTLE_S)
    screen_w, screen_h = _size(x, "getdisplaygeometry")
    width, height = _size(x, "getwindowgeometry", window)
    shot = x.screenshot(tmp_path / f"large-text-{'-'.join(large.values())}.png")
    x.key(window, "ctrl+q")
    assert app_runner.wait(app, timeout=10, doing="Ctrl+Q should quit") == 0
    target = os.environ.get("PLANNER_SHOTS_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy2(shot, Path(target) / shot.name)
    assert width <= screen_w, (width, screen_w)
    assert height <= screen_h, (height, screen_h)
    assert x.colours(shot) > 16, "the screenshot is blank"
