"""The status line at the foot of the page: what just happened, and Undo for a while."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner.ui.kit.theme import set_icon

#: Undo stays offered this long after a change.
UNDO_MS = 10_000
#: At most this many changes in a row can be undone.
MAX_UNDOS = 10


class UndoBar(QFrame):
    """ "Marked as asked. Undo": shown for ``UNDO_MS`` after the last change.

    Changes made one after another can be undone one after another, newest first (two
    quick presses of Delete never lose the first question). A line said without an undo
    ("Added to your list.") ends the undos offered before it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UndoBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 8, 6)
        row.setSpacing(10)
        self.text = QLabel()
        self.text.setObjectName("QuestionsStatus")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        set_icon(self.undo_button, "undo")
        self.undo_button.setObjectName("UndoQuestion")
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setMinimumHeight(40)
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_button)
        self._undos: list[tuple[str, Callable[[], None]]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_MS)
        self._timer.timeout.connect(self.end)
        self.setVisible(False)

    def offer(self, text: str, undo: Callable[[], None] | None = None) -> None:
        """Say ``text``, with an Undo button that calls ``undo`` when one is given."""
        if undo is None:
            self._undos.clear()
        else:
            self._undos.append((text, undo))
            del self._undos[:-MAX_UNDOS]
        self._show(text)

    def _show(self, text: str) -> None:
        self.text.setText(text)
        self.undo_button.setVisible(bool(self._undos))
        self.undo_button.setAccessibleDescription(text)
        self.setVisible(True)
        self._timer.start()

    def undo(self) -> None:
        """Undo the newest change still offered; the one before it is offered next."""
        if not self._undos:
            return
        _text, action = self._undos.pop()
        if self._undos:
            self._show(self._undos[-1][0])
        else:
            self.end()
        action()

    def can_undo(self) -> bool:
        return bool(self._undos)

    def end(self) -> None:
        self._timer.stop()
        self._undos.clear()
        self.setVisible(False)
