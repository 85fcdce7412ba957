"""Import a plan: choose a file, read in plain words what it will change, then apply it
(after a copy of the data file) or cancel. Settings' "Plans" part opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.plan_file import PlanError
from planner.services.plan_import import ImportPreview, PlanImport
from planner.services.plan_problems import describe_all
from planner.services.problems import describe
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.ops import run_op
from planner.ui.settings.plan_import_words import PreviewWords


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class PlanImportDialog(QDialog):
    """The preview of one plan file, and Apply / Cancel."""

    previewed = Signal()  # the preview (or the file's problems) is showing
    applied = Signal()  # Apply finished, whether it changed the data or not

    def __init__(self, plan_import: PlanImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanImportDialog")
        self.setWindowTitle(self.tr("Import a plan"))
        self.setAccessibleName(self.tr("Import a plan"))
        self.setMinimumSize(440, 360)  # the warning and the buttons always show
        self._fit_screen(560, 520)
        self._import = plan_import
        self._words = PreviewWords(self)
        self.preview: ImportPreview | None = None
        self.copy: Path | None = None

        layout = QVBoxLayout(self)
        self.heading = _label("ImportHeading")
        layout.addWidget(self.heading)
        self.patient_note = _label("OtherPatient")
        self.patient_note.setProperty("role", "title")
        self.patient_note.setVisible(False)
        layout.addWidget(self.patient_note)
        self.summary = _label("ImportPreview")
        self.summary.setAccessibleName(self.tr("What the plan will change"))
        # From the top of its area down, not floating in the middle of it.
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMargin(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.archive_check = QCheckBox()
        self.archive_check.setObjectName("ArchiveDropped")
        self.archive_check.setAccessibleName(
            self.tr("Also archive the items this plan no longer has")
        )
        self.archive_check.setChecked(False)
        layout.addWidget(self.archive_check)
        self.dropped = _label("DroppedItems")
        self.dropped.setProperty("role", "muted")
        layout.addWidget(self.dropped)
        self.done_note = _label("ImportDone")
        self.done_note.setVisible(False)
        layout.addWidget(self.done_note)

        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("CancelImport")
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.reject)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("ApplyImport")
        self.apply_button.setAccessibleName(self.tr("Apply the plan"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        row.addWidget(self.cancel_button)
        row.addWidget(self.apply_button)
        layout.addLayout(row)

    def _fit_screen(self, width: int, height: int) -> None:
        """The wanted size, but never taller or wider than the screen's free area (large
        text would otherwise put the buttons below its edge)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 60)
        self.resize(max(width, 440), max(height, 360))

    def choose_file(self) -> Path | None:
        """Ask for a plan file (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a plan"),
            QDir.homePath(),
            self.tr("Plan files (*.json);;All files (*)"),
        )
        return Path(name) if name else None

    def pick(self) -> bool:
        """Choose a file and show its preview; False when none was chosen."""
        path = self.choose_file()
        if path is None:
            return False
        self.load(path)
        return True

    def load(self, path: Path) -> None:
        """Read ``path`` off the GUI thread; its preview (or what is wrong) follows."""
        self.preview = None
        self.heading.setText(self.tr("Reading the plan…"))
        self.summary.setText("")
        self.patient_note.setVisible(False)
        self.archive_check.setVisible(False)
        self.dropped.setVisible(False)
        self.apply_button.setEnabled(False)
        self._import.preview_later(path, self._show, self._refuse)

    def _refuse(self, error: BaseException) -> None:
        lines = describe_all(error) if isinstance(error, PlanError) else [describe(error)]
        self.heading.setText(self.tr("This file cannot be imported. Nothing was changed."))
        self.summary.setText("\n\n".join(lines))
        self.previewed.emit()

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.heading.setText(
            self.tr("Importing “{name}” will change this:").format(name=preview.plan.name)
        )
        if preview.other_patient:
            self.patient_note.setText(
                self.tr(
                    "This plan was made for {new}, but the plan already here was made for "
                    "{old}. Check that this is the right file before you apply it."
                ).format(new=preview.patient, old=preview.other_patient)
            )
        self.patient_note.setVisible(bool(preview.other_patient))
        # After a warning, Return must not apply: Cancel is the default then.
        self.apply_button.setDefault(not preview.other_patient)
        self.apply_button.setAutoDefault(not preview.other_patient)
        self.cancel_button.setDefault(bool(preview.other_patient))
        if preview.other_patient:
            self.cancel_button.setFocus()
        self.summary.setText("\n\n".join(self._words.lines(preview)))
        count = len(preview.dropped)
        self.archive_check.setText(
            self.tr("Also archive the item this plan no longer has")
            if count == 1
            else self.tr("Also archive the %n items this plan no longer has", "", count)
        )
        self.archive_check.setChecked(False)
        self.archive_check.setVisible(count > 0)
        self.dropped.setText(self._words.names([i.title for i in preview.dropped]))
        self.dropped.setVisible(count > 0)
        self.apply_button.setEnabled(True)
        self.previewed.emit()

    def apply(self) -> None:
        """Copy the data off the GUI thread, then apply the previewed plan (one
        transaction); a short account of what changed replaces the buttons."""
        preview = self.preview
        if preview is None or not self.apply_button.isEnabled():
            return
        archive = bool(preview.dropped) and self.archive_check.isChecked()
        self.apply_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.archive_check.setEnabled(False)
        self.done_note.setText(self.tr("Making a copy of your data first…"))
        self.done_note.setVisible(True)
        self._import.copy_later(
            lambda copy: self._apply_after(preview, archive, copy), self._not_copied
        )

    def _not_copied(self, error: BaseException) -> None:
        self.done_note.setText(
            self.tr("No copy of your data could be made, so nothing was changed. {why}").format(
                why=describe(error)
            )
        )
        self._unlock()
        self.applied.emit()

    def _unlock(self) -> None:
        self.apply_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.archive_check.setEnabled(True)

    def _apply_after(self, preview: ImportPreview, archive: bool, copy: Path) -> None:
        result = run_op(
            self,
            lambda: self._import.apply_after_copy(preview, archive_dropped=archive, origin=self),
            title=self.tr("Not imported"),
        )
        if not result:
            self.done_note.setText(self.tr("Nothing was changed."))
            self._unlock()
            self.applied.emit()
            return
        self.copy = copy
        archived = len(preview.dropped) if archive else 0
        changed = self._words.done_lines(preview, archived)
        self.heading.setText(
            self.tr("“{name}” was imported. This was changed:").format(name=preview.plan.name)
            if changed
            else self.tr("“{name}” was imported. Nothing needed to change.").format(
                name=preview.plan.name
            )
        )
        self.patient_note.setVisible(False)
        self.summary.setText("\n".join(changed))
        self.done_note.setText(
            self.tr(
                "A backup of your data from before was made first. Settings → Backups lists it."
            )
        )
        self.apply_button.setVisible(False)
        self.archive_check.setVisible(False)
        self.dropped.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.accept)
        self.applied.emit()

    def done(self, result: int) -> None:
        """Closing waits for a copy still being made (it is quick) before going."""
        self._import.wait()
        super().done(result)


class PlanImportSection(QObject):
    """Settings' "Plans" part: the "Import a plan…" button."""

    def __init__(self, layout: QVBoxLayout, plan_import: PlanImport, page: QWidget) -> None:
        super().__init__(page)
        self._import = plan_import
        self._page = page
        self.dialog: PlanImportDialog | None = None
        box = titled_panel(layout, self.tr("Plans"), "PlansHeading")
        note = _label("PlansNote")
        note.setProperty("role", "muted")
        note.setText(
            self.tr(
                "A plan from your care team adds checklist items, checkups, contacts and "
                "questions. A newer version of the same plan updates what it added."
            )
        )
        box.addWidget(note)
        self.button = QPushButton(self.tr("Import a plan…"))
        self.button.setObjectName("ImportPlanButton")
        self.button.setAccessibleName(self.tr("Import a plan"))
        self.button.clicked.connect(self.open_dialog)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        box.addLayout(row)

    def open_dialog(self) -> None:
        dialog = PlanImportDialog(self._import, self._page)
        if not dialog.pick():
            dialog.deleteLater()
            return
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
