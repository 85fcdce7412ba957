"""Settings' part for what a program's plan gave beside the checklist: who the plan is
for, the program's other contacts, the signs to call the care team about, and the
program's resources. It reads only; a newer plan from the program replaces it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.domain.plans.sections import Contact, Resource
from planner.services.settings import (
    PATIENT_LABEL,
    PLAN_NAME,
    PROGRAM_CONTACTS,
    RESOURCES,
    SIGNS_TO_REPORT,
    Setting,
    Settings,
)
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.ops import log_only, run_op


def _label(name: str, *, muted: bool = False, heading: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setProperty("role", "muted")
    if heading:
        label.setProperty("role", "title")
    return label


class ProgramSection(QObject):
    """ "From your program": shown only when a plan gave any of it."""

    SETTINGS: tuple[Setting[Any], ...] = (
        PLAN_NAME,
        PATIENT_LABEL,
        PROGRAM_CONTACTS,
        SIGNS_TO_REPORT,
        RESOURCES,
    )

    def __init__(self, layout: QVBoxLayout, settings: Settings, page: QWidget) -> None:
        super().__init__(page)
        self._settings = settings
        self.box = QWidget()
        self.box.setObjectName("ProgramSection")
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        panel = titled_panel(inner, self.tr("From your program"), "ProgramHeading")
        self.about = _label("ProgramPlan", muted=True)
        panel.addWidget(self.about)
        self.contacts_heading = _label("ProgramContactsHeading", heading=True)
        self.contacts_heading.setText(self.tr("People at your program"))
        self.contacts = _label("ProgramContacts")
        self.signs_heading = _label("SignsHeading", heading=True)
        self.signs_heading.setText(self.tr("Call your care team if you notice"))
        self.signs = _label("SignsToReport")
        self.signs.setAccessibleName(self.tr("Signs to call your care team about"))
        self.signs_note = _label("SignsNote")
        self.signs_note.setText(
            self.tr(
                "This app is not for emergencies. If it cannot wait, call your local "
                "emergency number."
            )
        )
        self.resources_heading = _label("ResourcesHeading", heading=True)
        self.resources_heading.setText(self.tr("Help from your program"))
        self.resources = _label("ProgramResources")
        for widget in (
            self.signs_heading,
            self.signs,
            self.signs_note,
            self.contacts_heading,
            self.contacts,
            self.resources_heading,
            self.resources,
        ):
            panel.addWidget(widget)
        note = _label("ProgramNote", muted=True)
        note.setText(self.tr("A newer plan from your program updates this part."))
        panel.addWidget(note)

    def _get(self, setting: Setting[Any]) -> Any:
        return run_op(None, lambda: self._settings.get(setting), report=log_only).value

    def refresh(self) -> None:
        """Show what is saved now; the whole part is hidden when no plan gave any of it."""
        name = self._get(PLAN_NAME) or ""
        label = self._get(PATIENT_LABEL) or ""
        contacts: tuple[Contact, ...] = self._get(PROGRAM_CONTACTS) or ()
        signs: tuple[str, ...] = self._get(SIGNS_TO_REPORT) or ()
        resources: tuple[Resource, ...] = self._get(RESOURCES) or ()
        others = contacts  # all of them: the first one's name, role and email show here only
        if label and name:
            about = self.tr("Your plan: “{name}”, made for {label}.").format(name=name, label=label)
        elif name:
            about = self.tr("Your plan: “{name}”.").format(name=name)
        elif label:
            about = self.tr("Your plan was made for {label}.").format(label=label)
        else:
            about = ""
        self.about.setText(about)
        self.about.setVisible(bool(about))
        self._show(self.signs_heading, self.signs, "\n".join(f"• {s}" for s in signs))
        self.signs_note.setVisible(bool(signs))
        self._show(
            self.contacts_heading,
            self.contacts,
            "\n".join(self._contact(c) for c in others),
        )
        self._show(
            self.resources_heading,
            self.resources,
            "\n".join(self._resource(r) for r in resources),
        )
        self.box.setVisible(bool(label or others or signs or resources))

    @staticmethod
    def _show(heading: QLabel, body: QLabel, text: str) -> None:
        body.setText(text)
        heading.setVisible(bool(text))
        body.setVisible(bool(text))

    def _contact(self, contact: Contact) -> str:
        who = " ".join(
            part for part in (contact.role, contact.name and f"({contact.name})") if part
        )
        parts = [f"• {who}: {contact.phone}"]
        if contact.out_of_hours_phone:
            parts.append(self.tr("out of hours {phone}").format(phone=contact.out_of_hours_phone))
        if contact.email:
            parts.append(contact.email)
        return ", ".join(parts)

    def _resource(self, resource: Resource) -> str:
        details = [part for part in (resource.phone, resource.text) if part]
        return f"• {resource.name}" + (f": {', '.join(details)}" if details else "")
