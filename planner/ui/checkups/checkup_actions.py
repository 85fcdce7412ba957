"""Asking about one checkup: the editor, and "delete it?"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from planner.domain.journal import Checkup
from planner.services.journal import JournalService
from planner.ui.checkups.checkup_words import phrase


def ask_checkup(
    journal: JournalService, checkup: Checkup | None, parent: QWidget
) -> Checkup | None:
    """Open the checkup editor; the checkup as filled in, or None when cancelled."""
    from planner.ui.checkups.checkup_editor import CheckupEditor  # loaded when first needed

    editor = CheckupEditor(journal, checkup, parent)
    accepted = editor.exec() == QDialog.DialogCode.Accepted
    return editor.result_checkup() if accepted else None


def confirm_delete(checkup: Checkup, parent: QWidget) -> bool:
    """Ask before deleting a checkup, naming it; True when the person said Delete."""
    from PySide6.QtWidgets import QMessageBox  # rarely needed: not loaded at start-up

    box = QMessageBox(parent)
    box.setObjectName("ConfirmDeleteCheckup")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CheckupsPage", "Delete checkup"))
    box.setText(
        QCoreApplication.translate("CheckupsPage", "Delete your {checkup}?").format(
            checkup=phrase(checkup)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CheckupsPage", "It comes off your list. Your check-ins are not changed."
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("CheckupsPage", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    delete.setObjectName("ConfirmDelete")
    delete.setAccessibleName(QCoreApplication.translate("CheckupsPage", "Delete the checkup"))
    keep = box.addButton(
        QCoreApplication.translate("CheckupsPage", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("KeepCheckup")
    keep.setAccessibleName(QCoreApplication.translate("CheckupsPage", "Keep the checkup"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete
