"""Keeping an editor that opens in place in sight: scrolled fully into view, down to its
Save and Cancel, when it opens and each time it grows while the person writes in it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from shiboken6 import isValid

#: Room kept between the editor's buttons and the edge of the page's view.
MARGIN = 16


class GrowWatch(QObject):
    """Says when ``editor`` grows taller while it is open and has the keyboard (a line
    about the limit appears, say), so the page can keep its buttons in view.

    Signals:
        grew(): the editor is taller than it was.
    """

    grew = Signal()

    def __init__(self, editor: QWidget) -> None:
        super().__init__(editor)
        self._editor = editor
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._editor and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            focus = QApplication.focusWidget()
            writing = focus is not None and self._editor.isAncestorOf(focus)
            if (
                self._editor.isVisible()
                and writing
                and event.size().height() > max(0, event.oldSize().height())
            ):
                self.grew.emit()
        return super().eventFilter(watched, event)


class InView(QObject):
    """Scrolls ``scroll`` so an open editor is seen whole (or, when it is taller than the
    view, down to its buttons), once the page's layout has caught up with it."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        self._wanted: tuple[QWidget, QWidget] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the layout requests already on their way
        self._timer.timeout.connect(self._show)

    def show(self, editor: QWidget, buttons: QWidget) -> None:
        """Bring ``editor`` and its ``buttons`` into view, as soon as they are laid out."""
        self._wanted = (editor, buttons)
        self._timer.start()

    def _show(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is None or not all(isValid(w) for w in wanted):
            return  # drawn again (or gone) meanwhile
        editor, buttons = wanted
        if not editor.isVisible():
            return
        body = self._scroll.widget()
        column = body.layout() if body is not None else None
        if column is not None:
            column.activate()  # the editor's place as it is now, not as it was
        self._scroll.ensureWidgetVisible(editor, 0, MARGIN)
        self._scroll.ensureWidgetVisible(buttons, 0, MARGIN)
