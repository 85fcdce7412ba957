"""One running copy per data folder; a second launch wakes the first."""

from __future__ import annotations

from planner.paths import resolve_paths
from planner.services.single_instance import SingleInstance


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
