"""Living in remission: the facts the app builds on, in our own plain words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.ui.kit.fields import titled_panel
from planner.ui.kit.theme import scrolling_page


def paragraph(box: QVBoxLayout, text: str, name: str) -> QLabel:
    """A wrapped paragraph a person can select and copy."""
    from PySide6.QtCore import Qt

    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.addWidget(label)
    return label


class RemissionPage(QWidget):
    """A short read on what remission is, what can happen, and why checkups matter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RemissionPage")
        layout = scrolling_page(self, self.tr("Living in remission"), spacing=14)
        self.sections: list[QLabel] = []
        for title, name, texts in self._sections():
            box = titled_panel(layout, title, f"{name}Heading")
            for index, text in enumerate(texts):
                self.sections.append(paragraph(box, text, f"{name}Text{index + 1}"))
        layout.addStretch(1)

    def _sections(self) -> list[tuple[str, str, list[str]]]:
        return [
            (
                self.tr("What remission means"),
                "Meaning",
                [
                    self.tr(
                        "Remission means your treatment has made the signs of cancer smaller "
                        "or made them go away."
                    ),
                    self.tr(
                        "Complete remission means the doctors find no sign of cancer. Your "
                        "exam, blood tests and scans all look clear."
                    ),
                    self.tr(
                        "Partial remission means the cancer has shrunk by at least half, or it "
                        "has stopped growing. With some blood cancers, it means there are fewer "
                        "cancer cells in the blood."
                    ),
                ],
            ),
            (
                self.tr("Remission and cure"),
                "Cure",
                [
                    self.tr("Remission is good news, but it is not the same as a cure."),
                    self.tr(
                        "Remission can last for months, for years or for the rest of your life. "
                        "Nobody can say for sure how long it will last, not even your "
                        "oncologist."
                    ),
                    self.tr(
                        "Cancer can come back. Doctors call this a recurrence. A cancer that "
                        "comes back can often be treated and go into remission again. Some "
                        "people go through this more than once."
                    ),
                    self.tr(
                        "Some oncologists start to speak of a cure when five years or more have "
                        "passed with no sign of cancer after treatment ended."
                    ),
                ],
            ),
            (
                self.tr("Treatment that keeps going"),
                "Maintenance",
                [
                    self.tr(
                        "Some people keep taking a treatment to help the cancer stay in "
                        "remission. This is called maintenance therapy. People who have it "
                        "still see their oncologist often."
                    ),
                ],
            ),
            (
                self.tr("Why checkups matter"),
                "Checkups",
                [
                    self.tr(
                        "Regular checkups (visits with your oncologist, blood tests and "
                        "scans) help your care team find any change early, when it is easier "
                        "to treat. Keep your checkups, even when you feel well."
                    ),
                    self.tr(
                        "Ask your oncologist what to expect and which signs to watch for. Tell "
                        "your care team about any symptom that is new, that does not go away, "
                        "or that worries you."
                    ),
                ],
            ),
            (
                self.tr("Mixed feelings are normal"),
                "Feelings",
                [
                    self.tr(
                        "Many people feel relief and fear at the same time. You may feel better "
                        "but not \u201call better\u201d. It is common to worry more in the days "
                        "before a checkup and while you wait for results."
                    ),
                    self.tr(
                        "You do not have to carry this alone. Talking with people close to "
                        "you, your care team or a survivorship program can help."
                    ),
                    self.tr(
                        "This app is not for emergencies. If you feel unsafe or need help right "
                        "now, call your local emergency number."
                    ),
                ],
            ),
        ]
