"""The Settings page: quiet hours, pausing reminders, private reminders, starting at
login, the journal's evening reminder and questions every two weeks, the care team,
and importing a plan."""

from __future__ import annotations

import logging
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from planner.domain.reminder_rules import QuietHours
from planner.services import autostart
from planner.services.changes import Changes
from planner.services.journal import JournalService
from planner.services.reminders import ReminderService
from planner.services.settings import (
    BACKUP_SECOND_FOLDER,
    CHECKIN_TIME,
    PRIVATE_REMINDERS,
    QUIET_HOURS,
    RESUME_ON,
    SCREENS_ON,
    Setting,
)
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.formatting import weekday_day_month
from planner.ui.kit.messages import show_problem
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scrolling_page
from planner.ui.settings.care_team import CareTeamSection
from planner.ui.settings.journal_section import JournalSection
from planner.ui.settings.program_info import ProgramSection

if TYPE_CHECKING:
    from planner.services.backup_keeper import BackupKeeper
    from planner.services.passphrase import PassphraseService
    from planner.services.plan_import import PlanImport
    from planner.ui.settings.backups_section import BackupsSection
    from planner.ui.settings.privacy import PrivacySection

log = logging.getLogger(__name__)


def _clock_pattern() -> str:
    """The time fields' pattern: formatting.clock's ("08:30"), so it is translated once."""
    return QCoreApplication.translate("Formatting", "HH:mm")


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _note(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class SettingsPage(Page):
    """Reminder quiet hours, pause and privacy; 'Start when I log in'; the journal's
    reminder and questions; the care team. What it shows follows every change of these
    settings (and a new day), so no line stays once it is no longer true."""

    settings: tuple[Setting[Any], ...] = (
        QUIET_HOURS,
        RESUME_ON,
        PRIVATE_REMINDERS,
        CHECKIN_TIME,
        SCREENS_ON,
        *CareTeamSection.SETTINGS,
        *ProgramSection.SETTINGS,
        BACKUP_SECOND_FOLDER,
    )

    def __init__(
        self,
        reminders: ReminderService,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
        journal: JournalService | None = None,
        plan_import: PlanImport | None = None,
        backups: BackupKeeper | None = None,
        passphrase: PassphraseService | None = None,
    ) -> None:
        super().__init__(reminders.bus, parent)
        self.setObjectName("SettingsPage")
        self._reminders = reminders
        self._data_dir = data_dir
        self._journal = journal

        layout = scrolling_page(self, self.tr("Settings"), spacing=16)

        # Quiet hours.
        quiet = titled_panel(layout, self.tr("Quiet hours"), "QuietHeading")
        row = QHBoxLayout()
        self.quiet_check = QCheckBox(self.tr("No reminder pop-ups at these times"))
        self.quiet_check.setObjectName("QuietOn")
        self.quiet_check.setAccessibleName(self.tr("Quiet hours on"))
        self.quiet_start = QTimeEdit()
        self.quiet_start.setObjectName("QuietStart")
        self.quiet_start.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_end = QTimeEdit()
        self.quiet_end.setObjectName("QuietEnd")
        self.quiet_end.setAccessibleName(self.tr("Quiet hours end"))
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat(_clock_pattern())
            edit.setMinimumWidth(90)
        quiet.addWidget(self.quiet_check)  # the times on a line of their own: narrow windows
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.quiet_start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.quiet_end)
        row.addStretch(1)
        quiet.addLayout(row)
        quiet.addWidget(
            _note(
                self.tr(
                    "Reminders that fall due in these hours wait quietly and are shown when "
                    "they end."
                )
            )
        )

        # Pause.
        pause = titled_panel(layout, self.tr("Pause reminders"), "PauseHeading")
        self.pause_status = QLabel()
        self.pause_status.setObjectName("PauseStatus")
        self.pause_status.setWordWrap(True)
        pause.addWidget(self.pause_status)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Reminders come back on")))
        self.resume_date = QDateEdit()
        self.resume_date.setObjectName("ResumeDate")
        self.resume_date.setAccessibleName(self.tr("Reminders come back on"))
        self.resume_date.setCalendarPopup(True)
        # The pattern formatting.short_day_year uses ("Tue 1 Dec 2026"), translated once.
        self.resume_date.setDisplayFormat(
            QCoreApplication.translate("Formatting", "ddd d MMM yyyy")
        )
        self.resume_date.setMinimumWidth(150)
        row.addWidget(self.resume_date)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("PauseButton")
        self.pause_button.setAccessibleName(self.tr("Pause reminders until that day"))
        self.pause_button.clicked.connect(self._pause)
        row.addStretch(1)
        pause.addLayout(row)
        row = QHBoxLayout()  # the buttons below the day: room in a narrow window
        row.addWidget(self.pause_button)
        self.resume_button = QPushButton(self.tr("Turn reminders back on"))
        self.resume_button.setObjectName("ResumeButton")
        self.resume_button.setAccessibleName(self.tr("Turn reminders back on"))
        self.resume_button.clicked.connect(lambda: self._set_pause(None))
        row.addWidget(self.resume_button)
        row.addStretch(1)
        pause.addLayout(row)
        pause.addWidget(
            _note(
                self.tr(
                    "For a hospital stay or a holiday. Reminders that fall due while paused "
                    "are not shown later; your checklist is still there."
                )
            )
        )

        # Privacy on a shared screen.
        privacy = titled_panel(layout, self.tr("Privacy"), "PrivacyHeading")
        self.private_check = QCheckBox(self.tr("Keep reminders private on a shared screen"))
        self.private_check.setObjectName("PrivateReminders")
        self.private_check.setAccessibleName(self.tr("Keep reminders private"))
        privacy.addWidget(self.private_check)
        privacy.addWidget(
            _note(
                self.tr(
                    "Notifications and the tray then say only “A reminder from Between "
                    "Checkups”, not what it is about. Inside the app you still see each "
                    "reminder by name."
                ),
                "PrivateNote",
            )
        )

        # Start at login.
        start = titled_panel(layout, self.tr("Starting the app"), "StartHeading")
        self.autostart_check = QCheckBox(self.tr("Start when I log in (quietly, in the tray)"))
        self.autostart_check.setObjectName("AutostartCheck")
        self.autostart_check.setAccessibleName(self.tr("Start when I log in"))
        start.addWidget(self.autostart_check)
        if autostart.supported():
            start.addWidget(
                _note(
                    self.tr(
                        "So reminders come even if you forget to open the app. You can turn "
                        "this off here at any time."
                    ),
                    "AutostartNote",
                )
            )
        else:
            self.autostart_check.setEnabled(False)
            start.addWidget(
                _note(self.tr("This option is not available on this system yet."), "AutostartNote")
            )
        self.journal_part: JournalSection | None = None
        if journal is not None:
            part = self.journal_part = JournalSection(layout, journal, self)
            self.checkin_check, self.checkin_time = part.checkin_check, part.checkin_time
            self.screens_check = part.screens_check
        self.care = CareTeamSection(layout, reminders.settings, self)
        self.phone = self.care.phone
        self.program = ProgramSection(layout, reminders.settings, self)
        self.backups: BackupsSection | None = None
        if backups is not None:
            from planner.ui.settings.backups_section import BackupsSection

            self.backups = BackupsSection(layout, backups, reminders.settings, reminders.zone, self)
        self.privacy: PrivacySection | None = None
        if passphrase is not None:
            from planner.ui.settings.privacy import PrivacySection

            self.privacy = PrivacySection(
                layout, passphrase, reminders.settings, self, self._backup_first
            )
            if self.backups is not None:
                self.privacy.changed.connect(self.backups.refresh_list)
        if plan_import is not None:
            from planner.ui.settings.plan_import_dialog import PlanImportSection

            self.plans = PlanImportSection(layout, plan_import, self)
        layout.addStretch(1)

        self.refresh()
        self.private_check.toggled.connect(self._save_private)
        self.quiet_check.toggled.connect(self._save_quiet)
        self.quiet_start.timeChanged.connect(self._save_quiet)
        self.quiet_end.timeChanged.connect(self._save_quiet)
        self.autostart_check.toggled.connect(self._set_autostart)

    def _save_private(self, on: bool) -> None:
        settings = self._reminders.settings
        if not run_op(self, lambda: settings.set(PRIVATE_REMINDERS, on, origin=self)):
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.origin is self and not changes.everything:
            return  # what was just saved here is what the page shows
        super().on_changes(changes)

    def _backup_first(self) -> None:
        """The backup the passphrase dialog offers before one is set (quick: ~0.1 s)."""
        if self.backups is not None:
            self.backups.back_up_here(self._reminders.now())

    def showEvent(self, event: object) -> None:  # noqa: N802
        stale = self.stale
        super().showEvent(event)  # reads again if a change came while hidden
        if not stale:
            self.refresh()  # also what is not in the data: starting at login
        if self.backups is not None:
            self.backups.refresh_list()  # the backups folder changes without telling us

    def refresh(self) -> None:
        """Show the saved settings."""
        quiet = self._reminders.quiet_hours()
        private = run_op(
            None, lambda: self._reminders.settings.get(PRIVATE_REMINDERS), report=log_only
        )
        self.private_check.blockSignals(True)
        self.private_check.setChecked(private.value is True)
        self.private_check.blockSignals(False)
        for widget in (self.quiet_check, self.quiet_start, self.quiet_end, self.autostart_check):
            widget.blockSignals(True)
        self.quiet_check.setChecked(quiet is not None)
        shown = quiet or QuietHours(time(22, 0), time(7, 0))
        self.quiet_start.setTime(_qtime(shown.start))
        self.quiet_end.setTime(_qtime(shown.end))
        self.quiet_start.setEnabled(quiet is not None)
        self.quiet_end.setEnabled(quiet is not None)
        self.autostart_check.setChecked(autostart.supported() and autostart.is_enabled())
        for widget in (self.quiet_check, self.quiet_start, self.quiet_end, self.autostart_check):
            widget.blockSignals(False)
        self._show_pause()
        if self.journal_part is not None:
            self.journal_part.refresh()
        self.care.refresh()
        self.program.refresh()
        if self.backups is not None:
            self.backups.refresh()
        if self.privacy is not None:
            self.privacy.refresh()

    def _show_pause(self) -> None:
        today = self._reminders.now().astimezone(self._reminders.zone).date()
        resume = self._reminders.resume_on()
        tomorrow = today + timedelta(days=1)
        self.resume_date.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        if resume is not None and resume > today:
            self.pause_status.setText(
                self.tr("Reminders are paused. They come back on {day}.").format(
                    day=weekday_day_month(resume)
                )
            )
            self.resume_date.setDate(QDate(resume.year, resume.month, resume.day))
            self.pause_button.setText(self.tr("Change"))
            self.resume_button.setVisible(True)
        else:
            self.pause_status.setText(self.tr("Reminders are on."))
            week = today + timedelta(days=7)
            self.resume_date.setDate(QDate(week.year, week.month, week.day))
            self.pause_button.setText(self.tr("Pause"))
            self.resume_button.setVisible(False)

    def _save_quiet(self) -> None:
        on = self.quiet_check.isChecked()
        self.quiet_start.setEnabled(on)
        self.quiet_end.setEnabled(on)
        quiet = QuietHours(_time(self.quiet_start.time()), _time(self.quiet_end.time()))
        chosen = quiet if on else None
        if not run_op(self, lambda: self._reminders.set_quiet_hours(chosen, origin=self)):
            self.refresh()

    def _pause(self) -> None:
        chosen = self.resume_date.date()
        self._set_pause(date(chosen.year(), chosen.month(), chosen.day()))

    def _set_pause(self, resume_on: date | None) -> None:
        run_op(self, lambda: self._reminders.pause_until(resume_on, origin=self))
        self._show_pause()

    def _set_autostart(self, on: bool) -> None:
        try:
            if on:
                path = autostart.enable(autostart.launch_command(self._data_dir))
                log.info("Start at login turned on (%s)", path)
            else:
                autostart.disable()
                log.info("Start at login turned off")
        except (OSError, ValueError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            show_problem(
                self,
                self.tr("Not changed"),
                self.tr("The start-at-login setting could not be changed ({why}).").format(why=why),
            )
        self.refresh()
