"""The wrapped lines of text the wizard's pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def note(text: str, name: str, *, muted: bool = False) -> QLabel:
    """A wrapped paragraph with an object name (tests look it up)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if muted:
        label.setProperty("role", "muted")
    return label
