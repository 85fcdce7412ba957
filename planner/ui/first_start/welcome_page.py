"""The first page: what the app does, that it is not for emergencies, that it stays local."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from planner.ui.first_start.labels import note


class WelcomePage(QWizardPage):
    """Says plainly what the app is and is not, before anything is asked."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FirstStartWelcome")
        self.setTitle(self.tr("Welcome to Between Checkups"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            note(
                self.tr(
                    "This app helps you live well between checkups. It gives you a "
                    "checklist with gentle reminders, a short journal for mood and worry, "
                    "and helps you get ready for each checkup."
                ),
                "WelcomeWhat",
            )
        )
        layout.addWidget(
            note(
                self.tr(
                    "This app is not for emergencies, and nobody reads what you write in "
                    "it. In an emergency, call your local emergency number."
                ),
                "WelcomeEmergency",
            )
        )
        layout.addWidget(
            note(
                self.tr("Everything you write stays on this computer. Nothing is sent anywhere."),
                "WelcomeLocal",
            )
        )
        layout.addWidget(
            note(
                self.tr(
                    "Setting up takes a few minutes. You can skip any step, or choose "
                    '"Set up later" to start with the standard checklist.'
                ),
                "WelcomeSteps",
                muted=True,
            )
        )
        layout.addStretch(1)
