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
    """How this copy of the app is started at login: in the tray, same Python, same data."""
    main = Path(__file__).resolve().parents[2] / "main.py"
    command = [sys.executable, str(main), "--minimized"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def _quote(argument: str) -> str:
    # The desktop entry spec: quote arguments with reserved characters in double quotes,
    # escaping ", `, $ and \ inside them; a % is written %%.
    argument = argument.replace("%", "%%")
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
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
