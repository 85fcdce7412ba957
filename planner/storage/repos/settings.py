"""Small key/value preferences (text only), saved in the same database as everything else."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.storage.db import Database


class SettingsRepository:
    """Text settings by key; each set() is its own transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        """The saved value for key, or default when it was never set."""
        row = self._db.connection.execute(
            "SELECT value FROM settings WHERE key = ?", (key,)
        ).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        """Save value under key, replacing any earlier value."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def all(self) -> dict[str, str]:
        """Every saved setting."""
        rows = self._db.connection.execute("SELECT key, value FROM settings ORDER BY key")
        return {str(k): str(v) for k, v in rows}
