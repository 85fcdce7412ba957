"""What the rooms may ask of the main window, without importing it (no circle)."""

from __future__ import annotations

from typing import Protocol


class WindowActions(Protocol):
    """The main window's actions that other parts of the app call."""

    def bring_forward(self) -> None: ...

    def open_item(self, item_id: int) -> None: ...

    def open_checkin(self, mood: int | None = None, worry: int | None = None) -> None: ...

    def show_page(self, which: int | str) -> None: ...

    def show_pause(self) -> None: ...

    def quit_app(self) -> None: ...
