"""What the journal's timeline is narrowed to: words, a tag, moods, worry and dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.journal.checkins import Mood


@dataclass(frozen=True)
class JournalFilter:
    """What the timeline is narrowed to; the default shows everything."""

    text: str = ""
    tag: str = ""
    moods: frozenset[Mood] = frozenset()
    worry_min: int = 0
    worry_max: int = 10
    since: date | None = None
    until: date | None = None

    @property
    def active(self) -> bool:
        return self != JournalFilter()

    def search_query(self) -> str:
        """The words as an FTS5 query: every word must appear, as a word or its start."""
        words = self.text.replace('"', " ").split()
        return " ".join(f'"{word}"*' for word in words)
