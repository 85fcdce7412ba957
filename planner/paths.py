"""Every file location the app uses, from platformdirs unless a data folder is given."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "PLANNER_DATA_DIR"
_APP_DIR_NAME = "between-checkups"


@dataclass(frozen=True)
class AppPaths:
    """Where data, settings and logs live for one profile."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "planner.db"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "planner.lock"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "planner.log"

    @property
    def instance_key(self) -> str:
        """A name for the single-instance socket, one per data folder.

        A checksum of the folder's path is enough to tell a user's folders apart (the
        socket is private to the user), and zlib is already loaded when the app starts.
        """
        import zlib

        return f"between-checkups-{zlib.crc32(str(self.data_dir.resolve()).encode()):08x}"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The given folder (or $PLANNER_DATA_DIR) holds everything; else the platform folders."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or None
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return AppPaths(data_dir=root, config_dir=root, log_dir=root / "logs")
    import platformdirs

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(_APP_DIR_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(_APP_DIR_NAME, appauthor=False)),
    )


def resources_dir() -> Path:
    """The shipped resources folder (plans, schemas, icons, styles)."""
    return Path(__file__).resolve().parent.parent / "resources"
