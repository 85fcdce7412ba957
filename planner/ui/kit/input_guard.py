"""Two input rules for the whole app, so no value changes by accident:

- Return (or Enter) on a check box or a round choice button in a dialog goes to the
  dialog's default button (Next, Save), as on most desktops. Some platform themes (GTK)
  make Return press the focused button instead, which silently changed a choice.
- The mouse wheel over a time, date, number or list box that is not being edited scrolls
  the page instead of changing the value (the box slides under the pointer while the
  page scrolls).
- A click into a time or date box selects the part clicked (the hour, the minutes), so
  what is typed next replaces it: typing "18" over "20:00" gives 18:00.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QRadioButton,
    QWidget,
)

_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class InputGuard(QObject):
    """An application-wide event filter; ``install`` puts one on the running app."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clicked: tuple[QDateTimeEdit, QDateTimeEdit.Section] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, QCheckBox | QRadioButton):
            return self._return_to_dialog(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.Wheel and isinstance(watched, QAbstractSpinBox | QComboBox):
            return self._wheel_to_page(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.MouseButtonRelease and isinstance(watched, QLineEdit):
            edit = watched.parent()
            if isinstance(edit, QDateTimeEdit):
                self._clicked = (edit, edit.currentSection())
                self._select_clicked()
        elif (
            kind == QEvent.Type.FocusIn
            and self._clicked is not None
            and self._clicked[0] is watched
        ):
            self._select_clicked()  # getting the focus selected the first part again
        return False

    def _select_clicked(self) -> None:
        """Select the part of a time or date box that was clicked, once Qt has settled."""
        if self._clicked is None:
            return
        edit, section = self._clicked

        def select() -> None:
            edit.setSelectedSection(section)
            if edit.hasFocus():  # settled: a later Tab into it starts at the first part
                self._clicked = None

        QTimer.singleShot(0, edit, select)

    @staticmethod
    def _return_to_dialog(button: QWidget, event: QKeyEvent) -> bool:
        if event.key() not in _RETURN or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        dialog = button.window()
        if not isinstance(dialog, QDialog):
            return False
        QApplication.sendEvent(dialog, QKeyEvent(event.type(), event.key(), event.modifiers()))
        return True

    @staticmethod
    def _wheel_to_page(box: QWidget, event: QWheelEvent) -> bool:
        if box.hasFocus():
            return False  # being edited: the wheel steps the value, as people expect
        parent = box.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QApplication.sendEvent(parent.viewport(), event)
        return True


def install(app: QApplication | None = None) -> InputGuard | None:
    """Put the guard on ``app`` (the running one by default) once; it is the app's child,
    so it lives as long. Every event passes through it, so the window's start puts it on
    after the first paint (and before a dialog that comes first, such as the first start)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return None
    guard = app.findChild(InputGuard) or InputGuard(app)
    app.installEventFilter(guard)  # once: installing it again only moves it to the front
    return guard
