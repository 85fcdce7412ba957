"""Fixtures for storage tests: a fresh store in a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.storage.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test database lives: a not-yet-existing data folder under tmp_path."""
    return tmp_path / "data" / "planner.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An open store with the current schema, closed after the test."""
    opened = Store.open(db_path)
    yield opened
    opened.close()
