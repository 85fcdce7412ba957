"""The follow-up anchor: what the checkups count from (an event and its date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLabel, QVBoxLayout, QWizardPage

from planner.domain.plan_file import Plan
from planner.ui.first_start.choices import FirstStartChoices
from planner.ui.first_start.labels import note
from planner.ui.kit.fields import named, pydate, qdate
from planner.ui.kit.text_fields import LineField

EVENT_MAX = 80


class AnchorPage(QWizardPage):
    """The event the follow-up schedule counts from, prefilled from the plan."""

    def __init__(self, choices: FirstStartChoices, today: date) -> None:
        super().__init__()
        self.setObjectName("FirstStartAnchor")
        self._choices = choices
        self._today = today
        self._filled_from: Plan | None | bool = False  # False: never filled
        self.setTitle(self.tr("What do your checkups count from?"))
        self.setSubTitle(
            self.tr(
                "Your checkups are planned from one day, such as the end of treatment. "
                "You can add it later in Checkups."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.what = LineField(EVENT_MAX)
        named(self.what, "FirstStartAnchorEvent", self.tr("What happened"))
        self.what.setPlaceholderText(self.tr("For example: End of treatment"))
        caption = QLabel(self.tr("&What happened"))
        caption.setBuddy(self.what)
        form.addRow(caption, self.what)
        self.known = named(
            QCheckBox(self.tr("I know the &date")),
            "FirstStartAnchorKnown",
            self.tr("I know the date"),
        )
        self.on = named(QDateEdit(), "FirstStartAnchorDate", self.tr("Date it happened"))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(self.tr("d MMM yyyy", "date field: 3 Sep 2026"))
        self.on.setDate(qdate(today))
        self.on.setEnabled(False)
        self.known.toggled.connect(self.on.setEnabled)
        form.addRow(self.known, self.on)
        layout.addLayout(form)
        layout.addWidget(
            note(
                self.tr("The dates are a guide. Your care team decides your real schedule."),
                "AnchorNote",
                muted=True,
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        plan = self._choices.plan
        if plan is self._filled_from:
            return
        self._filled_from = plan
        followup = plan.followup if plan is not None else None
        self.what.setText(followup.anchor_event if followup else "")
        on = followup.anchor_on if followup else None
        self.known.setChecked(on is not None)
        self.on.setDate(qdate(on or self._today))

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self._choices.anchor_event = self.what.text()
        self._choices.anchor_on = pydate(self.on.date()) if self.known.isChecked() else None
        return True
