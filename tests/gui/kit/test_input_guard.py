"""Return on a check box goes to the dialog's default button; the wheel over a time box
that is not being edited scrolls the page and leaves the time alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.ui.kit.input_guard import install


class KeysSeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            self.keys.append(event.key())  # type: ignore[attr-defined]
        return False


def test_return_on_a_check_box_presses_the_default_button_not_the_box(qtbot, qapp) -> None:
    guard = install(qapp)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        column = QVBoxLayout(dialog)
        box = QCheckBox("Remind me")
        box.setChecked(True)
        ok = QPushButton("Next")
        ok.setDefault(True)
        pressed: list[bool] = []
        ok.clicked.connect(lambda: pressed.append(True))
        column.addWidget(box)
        column.addWidget(ok)
        dialog.show()
        qtbot.waitExposed(dialog)
        box.setFocus()
        seen = KeysSeen()
        box.installEventFilter(seen)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert pressed == [True]
        # The box itself never gets the Return (a GTK theme would press it).
        assert Qt.Key.Key_Return not in seen.keys
        assert box.isChecked()  # not toggled by Return
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert not box.isChecked()  # Space still toggles it
    finally:
        qapp.removeEventFilter(guard)


def test_the_wheel_over_a_time_box_scrolls_the_page(qtbot, qapp) -> None:
    guard = install(qapp)
    try:
        area = QScrollArea()
        qtbot.addWidget(area)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addSpacing(600)
        edit = QTimeEdit(QTime(19, 30))
        column.addWidget(edit)
        column.addSpacing(1200)
        area.setWidget(body)
        area.resize(300, 300)
        area.show()
        qtbot.waitExposed(area)
        area.setFocus()
        before = area.verticalScrollBar().value()
        centre = QPointF(edit.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(edit.mapToGlobal(QPoint(5, 5))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(edit, wheel)
        assert edit.time() == QTime(19, 30)
        assert area.verticalScrollBar().value() > before
    finally:
        qapp.removeEventFilter(guard)


def test_a_click_into_the_hour_then_typing_replaces_the_hour(qtbot, qapp) -> None:
    guard = install(qapp)
    try:
        for place, typed, expected in ((1, "18", QTime(18, 0)), (4, "15", QTime(20, 15))):
            edit = QTimeEdit(QTime(20, 0))
            edit.setDisplayFormat("HH:mm")
            qtbot.addWidget(edit)
            edit.resize(120, 30)
            edit.show()
            edit.activateWindow()  # as the app's window is when someone clicks in it
            qtbot.waitActive(edit)
            line = edit.lineEdit()
            line.setCursorPosition(place)  # where that character is on the screen
            x = line.cursorRect().center().x()
            line.setCursorPosition(0)
            QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, 12))
            QTest.qWait(10)
            QTest.keyClicks(edit.lineEdit(), typed)
            edit.interpretText()
            assert edit.time() == expected
            edit.close()
    finally:
        qapp.removeEventFilter(guard)
