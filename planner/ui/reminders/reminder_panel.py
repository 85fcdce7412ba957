"""The in-app reminder panel: due reminders, grouped, each with Done, Snooze and Skip.

It is always filled, whatever else shows the reminder (tray or desktop notification),
so a reminder can be answered in the window. Late reminders (the app was closed or the
computer slept) come as one summary with the same actions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.reminders import DueReminder
from planner.services.changes import Area
from planner.services.reminders import Reminder, ReminderBatch, ReminderService
from planner.ui.kit.formatting import clock, short_day_clock
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.page import ChangeWatch
from planner.ui.kit.theme import scaled_font, set_badge, set_icon

log = logging.getLogger(__name__)


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


class SnoozeTimeDialog(QDialog):
    """Choose the clock time to be reminded again (the next time the clock shows it)."""

    def __init__(self, title: str, service: ReminderService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SnoozeTimeDialog")
        self.setWindowTitle(self.tr("Remind me again"))
        self._service = service
        box = QVBoxLayout(self)
        question = self.tr("When should “{title}” remind you again?").format(title=title)
        box.addWidget(QLabel(question))
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("SnoozeTime")
        self.time_edit.setAccessibleName(self.tr("Time to remind again"))
        # formatting.clock's pattern ("08:30"), so it is translated once.
        self.time_edit.setDisplayFormat(QCoreApplication.translate("Formatting", "HH:mm"))
        start = service.now().astimezone(service.zone)
        self.time_edit.setTime(QTime(start.hour, start.minute).addSecs(30 * 60))
        box.addWidget(self.time_edit)
        self.result_label = QLabel()
        self.result_label.setObjectName("SnoozeWhen")
        self.result_label.setProperty("role", "muted")
        box.addWidget(self.result_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.time_edit.timeChanged.connect(self._update)
        self._update()

    def until(self) -> datetime:
        chosen = self.time_edit.time()
        return self._service.next_time_of_day(chosen.toPython().replace(second=0))

    def _update(self) -> None:
        self.result_label.setText(
            self.tr("You'll be reminded at {when}.").format(
                when=when_text(self.until(), self._service)
            )
        )


def ask_snooze_time(title: str, service: ReminderService, parent: QWidget) -> datetime | None:
    dialog = SnoozeTimeDialog(title, service, parent)
    return dialog.until() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReminderRow(QFrame):
    """One reminder: its title (opens the item), when it was due, and the three answers."""

    def __init__(self, panel: ReminderPanel, reminder: Reminder, late: bool) -> None:
        super().__init__(panel)
        self.reminder = reminder
        self.setObjectName("ReminderRow")
        title = reminder.title
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(8)
        self.title_button = QPushButton(title)
        self.title_button.setObjectName("LinkButton")
        self.title_button.setAccessibleName(self.tr("Open {title}").format(title=title))
        self.title_button.setToolTip(self.tr("Show this item on Today"))
        self.title_button.setFont(scaled_font(self.title_button, 1.05, bold=True))
        if reminder.is_checkin:
            self.title_button.setAccessibleName(self.tr("Open the check-in"))
            self.title_button.setToolTip(self.tr("Check in on the Journal page"))
        row.addWidget(self.title_button)
        due = clock(reminder.due.at)
        when = QLabel(
            (self.tr("was due at {time}") if late else self.tr("at {time}")).format(time=due)
        )
        when.setProperty("role", "muted")
        row.addWidget(when)
        row.addStretch(1)
        self.done_button = QPushButton(self.tr("Done"))
        set_icon(self.done_button, "done", "on_accent")
        self.done_button.setObjectName("ReminderDone")
        self.done_button.setProperty("primary", "true")
        self.done_button.setAccessibleName(self.tr("Mark {title} done").format(title=title))
        if reminder.is_checkin:
            # The evening check-in is answered by checking in: title and button open it.
            self.done_button.setText(self.tr("Check in"))
            self.done_button.setAccessibleName(self.tr("Check in now"))
            self.done_button.clicked.connect(lambda: panel.check_in(self))
            self.title_button.clicked.connect(lambda: panel.check_in(self))
        else:
            self.done_button.clicked.connect(lambda: panel.answer(self, "done"))
            self.title_button.clicked.connect(lambda: panel.open_item.emit(reminder.item_id))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        set_icon(self.snooze_button, "snooze")
        self.snooze_button.setObjectName("ReminderSnooze")
        self.snooze_button.setAccessibleName(self.tr("Snooze {title}").format(title=title))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.setObjectName("SnoozeMenu")
        self.snooze_menu.aboutToShow.connect(lambda: panel.fill_snooze_menu(self))
        self.snooze_button.setMenu(self.snooze_menu)
        self.skip_button = QPushButton(self.tr("Skip"))
        set_icon(self.skip_button, "skip")
        self.skip_button.setObjectName("ReminderSkip")
        self.skip_button.setAccessibleName(self.tr("Skip {title}").format(title=title))
        self.skip_button.clicked.connect(lambda: panel.answer(self, "skip"))
        for button in (self.done_button, self.snooze_button, self.skip_button):
            button.setMinimumHeight(38)
            row.addWidget(button)


class ReminderPanel(QFrame):
    """Shows due reminders above the page; hidden when there are none.

    Signals:
        open_item(int): the person clicked a reminder's title.
        open_checkin(): the person chose to check in (the evening check-in reminder).
    """

    open_item = Signal(int)
    open_checkin = Signal()
    emptied = Signal()
    pruned = Signal()  # some reminders were answered elsewhere; others remain

    def __init__(self, service: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderPanel")
        self.setAccessibleName(self.tr("Reminders"))
        self._service = service
        self.ask_time: Callable[[str, ReminderService, QWidget], datetime | None] = ask_snooze_time
        self.rows: list[ReminderRow] = []
        self._late: set[DueReminder] = set()
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 12, 16, 12)
        box.setSpacing(4)
        head = QHBoxLayout()
        bell = QLabel()
        set_badge(bell, "bell", "accent", 24)
        head.addWidget(bell)
        self.heading = QLabel()
        self.heading.setObjectName("ReminderHeading")
        self.heading.setFont(scaled_font(self.heading, 1.1, bold=True))
        self.heading.setWordWrap(True)
        head.addWidget(self.heading, 1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("ReminderClose")
        self.close_button.setAccessibleName(
            self.tr("Close the reminders (answer them later on Today)")
        )
        self.close_button.setToolTip(self.tr("Answer them later on Today"))
        self.close_button.clicked.connect(self.dismiss)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(0)
        box.addLayout(self.rows_box)
        # Answered elsewhere (Today, a check-in, an archived item): gone from here too.
        ChangeWatch(
            service.bus, self, self.prune, (Area.ITEMS, Area.ANSWERS, Area.JOURNAL)
        )
        self.hide()

    def show_batch(self, batch: ReminderBatch) -> None:
        """Add the batch's reminders to those shown (one group, never a stack)."""
        known = {row.reminder.due for row in self.rows}
        for reminder, late in [(r, True) for r in batch.missed] + [
            (r, False) for r in batch.on_time
        ]:
            if reminder.due in known:
                continue
            row = ReminderRow(self, reminder, late)
            if late:
                self._late.add(reminder.due)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        self._update_heading()
        self.show()

    def titles(self) -> list[str]:
        return [row.reminder.title for row in self.rows]

    def all_late(self) -> bool:
        return bool(self.rows) and all(row.reminder.due in self._late for row in self.rows)

    def answer_all(self, what: str) -> None:
        """Done or Skip for every reminder shown (from a grouped notification's button).

        "All done" leaves the evening check-in: only checking in answers that one.
        """
        for row in list(self.rows):
            if what == "done" and row.reminder.is_checkin:
                continue
            if row in self.rows:  # answering one can clear others (same item and day)
                self.answer(row, what)

    def check_in(self, row: ReminderRow) -> None:
        """Answer the evening check-in reminder by opening the check-in."""
        self.answer(row, "done")
        self.open_checkin.emit()

    def snooze_all(self, until: datetime) -> None:
        for row in list(self.rows):
            if row in self.rows:
                self.snooze(row, until)

    def _update_heading(self) -> None:
        count = len(self.rows)
        if self.all_late() and count == 1:
            self.heading.setText(
                self.tr(
                    "While the app was closed or the computer was asleep, this reminder came due"
                )
            )
        elif self.all_late():
            self.heading.setText(
                self.tr(
                    "While the app was closed or the computer was asleep, %n reminders came due",
                    "",
                    count,
                )
            )
        elif count == 1:
            self.heading.setText(self.tr("Reminder"))
        else:
            self.heading.setText(self.tr("%n reminders", "", count))

    def prune(self) -> None:
        """Drop reminders answered elsewhere (on Today, or the item was archived)."""
        if not self.rows:
            return
        found = run_op(
            self, lambda: self._service.still_open([row.reminder for row in self.rows]),
            report=log_only,
        )
        if not found:
            return
        still = {r.due for r in found.value or []}
        gone = [row for row in self.rows if row.reminder.due not in still]
        for row in gone:
            self._remove(row)
        if gone and self.rows:
            self.pruned.emit()

    def _remove(self, row: ReminderRow) -> None:
        self.rows.remove(row)
        self._late.discard(row.reminder.due)
        row.hide()
        row.deleteLater()
        if self.rows:
            self._update_heading()
        else:
            self.hide()
            self.emptied.emit()

    def dismiss(self) -> None:
        """Close the panel; the reminders stay unanswered on Today."""
        for row in list(self.rows):
            self._remove(row)

    def answer(self, row: ReminderRow, what: str) -> None:
        answer = self._service.done if what == "done" else self._service.skip
        if not run_op(self, lambda: answer([row.reminder])):
            return
        if row in self.rows:
            self._remove(row)

    def fill_snooze_menu(self, row: ReminderRow) -> None:
        menu = row.snooze_menu
        menu.clear()
        for label, until in self._service.snooze_choices():
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, u=until: self.snooze(row, u))
        menu.addSeparator()
        choose = menu.addAction(self.tr("At a time I choose…"))
        choose.triggered.connect(lambda: self._snooze_chosen(row))

    def _snooze_chosen(self, row: ReminderRow) -> None:
        until = self.ask_time(row.reminder.title, self._service, self)
        if until is not None:
            self.snooze(row, until)

    def snooze(self, row: ReminderRow, until: datetime) -> None:
        if not run_op(self, lambda: self._service.snooze([row.reminder], until)):
            return
        if row in self.rows:
            self._remove(row)
