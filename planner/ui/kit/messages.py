"""Plain-words message boxes shared by the screens."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something went wrong and what to do; nothing else changes."""
    from PySide6.QtWidgets import QMessageBox  # rarely needed: not loaded at start-up

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("ProblemMessage")
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person something worked (a file saved, and where)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("InfoMessage")
    box.exec()
