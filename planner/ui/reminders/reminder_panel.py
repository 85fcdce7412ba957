"""The in-app reminder panel: due reminders, grouped, each with Done, Snooze and Skip.

It is always filled, whatever else shows the reminder (tray or desktop notification),
so a reminder can be answered in the window. Late reminders (the app was closed or the
computer slept) come as one summary with the same actions.

Nothing moves under the pointer: an answered row stays where it was, showing what was
done, and the rows close up only once the pointer has left the panel, and no sooner
than a second after the last answer (a double-click on Done answers one reminder). The
panel takes at most about a third of the window; more reminders scroll inside it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.reminders import DueReminder
from planner.services.changes import Area
from planner.services.reminders import Reminder, ReminderBatch, ReminderService
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.page import ChangeWatch
from planner.ui.kit.theme import scaled_font, set_badge
from planner.ui.kit.words import target_text
from planner.ui.reminders.reminder_row import ReminderRow
from planner.ui.reminders.snooze import ask_snooze_time, choice_label, when_text

log = logging.getLogger(__name__)

#: Answered rows stay in place at least this long (a double-click takes about 0.5 s).
SETTLE_MS = 1000
#: The panel takes at most this share of its window's height.
WINDOW_SHARE = 3


class ReminderPanel(QFrame):
    """Shows due reminders above the page; hidden when there are none.

    ``rows`` are the reminders still open; answered ones stay in view (``settled``)
    until the rows close up.

    Signals:
        open_item(int): the person clicked a reminder's title.
        open_checkin(): the person chose to check in (the evening check-in reminder).
        open_checkup(int, bool): a checkup reminder's title (False) or "Book it" (True).
        emptied(): no reminder is open any more (the notification can go).
        pruned(): some reminders were answered elsewhere; others remain.
    """

    open_item = Signal(int)
    open_checkin = Signal()
    open_checkup = Signal(int, bool)
    emptied = Signal()
    pruned = Signal()

    def __init__(self, service: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReminderPanel")
        self.setAccessibleName(self.tr("Reminders"))
        self._service = service
        self.ask_time: Callable[[str, ReminderService, QWidget], datetime | None] = ask_snooze_time
        self.rows: list[ReminderRow] = []
        self.settled: list[ReminderRow] = []
        self._late: set[DueReminder] = set()
        self._height_limit = 1_000_000
        self._watching_window = False
        self._close_up_timer = QTimer(self)
        self._close_up_timer.setSingleShot(True)
        self._close_up_timer.setInterval(SETTLE_MS)
        self._close_up_timer.timeout.connect(self._close_up_when_away)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(20, 12, 16, 12)
        self.box.setSpacing(4)
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
        self.box.addLayout(head)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("ReminderScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("ReminderRows")
        self.rows_box = QVBoxLayout(inner)
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(0)
        self.rows_box.addStretch(1)
        self.scroll.setWidget(inner)
        self.box.addWidget(self.scroll)
        # Answered elsewhere (Today, a check-in, an archived item): gone from here too.
        ChangeWatch(service.bus, self, self.prune, (Area.ITEMS, Area.ANSWERS, Area.JOURNAL))
        self.hide()

    # --- filling ---------------------------------------------------------------

    def show_batch(self, batch: ReminderBatch) -> list[Reminder]:
        """Add the batch's reminders to those shown (one group, never a stack); returns
        the ones that were not in the panel yet."""
        known = {row.reminder.due for row in self.rows + self.settled}
        added: list[Reminder] = []
        for reminder, late in [(r, True) for r in batch.missed] + [
            (r, False) for r in batch.on_time
        ]:
            if reminder.due in known:
                continue
            known.add(reminder.due)
            row = ReminderRow(reminder, late, self)
            row.chosen.connect(lambda what, r=row: self._on_chosen(r, what))
            row.snooze_menu_opening.connect(lambda r=row: self.fill_snooze_menu(r))
            if late:
                self._late.add(reminder.due)
            # New rows go below the others: nothing above them moves.
            self.rows_box.insertWidget(self.rows_box.count() - 1, row)
            self.rows.append(row)
            added.append(reminder)
        self._update_heading()
        self.show()
        self.fit_height()
        return added

    def titles(self) -> list[str]:
        """The titles of the reminders still open."""
        return [row.reminder.title for row in self.rows]

    def all_late(self) -> bool:
        return bool(self.rows) and all(row.reminder.due in self._late for row in self.rows)

    def _update_heading(self) -> None:
        count = len(self.rows)
        if not count:
            self.heading.setText(self.tr("Thank you. Nothing else is waiting."))
        elif self.all_late() and count == 1:
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

    # --- height ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        window = self.window()
        if window is not self and not self._watching_window:
            self._watching_window = True
            window.installEventFilter(self)  # its height sets the panel's limit
            self.set_height_limit(window.height() // WINDOW_SHARE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.set_height_limit(watched.height() // WINDOW_SHARE)
        return super().eventFilter(watched, event)

    def set_height_limit(self, height: int) -> None:
        """The most the panel may take (about a third of the window); the rows scroll."""
        if height != self._height_limit:
            self._height_limit = height
            self.fit_height()

    def fit_height(self) -> None:
        """As tall as the rows need, up to the limit (always room for one row)."""
        shown = self.rows + self.settled
        if not shown:
            return
        margins = self.box.contentsMargins()
        width = max(1, self.contentsRect().width() - margins.left() - margins.right())
        inner = self.scroll.widget()
        needed = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        if needed <= 0:
            needed = inner.sizeHint().height()
        head = self.box.itemAt(0)
        head_height = head.sizeHint().height() if head is not None else 0
        spare = self._height_limit - head_height - margins.top() - margins.bottom() - 4
        first = shown[0]
        one_row = first.heightForWidth(width) if first.hasHeightForWidth() else -1
        one_row = max(one_row, first.sizeHint().height())
        height = max(1, min(needed, max(spare, one_row)))
        if self.scroll.height() != height or self.scroll.minimumHeight() != height:
            self.scroll.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()  # the titles wrap differently at another width

    # --- answering -------------------------------------------------------------

    def answer_all(self, what: str) -> None:
        """Done or Skip for every reminder shown (from a grouped notification's button).

        "All done" leaves the evening check-in and "book it": only checking in, and booking,
        answer those.
        """
        for row in list(self.rows):
            if what == "done" and (row.reminder.is_checkin or row.reminder.is_booking):
                continue
            if row in self.rows:  # answering one can settle others (same item and day)
                self.answer(row, what)

    def _on_chosen(self, row: ReminderRow, what: str) -> None:
        if what == "check_in":
            self.check_in(row)
        elif what == "open":
            checkup = row.reminder.checkup
            if row.reminder.item_id is not None:
                self.open_item.emit(row.reminder.item_id)
            elif checkup is not None and checkup.id is not None:
                self.open_checkup.emit(checkup.id, False)
        elif what == "book":
            checkup = row.reminder.checkup
            if checkup is not None and checkup.id is not None and not row.settled:
                self.answer(row, "done")
                self.open_checkup.emit(checkup.id, True)
        else:
            self.answer(row, what)

    def check_in(self, row: ReminderRow) -> None:
        """Answer the evening check-in reminder by opening the check-in."""
        if row.settled:
            return
        self.answer(row, "done")
        self.open_checkin.emit()

    def snooze_all(self, until: datetime) -> None:
        for row in list(self.rows):
            if row in self.rows:
                self.snooze(row, until)

    def answer(self, row: ReminderRow, what: str) -> None:
        """Done or Skip for one reminder; the row then shows it, in place."""
        if row.settled or row not in self.rows:
            return  # a second click on a row already answered answers nothing
        answer = self._service.done if what == "done" else self._service.skip
        row.settled = True  # guards against a click arriving while this one is saved
        ok = run_op(self, lambda: answer([row.reminder]))
        row.settled = False
        if ok:
            self._settle(row, self._done_text(row) if what == "done" else self.tr("Skipped"))

    def _done_text(self, row: ReminderRow) -> str:
        reminder = row.reminder
        if reminder.is_checkin:
            return self.tr("Check-in opened")
        if reminder.is_booking:
            return self.tr("Booking opened")
        item = reminder.item
        if item is not None and item.target is not None:
            return self.tr("Done: {goal}").format(goal=target_text(item.target))
        return self.tr("Done")

    def fill_snooze_menu(self, row: ReminderRow) -> None:
        menu = row.snooze_menu
        menu.clear()
        for choice, until in self._service.snooze_choices():
            action = menu.addAction(choice_label(choice))
            action.triggered.connect(lambda _=False, u=until: self.snooze(row, u))
        menu.addSeparator()
        choose = menu.addAction(self.tr("At a time I choose…"))
        choose.triggered.connect(lambda: self._snooze_chosen(row))

    def _snooze_chosen(self, row: ReminderRow) -> None:
        until = self.ask_time(row.reminder.title, self._service, self)
        if until is not None:
            self.snooze(row, until)

    def snooze(self, row: ReminderRow, until: datetime) -> None:
        if row.settled or row not in self.rows:
            return
        if run_op(self, lambda: self._service.snooze([row.reminder], until)):
            text = self.tr("Snoozed until {when}").format(when=when_text(until, self._service))
            self._settle(row, text)

    def prune(self) -> None:
        """Show the reminders answered elsewhere (on Today, by checking in, or the item
        was archived) as answered; they close up with the others."""
        if not self.rows:
            return
        found = run_op(
            self,
            lambda: self._service.still_open([row.reminder for row in self.rows]),
            report=log_only,
        )
        if not found:
            return
        still = {r.due for r in found.value or []}
        # (A row being answered here right now is left to that answer.)
        gone = [row for row in self.rows if row.reminder.due not in still and not row.settled]
        for row in gone:
            self._settle(
                row, self.tr("Checked in") if row.reminder.is_checkin else self.tr("Answered")
            )
        if gone and self.rows:
            self.pruned.emit()

    # --- closing up ------------------------------------------------------------

    def _settle(self, row: ReminderRow, text: str) -> None:
        """Show what became of ``row`` in place; it leaves when the rows close up."""
        if row not in self.rows:
            return
        row.settle(text)
        self.rows.remove(row)
        self.settled.append(row)
        self._update_heading()
        self._close_up_timer.start()  # again: a second after the last answer
        if not self.rows:
            self.emptied.emit()

    def pointer_over(self) -> bool:
        """Whether the mouse pointer is over the panel (rows must not move under it)."""
        return self.underMouse()

    def _close_up_when_away(self) -> None:
        if not self.pointer_over():
            self.close_up()
        # Else the pointer is over the panel: the rows close up when it leaves.

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().leaveEvent(event)
        if self.settled and not self._close_up_timer.isActive():
            self.close_up()

    def close_up(self) -> None:
        """Take the answered rows away (the panel goes once nothing is left)."""
        self._close_up_timer.stop()
        for row in self.settled:
            self._late.discard(row.reminder.due)
            row.hide()
            row.deleteLater()
        self.settled = []
        if self.rows:
            self._update_heading()
            self.fit_height()
        else:
            self.hide()

    def dismiss(self) -> None:
        """Close the panel; the reminders stay unanswered on Today."""
        for row in self.rows:
            self._late.discard(row.reminder.due)
            row.hide()
            row.deleteLater()
        had_open = bool(self.rows)
        self.rows = []
        self.close_up()
        if had_open:
            self.emptied.emit()
