"""What changed after a commit, and the one bus that announces it to every screen.

Services publish one ``Changes`` record after each write has been committed; screens and
the reminder service subscribe once and refresh only what the record touches (Anki's
``OpChanges`` is the model). ``origin`` is whoever asked, so a screen can skip (or
update in place) the change it caused itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, Signal


class Keyed(Protocol):
    """A setting as far as a change record needs it (``services.settings.Setting``)."""

    @property
    def key(self) -> str: ...


class Area(StrEnum):
    """A part of the person's data that a write can change."""

    ITEMS = "items"  # checklist items: added, edited, moved, archived, restored
    ANSWERS = "answers"  # check-offs: done, partly done, skipped, undone
    JOURNAL = "journal"  # check-ins
    CHECKUPS = "checkups"
    QUESTIONS = "questions"  # questions for the care team
    SCREENS = "screens"  # the two-weekly questions' answers and the care-team notes
    SETTINGS = "settings"  # see ``Changes.settings`` for which


@dataclass(frozen=True)
class Changes:
    """Which areas a committed write changed, which settings, and who asked for it."""

    areas: frozenset[Area] = frozenset()
    settings: frozenset[str] = frozenset()
    everything: bool = False  # a new day or time zone, a restore: refresh all
    origin: object | None = None

    @classmethod
    def of(cls, *areas: Area, origin: object | None = None) -> Changes:
        return cls(areas=frozenset(areas), origin=origin)

    @classmethod
    def of_settings(cls, keys: Iterable[str], origin: object | None = None) -> Changes:
        return cls(areas=frozenset({Area.SETTINGS}), settings=frozenset(keys), origin=origin)

    @classmethod
    def all(cls, origin: object | None = None) -> Changes:
        return cls(everything=True, origin=origin)

    def touches(self, *areas: Area) -> bool:
        """Whether any of ``areas`` changed (always, for "everything")."""
        return self.everything or not self.areas.isdisjoint(areas)

    def touches_setting(self, *settings: Keyed) -> bool:
        """Whether any of these settings changed (always, for "everything")."""
        return self.everything or any(s.key in self.settings for s in settings)


class ChangeBus(QObject):
    """The one place changes are announced: ``changed(Changes)`` after each commit."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)
