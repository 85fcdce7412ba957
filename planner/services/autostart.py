"""'Start when I log in': an XDG autostart entry on Linux (other systems: not yet)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from planner import APP_NAME

ENTRY_NAME = "between-checkups.desktop"


def supported(platform: str = sys.platform) -> bool:
    """Whether this system has the autostart folder we know how to use."""
    return platform.startswith("linux")


def autostart_dir() -> Path:
    """$XDG_CONFIG_HOME/autostart (by default ~/.config/autostart)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def entry_path() -> Path:
    return autostart_dir() / ENTRY_NAME


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How this copy of the app is started at login: in the tray, same Python, same data.

    From a source checkout, its main.py (which works installed or not); from an
    installed copy, ``python -m planner``.
    """
    main = Path(__file__).resolve().parents[2] / "main.py"
    start = [str(main)] if main.is_file() else ["-m", "planner"]
    command = [sys.executable, *start, "--minimized"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def _quote(argument: str) -> str:
    r"""One Exec argument, per the desktop entry spec.

    Arguments with reserved characters go in double quotes, with ", `, $ and \ escaped
    by a backslash. The file's own string escapes apply first, so each of those
    backslashes is written doubled (a literal backslash becomes four). % is written %%.
    """
    if any(ord(c) < 32 or ord(c) == 127 for c in argument):
        raise ValueError("a path with control characters cannot go in an autostart entry")
    argument = argument.replace("%", "%%")
    if argument and not any(c in argument for c in " \t\"'\\><~|&;$*?#()`="):
        return argument
    escaped = "".join(
        "\\\\\\\\" if c == "\\" else "\\\\" + c if c in '"`$' else c for c in argument
    )
    return f'"{escaped}"'


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the autostart entry for ``command``."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Your checklist and reminders between checkups\n"
        f"Exec={' '.join(_quote(a) for a in command)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    return entry_path().is_file()


def enable(command: Sequence[str]) -> Path:
    """Write the entry (replacing an older one); returns its path. OSError on failure."""
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(desktop_entry(command), encoding="utf-8")
    partial.replace(path)
    return path


def disable() -> None:
    """Remove the entry if it is there. OSError on failure."""
    entry_path().unlink(missing_ok=True)
