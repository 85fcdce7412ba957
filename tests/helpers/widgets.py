"""Checks over a widget tree: every control named for screen readers, no label cut off."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


def _inside_combo_popup(widget: QWidget) -> bool:
    """A combo box's own drop-down list is named by the combo box itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets under ``root`` that have no accessible name."""
    return [
        f"{type(w).__name__}:{w.objectName()}:{getattr(w, 'text', lambda: '')()}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not w.accessibleName()
        and not _inside_combo_popup(w)
        and w.objectName() != "qt_spinbox_lineedit"
        and not w.objectName().startswith("qt_")
    ]


def clipped(root: QWidget) -> list[str]:
    """The visible labels under ``root`` that are cut off (too small for their text)."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        needed = (
            label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        )
        if label.height() + 1 < needed or (
            not label.wordWrap() and label.width() + 1 < label.sizeHint().width()
        ):
            problems.append(f"{label.objectName() or label.text()[:30]}")
    return problems
