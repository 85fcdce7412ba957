"""Import a plan: choose a file, read in plain words what it will change, then apply it
(after a copy of the data file) or cancel. Settings' "Plans" part opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
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
from planner.services.plan_import import (
    ContactField,
    ImportPreview,
    ItemField,
    PlanImport,
)
from planner.services.plan_problems import describe_all
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.formatting import day_short_month_year
from planner.ui.kit.ops import run_op

#: At most this many names are listed under a count; the rest are "and N more".
LISTED = 12


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class PlanImportDialog(QDialog):
    """The preview of one plan file, and Apply / Cancel."""

    def __init__(self, plan_import: PlanImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanImportDialog")
        self.setWindowTitle(self.tr("Import a plan"))
        self.setAccessibleName(self.tr("Import a plan"))
        self.resize(560, 520)
        self._import = plan_import
        self.preview: ImportPreview | None = None
        self.copy: Path | None = None

        layout = QVBoxLayout(self)
        self.heading = _label("ImportHeading")
        layout.addWidget(self.heading)
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

    def choose_file(self) -> Path | None:
        """Ask for a plan file (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a plan"), "", self.tr("Plan files (*.json);;All files (*)")
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
        """Show what importing ``path`` would change, or what is wrong with the file."""
        said: list[str] = []
        result = run_op(self, lambda: self._import.preview(path), report=said.append)
        self.preview = result.value
        if result.value is None:
            error = result.error
            lines = describe_all(error) if isinstance(error, PlanError) else said
            self.heading.setText(self.tr("This file cannot be imported. Nothing was changed."))
            self.summary.setText("\n\n".join(lines))
            self.archive_check.setVisible(False)
            self.dropped.setVisible(False)
            self.apply_button.setEnabled(False)
            return
        preview = result.value
        name = preview.plan.name
        self.heading.setText(self.tr("Importing “{name}” will change this:").format(name=name))
        self.summary.setText("\n\n".join(self.lines(preview)))
        count = len(preview.dropped)
        self.archive_check.setText(
            self.tr("Also archive the item this plan no longer has")
            if count == 1
            else self.tr("Also archive the %n items this plan no longer has", "", count)
        )
        self.archive_check.setChecked(False)
        self.archive_check.setVisible(count > 0)
        self.dropped.setText(self._names([i.title for i in preview.dropped]))
        self.dropped.setVisible(count > 0)
        self.apply_button.setEnabled(True)

    def _names(self, names: list[str]) -> str:
        shown = [f"• {name}" for name in names[:LISTED]]
        rest = len(names) - LISTED
        if rest > 0:
            shown.append(self.tr("and %n more", "", rest))
        return "\n".join(shown)

    def _counted(self, sentence: str, names: list[str]) -> str:
        return f"{sentence}\n{self._names(names)}" if names else sentence

    def _field(self, field: ItemField) -> str:
        words = {
            ItemField.TITLE: self.tr("name"),
            ItemField.WHY: self.tr("why it helps"),
            ItemField.DETAILS: self.tr("details"),
            ItemField.CATEGORY: self.tr("kind"),
            ItemField.SCHEDULE: self.tr("how often"),
            ItemField.TARGET: self.tr("goal"),
            ItemField.REMINDERS: self.tr("reminders"),
        }
        return words[field]

    def _contact(self, field: ContactField) -> str:
        words = {
            ContactField.NAME: self.tr("Care team"),
            ContactField.PHONE: self.tr("Phone"),
            ContactField.AFTER_HOURS: self.tr("Phone out of hours"),
        }
        return words[field]

    def lines(self, p: ImportPreview) -> list[str]:
        """The preview in plain words, a paragraph each."""
        out: list[str] = []
        if p.added:
            out.append(
                self._counted(
                    self.tr("1 item will be added:")
                    if len(p.added) == 1
                    else self.tr("%n items will be added:", "", len(p.added)),
                    [i.title for i in p.added],
                )
            )
        if p.updated:
            changes = []
            for u in p.updated:
                what = ", ".join(self._field(f) for f in u.changes)
                if u.old.title != u.new.title:
                    changes.append(
                        self.tr("{old} becomes {new} ({what})").format(
                            old=u.old.title, new=u.new.title, what=what
                        )
                    )
                else:
                    changes.append(self.tr("{name} ({what})").format(name=u.new.title, what=what))
            sentence = (
                self.tr("1 item will be updated; its check-offs stay:")
                if len(p.updated) == 1
                else self.tr("%n items will be updated; their check-offs stay:", "", len(p.updated))
            )
            out.append(self._counted(sentence, changes))
        if p.kept:
            out.append(
                self.tr("1 item from the plan stays as it is.")
                if len(p.kept) == 1
                else self.tr("%n items from the plan stay as they are.", "", len(p.kept))
            )
        if p.own_items:
            out.append(
                self.tr("Your own item is not touched.")
                if p.own_items == 1
                else self.tr("Your own %n items are not touched.", "", p.own_items)
            )
        if p.schedules_added:
            out.append(
                self._counted(
                    self.tr("1 follow-up schedule will be added:")
                    if len(p.schedules_added) == 1
                    else self.tr(
                        "%n follow-up schedules will be added:", "", len(p.schedules_added)
                    ),
                    [s.title for s in p.schedules_added],
                )
            )
        if p.schedules_replaced:
            out.append(
                self._counted(
                    self.tr("1 follow-up schedule will be replaced by the plan's:")
                    if len(p.schedules_replaced) == 1
                    else self.tr(
                        "%n follow-up schedules will be replaced by the plan's:",
                        "",
                        len(p.schedules_replaced),
                    ),
                    [s.title for s in p.schedules_replaced],
                )
            )
        if p.anchor is not None:
            out.append(
                self.tr("Checkups will be counted from: {event}, {day}").format(
                    event=p.anchor.event, day=day_short_month_year(p.anchor.on)
                )
            )
        if p.checkups_planned:
            out.append(
                self.tr("1 checkup will be planned for the next two years.")
                if p.checkups_planned == 1
                else self.tr(
                    "%n checkups will be planned for the next two years.",
                    "",
                    p.checkups_planned,
                )
            )
        for change in p.contacts:
            out.append(
                self.tr("{what}: {new} (now: {old})").format(
                    what=self._contact(change.field),
                    new=change.new,
                    old=change.old or self.tr("none"),
                )
            )
        if p.questions:
            out.append(
                self._counted(
                    self.tr("1 question will be added:")
                    if len(p.questions) == 1
                    else self.tr("%n questions will be added:", "", len(p.questions)),
                    list(p.questions),
                )
            )
        if not p.changes_anything:
            out.append(self.tr("Nothing will change: everything in this plan is already here."))
        out.append(self.tr("A copy of your data is made first, so nothing is lost."))
        return out

    def apply(self) -> None:
        """Apply the previewed plan; then a short confirmation instead of the buttons."""
        preview = self.preview
        if preview is None:
            return
        archive = bool(preview.dropped) and self.archive_check.isChecked()
        result = run_op(
            self,
            lambda: self._import.apply(preview, archive_dropped=archive, origin=self),
            title=self.tr("Not imported"),
        )
        if result.value is None:
            return
        self.copy = result.value
        self.done_note.setText(
            self.tr("The plan was imported. Your data from before is kept in {file}.").format(
                file=result.value.name
            )
        )
        self.done_note.setVisible(True)
        self.apply_button.setVisible(False)
        self.archive_check.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.accept)


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
