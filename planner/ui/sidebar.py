"""The sidebar: the app's name and one button per page of ``navigation.PAGES``."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QVBoxLayout, QWidget

from planner import APP_NAME
from planner.ui.kit.theme import scaled_font, set_icon
from planner.ui.navigation import KEYS, PAGES, shortcut

SIDEBAR_WIDTH = 200


class Sidebar(QWidget):
    """Page buttons; the chosen one is drawn as pressed.

    Signals:
        chosen(int): the button of the page at this index was clicked.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setMinimumWidth(SIDEBAR_WIDTH)
        side = QVBoxLayout(self)
        side.setContentsMargins(14, 22, 14, 16)
        side.setSpacing(6)
        name = QLabel(APP_NAME)
        name.setObjectName("AppName")
        name.setFont(scaled_font(name, 1.15, bold=True))
        side.addWidget(name)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for index, spec in enumerate(PAGES):
            if spec.footer and not any(p.footer for p in PAGES[:index]):
                side.addStretch(1)  # the reading pages stand apart, at the foot
            button = QPushButton(f"  {spec.title}")
            set_icon(button, spec.icon)
            button.setObjectName("FootButton" if spec.footer else "NavButton")
            button.setAccessibleName(spec.title)
            button.setToolTip(
                self.tr("{page} ({keys})").format(page=spec.title, keys=shortcut(index))
            )
            button.setCheckable(True)
            button.setIconSize(QSize(22, 22))
            button.setMinimumHeight(36 if spec.footer else 44)
            if spec.needs_reminders:
                # Shown once reminders are attached. (Only ever hidden here: showing a
                # button that has no parent yet would make it a window of its own.)
                button.setVisible(False)
            self.group.addButton(button, index)
            self.buttons.append(button)
            side.addWidget(button)
        self.group.idClicked.connect(self.chosen)

    def mark(self, index: int) -> None:
        """Show the page at ``index`` as the chosen one (its icon in the highlight's colour)."""
        button = self.buttons[index]
        button.setChecked(True)
        set_icon(button, PAGES[index].icon, "text", checked_role="on_accent")

    def offer(self, key: str) -> None:
        """Show a page's button that waited for a service (Settings, for the reminders)."""
        self.buttons[KEYS.index(key)].setVisible(True)

    def fit(self) -> None:
        """As wide as the app's name and the page names need (large text), never narrower;
        a chosen page's name is bold, so the room for the widest bold name is kept too."""
        from PySide6.QtGui import QFont, QFontMetrics

        extra = 0
        for button in self.buttons:
            bold = QFont(button.font())
            bold.setBold(True)
            wider = QFontMetrics(bold).horizontalAdvance(button.text())
            extra = max(extra, wider - button.fontMetrics().horizontalAdvance(button.text()))
        self.setMinimumWidth(max(SIDEBAR_WIDTH, self.minimumSizeHint().width() + extra))
