"""Snoozing a reminder: the ready-made choices in words, and "At a time I choose…"."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.domain.reminder_rules import EVENING, SnoozeChoice
from planner.domain.reminders import ClockTimeError, parse_clock_time
from planner.services.reminders import ReminderService
from planner.ui.kit.formatting import clock, short_day_clock
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.theme import set_icon
from planner.ui.kit.words import clock_problem_text

#: Room for a clock time and a little more ("19:30", " 7:05 ").
CLOCK_FIELD_MAX = 8


def when_text(moment: datetime, service: ReminderService) -> str:
    """ "16:45 today", "07:30 tomorrow" or "Mon 4 May, 07:30", in local time."""
    local = moment.astimezone(service.zone)
    today = service.now().astimezone(service.zone).date()
    if local.date() == today:
        return QCoreApplication.translate("ReminderPanel", "{time} today").format(time=clock(local))
    if (local.date() - today).days == 1:
        return QCoreApplication.translate("ReminderPanel", "{time} tomorrow").format(
            time=clock(local)
        )
    return short_day_clock(local)


def choice_label(choice: SnoozeChoice) -> str:
    """A ready-made snooze in words: "10 minutes", "1 hour", "This evening (19:00)"."""
    if choice is SnoozeChoice.TEN_MINUTES:
        return QCoreApplication.translate("ReminderPanel", "10 minutes")
    if choice is SnoozeChoice.ONE_HOUR:
        return QCoreApplication.translate("ReminderPanel", "1 hour")
    return QCoreApplication.translate("ReminderPanel", "This evening ({time})").format(
        time=clock(EVENING)
    )


class SnoozeTimeDialog(QDialog):
    """Choose the clock time to be reminded again (the next time the clock shows it).

    The time is typed ("7:15" or "07:15"): the field has the keyboard and its text is
    selected when the dialog opens, so typing replaces it at once.
    """

    def __init__(self, title: str, service: ReminderService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SnoozeTimeDialog")
        self.setWindowTitle(self.tr("Remind me again"))
        self._service = service
        box = QVBoxLayout(self)
        box.setContentsMargins(22, 20, 22, 16)
        box.setSpacing(10)
        question = QLabel(self.tr("When should “{title}” remind you again?").format(title=title))
        question.setWordWrap(True)
        box.addWidget(question)
        self.time_field = LineField(CLOCK_FIELD_MAX)
        self.time_field.setObjectName("SnoozeTime")
        self.time_field.setAccessibleName(self.tr("Time to remind again, like 9:00 or 19:30"))
        self.time_field.setMinimumHeight(38)
        start = service.now().astimezone(service.zone) + timedelta(minutes=30)
        self.time_field.setText(clock(start))
        box.addWidget(self.time_field)
        self.result_label = QLabel()
        self.result_label.setObjectName("SnoozeWhen")
        self.result_label.setWordWrap(True)
        self.result_label.setProperty("role", "muted")
        box.addWidget(self.result_label)
        buttons = QDialogButtonBox()
        # Our own buttons (no stock icons): Snooze with the app's snooze icon, Cancel.
        self.snooze_button = buttons.addButton(
            self.tr("Snooze"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.snooze_button.setObjectName("ConfirmSnooze")
        self.snooze_button.setAccessibleName(self.tr("Snooze until that time"))
        self.snooze_button.setProperty("primary", "true")
        set_icon(self.snooze_button, "snooze", "on_accent")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("CancelSnooze")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.snooze_button.setDefault(True)
        self.time_field.textChanged.connect(self._update)
        self._update()
        self.time_field.setFocus()
        self.time_field.selectAll()

    def chosen(self) -> time | None:
        """The clock time typed, or None while it is not one."""
        try:
            return parse_clock_time(self.time_field.text())
        except ClockTimeError:
            return None

    def until(self) -> datetime:
        chosen = self.chosen()
        assert chosen is not None, "only asked once a time is typed"
        return self._service.next_time_of_day(chosen)

    def _update(self) -> None:
        try:
            parse_clock_time(self.time_field.text())
        except ClockTimeError as error:
            self.result_label.setText(clock_problem_text(error))
            self.snooze_button.setEnabled(False)
            return
        self.snooze_button.setEnabled(True)
        self.result_label.setText(
            self.tr("You'll be reminded at {when}.").format(
                when=when_text(self.until(), self._service)
            )
        )

    def _accept_if_valid(self) -> None:
        if self.chosen() is not None:
            self.accept()


def ask_snooze_time(title: str, service: ReminderService, parent: QWidget) -> datetime | None:
    dialog = SnoozeTimeDialog(title, service, parent)
    return dialog.until() if dialog.exec() == QDialog.DialogCode.Accepted else None
