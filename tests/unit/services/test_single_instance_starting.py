"""A second launch that comes while the first is still starting (its socket not open yet,
on a slow or busy computer) waits for it past the usual wait, rather than calling it stuck."""

from __future__ import annotations

import subprocess
import sys

from planner.paths import resolve_paths
from planner.services.single_instance import HandOver, SingleInstance
from tests.helpers import HELPERS


def test_a_first_copy_slower_than_the_usual_wait_is_waited_for(tmp_path):
    paths = resolve_paths(tmp_path)
    lock = str(tmp_path / "planner.lock")
    first = subprocess.Popen(
        [sys.executable, str(HELPERS / "first_copy.py"), lock, paths.instance_key]
        + ["listen-after-ms", "1500"],
        stdout=subprocess.PIPE,
        text=True,
    )
    second = SingleInstance(lock, paths.instance_key)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "locked"
        # The usual wait (300 ms here) is over long before the first listens.
        assert second.hand_over(wait_ms=300, starting_ms=20_000) is HandOver.SHOWN
        out, _ = first.communicate(timeout=10)
        assert out.strip() == "woken"
    finally:
        first.kill()
        first.communicate(timeout=10)
        second.release()
