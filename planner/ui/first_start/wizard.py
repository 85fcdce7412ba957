"""The guided first start: welcome, plan, care team, anchor, reminder times, done.

Finish applies everything through the services; "Set up later" (Cancel, Escape, closing
the window) gives the standard plan, as a new profile got before the wizard existed."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget, QWizard

from planner import APP_NAME
from planner.services.checklist import ChecklistService
from planner.services.settings import CHECKIN_TIME, QUIET_HOURS
from planner.ui.first_start.anchor_page import AnchorPage
from planner.ui.first_start.choices import FirstStartChoices, apply_choices, apply_standard
from planner.ui.first_start.contact_page import ContactPage
from planner.ui.first_start.done_page import DonePage
from planner.ui.first_start.plan_page import PlanPage
from planner.ui.first_start.times_page import TimesPage
from planner.ui.first_start.welcome_page import WelcomePage
from planner.ui.kit.ops import log_only, run_op

log = logging.getLogger(__name__)


def take_typed(page: QWidget) -> None:
    """Take the text typed in the page's time and date fields as their value.

    A time or date field keeps a half-typed value ("2" in the hour of 20:00) as text only,
    until it loses the keyboard focus; Alt+N, or Enter on another part of the page, move
    on without that, and the value read would be the old one."""
    for field in page.findChildren(QAbstractSpinBox):
        field.interpretText()


class FirstStartWizard(QWizard):
    """Sets up a new profile; ``plan_file`` (from ``--plan``) is chosen already."""

    def __init__(
        self,
        service: ChecklistService,
        plan_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FirstStartWizard")
        self.setAccessibleName(self.tr("Set up Between Checkups"))
        self.setWindowTitle(self.tr("{app}: first start").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Set up later"))
        for which, name in (
            (QWizard.WizardButton.NextButton, "WizardNext"),
            (QWizard.WizardButton.BackButton, "WizardBack"),
            (QWizard.WizardButton.FinishButton, "WizardFinish"),
            (QWizard.WizardButton.CancelButton, "WizardSetUpLater"),
        ):
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(button.text().replace("&", "").strip(" <>"))
        # Next and Finish take turns in one place: one width, so nothing moves between pages.
        steps = [
            self.button(b)
            for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)
        ]
        widest = max(b.sizeHint().width() for b in steps)
        for b in steps:
            b.setMinimumWidth(widest)
        # On the last page everything is chosen: no "Set up later" beside Finish.
        self.currentIdChanged.connect(
            lambda _id: self.button(QWizard.WizardButton.CancelButton).setVisible(
                self.nextId() != -1 or self.currentPage() is None
            )
        )
        self.setMinimumSize(600, 440)
        self._service = service
        self._applied = False
        settings = service.settings
        self.choices = FirstStartChoices(
            checkin_time=settings.get(CHECKIN_TIME), quiet_hours=settings.get(QUIET_HOURS)
        )
        today = service.today()
        self.welcome = WelcomePage()
        self.plan = PlanPage(self.choices, today)
        self.contact = ContactPage(self.choices)
        self.anchor = AnchorPage(self.choices, today)
        self.times = TimesPage(self.choices)
        self.done_page = DonePage(self.choices, today)
        for page in (
            self.welcome,
            self.plan,
            self.contact,
            self.anchor,
            self.times,
            self.done_page,
        ):
            self.addPage(page)
        if plan_file is not None:
            self.plan.choose_file(plan_file)
            self.choices.plan = self.plan.chosen_plan()

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        """Next and Finish, however they are chosen: what was typed counts first."""
        page = self.currentPage()
        if page is not None:
            take_typed(page)
        return super().validateCurrentPage()

    def bring_forward(self) -> None:
        """Show, un-minimise and raise the wizard (another launch asked for it)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def accept(self) -> None:
        """Finish: the chosen plan, then the person's values, then the planned checkups."""
        if not self._applied:
            if not self.validateCurrentPage():
                return
            self._applied = True
            run_op(self, lambda: apply_choices(self._service, self.choices))
        super().accept()

    def reject(self) -> None:
        """Set up later: the standard plan only."""
        if not self._applied:
            self._applied = True
            run_op(self, lambda: apply_standard(self._service), report=log_only)
        super().reject()


def run_first_start(service: ChecklistService, plan_file: Path | None = None) -> None:
    """Show the wizard and wait until the person finishes it or sets up later."""
    wizard = FirstStartWizard(service, plan_file)
    wizard.exec()
    wizard.deleteLater()
