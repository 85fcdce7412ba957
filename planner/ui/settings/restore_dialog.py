"""Before a restore: the chosen file is checked off the GUI thread, what it holds is
shown, and only then can the person say "Restore and restart". The restore itself runs
while the window is closed (the data file must not be open), then the app starts again."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.services.backups import BackupError, BackupInfo, problem_text
from planner.services.export_restore import ExportSummary
from planner.services.problems import describe
from planner.ui.kit.formatting import clock, day_short_month_year, file_size

if TYPE_CHECKING:
    from planner.services.backup_keeper import BackupKeeper


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class RestoreDialog(QDialog):
    """Check a backup, show it, and confirm the restore."""

    checked = Signal()  # the file's check is done (good or not)

    def __init__(
        self, keeper: BackupKeeper, path: Path, zone: tzinfo, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore your data"))
        self.setMinimumWidth(480)
        self._keeper = keeper
        self._path = Path(path)
        self._zone = zone
        self.info: BackupInfo | ExportSummary | None = None
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with the details
        self.heading = _label("RestoreHeading")
        self.heading.setProperty("role", "title")
        self.heading.setText(self.tr("Checking {file}…").format(file=self._path.name))
        layout.addWidget(self.heading)
        self.details = _label("RestoreDetails")
        layout.addWidget(self.details)
        self.explain = _label("RestoreExplain")
        self.explain.setText(
            self.tr(
                "Restoring puts this backup in place of your data as it is now. Your data as "
                "it is now is backed up first, so you can go back to it. The app closes and "
                "opens again with the restored data."
            )
        )
        self.explain.setMinimumWidth(440)
        self.explain.setVisible(False)
        layout.addWidget(self.explain)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("CancelRestore")
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restore and restart"))
        self.restore_button.setObjectName("ConfirmRestore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        row.addWidget(self.cancel_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        keeper.check_later(self._path, self._show, self._refuse)

    def _show(self, info: BackupInfo | ExportSummary) -> None:
        self.info = info
        lines = [self.tr("File: {name}").format(name=self._path.name)]
        if isinstance(info, BackupInfo):
            self.heading.setText(self.tr("This backup can be restored."))
            if info.at is not None:
                lines.append(self.tr("Made: {when}").format(when=self._when(info.at)))
        else:
            self.heading.setText(self.tr("This export can be restored."))
            lines.append(self.tr("Exported: {when}").format(when=self._when(info.exported_at)))
            lines.append(self.tr("Checklist items: {n}").format(n=info.items))
        lines.append(self.tr("Check-ins: {n}").format(n=info.checkins))
        lines.append(self.tr("Check-offs: {n}").format(n=info.checkoffs))
        if not isinstance(info, BackupInfo):
            lines.append(self.tr("Checkups: {n}").format(n=info.checkups))
            lines.append(self.tr("Questions: {n}").format(n=info.questions))
        lines.append(self.tr("Size: {size}").format(size=file_size(info.size)))
        self.details.setText("\n".join(lines))
        self.explain.setVisible(True)
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        self.checked.emit()

    def _when(self, at: datetime) -> str:
        local = at.astimezone(self._zone)
        return self.tr("{day}, {time}").format(
            day=day_short_month_year(local.date()), time=clock(local)
        )

    def _refuse(self, error: BaseException) -> None:
        self.heading.setText(self.tr("This file cannot be restored."))
        self.details.setText(
            problem_text(error) if isinstance(error, BackupError) else describe(error)
        )
        self.checked.emit()

    def _restore(self) -> None:
        self.restore_button.setEnabled(False)
        self.accept()
        self._keeper.ask_restore(self._path)
