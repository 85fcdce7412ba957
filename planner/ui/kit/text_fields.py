"""Text fields that take whatever is typed or pasted and keep only what fits.

One-line fields drop control characters (a pasted carriage return, tab or NUL would
break a CSV row or hide text) and hold at most ``max_length`` characters. Notes keep
line breaks and tabs, drop the other control characters, and take at most
``max_chars``: a megabyte pasted by mistake is cut at once, so the window never stalls
laying it out. Both say when they cut something (``trimmed``).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

#: Line and paragraph separators: a line break to a one-line field.
_BREAKS = "\r\n\t\v\f\x85\u2028\u2029"


def _control(ch: str) -> bool:
    # Only the C0/C1 control characters: format characters (the zero-width joiner in
    # emoji, right-to-left marks) are part of the text and stay.
    return unicodedata.category(ch) == "Cc"


def one_line(text: str) -> str:
    """``text`` without control characters; line breaks and tabs become spaces."""
    return "".join(" " if ch in _BREAKS else ch for ch in text if ch in _BREAKS or not _control(ch))


def note_text(text: str) -> str:
    """``text`` with line breaks and tabs kept and other control characters dropped
    (a Windows line end becomes one line break)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or not _control(ch))


#: A paste is cleaned this many characters at a time (at least).
PIECE = 4096


def cleaned_start(raw: str, room: int) -> tuple[str, bool]:
    """The first ``room`` characters of ``raw`` once cleaned (``note_text``), and whether
    anything of ``raw`` was left out.

    Cleaned piece by piece until the room is full, so a megabyte pasted by mistake
    costs what fits (at most a note's limit), not the size of the paste."""
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


class _OneLine(QValidator):
    """Cleans what is typed or pasted into a one-line field."""

    def __init__(self, field: LineField) -> None:
        super().__init__(field)
        self._field = field

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        clean = one_line(text)
        if clean != text:
            pos = max(0, pos - (len(text) - len(clean)))
            self._field.trimmed.emit(self._field.maxLength())
        return QValidator.State.Acceptable, clean, pos


class LineField(QLineEdit):
    """A one-line text field without control characters, at most ``max_length`` long.

    Signals:
        trimmed(int): something pasted or typed was cleaned or cut (the limit).
    """

    trimmed = Signal(int)

    def __init__(self, max_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(max_length)
        self.setValidator(_OneLine(self))

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        # Text set by the program (a saved value) is cleaned the same way.
        super().setText(one_line(text)[: self.maxLength()])


class TextArea(QPlainTextEdit):
    """A note: line breaks kept, other control characters dropped, ``max_chars`` at most.

    Signals:
        trimmed(int): pasted or typed text was cut to fit (the limit).
    """

    trimmed = Signal(int)

    def __init__(self, max_chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_chars = max_chars
        self.textChanged.connect(self._keep_to_limit)

    def _room(self) -> int:
        selected = len(self.textCursor().selectedText())
        return max(0, self.max_chars - len(self.toPlainText()) + selected)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        """Paste (and drop) as plain text, cleaned and cut to the room left, in one step."""
        text, cut = cleaned_start(source.text(), self._room())
        if cut:
            self.trimmed.emit(self.max_chars)
        if text:
            self.textCursor().insertText(text)

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setPlainText(note_text(text)[: self.max_chars])

    def _keep_to_limit(self) -> None:
        # Typing past the limit (pasting is cut before it lands): take back the excess.
        text = self.toPlainText()
        if len(text) <= self.max_chars:
            return
        cursor = self.textCursor()
        position = cursor.position()
        excess = len(text) - self.max_chars
        cursor.setPosition(max(0, position - excess))
        cursor.setPosition(position, cursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.trimmed.emit(self.max_chars)
