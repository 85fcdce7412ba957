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


WIZARD = "Between Checkups: first start"
NO_FIRST_START = "PLANNER_NO_FIRST_START"


def _root_window(x: XSession) -> str:
    """The screen's own (root) window: the one under the pointer in an empty corner."""
    done = x.run(x.xdotool, "mousemove", "0", "0", "getmouselocation", "--shell")
    assert done.returncode == 0, done.stderr
    found = dict(line.split("=", 1) for line in done.stdout.split())
    return found["WINDOW"]


def _corner(x: XSession, window: str) -> tuple[int, int]:
    done = x.run(x.xdotool, "getwindowgeometry", "--shell", window)
    assert done.returncode == 0, done.stderr
    found = dict(line.split("=", 1) for line in done.stdout.split())
    return int(found["X"]), int(found["Y"])


def _focused(x: XSession) -> str:
    return x.run(x.xdotool, "getwindowfocus").stdout.strip()


def _wait_for_focus(x: XSession, window: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while (now := _focused(x)) != window and time.monotonic() < deadline:
        time.sleep(0.1)
    return now


def _visible(x: XSession, title: str) -> list[str]:
    return x.run(x.xdotool, "search", "--onlyvisible", "--name", title).stdout.split()


def _set_up_later_and_quit(x: XSession, runner: AppRunner, wizard: str, proc) -> None:
    x.key(wizard, "Escape")  # "Set up later": the standard plan, then the main window
    deadline = time.monotonic() + 20
    while _visible(x, WIZARD) and time.monotonic() < deadline:
        time.sleep(0.1)
    window = x.find_window(TITLE, proc)
    time.sleep(0.7)
    x.key(window, "ctrl+q")
    assert runner.wait(proc, timeout=10, doing="Ctrl+Q should quit") == 0


@pytest.mark.e2e
def test_a_second_launch_brings_the_first_start_forward(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner
) -> None:
    x = x_session
    app_runner.env.pop(NO_FIRST_START)  # a new profile shows the guided first start
    data_dir = tmp_path / "profile"
    first = app_runner.start("--data-dir", str(data_dir))
    wizard = x.find_window(WIZARD, first)
    x.run(x.xdotool, "windowfocus", "--sync", _root_window(x))  # the person looked away
    assert _focused(x) != wizard
    # The pointer passes over the wizard: X then takes its focus request as newer than
    # the focus change above (as a person's click on a launcher would be).
    left, top = _corner(x, wizard)
    x.run(x.xdotool, "mousemove", str(left + 20), str(top + 20))

    second = app_runner.start("--data-dir", str(data_dir))
    code = app_runner.wait(second, timeout=30, doing="the second launch should hand over")
    assert code == 0, app_runner.output(second)
    assert first.poll() is None, "the first copy must keep running"
    assert _wait_for_focus(x, wizard) == wizard, "the first start did not come forward"
    assert _visible(x, WIZARD) == [wizard]
    _set_up_later_and_quit(x, app_runner, wizard, first)


@pytest.mark.e2e
def test_a_second_launch_while_the_first_is_starting_waits_for_it(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner
) -> None:
    x = x_session
    app_runner.env.pop(NO_FIRST_START)
    data_dir = tmp_path / "profile"
    first = app_runner.start("--data-dir", str(data_dir))
    # The first takes the data folder's lock at once, long before its window shows; the
    # second comes right then, while the first is still starting.
    lock = data_dir / "planner.lock"
    deadline = time.monotonic() + 20
    while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert lock.exists(), "the first copy never took the lock"
    second = app_runner.start("--data-dir", str(data_dir))
    code = app_runner.wait(second, timeout=30, doing="the second launch should hand over")
    assert code == 0, app_runner.output(second)
    assert "not answered" not in app_runner.output(second)
    wizard = x.find_window(WIZARD, first)
    assert _visible(x, WIZARD) == [wizard]
    _set_up_later_and_quit(x, app_runner, wizard, first)
