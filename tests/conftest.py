"""Shared test setup: Qt offscreen, user folders in a temp dir, hypothesis out of the tree."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis keeps its examples and caches in .pytest_cache, not in a new top-level folder.
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY",
    str(Path(__file__).resolve().parent.parent / ".pytest_cache" / "hypothesis"),
)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from hypothesis.database import DirectoryBasedExampleDatabase  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

settings.register_profile(
    "project",
    database=DirectoryBasedExampleDatabase(ROOT / ".pytest_cache" / "hypothesis"),
    deadline=None,
)
settings.load_profile("project")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """No test touches the real user folders: HOME and XDG folders point at a temp dir."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("PLANNER_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _restore_root_logger():
    """Handlers the app adds to the root logger (early records, log files) do not outlive a test."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
