"""The Today page: what is due today, answered with one click each."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, time

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Item, SkipReason
from planner.domain.progress import TodayEntry, count_done
from planner.services.changes import Area, Changes
from planner.services.checklist import ChecklistService
from planner.services.settings import RESUME_ON
from planner.ui.kit.formatting import long_date
from planner.ui.kit.ops import run_op
from planner.ui.kit.theme import scaled_font
from planner.ui.today.card_list import chain_tabs, empty_layout
from planner.ui.today.item_row import ItemRow
from planner.ui.today.pause_note import PauseNote

log = logging.getLogger(__name__)

#: Cards the window builds before its first paint: the ones still in view once the
#: check-in card has taken the top of the list (right after the paint) at the default
#: window size. The others follow at once.
FIRST_PAINT_ROWS = 3
#: The list is never narrower than this (with the sidebar, a 640 px window).
MIN_LIST_WIDTH = 376

SkipAsker = Callable[[Item, QWidget], "tuple[bool, SkipReason | None, str]"]


def ask_skip_reason(item: Item, parent: QWidget) -> tuple[bool, SkipReason | None, str]:
    """Show the skip dialog; (confirmed, reason, the other reason in the person's words)."""
    from PySide6.QtWidgets import QDialog

    from planner.ui.today.skip_dialog import SkipDialog  # both loaded on the first skip

    dialog = SkipDialog(item, parent)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return ok, dialog.reason(), dialog.note_text()


class TodayPage(QWidget):
    """Lists today's items as cards with Done / Skip, and the rest on request.

    Signals:
        width_needed(): the page's least width changed (see ``fit_width``).
        open_questions(): a card's "Open my questions".
    """

    width_needed = Signal()
    open_questions = Signal()

    def __init__(
        self,
        service: ChecklistService,
        parent: QWidget | None = None,
        *,
        first_rows: int | None = None,
    ) -> None:
        """``first_rows``: build only that many cards now (the first screenful, before the
        window's first paint); ``build_rest`` adds the others."""
        super().__init__(parent)
        self.setObjectName("TodayPage")
        self._service = service
        self.ask_skip: SkipAsker = ask_skip_reason
        self._show_all = False
        self.rows: list[ItemRow] = []
        self.day: date = service.today()
        self._missed: dict[int, list[time]] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 12)
        layout.setSpacing(6)
        self.heading = QLabel(self.tr("Today"))
        self.heading.setObjectName("PageTitle")
        self.heading.setFont(scaled_font(self.heading, 1.8, bold=True))
        layout.addWidget(self.heading)
        self.date_label = QLabel()
        self.date_label.setObjectName("TodayDate")
        self.date_label.setProperty("role", "muted")
        layout.addWidget(self.date_label)
        self.pause_note = PauseNote(service)
        layout.addWidget(self.pause_note)
        progress_row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("TodaySummary")
        self.progress = QProgressBar()
        self.progress.setObjectName("TodayProgress")
        self.progress.setAccessibleName(self.tr("Items done today"))
        self.progress.setTextVisible(False)
        progress_row.addWidget(self.summary)
        progress_row.addWidget(self.progress, 1)
        layout.addLayout(progress_row)
        layout.addSpacing(10)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("TodayScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.body.setObjectName("PageBody")
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 8, 16)
        column.setSpacing(12)
        #: Cards that stay while the list is rebuilt (the journal's check-in card).
        self.top_layout = QVBoxLayout()
        self.top_layout.setSpacing(12)
        column.addLayout(self.top_layout)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(12)
        column.addLayout(self.list_layout, 1)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)

        self._focus_item: int | None = None
        self._stale = False
        service.bus.changed.connect(self._on_changes)
        self._rows_limit = first_rows
        #: Entries left for ``build_rest``: the due ones not built yet, and the others.
        self._waiting: tuple[list[TodayEntry], list[TodayEntry]] | None = None
        self.refresh()

    def build_rest(self) -> None:
        """Add the cards that ``first_rows`` left out (the window calls this right after
        its first paint), and fit the page's width to them."""
        self._rows_limit = None
        if self._waiting is not None:
            due, other = self._waiting
            self._waiting = None
            self.list_layout.takeAt(self.list_layout.count() - 1)  # the stretch; re-added below
            had_focus_target = any(not row.entry.answered for row in self.rows)
            for entry in due:
                self._add_row(entry)
            self._end_list(other)
            if not had_focus_target:
                self._restore_focus(None)
        self.fit_width()

    def fit_width(self) -> None:
        """Keep the page at least as wide as its cards need, so a narrow window or large
        text never hides part of a card behind a sideways scroll bar (the window cannot
        be made narrower instead). Not before the first paint: it lays everything out."""
        if self._rows_limit is not None:
            return
        self.body.ensurePolished()  # new cards take their style (padding, fonts) first
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        needed = self.body.minimumSizeHint().width() + bar
        self.scroll.setMinimumWidth(max(needed, MIN_LIST_WIDTH))
        self.width_needed.emit()

    def least_width(self) -> int:
        """The narrowest the page can be with its cards whole (``fit_width`` keeps it so);
        the layouts above it learn a new width only later, so it is summed from the parts."""
        margins = self.layout().contentsMargins()
        return self.scroll.minimumWidth() + margins.left() + margins.right()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches_setting(RESUME_ON):
            self.pause_note.refresh()
        if not changes.touches(Area.ITEMS, Area.ANSWERS):
            return
        if not self.isVisible():
            # Another page is shown: read again when Today is next shown. (Rebuilding now
            # would hand the keyboard to a card nobody can see, away from that page.)
            self._stale = True
            return
        answered, self._focus_item = self._focus_item, None
        # Answered here: that card changes where it is and nothing else moves, so the next
        # click lands where the person aims (the order is redone on the next full refresh:
        # another page's change, a new day).
        here = changes.origin is self and changes.areas == {Area.ANSWERS}
        if not (here and answered is not None and self._update_in_place(answered)):
            self.refresh(keep_focus_on=answered)

    def _update_in_place(self, item_id: int) -> bool:
        """Show an item's new answer in its own card; False when that cannot be done."""
        old = self.row_for(item_id)
        due, other = self._service.today_entries(self.day)
        entry = next((e for e in due + other if e.item.id == item_id), None)
        if old is None or entry is None:
            return False
        index = self.list_layout.indexOf(old)
        missed = self._missed.get(item_id, []) if not entry.answered else []
        # Never shorter than the card it replaces (an answered card has fewer parts), so
        # the cards below stay where they were until the next rebuild. Measured first:
        # showing the new card lays the list out with both in it for a moment.
        height = old.height()
        row = self._make_row(entry, missed)
        row.setMinimumHeight(height)
        self.list_layout.insertWidget(index, row)
        row.show()
        self.rows[self.rows.index(old)] = row
        old.hide()
        old.deleteLater()
        self._chain_tabs()
        self._show_progress(due)
        self._restore_focus(item_id, scroll=False)
        return True

    def _chain_tabs(self) -> None:
        toggle = getattr(self, "toggle", None)
        shown = toggle is not None and shiboken6.isValid(toggle) and toggle.isVisibleTo(self)
        chain_tabs(self.rows, [toggle] if shown else [])

    # --- building ------------------------------------------------------------

    def refresh(self, keep_focus_on: int | None = None) -> None:
        """Rebuild the list from the store for the current day."""
        self._stale = False
        self.day = self._service.today()
        due, other = self._service.today_entries(self.day)
        # (No scroll bar to ask before the first cards: Qt's scroll bar class is slow to load.)
        scrolled = self.scroll.verticalScrollBar().value() if self.rows else 0
        focus = self.focusWidget() if self.isVisible() else None
        if focus is not None and self.body.isAncestorOf(focus):
            # The card that had the focus gets it back (not the first open card), and the
            # focus is parked meanwhile so removing the old rows does not send it (and the
            # view) elsewhere.
            held = next((r for r in self.rows if r.isAncestorOf(focus)), None)
            if keep_focus_on is None and held is not None:
                keep_focus_on = held.entry.item.id
            self.scroll.setFocus()
        self._clear()
        self.date_label.setText(long_date(self.day))
        self.pause_note.refresh()
        self._show_progress(due)

        if not due:
            self._add_note(self.tr("Nothing on the list for today. Rest counts too."), "EmptyToday")
        for entry in due[: self._rows_limit]:
            self._add_row(entry)
        if self._rows_limit is not None and len(due) > self._rows_limit:
            self._waiting = (due[self._rows_limit :], other)
            self.list_layout.addStretch(1)  # cards keep their height until the rest come
        else:
            self._waiting = None
            self._end_list(other)
        if scrolled:
            # Lay the new cards out now, so the scroll range is known before it is restored.
            column = self.body.layout()
            if column is not None:
                column.activate()
            self.body.adjustSize()
            self.scroll.verticalScrollBar().setValue(scrolled)
        self._restore_focus(keep_focus_on, scroll=not scrolled)
        self.fit_width()

    def _show_progress(self, due: list[TodayEntry]) -> None:
        done = count_done(due)
        self.summary.setText(
            self.tr("%n of {total} done", "", done).format(total=len(due))
            if due
            else self.tr("Nothing is due today")
        )
        self.progress.setRange(0, max(len(due), 1))
        self.progress.setValue(done)
        self.progress.setVisible(bool(due))

    def _end_list(self, other: list[TodayEntry]) -> None:
        """The "Show all items" button (and the items not due today), then the stretch."""
        if other:
            self.toggle = QPushButton(
                self.tr("Hide items not due today")
                if self._show_all
                else self.tr("Show all items (%n not due today)", "", len(other))
            )
            self.toggle.setObjectName("ShowAllButton")
            self.toggle.setAccessibleName(self.tr("Show all items"))
            self.toggle.clicked.connect(self._toggle_all)
            toggle_row = QHBoxLayout()
            toggle_row.addWidget(self.toggle)
            toggle_row.addStretch(1)
            self.list_layout.addLayout(toggle_row)
            if self._show_all:
                heading = QLabel(self.tr("Not due today"))
                heading.setObjectName("NotDueHeading")
                heading.setFont(scaled_font(heading, 1.1, bold=True))
                self.list_layout.addWidget(heading)
                for entry in other:
                    self._add_row(entry)
        self.list_layout.addStretch(1)

    def _add_note(self, text: str, name: str) -> None:
        note = QLabel(text)
        note.setObjectName(name)
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        self.list_layout.addWidget(note)

    def _add_row(self, entry: TodayEntry) -> None:
        item_id = entry.item.id
        missed = self._missed.get(item_id, []) if item_id is not None and not entry.answered else []
        row = self._make_row(entry, missed)
        self.list_layout.addWidget(row)
        if self.isVisible():
            row.show()  # now, not when the layout gets round to it: the scroll range is known
        self.rows.append(row)

    def _make_row(self, entry: TodayEntry, missed: list[time]) -> ItemRow:
        row = ItemRow(entry, self.body, missed_reminders=missed)
        row.done_clicked.connect(self._on_done)
        row.skip_clicked.connect(self._on_skip)
        row.undo_clicked.connect(self._on_undo)
        row.open_questions.connect(self.open_questions)
        return row

    def _clear(self) -> None:
        self.rows = []
        empty_layout(self.list_layout)

    def _restore_focus(self, item_id: int | None, *, scroll: bool = True) -> None:
        for row in self.rows:
            if item_id is None or row.entry.item.id == item_id:
                target = row.first_focus_target()
                if target is not None and (item_id is not None or not row.entry.answered):
                    QTimer.singleShot(0, lambda t=target: self._focus(t, scroll=scroll))
                    return

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _focus(self, target: QWidget, *, scroll: bool = True) -> None:
        if not shiboken6.isValid(target):
            return  # the list was rebuilt (and the old card deleted) in the meantime
        if not self.isVisible():
            return  # another page is shown now: the keyboard stays there
        target.setFocus()
        if scroll:
            self.scroll.ensureWidgetVisible(target, 20, 20)

    def focus_first(self) -> None:
        """Put keyboard focus on the first unanswered item's Done button."""
        self._restore_focus(None)

    def row_for(self, item_id: int) -> ItemRow | None:
        return next((r for r in self.rows if r.entry.item.id == item_id), None)

    def set_missed_reminders(self, marks: dict[int, list[time]]) -> None:
        """Mark today's reminders that came and went unseen (older than 12 hours)."""
        if marks != self._missed:
            self._missed = marks
            self.refresh()

    def reveal(self, item_id: int) -> None:
        """Scroll to an item's card and focus it (showing items not due today if needed)."""
        self.build_rest()  # in case the window was never painted (started in the tray)
        if self.row_for(item_id) is None and not self._show_all:
            self._show_all = True
            self.refresh()
        row = self.row_for(item_id)
        if row is not None:
            target = row.first_focus_target() or row
            QTimer.singleShot(0, lambda: self._focus(target))

    # --- actions -------------------------------------------------------------

    def _toggle_all(self) -> None:
        self._show_all = not self._show_all
        self.refresh()

    def _guard(self, action: Callable[[], object], item: Item) -> None:
        if self._service.today() != self.day:
            # Midnight passed while the list was open: show the new day, save nothing
            # on yesterday's date.
            self.refresh()
            return
        self._focus_item = item.id
        if not run_op(self, action):
            self._focus_item = None

    def _on_done(self, item: Item, amount: float | None) -> None:
        self._guard(lambda: self._service.mark_done(item, self.day, amount, origin=self), item)

    def _on_skip(self, item: Item) -> None:
        ok, reason, note = self.ask_skip(item, self)
        if ok:
            self._guard(lambda: self._service.skip(item, self.day, reason, note, origin=self), item)

    def _on_undo(self, item: Item) -> None:
        self._guard(lambda: self._service.undo(item, self.day, origin=self), item)
