"""The check-in's note: the kit's ``TextArea``, with a paste cleaned only as far as it fits.

``TextArea`` cleans the whole of a paste before cutting it to the room left; for a
megabyte pasted by mistake that alone takes longer than the tenth of a second the window
may stall. Here the paste is cleaned in pieces until the room is full, so the cost
follows the room left (at most the note's limit), not the size of the paste.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from planner.ui.kit.text_fields import TextArea, note_text

#: A paste is cleaned this many characters at a time (at least).
PIECE = 4096


def cleaned_start(raw: str, room: int) -> tuple[str, bool]:
    """The first ``room`` characters of ``raw`` once cleaned (``note_text``), and whether
    anything of ``raw`` was left out."""
    pieces: list[str] = []
    size = start = 0
    step = max(room, PIECE)
    while start < len(raw) and size <= room:
        end = min(start + step, len(raw))
        if end < len(raw) and raw[end - 1] == "\r" and raw[end] == "\n":
            end += 1  # a Windows line end stays whole: it becomes one line break
        piece = note_text(raw[start:end])
        pieces.append(piece)
        size += len(piece)
        start = end
    text = "".join(pieces)
    return text[:room], len(text) > room or start < len(raw)


class NoteArea(TextArea):
    """A note of at most ``max_chars``; pasting more is cut at once, cheaply."""

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        selected = len(self.textCursor().selectedText())
        room = max(0, self.max_chars - len(self.toPlainText()) + selected)
        text, cut = cleaned_start(source.text(), room)
        if cut:
            self.trimmed.emit(self.max_chars)
        if text:
            self.textCursor().insertText(text)
