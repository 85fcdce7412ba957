"""The last page: what will be set up, and where to change it later."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from planner.ui.first_start.choices import FirstStartChoices
from planner.ui.first_start.labels import note


class DonePage(QWizardPage):
    """Says what Finish sets up."""

    def __init__(self, choices: FirstStartChoices) -> None:
        super().__init__()
        self.setObjectName("FirstStartDone")
        self._choices = choices
        self.setTitle(self.tr("All set"))
        layout = QVBoxLayout(self)
        self.summary = note("", "DoneSummary")
        layout.addWidget(self.summary)
        layout.addWidget(
            note(
                self.tr(
                    "Choose Finish to start. You can change all of this later in the "
                    "Checklist, Checkups and Settings."
                ),
                "DoneLater",
                muted=True,
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        plan = self._choices.plan
        if plan is None:
            self.summary.setText(self.tr("You start with the standard plan."))
        else:
            self.summary.setText(
                self.tr("You start with this plan: {name}.").format(name=plan.name)
            )
