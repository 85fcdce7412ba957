"""One running copy per data folder; a second launch wakes the first."""

from __future__ import annotations

import subprocess
import sys

from planner.paths import resolve_paths
from planner.services.single_instance import HandOver, SingleInstance
from tests.helpers import HELPERS


def test_second_instance_is_refused_and_wakes_the_first(qtbot, tmp_path):
    paths = resolve_paths(tmp_path)
    first = SingleInstance(str(tmp_path / "planner.lock"), paths.instance_key)
    second = SingleInstance(str(tmp_path / "planner.lock"), paths.instance_key)
    try:
        assert first.acquire()
        first.listen()
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert second.ask_running_to_show()
    finally:
        second.release()
        first.release()
    third = SingleInstance(str(tmp_path / "planner.lock"), paths.instance_key)
    assert third.acquire()
    third.release()


def test_different_data_folders_do_not_clash(tmp_path):
    a = resolve_paths(tmp_path / "a")
    b = resolve_paths(tmp_path / "b")
    assert a.instance_key != b.instance_key


def _first_copy(tmp_path, mode: str, ms: int) -> subprocess.Popen[str]:
    paths = resolve_paths(tmp_path)
    first = subprocess.Popen(
        [
            sys.executable,
            str(HELPERS / "first_copy.py"),
            str(tmp_path / "planner.lock"),
            paths.instance_key,
            mode,
            str(ms),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "locked"
    return first


def test_a_second_launch_waits_for_a_first_that_is_still_starting(tmp_path):
    # The first copy listens only once its window is painted; a launch in that moment
    # waits for it instead of calling it stuck.
    first = _first_copy(tmp_path, "listen-after-ms", 1500)
    second = SingleInstance(str(tmp_path / "planner.lock"), resolve_paths(tmp_path).instance_key)
    try:
        assert second.hand_over(wait_ms=10_000) is HandOver.SHOWN
        out, _ = first.communicate(timeout=10)
        assert out.strip() == "woken"
    finally:
        first.kill()
        first.communicate(timeout=10)
        second.release()


def test_a_second_launch_takes_over_when_the_first_quits_meanwhile(tmp_path):
    first = _first_copy(tmp_path, "quit-after-ms", 800)
    second = SingleInstance(str(tmp_path / "planner.lock"), resolve_paths(tmp_path).instance_key)
    try:
        assert second.hand_over(wait_ms=10_000) is HandOver.OURS
    finally:
        first.kill()
        first.communicate(timeout=10)  # also closes its output pipe
        second.release()


def test_a_first_that_never_answers_is_reported_after_the_wait(tmp_path):
    first = _first_copy(tmp_path, "listen-after-ms", 60_000)
    second = SingleInstance(str(tmp_path / "planner.lock"), resolve_paths(tmp_path).instance_key)
    try:
        assert second.hand_over(wait_ms=700) is HandOver.NO_ANSWER
    finally:
        first.kill()
        first.communicate(timeout=10)  # also closes its output pipe
        second.release()
