"""One reminder in the panel: its title (which wraps, never cut), when it was due, and
Done, Snooze and Skip; once answered, what was done, in the same place."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from planner.services.reminders import Reminder
from planner.ui.kit.formatting import clock
from planner.ui.kit.theme import scaled_font, set_icon
from planner.ui.kit.wrapped_label import WrappedLabel

#: The answer buttons' least height (large targets for tired hands).
BUTTON_HEIGHT = 38


class TitleButton(QPushButton):
    """A link-like button whose text wraps onto more lines, so a long title is shown
    whole. The text is plain (a title that looks like markup shows as typed)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderTitle")
        self.label = WrappedLabel(text)
        self.label.setObjectName("ReminderTitleText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setFont(scaled_font(self.label, 1.05, bold=True))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 2, 0, 2)
        box.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def text_shown(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        metrics = self.label.fontMetrics()
        return QSize(metrics.averageCharWidth() * 10, metrics.height() + 4)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self._underline(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self._underline(False)
        super().focusOutEvent(event)

    def _underline(self, on: bool) -> None:
        font = self.label.font()
        font.setUnderline(on)
        self.label.setFont(font)


class ReminderRow(QFrame):
    """One reminder: its title (opens the item), when it was due, and the three answers.

    ``settle`` shows what became of it where the buttons were, and keeps the row's height,
    so nothing moves under the pointer until the panel closes the rows up.

    Signals:
        chosen(str): "done", "skip", "check_in" (the evening check-in's title or button)
            or "open" (an item's title).
        snooze_menu_opening(): the snooze menu is about to show (fill it now).
    """

    chosen = Signal(str)
    snooze_menu_opening = Signal()

    def __init__(self, reminder: Reminder, late: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.settled = False
        self.setObjectName("ReminderRow")
        title = reminder.title
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(8)
        self.title_button = TitleButton(title)
        self.title_button.setAccessibleName(self.tr("Open {title}").format(title=title))
        self.title_button.setToolTip(self.tr("Show this item on Today"))
        if reminder.is_checkin:
            self.title_button.setAccessibleName(self.tr("Open the check-in"))
            self.title_button.setToolTip(self.tr("Check in on the Journal page"))
        elif reminder.checkup is not None:
            self.title_button.setAccessibleName(
                self.tr("Open {title} in Checkups").format(title=title)
            )
            self.title_button.setToolTip(self.tr("Show it on the Checkups page"))
        row.addWidget(self.title_button, 1)
        due = clock(reminder.due.at)
        self.when = QLabel(
            (self.tr("was due at {time}") if late else self.tr("at {time}")).format(time=due)
        )
        self.when.setProperty("role", "muted")
        row.addWidget(self.when)
        self.done_button = QPushButton(self.tr("Done"))
        set_icon(self.done_button, "done", "on_accent")
        self.done_button.setObjectName("ReminderDone")
        self.done_button.setProperty("primary", "true")
        self.done_button.setAccessibleName(self.tr("Mark {title} done").format(title=title))
        if reminder.is_checkin:
            # The evening check-in is answered by checking in: title and button open it.
            self.done_button.setText(self.tr("Check in"))
            self.done_button.setAccessibleName(self.tr("Check in now"))
            self.done_button.clicked.connect(lambda: self.chosen.emit("check_in"))
            self.title_button.clicked.connect(lambda: self.chosen.emit("check_in"))
        elif reminder.is_booking:
            # "Book it" is answered by booking: the button opens the booking form.
            self.done_button.setText(self.tr("Book it…"))
            self.done_button.setAccessibleName(
                self.tr("Book it: enter the date of {title}").format(title=title)
            )
            self.done_button.clicked.connect(lambda: self.chosen.emit("book"))
            self.title_button.clicked.connect(lambda: self.chosen.emit("open"))
        else:
            self.done_button.clicked.connect(lambda: self.chosen.emit("done"))
            self.title_button.clicked.connect(lambda: self.chosen.emit("open"))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        set_icon(self.snooze_button, "snooze")
        self.snooze_button.setObjectName("ReminderSnooze")
        self.snooze_button.setAccessibleName(self.tr("Snooze {title}").format(title=title))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.setObjectName("SnoozeMenu")
        self.snooze_menu.aboutToShow.connect(self.snooze_menu_opening)
        self.snooze_button.setMenu(self.snooze_menu)
        self.skip_button = QPushButton(self.tr("Skip"))
        set_icon(self.skip_button, "skip")
        self.skip_button.setObjectName("ReminderSkip")
        self.skip_button.setAccessibleName(self.tr("Skip {title}").format(title=title))
        self.skip_button.clicked.connect(lambda: self.chosen.emit("skip"))
        self.buttons = (self.done_button, self.snooze_button, self.skip_button)
        # Done and Check in as wide as each other, so the buttons line up row under row.
        metrics = self.done_button.fontMetrics()
        labels = (self.tr("Done"), self.tr("Check in"), self.tr("Book it…"))
        widest = max(metrics.horizontalAdvance(t) for t in labels)
        self.done_button.setMinimumWidth(widest + self.done_button.iconSize().width() + 48)
        for button in self.buttons:
            button.setMinimumHeight(BUTTON_HEIGHT)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        # What became of it, where the buttons were (shown by ``settle``).
        self.outcome = QLabel()
        self.outcome.setObjectName("ReminderOutcome")
        self.outcome.setMinimumHeight(BUTTON_HEIGHT)
        self.outcome.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outcome.setVisible(False)
        row.addWidget(self.outcome)

    def settle(self, text: str) -> None:
        """Show ``text`` ("Done", "Snoozed until 16:45 today") instead of the buttons, at
        the same place and height; a second click there answers nothing."""
        if self.settled:
            return
        self.settled = True
        self.setMinimumHeight(self.height())
        had_focus = any(button.hasFocus() for button in self.buttons)
        self.outcome.setText(text)
        self.outcome.setAccessibleName(
            self.tr("{title}: {what}").format(title=self.reminder.title, what=text)
        )
        self.outcome.setVisible(True)
        if had_focus:
            # The keyboard stays on this row: a second Space answers nothing else.
            self.outcome.setFocus()
        for button in self.buttons:
            button.setEnabled(False)
            button.setVisible(False)
