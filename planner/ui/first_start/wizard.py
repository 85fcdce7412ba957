"""The guided first start: welcome, plan, care team, anchor, reminder times, done.

Finish applies everything through the services; "Set up later" (Cancel, Escape, closing
the window) gives the standard plan, as a new profile got before the wizard existed."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

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
        self.done_page = DonePage(self.choices)
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

    def accept(self) -> None:
        """Finish: the chosen plan, then the person's values, then the planned checkups."""
        if not self._applied:
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
