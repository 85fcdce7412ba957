"""'Do you have a plan from your program?': a plan file, a template, or the standard plan.

A chosen file is read and checked at once; what is wrong with it is said in plain words
(``describe_all``) and Next stays off until a usable plan is chosen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from planner.domain.plan_file import Plan
from planner.services.plan_problems import describe_all
from planner.ui.first_start.choices import FirstStartChoices, load_plan, templates
from planner.ui.first_start.labels import note
from planner.ui.kit.fields import error_label, named

STANDARD, TEMPLATE, FILE = 0, 1, 2


class PlanPage(QWizardPage):
    """Choose the plan the checklist and follow-up start from."""

    def __init__(self, choices: FirstStartChoices, today: date) -> None:
        super().__init__()
        self.setObjectName("FirstStartPlan")
        self._choices = choices
        self._today = today
        self._file_plan: Plan | None = None
        self.setTitle(self.tr("Do you have a plan from your program?"))
        self.setSubTitle(
            self.tr("Your care team may have given you a plan file. If not, pick one below.")
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.group = QButtonGroup(self)
        self.standard = self._choice(
            self.tr("The standard plan (good for most people)"), "StandardPlanChoice", STANDARD
        )
        layout.addWidget(self.standard)

        self.template = self._choice(
            self.tr("An example plan for my cancer"), "TemplateChoice", TEMPLATE
        )
        layout.addWidget(self.template)
        self.templates = named(QListWidget(), "TemplateList", self.tr("Example plans"))
        self.templates.setMaximumHeight(120)
        self._plans = templates(today)
        for plan in self._plans:
            row = QListWidgetItem(plan.name)
            row.setToolTip(plan.description)
            self.templates.addItem(row)
        layout.addWidget(self.templates)
        self.description = note("", "TemplateDescription", muted=True)
        layout.addWidget(self.description)

        self.file = self._choice(self.tr("A plan file from my care team"), "FileChoice", FILE)
        row_box = QHBoxLayout()
        row_box.addWidget(self.file)
        self.open_button = named(
            QPushButton(self.tr("&Open a plan file...")),
            "OpenPlanFile",
            self.tr("Open a plan file"),
        )
        row_box.addWidget(self.open_button)
        row_box.addStretch(1)
        layout.addLayout(row_box)
        self.file_name = note("", "PlanFileName", muted=True)
        layout.addWidget(self.file_name)
        self.problems = error_label()
        self.problems.setObjectName("PlanProblems")
        layout.addWidget(self.problems)
        layout.addStretch(1)

        self.standard.setChecked(True)
        self.group.idToggled.connect(lambda *_: self._changed())
        self.templates.currentRowChanged.connect(self._template_picked)
        self.open_button.clicked.connect(self._open)
        self._changed()

    def _choice(self, text: str, name: str, number: int) -> QRadioButton:
        button = named(QRadioButton(text), name, text)
        self.group.addButton(button, number)
        return button

    # --- Choosing ------------------------------------------------------------------

    def _template_picked(self, row: int) -> None:
        if row >= 0:
            self.template.setChecked(True)
            self.description.setText(self._plans[row].description)
        self._changed()

    def ask_for_file(self) -> str:
        """The file the person picks (a separate step, so tests can answer it)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a plan file"),
            "",
            self.tr("Plan files (*.plan.json *.json);;All files (*)"),
        )
        return name

    def _open(self) -> None:
        name = self.ask_for_file()
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        """Read and check ``path``; choose it, and say what is wrong when it is not usable."""
        self.file.setChecked(True)
        plan, error = load_plan(path, self._today)
        self._file_plan = plan
        self.file_name.setText(self.tr("File: {name}").format(name=path.name))
        if error is not None:
            lines = describe_all(error)
            self.problems.setText(
                self.tr("This plan file cannot be used:") + "\n" + "\n".join(lines)
            )
            self.problems.setVisible(True)
        else:
            assert plan is not None
            self.problems.setVisible(False)
            self.description.setText(plan.description)
        self._changed()

    def chosen_plan(self) -> Plan | None:
        """The plan chosen now (None: the standard plan)."""
        kind = self.group.checkedId()
        if kind == TEMPLATE:
            row = self.templates.currentRow()
            return self._plans[row] if row >= 0 else None
        if kind == FILE:
            return self._file_plan
        return None

    def _changed(self) -> None:
        self.templates.setEnabled(True)
        if self.group.checkedId() == STANDARD:
            self.description.setText("")
        self.completeChanged.emit()

    # --- QWizardPage ---------------------------------------------------------------

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        kind = self.group.checkedId()
        if kind == TEMPLATE:
            return self.templates.currentRow() >= 0
        if kind == FILE:
            return self._file_plan is not None
        return True

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self._choices.plan = self.chosen_plan()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Enter in the template list moves on, as everywhere else in the wizard.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isComplete():
            self.wizard().next()
            return
        super().keyPressEvent(event)
