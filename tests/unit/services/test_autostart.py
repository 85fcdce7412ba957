"""The autostart entry: what it runs and how its Exec line is quoted."""

from __future__ import annotations

import sys

import pytest

from planner.services.autostart import desktop_entry, launch_command


def test_the_entry_starts_this_copy_in_the_tray_with_the_same_data():
    command = launch_command(None)
    assert command[0] == sys.executable
    assert command[-1] == "--minimized"
    assert launch_command("/data/profile")[-2:] == ["--data-dir", "/data/profile"]


def test_exec_quoting_follows_the_desktop_entry_rules():
    text = desktop_entry(["/opt/py/bin/python", "/home/a b/main.py", "--data-dir", "/x/50%$\\"])
    (line,) = [row for row in text.splitlines() if row.startswith("Exec=")]
    assert line == 'Exec=/opt/py/bin/python "/home/a b/main.py" --data-dir "/x/50%%\\\\$\\\\\\\\"'
    with pytest.raises(ValueError, match="control characters"):
        desktop_entry(["/tmp/new\nline"])
