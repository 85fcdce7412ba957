"""The page base class: refresh on the changes a page shows, at once or when next shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from planner.services.changes import Area, ChangeBus, Changes
from planner.services.settings import Setting


class Page(QWidget):
    """A page of the window that follows the change bus.

    Subclasses name the ``areas`` (and ``settings``) they show and implement ``refresh``.
    A change that touches them refreshes the page at once while it is shown; a hidden
    page is only marked stale and reads again when it is next shown.
    """

    areas: tuple[Area, ...] = ()
    settings: tuple[Setting[Any], ...] = ()

    def __init__(self, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = False
        bus.changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.areas) or changes.touches_setting(*self.settings):
            self.mark_stale()

    def mark_stale(self) -> None:
        """What the page shows changed: read it again now if shown, else when next shown."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    @property
    def stale(self) -> bool:
        return self._stale

    def refresh(self) -> None:
        """Read what the page shows again (subclasses do the reading)."""

    def showEvent(self, event: Any) -> None:  # noqa: N802
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


class ChangeWatch(QObject):
    """Calls ``callback`` after each change that touches ``areas`` or ``settings``.

    For parts of a page (cards, banners): it belongs to ``owner`` and goes with it, so a
    deleted card is never called."""

    def __init__(
        self,
        bus: ChangeBus,
        owner: QObject,
        callback: Callable[[], object],
        areas: tuple[Area, ...],
        settings: tuple[Setting[Any], ...] = (),
    ) -> None:
        super().__init__(owner)
        self._callback = callback
        self._areas = areas
        self._settings = settings
        bus.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*self._areas) or changes.touches_setting(*self._settings):
            self._callback()
