"""The Checkups page: the person's checkups (oncologist visits, tests and scans), coming up
(booked, and planned by the follow-up schedule) and past; setting up the schedule,
preparing for a checkup, and adding them to a calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import Checkup, next_checkup
from planner.services.changes import Area
from planner.services.followup import FollowupService
from planner.services.journal import JournalService
from planner.ui.checkups.checkup_actions import ask_checkup, confirm_delete
from planner.ui.checkups.checkup_card import CheckupCard, PlannedCard, card_label
from planner.ui.checkups.checkup_words import named_in_sentence, unbroken, unbroken_dates
from planner.ui.kit.balanced_rows import BalancedRows
from planner.ui.kit.formatting import day_short_month
from planner.ui.kit.journal_words import next_checkup_text
from planner.ui.kit.ops import run_op
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scaled_font, scrolling_page, set_icon

if TYPE_CHECKING:
    from planner.services.calendar_export import CalendarExport

__all__ = ["NO_CHECKUP", "CheckupCard", "CheckupsPage", "PlannedCard"]

NO_CHECKUP = QT_TRANSLATE_NOOP(
    "CheckupsPage", "No checkup planned. Add your next one so the app can show how long until it."
)
#: Planned checkups further ahead than this are summed up in one line, not listed.
PLANNED_SHOWN_AHEAD = timedelta(days=366)

Card = CheckupCard | PlannedCard


class CheckupsPage(Page):
    """Lists the checkups, coming up and past, with buttons to add, change, book and delete.

    Signals:
        prepare_requested(): "Prepare for my checkup" (the window opens the summary).
    """

    areas = (Area.CHECKUPS,)
    prepare_requested = Signal()

    def __init__(
        self,
        journal: JournalService,
        followup: FollowupService,
        calendar: CalendarExport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(journal.bus, parent)
        self.setObjectName("CheckupsPage")
        self._journal = journal
        self._followup = followup
        self._calendar = calendar
        #: Where the calendar file chooser starts: home, then the last folder used (this run).
        self.calendar_folder = Path.home()
        self._today = journal.today()
        self.cards: list[Card] = []

        layout = scrolling_page(self, self.tr("Checkups"), spacing=12)

        top = QFrame()
        top.setObjectName("Panel")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(20, 16, 20, 16)
        top_layout.setSpacing(12)
        top_row = QHBoxLayout()
        top_row.setSpacing(16)
        self.next_label = card_label("", "NextCheckup")
        self.next_label.setFont(scaled_font(self.next_label, 1.15, bold=True))
        top_row.addWidget(self.next_label, 1)
        self.add_button = self._button(self.tr("Add a checkup"), "AddCheckup", self._add)
        set_icon(self.add_button, "add", "on_accent")
        self.add_button.setProperty("primary", "true")
        top_row.addWidget(self.add_button)
        top_layout.addLayout(top_row)
        # Side by side while they fit, else in two or three rows (a narrow window).
        holder = QWidget()
        holder.setObjectName("CheckupsActions")
        holder.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        actions = BalancedRows(holder, spacing=8)
        self.schedule_button = self._button(
            self.tr("Set up my follow-up schedule"), "SetUpFollowup", self.set_up_schedule
        )
        self.prepare_button = self._button(
            self.tr("Prepare for my checkup"), "PrepareCheckup", self.prepare_requested.emit
        )
        self.calendar_button = self._button(
            self.tr("Add to my calendar"), "AddToCalendar", self.add_to_calendar
        )
        self.calendar_button.setVisible(calendar is not None)
        for button in (self.schedule_button, self.prepare_button, self.calendar_button):
            actions.addWidget(button)
        top_layout.addWidget(holder)
        layout.addWidget(top)
        self.hint = card_label("", "CheckupsHint", muted=True)
        layout.addWidget(self.hint)

        layout.addSpacing(6)
        self.coming_box, self.coming_empty = self._section(
            layout, self.tr("Coming up"), "ComingUpHeading", self.tr("Nothing planned yet.")
        )
        self.later_label = card_label("", "PlannedLater", muted=True)
        layout.addWidget(self.later_label)
        layout.addSpacing(6)
        self.past_box, self.past_empty = self._section(
            layout, self.tr("Past checkups"), "PastHeading", self.tr("No past checkups yet.")
        )
        layout.addStretch(1)

        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: slot())
        return button

    @staticmethod
    def _section(
        layout: QVBoxLayout, title: str, name: str, empty: str
    ) -> tuple[QVBoxLayout, QLabel]:
        heading = QLabel(title)
        heading.setObjectName(name)
        heading.setFont(scaled_font(heading, 1.25, bold=True))
        layout.addWidget(heading)
        empty_label = card_label(empty, f"{name}Empty", muted=True)
        layout.addWidget(empty_label)
        box = QVBoxLayout()
        box.setSpacing(10)
        layout.addLayout(box)
        return box, empty_label

    # --- state ---------------------------------------------------------------

    def refresh(self) -> None:
        """Show the saved checkups again (after a change, or on a new day: "in 3 days"
        becomes "in 2 days")."""
        self._today = today = self._journal.today()
        booked = self._journal.checkups()
        planned = self._followup.planned()
        upcoming = next_checkup(booked + planned, today)
        if upcoming is None:
            self.next_label.setText(QCoreApplication.translate("CheckupsPage", NO_CHECKUP))
        elif upcoming.planned:  # not an appointment yet: not "in 8 days at 09:00"
            self.next_label.setText(
                self.tr("Next checkup: {checkup}, due around {day}. Not booked yet.").format(
                    checkup=named_in_sentence(upcoming),
                    day=unbroken(day_short_month(upcoming.due_on or upcoming.day)),
                )
            )
        else:
            self.next_label.setText(unbroken_dates(next_checkup_text(upcoming, today), upcoming))
        has_schedule = bool(self._followup.schedules())
        self.schedule_button.setText(
            self.tr("Change my follow-up schedule")
            if has_schedule
            else self.tr("Set up my follow-up schedule")
        )
        self.schedule_button.setAccessibleName(self.schedule_button.text())
        self.hint.setText(
            self.tr(
                "Planned checkups come from your follow-up schedule. When you book one, "
                'choose "Book it" and enter the date: the app then reminds you the day before.'
            )
            if has_schedule
            else self.tr(
                "Keep your checkups here, past ones too: visits with your oncologist, blood "
                "tests and scans. Your check-ins are grouped by the time between them. With a "
                "follow-up schedule, the app plans the dates and reminds you to book them."
            )
        )
        for card in self.cards:
            self.coming_box.removeWidget(card)
            self.past_box.removeWidget(card)
            card.hide()  # kept in the page until deleted, so it never becomes a window
            card.deleteLater()
        self.cards = []
        horizon = today + PLANNED_SHOWN_AHEAD
        ahead = [c for c in booked if c.day >= today]
        # A planned checkup stays under "Coming up" while it is not booked, even once due.
        ahead += [c for c in planned if c.day <= horizon]
        ahead.sort(key=lambda c: (c.day, c.at is None, c.at, c.id or 0))
        later = sum(1 for c in planned if c.day > horizon)
        self.later_label.setText(
            self.tr("1 more planned checkup after that.")
            if later == 1
            else self.tr("%n more planned checkups after that.", "", later)
        )
        self.later_label.setVisible(later > 0)
        past = sorted(
            (c for c in booked if c.day < today),
            key=lambda c: (c.starts(), c.id or 0),
            reverse=True,
        )
        for box, empty, group in (
            (self.coming_box, self.coming_empty, ahead),
            (self.past_box, self.past_empty, past),
        ):
            empty.setVisible(not group)
            for checkup in group:
                box.addWidget(self._card(checkup, today))

    def _card(self, checkup: Checkup, today: date) -> Card:
        card: Card
        if checkup.planned:
            card = PlannedCard(checkup, today)
            card.book_clicked.connect(self._book)
            card.drop_clicked.connect(self._drop)
        else:
            card = CheckupCard(checkup, today)
            card.edit_clicked.connect(self._edit)
            card.delete_clicked.connect(self._delete)
        self.cards.append(card)
        return card

    def card_for(self, checkup_id: int) -> Card | None:
        return next((c for c in self.cards if c.checkup.id == checkup_id), None)

    # --- actions -------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> object | None:
        return run_op(self, action).value

    def add_checkup(self) -> None:
        """Open the editor for a new checkup (for a menu or a button elsewhere)."""
        self._add()

    def _add(self) -> None:
        checkup = ask_checkup(self._journal, None, self)
        if checkup is not None:
            self._save(checkup)

    def _edit(self, checkup: Checkup) -> None:
        edited = ask_checkup(self._journal, checkup, self)
        if edited is not None and edited != checkup:
            self._save(edited)

    def _save(self, checkup: Checkup) -> None:
        saved = self._run(lambda: self._journal.save_checkup(checkup))
        if isinstance(saved, Checkup) and saved.id is not None:
            self._focus_card(saved.id)

    def _focus_card(self, checkup_id: int) -> None:
        if self.stale:  # a hidden page is not refreshed by the change
            self.refresh()
        card = self.card_for(checkup_id)
        if isinstance(card, CheckupCard):
            card.edit_button.setFocus()
        elif isinstance(card, PlannedCard):
            card.book_button.setFocus()

    def book(self, checkup_id: int) -> None:
        """Open the booking form of a planned checkup (from a "book it" reminder)."""
        found = next((c for c in self._followup.planned() if c.id == checkup_id), None)
        if found is not None:
            self._book(found)

    def _book(self, checkup: Checkup) -> None:
        from planner.ui.checkups.booking_dialog import BookingDialog

        has_schedule = self._followup.schedule(checkup.schedule_id) is not None
        anchor = self._followup.anchor()
        dialog = BookingDialog(
            checkup,
            self._journal.today(),
            has_schedule,
            self,
            counts_from=anchor.on if anchor else None,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        saved = self._run(
            lambda: self._followup.book(
                checkup,
                dialog.day_chosen,
                dialog.at,
                place=dialog.place,
                count_from_here=dialog.count_from_here,
            )
        )
        if isinstance(saved, Checkup) and saved.id is not None:
            self._focus_card(saved.id)

    def _delete(self, checkup: Checkup) -> None:
        if checkup.id is None or not confirm_delete(checkup, self):
            return
        self._remove(checkup)

    def _drop(self, checkup: Checkup) -> None:
        """ "Not needed": a planned checkup comes off the list (the schedule never plans
        that visit again)."""
        from planner.ui.checkups.booking_dialog import confirm_not_needed

        if checkup.id is None or not confirm_not_needed(checkup, self):
            return
        self._remove(checkup)

    def _remove(self, checkup: Checkup) -> None:
        self._run(lambda: self._journal.delete_checkup(checkup))
        if self.stale:
            self.refresh()
        self.add_button.setFocus()

    def set_up_schedule(self) -> None:
        from planner.ui.checkups.followup_dialog import FollowupDialog

        dialog = FollowupDialog(self._followup, self._journal, self)
        dialog.exec()
        dialog.deleteLater()
        if self.stale:
            self.refresh()
        self.schedule_button.setFocus()

    def add_to_calendar(self) -> None:
        from planner.services.settings import CALENDAR_DETAILS
        from planner.ui.checkups.calendar_dialog import CalendarDialog

        calendar = self._calendar
        if calendar is None:
            return
        dialog = CalendarDialog(
            lambda path, details: calendar.write(path, details=details),
            calendar.details(),
            self.calendar_folder,
            self,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted and dialog.saved_to is not None:
            self.calendar_folder = dialog.saved_to.parent  # the next file starts there
            chosen = dialog.details.isChecked()
            if chosen != calendar.details():
                run_op(self, lambda: self._journal.settings.set(CALENDAR_DETAILS, chosen))
            from planner.ui.kit.messages import show_info

            show_info(
                self,
                self.tr("Calendar file saved"),
                self.tr(
                    "Saved to {file}. Open it with your calendar app to add your checkups."
                ).format(file=dialog.saved_to),
            )
