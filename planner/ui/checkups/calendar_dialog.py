"""Add to my calendar: save the checkups as a calendar file, with plain or detailed titles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from planner.ui.kit.fields import error_label, named
from planner.ui.kit.wrapped_label import WrappedLabel

#: Write the file: (path, details) -> how many events; raises OSError.
Writer = Callable[[Path, bool], int]


class CalendarDialog(QDialog):
    """Explains the file, asks about titles, then asks where to save it."""

    def __init__(
        self, write: Writer, details: bool, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarDialog")
        self._write = write
        self._folder = folder
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Add to my calendar"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(12)
        intro = WrappedLabel(
            self.tr(
                "This saves your checkups as a calendar file (.ics). Open it with your "
                "calendar app, such as Google Calendar, Outlook, Apple Calendar or "
                "Thunderbird. Booked checkups come with a reminder the day before. Planned "
                "ones show as not confirmed. Save it again after a change: the same events "
                "are updated, not added twice."
            )
        )
        intro.setObjectName("CalendarIntro")
        layout.addWidget(intro)
        self.details = named(
            QCheckBox(self.tr('Say what each checkup is and where, like "Scan at City Hospital"')),
            "CalendarDetails",
            self.tr("Say what each checkup is and where in the calendar"),
        )
        self.details.setChecked(details)
        layout.addWidget(self.details)
        hint = WrappedLabel(
            self.tr(
                "Leave this off if other people can see your calendar: each event is then "
                'just called "Checkup".'
            )
        )
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save calendar file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("SaveCalendar")
        self.save_button.setAccessibleName(self.tr("Save the calendar file"))
        self.save_button.setProperty("primary", "true")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("CancelCalendar")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def start_path(self) -> Path:
        """Where the file chooser starts: the folder given (the last one used), checkups.ics."""
        return self._folder / "checkups.ics"

    def choose_path(self) -> Path | None:
        """Ask where to save (tests replace this)."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the calendar file"),
            str(self.start_path),
            self.tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")

    def _save(self) -> None:
        path = self.choose_path()
        if path is None:
            return
        try:
            self._write(path, self.details.isChecked())
        except OSError as exc:
            reason = exc.strerror or self.tr("the file could not be written")
            self.error.setText(
                self.tr("The calendar file was not saved: {reason}. Try another folder.").format(
                    reason=reason
                )
            )
            self.error.setVisible(True)
            return
        self.saved_to = path
        self.accept()
