"""The care team's contact: name, phone and out-of-hours phone, prefilled from the plan."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWizardPage

from planner.domain.plan_file import Plan
from planner.ui.first_start.choices import FirstStartChoices
from planner.ui.first_start.labels import note
from planner.ui.kit.text_fields import LineField

#: As long as the settings keep (see services.settings).
CONTACT_MAX = 80


class ContactPage(QWizardPage):
    """Who to call about your health; every field may stay empty."""

    def __init__(self, choices: FirstStartChoices) -> None:
        super().__init__()
        self.setObjectName("FirstStartContact")
        self._choices = choices
        self._filled_from: Plan | None = None
        self.setTitle(self.tr("Your care team"))
        self.setSubTitle(self.tr("Who to call about your health. You can leave this empty."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = self._field("FirstStartTeamName", self.tr("Name of your care team"))
        self.name.setPlaceholderText(self.tr("For example: Breast clinic, nurse Sam"))
        self.phone = self._field("FirstStartPhone", self.tr("My care team's phone"))
        self.after_hours = self._field("FirstStartAfterHours", self.tr("Phone out of hours"))
        for field, label in (
            (self.name, self.tr("N&ame")),
            (self.phone, self.tr("&Phone")),
            (self.after_hours, self.tr("&Out of hours")),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        layout.addLayout(form)
        layout.addWidget(
            note(
                self.tr(
                    "This app is not for emergencies, and nobody reads what you write in it. "
                    "In an emergency, call your local emergency number."
                ),
                "ContactEmergency",
            )
        )
        layout.addStretch(1)

    def _field(self, name: str, accessible: str) -> LineField:
        field = LineField(CONTACT_MAX)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        return field

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        plan = self._choices.plan
        if plan is self._filled_from:
            return  # the same plan: keep what was typed
        self._filled_from = plan
        program = plan.program if plan is not None else None
        contact = program.main_contact if program is not None else None
        self.name.setText((program.name if program else "") or (contact.name if contact else ""))
        self.phone.setText(contact.phone if contact else "")
        self.after_hours.setText(contact.out_of_hours_phone if contact else "")

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self._choices.team_name = self.name.text()
        self._choices.phone = self.phone.text()
        self._choices.after_hours_phone = self.after_hours.text()
        return True
