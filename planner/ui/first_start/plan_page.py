"""'Do you have a plan from your program?': a plan file, a template, or the standard plan.

Each choice shows its own description below the choices: the standard plan's, the chosen
template's, or the chosen file's name and what it holds (or a prompt to pick one). A
chosen file is read and checked at once; what is wrong with it is said in plain words
(``describe_all``) and Next stays off until a usable plan is chosen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from planner.domain.plan_file import Plan
from planner.services.plan_problems import describe_all
from planner.services.plans import standard_plan_path
from planner.ui.first_start.choices import FirstStartChoices, load_plan, templates
from planner.ui.first_start.labels import note
from planner.ui.kit.fields import error_label, named

STANDARD, TEMPLATE, FILE = 0, 1, 2
#: A broken file's problems shown on the page; the rest are counted.
SHOWN_PROBLEMS = 3


class PlanPage(QWizardPage):
    """Choose the plan the checklist and follow-up start from."""

    def __init__(self, choices: FirstStartChoices, today: date) -> None:
        super().__init__()
        self.setObjectName("FirstStartPlan")
        self._choices = choices
        self._today = today
        self._standard, _error = load_plan(standard_plan_path(), today)
        self._file: Path | None = None  # the file chosen last, usable or not
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
        self._plans = templates(today)
        for plan in self._plans:
            row = QListWidgetItem(plan.name)
            row.setToolTip(plan.description)
            self.templates.addItem(row)
        # As tall as its rows (a few templates): the room left goes to the description.
        rows = max(self.templates.count(), 1)
        frame = 2 * self.templates.frameWidth()
        self.templates.setFixedHeight(self.templates.sizeHintForRow(0) * rows + frame + 2)
        layout.addWidget(self.templates)

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
        layout.addSpacing(4)
        # What the choice is, in a scroll area: a long description or a file's problems
        # never push the page past the window, at any text size.
        about = QWidget()
        about.setObjectName("PlanAbout")
        about_box = QVBoxLayout(about)
        about_box.setContentsMargins(0, 0, 0, 0)
        self.description = note("", "PlanDescription", muted=True)
        about_box.addWidget(self.description)
        self.problems = error_label()
        self.problems.setObjectName("PlanProblems")
        about_box.addWidget(self.problems)
        about_box.addStretch(1)
        scroller = named(QScrollArea(), "PlanAboutScroll", self.tr("About the plan you chose"))
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(about)
        scroller.viewport().setAutoFillBackground(False)
        about.setAutoFillBackground(False)
        layout.addWidget(scroller, 1)

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
        self._changed()

    def ask_for_file(self) -> str:
        """The file the person picks (a separate step, so tests can answer it)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        if not start or not Path(start).is_dir():
            start = QDir.homePath()  # where a file from an e-mail or a USB stick is looked for
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a plan file"),
            start,
            self.tr("Plan files (*.plan.json *.json);;All files (*)"),
        )
        return name

    def _open(self) -> None:
        name = self.ask_for_file()
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        """Read and check ``path``; choose it, and say what is wrong when it is not usable."""
        plan, error = load_plan(path, self._today)
        self._file = path
        self._file_plan = plan
        if error is not None:
            self.problems.setText(self._problems_text(describe_all(error)))
        if self.file.isChecked():
            self._changed()
        else:
            self.file.setChecked(True)  # says what it holds, through _changed

    def _problems_text(self, lines: list[str]) -> str:
        """The first few problems (the person needs to know it cannot be used, and
        roughly why; the care team's validator lists every one)."""
        shown = [self.tr("This plan file cannot be used:"), *lines[:SHOWN_PROBLEMS]]
        more = len(lines) - SHOWN_PROBLEMS
        if more == 1:
            shown.append(self.tr("There is 1 more problem."))
        elif more > 1:
            shown.append(self.tr("There are %n more problems.", "", more))
        shown.append(self.tr("Ask your care team for a new file, or choose another plan."))
        return "\n".join(shown)

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
        """Show what the checked choice is, and whether Next can go on."""
        kind = self.group.checkedId()
        self.description.setText(self._describe(kind))
        self.problems.setVisible(
            kind == FILE and self._file is not None and self._file_plan is None
        )
        self.completeChanged.emit()

    def _describe(self, kind: int) -> str:
        if kind == TEMPLATE:
            row = self.templates.currentRow()
            if row < 0:
                return self.tr("Pick an example plan from the list above.")
            return self._about(self._plans[row])
        if kind == FILE:
            if self._file is None:
                return self.tr(
                    'Choose "Open a plan file..." to pick the file your care team gave you.'
                )
            name = self.tr("File: {name}").format(name=self._file.name)
            if self._file_plan is None:
                return name
            return f"{name}\n{self._file_plan.name}\n{self._about(self._file_plan)}"
        return self._about(self._standard) if self._standard is not None else ""

    def _about(self, plan: Plan) -> str:
        """A plan's own description, then what it holds."""
        count = len(plan.items)
        items = (
            self.tr("1 checklist item") if count == 1 else self.tr("%n checklist items", "", count)
        )
        followup = plan.followup
        schedules = len(followup.schedules) if followup is not None else 0
        if schedules == 0:
            holds = self.tr("It has {items}.").format(items=items)
        else:
            kinds = (
                self.tr("1 follow-up schedule")
                if schedules == 1
                else self.tr("%n follow-up schedules", "", schedules)
            )
            holds = self.tr("It has {items} and {schedules}.").format(items=items, schedules=kinds)
        program = plan.program
        if program is not None and program.name:
            holds += " " + self.tr("It comes from: {program}.").format(program=program.name)
        return f"{plan.description}\n{holds}" if plan.description else holds

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
