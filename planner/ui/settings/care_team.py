"""Settings' care-team part: who to call (name, phone, out-of-hours phone), and plainly,
that the app is not for emergencies and that nobody reads what is written in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from planner.services.settings import (
    CARE_PHONE,
    CARE_PHONE_AFTER_HOURS,
    CARE_TEAM_NAME,
    Setting,
    Settings,
)
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.text_fields import LineField

#: The longest name or phone kept (the settings cut to the same length).
CONTACT_MAX = 80


class CareTeamSection(QObject):
    """The care team's contact, each field saved when the person finishes editing it."""

    #: The settings these fields show (Settings refreshes them when one changes).
    SETTINGS: tuple[Setting[Any], ...] = (CARE_TEAM_NAME, CARE_PHONE, CARE_PHONE_AFTER_HOURS)

    def __init__(self, layout: QVBoxLayout, settings: Settings, page: QWidget) -> None:
        super().__init__(page)
        self._settings = settings
        self._page = page
        box = titled_panel(layout, self.tr("Your care team"), "CareTeamHeading")
        box.addWidget(
            _muted(
                self.tr(
                    "Who to call about your health: your clinic or nurse. The app shows "
                    "these wherever it suggests calling them."
                ),
                "CareTeamNote",
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        self.name = self._field(
            "CareTeamName",
            self.tr("Name of your care team"),
            self.tr("For example: Breast clinic, nurse Sam"),
        )
        self.phone = self._field(
            "CarePhone", self.tr("My care team's phone"), self.tr("For example 555 0100 (ext. 12)")
        )
        self.after_hours = self._field(
            "CarePhoneAfterHours",
            self.tr("Phone out of hours"),
            self.tr("For evenings, nights and weekends"),
        )
        self._fields: dict[LineField, Setting[str]] = {
            self.name: CARE_TEAM_NAME,
            self.phone: CARE_PHONE,
            self.after_hours: CARE_PHONE_AFTER_HOURS,
        }
        for field, label in (
            (self.name, self.tr("&Name")),
            (self.phone, self.tr("&Phone")),
            (self.after_hours, self.tr("&Out of hours")),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            caption.setMinimumHeight(field.minimumHeight())  # in line with the field's text
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.addRow(caption, field)
            field.editingFinished.connect(lambda f=field: self._save(f))
        box.addLayout(form)
        # Said plainly, next to the numbers: this is where someone in trouble may look.
        warning = QLabel(
            self.tr(
                "This app is not for emergencies, and nobody reads what you write in it. "
                "In an emergency, call your local emergency number."
            )
        )
        warning.setObjectName("EmergencyNote")
        warning.setWordWrap(True)
        box.addWidget(warning)

    def _field(self, name: str, accessible: str, example: str) -> LineField:
        field = LineField(CONTACT_MAX)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(example)
        field.setMinimumHeight(36)
        return field

    def _save(self, field: LineField) -> None:
        setting = self._fields[field]
        text = " ".join(field.text().split())
        if text == self._read(setting):
            return
        if not run_op(self._page, lambda: self._settings.set(setting, text, origin=self._page)):
            field.setText(self._read(setting))  # not saved: show what is kept

    def _read(self, setting: Setting[str]) -> str:
        return run_op(None, lambda: self._settings.get(setting), report=log_only).value or ""

    def refresh(self) -> None:
        """Show the saved contact (a field being typed in is left alone)."""
        for field, setting in self._fields.items():
            if not field.hasFocus():
                field.setText(self._read(setting))


def _muted(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label
