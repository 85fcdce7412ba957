"""About: the version, where the data is, what the app is not, and who made what it uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from planner import APP_NAME, __version__
from planner.ui.about.remission_page import paragraph
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.theme import scrolling_page


class AboutPage(QWidget):
    """What the app is and is not, where the data lives, and the credits."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutPage")
        layout = scrolling_page(self, self.tr("About {app}").format(app=APP_NAME), spacing=14)
        self.version = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version.setObjectName("AboutVersion")
        self.version.setProperty("role", "muted")
        layout.addWidget(self.version)

        box = titled_panel(layout, self.tr("What this app is"), "AboutWhatHeading")
        paragraph(
            box,
            self.tr(
                "{app} is a planner and journal for the time between checkups: the habits "
                "that help you now, how you feel, and what to ask at your next checkup."
            ).format(app=APP_NAME),
            "AboutWhat",
        )
        paragraph(
            box,
            self.tr(
                "It is not medical advice. It does not diagnose anything, and it does not "
                "take the place of your care team."
            ),
            "AboutNotAdvice",
        )

        box = titled_panel(layout, self.tr("Not for emergencies"), "AboutEmergencyHeading")
        self.emergency = paragraph(
            box,
            self.tr(
                "Nobody reads what you write in this app, and it cannot call for help. If "
                "you feel unsafe or need help right now, call your local emergency number."
            ),
            "AboutEmergency",
        )

        box = titled_panel(layout, self.tr("Your data stays with you"), "AboutDataHeading")
        paragraph(
            box,
            self.tr(
                "Everything you enter is kept on this computer, in this folder:\n{folder}"
            ).format(folder=data_folder),
            "AboutDataFolder",
        )
        paragraph(
            box,
            self.tr(
                "The app never goes on the internet: no account, no cloud, no updates "
                "checked, nothing sent anywhere."
            ),
            "AboutNoNetwork",
        )

        box = titled_panel(layout, self.tr("Credits"), "AboutCreditsHeading")
        paragraph(
            box,
            self.tr(
                "The questions the journal asks every two weeks are the PHQ-2 and the "
                "GAD-2. They were made by Kurt Kroenke, Robert L. Spitzer, Janet B. W. "
                "Williams and colleagues, and they are free to use."
            ),
            "AboutScreensCredit",
        )
        paragraph(
            box,
            self.tr(
                "Made with Qt for Python (PySide6), APScheduler, platformdirs, jsonschema "
                "and jeepney. Thank you to the people who make them."
            ),
            "AboutLibraries",
        )
        layout.addStretch(1)
