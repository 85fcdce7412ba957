"""Settings' privacy part: a passphrase that locks the journal (set, change, remove),
"remember on this computer", and locking after a time without use.

It works through ``services.passphrase`` only. Setting, changing or removing rewrites
the whole file with the store closed (the service's ``run_closed``, given by the app).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.privacy import IDLE_LOCK_CHOICES
from planner.services.passphrase import (
    PassphraseService,
    check_new,
    delete_backups,
    plain_backups,
)
from planner.services.settings import IDLE_LOCK, Settings
from planner.ui.kit.fields import error_label, titled_panel
from planner.ui.kit.ops import log_only, run_op

SET, CHANGE, REMOVE = "set", "change", "remove"


class PrivacySection(QObject):
    """The passphrase's buttons, the remember box and the idle lock, in one panel.

    ``make_backup``: "make a backup now" (the backups part's), offered before a
    passphrase is set; it returns nothing and raises a user error when it fails.
    """

    changed = Signal()  # a passphrase dialog closed: the backups may be new

    def __init__(
        self,
        layout: QVBoxLayout,
        service: PassphraseService,
        settings: Settings,
        page: QWidget,
        make_backup: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(page)
        self._service = service
        self._settings = settings
        self._page = page
        self._make_backup = make_backup
        box = titled_panel(layout, self.tr("Passphrase"), "PassphraseHeading")
        self.status = QLabel()
        self.status.setObjectName("PassphraseStatus")
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        row = QHBoxLayout()
        self.set_button = self._button(row, "SetPassphrase", self.tr("Set a passphrase…"), SET)
        self.change_button = self._button(
            row, "ChangePassphrase", self.tr("Change the passphrase…"), CHANGE
        )
        self.remove_button = self._button(
            row, "RemovePassphrase", self.tr("Remove the passphrase…"), REMOVE
        )
        row.addStretch(1)
        box.addLayout(row)
        self.remember = QCheckBox(self.tr("Remember the passphrase on this computer"))
        self.remember.setObjectName("RememberPassphrase")
        self.remember.toggled.connect(self._remember_toggled)
        box.addWidget(self.remember)
        box.addWidget(
            _muted(
                self.tr(
                    "Remembering it means you are not asked when you open the app. It still "
                    "keeps the journal safe if the computer or its disk is stolen, and from "
                    "other accounts on it. It does not keep it safe from someone who uses "
                    "your account while you are signed in."
                ),
                "RememberNote",
            )
        )
        form = QFormLayout()
        self.idle = QComboBox()
        self.idle.setObjectName("IdleLock")
        self.idle.setAccessibleName(self.tr("Lock the journal when you are away"))
        for minutes in IDLE_LOCK_CHOICES:
            self.idle.addItem(self._idle_text(minutes), minutes)
        self.idle.activated.connect(self._idle_chosen)
        form.addRow(self.tr("Lock when not used for"), self.idle)
        box.addLayout(form)
        box.addWidget(
            _muted(
                self.tr(
                    "For a computer you share: the journal locks itself, and the passphrase "
                    "opens it again. Reminders wait until you unlock it."
                ),
                "IdleLockNote",
            )
        )
        self.refresh()

    def _idle_text(self, minutes: int) -> str:
        """The idle-lock choice's words (each written out, so each translates whole)."""
        if minutes == 0:
            return self.tr("Never")
        if minutes == 60:
            return self.tr("1 hour")
        if minutes == 1:
            return self.tr("1 minute")
        return self.tr("%n minutes", "", minutes)

    def _button(self, row: QHBoxLayout, name: str, text: str, mode: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self.open_dialog(mode))
        row.addWidget(button)
        return button

    def refresh(self) -> None:
        """Show whether a passphrase is set and what goes with it."""
        protected = self._service.protected
        if protected:
            self.status.setText(
                self.tr("Your journal is locked with a passphrase. It is needed to open it.")
            )
        else:
            self.status.setText(
                self.tr(
                    "Your journal has no passphrase. Anyone who can use this computer "
                    "could read it."
                )
            )
        self.set_button.setVisible(not protected)
        self.change_button.setVisible(protected)
        self.remove_button.setVisible(protected)
        self.remember.blockSignals(True)
        self.remember.setChecked(protected and self._service.remembered.is_saved())
        self.remember.setEnabled(protected)
        self.remember.blockSignals(False)
        self.idle.setEnabled(protected)
        minutes = run_op(None, lambda: self._settings.get(IDLE_LOCK), report=log_only).value
        index = self.idle.findData(minutes or 0)
        self.idle.setCurrentIndex(max(index, 0))

    def open_dialog(self, mode: str) -> PassphraseDialog:
        """Open the dialog for ``mode`` (set, change, remove); returns it (for tests)."""
        dialog = PassphraseDialog(mode, self._service, self._page, self._make_backup)
        dialog.finished.connect(lambda _result: self._after(dialog))
        dialog.open()
        return dialog

    def _after(self, dialog: PassphraseDialog) -> None:
        self.refresh()
        self.changed.emit()  # the backups were rewritten too (or one was made)
        dialog.deleteLater()

    def _remember_toggled(self, on: bool) -> None:
        remembered = self._service.remembered
        if not on:
            remembered.forget()
            return
        problem = remembered.save()
        if problem is not None:
            self.remember.blockSignals(True)
            self.remember.setChecked(False)
            self.remember.blockSignals(False)
            from planner.ui.kit.messages import show_problem

            show_problem(self._page, self.tr("Not remembered"), problem)

    def _idle_chosen(self, index: int) -> None:
        minutes = int(self.idle.itemData(index))
        run_op(self._page, lambda: self._settings.set(IDLE_LOCK, minutes, origin=self._page))


class PassphraseDialog(QDialog):
    """Set (typed twice, after the warning), change (the current one, then the new one
    twice) or remove (the current one) the passphrase."""

    def __init__(
        self,
        mode: str,
        service: PassphraseService,
        parent: QWidget,
        make_backup: Callable[[], object] | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setMinimumWidth(480)
        self._mode = mode
        self._service = service
        self._make_backup = make_backup
        column = QVBoxLayout(self)
        column.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with a message
        if mode == SET:
            self.setWindowTitle(self.tr("Set a passphrase"))
            column.addWidget(
                _warning(
                    self.tr(
                        "If you forget your passphrase, nobody can open your journal again, "
                        "not even us. Write it down and keep it somewhere safe."
                    )
                )
            )
        elif mode == CHANGE:
            self.setWindowTitle(self.tr("Change the passphrase"))
        else:
            self.setWindowTitle(self.tr("Remove the passphrase"))
            column.addWidget(
                _muted(
                    self.tr(
                        "Without a passphrase, anyone who can use this computer could read "
                        "your journal."
                    ),
                    "RemoveNote",
                )
            )
        self.backup_button: QPushButton | None = None
        self.backup_note = _muted("", "BackupNote")
        if mode == SET and make_backup is not None:
            self.backup_button = QPushButton(self.tr("Make a backup first"))
            self.backup_button.setObjectName("BackupFirst")
            self.backup_button.clicked.connect(self._backup)
            backup_row = QHBoxLayout()
            backup_row.addWidget(self.backup_button)
            backup_row.addStretch(1)
            column.addLayout(backup_row)
            column.addWidget(self.backup_note)
            # Its line is there from the start, so nothing moves when it is filled in.
            self.backup_note.setText(" ")
        form = QFormLayout()
        self.current = self._secret(form, "CurrentPassphrase", self.tr("Current passphrase"))
        self.first = self._secret(form, "NewPassphrase", self.tr("New passphrase"))
        self.second = self._secret(form, "NewPassphraseAgain", self.tr("Type it again"))
        self.current.setVisible(mode != SET)
        form.setRowVisible(self.current, mode != SET)
        form.setRowVisible(self.first, mode != REMOVE)
        form.setRowVisible(self.second, mode != REMOVE)
        column.addLayout(form)
        self.remember = QCheckBox(self.tr("Remember it on this computer"))
        self.remember.setObjectName("RememberInDialog")
        self.remember.setChecked(mode == CHANGE and service.remembered.is_saved())
        self.remember.setVisible(mode != REMOVE)
        column.addWidget(self.remember)
        self.error = error_label()
        column.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("PassphraseOk")
        # The button says what it does, with no stock icon.
        self.ok.setText(
            self.tr("Set the passphrase")
            if mode == SET
            else self.tr("Change it")
            if mode == CHANGE
            else self.tr("Remove it")
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        for button in (self.ok, cancel):
            button.setIcon(QIcon())
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _secret(self, form: QFormLayout, name: str, label: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(label)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(label, field)
        return field

    def _backup(self) -> None:
        assert self._make_backup is not None
        if run_op(self, self._make_backup, title=self.tr("No backup made")).error is None:
            self.backup_note.setText(self.tr("A backup was made."))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def apply(self) -> None:
        """Check what was typed, then set, change or remove; wrong input stays here."""
        if self._mode != REMOVE:
            problem = check_new(self.first.text(), self.second.text())
            if problem is not None:
                self._say(problem)
                return
        if self._mode != SET and not self.current.text():
            self._say(self.tr("Type your current passphrase."))
            return
        service, remember = self._service, self.remember.isChecked()
        note: list[str | None] = [None]

        def run() -> None:
            if self._mode == SET:
                note[0] = service.set(self.first.text(), remember=remember)
            elif self._mode == CHANGE:
                note[0] = service.change(self.current.text(), self.first.text(), remember=remember)
            else:
                service.remove(self.current.text())

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            failed = run_op(self, run, report=self._say).error is not None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failed:
            return
        if note[0] is not None:
            from planner.ui.kit.messages import show_problem

            show_problem(self, self.tr("Not remembered"), note[0])
        backups = self._service.backups_note()
        if backups is not None:
            from planner.ui.kit.messages import show_problem

            show_problem(self, self.tr("Backups"), backups)
        if self._mode == SET:
            self._offer_plain_backups()
        self.accept()

    def _offer_plain_backups(self) -> None:
        """Backups made before the passphrase are not locked: say so, offer to delete."""
        files = plain_backups(self._service.database)
        if not files:
            return
        from PySide6.QtWidgets import QMessageBox

        if len(files) == 1:
            text = self.tr(
                "1 older backup is not locked by the passphrase. Anyone could read it. "
                "Delete it now?"
            )
        else:
            text = self.tr(
                "{count} older backups are not locked by the passphrase. Anyone could read "
                "them. Delete them now?"
            ).format(count=len(files))
        answer = QMessageBox.question(self, self.tr("Older backups"), text)
        if answer == QMessageBox.StandardButton.Yes:
            run_op(self, lambda: delete_backups(files))


def _muted(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def _warning(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("LostPassphraseWarning")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: 600;")
    return label
