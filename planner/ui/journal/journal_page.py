"""The Journal page: the check-in form above the timeline of check-ins, with search,
filters, editing, and delete with undo."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import JournalEntry, JournalFilter
from planner.services.changes import Area
from planner.services.journal import UNDO_SECONDS, JournalService
from planner.ui.journal.checkin_form import CheckInForm
from planner.ui.journal.journal_filters import JournalFilters
from planner.ui.journal.journal_model import ENTRY_ROLE, JournalDelegate, JournalModel, local_time
from planner.ui.kit.formatting import short_day
from planner.ui.kit.journal_words import count_text
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scaled_font

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 200


class JournalPage(Page):
    """Check in, and read back: the timeline is grouped by the periods between checkups.

    Signals:
        entry_saved(): a check-in was saved here (Today's card listens).
    """

    entry_saved = Signal()
    areas = (Area.JOURNAL, Area.CHECKUPS)  # checkups make the periods

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(journal.bus, parent)
        self.setObjectName("JournalPage")
        self._journal = journal
        self._deleted: JournalEntry | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("JournalSplitter")
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        top = QScrollArea()
        top.setWidgetResizable(True)
        top.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("PageBody")
        top.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 24, 32, 12)
        column.setSpacing(12)
        title = QLabel(self.tr("Journal"))
        title.setObjectName("PageTitle")
        title.setFont(scaled_font(title, 1.8, bold=True))
        column.addWidget(title)
        self.banners = QVBoxLayout()
        self.banners.setSpacing(8)
        column.addLayout(self.banners)
        card = QFrame()
        card.setObjectName("Panel")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(18, 14, 18, 14)
        self.form = CheckInForm(journal)
        self.form.saved.connect(self._on_saved)
        inside.addWidget(self.form)
        column.addWidget(card)
        column.addStretch(1)
        splitter.addWidget(top)

        splitter.addWidget(self._build_timeline())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._splitter = splitter
        self._top = top
        self._sized = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_deleted)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.model.reload()
        self._update_count()

    # --- Building ------------------------------------------------------------

    def _build_timeline(self) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(32, 8, 32, 16)
        box.setSpacing(8)
        head = QHBoxLayout()
        heading = QLabel(self.tr("Your check-ins"))
        heading.setFont(scaled_font(heading, 1.2, bold=True))
        head.addWidget(heading)
        self.count_label = QLabel()
        self.count_label.setObjectName("JournalCount")
        self.count_label.setProperty("role", "muted")
        head.addWidget(self.count_label, 1)
        self.search = QLineEdit()
        self.search.setObjectName("JournalSearch")
        self.search.setAccessibleName(self.tr("Search notes and tags"))
        self.search.setPlaceholderText(self.tr("Search notes and tags (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        head.addWidget(self.search)
        self.filters_button = QPushButton(self.tr("Filters"))
        self.filters_button.setObjectName("ShowFilters")
        self.filters_button.setAccessibleName(self.tr("Show filters by tag, mood, worry and dates"))
        self.filters_button.setCheckable(True)
        head.addWidget(self.filters_button)
        box.addLayout(head)
        self.filters = JournalFilters()
        self.filters.changed.connect(self.apply_filter)
        self.filters.clear_requested.connect(self.reset_filters)
        # The filters' fields, by the names the tests have always used.
        self.tag_filter, self.mood_filter = self.filters.tag_filter, self.filters.mood_filter
        self.worry_min, self.worry_max = self.filters.worry_min, self.filters.worry_max
        self.since, self.until = self.filters.since, self.filters.until
        self.clear_filters = self.filters.clear_filters
        self.filters.setVisible(False)
        self.filters_button.toggled.connect(self.filters.setVisible)
        box.addWidget(self.filters)

        self.model = JournalModel(self._journal)
        self.list = QListView()
        self.list.setObjectName("JournalList")
        self.list.setAccessibleName(self.tr("Check-ins, newest first"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(JournalDelegate(self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSpacing(2)
        self.list.doubleClicked.connect(lambda _i: self.edit_selected())
        self.list.installEventFilter(self)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        box.addWidget(self.list, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("JournalEmpty")
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        box.addWidget(self.empty_label)

        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("EditEntry")
        self.edit_button.setAccessibleName(self.tr("Edit the chosen check-in"))
        self.edit_button.clicked.connect(self.edit_selected)
        actions.addWidget(self.edit_button)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("DeleteEntry")
        self.delete_button.setAccessibleName(self.tr("Delete the chosen check-in"))
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addWidget(self.delete_button)
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("UndoBar")
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(8, 0, 0, 0)
        self.undo_label = QLabel(self.tr("Check-in deleted."))
        undo_row.addWidget(self.undo_label)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("UndoDelete")
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        actions.addWidget(self.undo_bar)
        actions.addStretch(1)
        box.addLayout(actions)
        self._update_actions()
        return holder

    # --- Filtering -----------------------------------------------------------

    def current_filter(self) -> JournalFilter:
        return self.filters.filter_for(self.search.text().strip())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if not run_op(
            self,
            lambda: self.model.reload(self.current_filter()),
            title=self.tr("Could not read the journal"),
        ):
            return
        self._update_count()

    def reset_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.reset()
        self.apply_filter()

    def _update_count(self) -> None:
        filter_ = self.model.filter
        count = self._journal.count(filter_)
        if filter_.active:
            self.count_label.setText(self._found_text(count) if count else "")
            self.empty_label.setText(
                self.tr("No check-ins match. Try other words or clear the filters.")
            )
        else:
            self.count_label.setText(count_text(count) if count else "")
            self.empty_label.setText(
                self.tr("Your check-ins will show here, grouped by the time between your checkups.")
            )
        self.empty_label.setVisible(count == 0)
        self.list.setVisible(count > 0)
        self.edit_button.setVisible(count > 0)
        self.delete_button.setVisible(count > 0)

    def _found_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 check-in found")
        return self.tr("%Ln check-ins found", "", count)

    def _refresh_tags(self) -> None:
        used = self._journal.tags_in_use()
        self.form.offer_tags(used)
        self.filters.set_tags(used)

    # --- Showing -------------------------------------------------------------

    def showEvent(self, event: object) -> None:  # noqa: N802
        if not self._sized:
            # The form gets the room it needs (up to 60%); the timeline the rest.
            self._sized = True
            wanted = self._top.widget().sizeHint().height() + 4
            total = max(self.height(), 400)
            top = min(wanted, int(total * 0.6))
            self._splitter.setSizes([top, total - top])
        self._refresh_tags()
        super().showEvent(event)  # refreshes a stale list

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self.form.flush_draft()
        super().hideEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        self.apply_filter()

    def _on_saved(self, _entry: JournalEntry) -> None:
        self.entry_saved.emit()

    def start_check_in(self, mood: int | None = None, worry: int | None = None) -> None:
        """Put the cursor in the form (from Today's card or the evening reminder)."""
        if mood is not None or worry is not None:
            self.form.set_mood_and_worry(mood, worry)
        self.form.show_details()
        # Once the details just opened are laid out and shown.
        QTimer.singleShot(0, self.form.note.setFocus)

    # --- Editing and deleting ------------------------------------------------

    def selected_entry(self) -> JournalEntry | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        entry = index.data(ENTRY_ROLE)
        return entry if isinstance(entry, JournalEntry) else None

    def _update_actions(self) -> None:
        chosen = self.selected_entry() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def select_entry(self, entry_id: int) -> bool:
        while True:
            row = self.model.row_of(entry_id)
            if row is not None:
                self.list.setCurrentIndex(self.model.index(row))
                return True
            if not self.model.canFetchMore():
                return False
            self.model.fetchMore()

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.form.edit(entry)
            self.form.setFocus()

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.id is None:
            return
        if self._deleted is not None:
            self._forget_deleted()
        entry_id = entry.id
        deleted = run_op(
            self, lambda: self._journal.delete_entry(entry_id), title=self.tr("Not deleted")
        )
        if not deleted:
            return
        self._deleted = deleted.value
        when = short_day(local_time(entry).date())
        self.undo_label.setText(self.tr("Check-in from {day} deleted.").format(day=when))
        self.undo_bar.setVisible(True)
        self.undo_button.setFocus()
        self._undo_timer.start()

    def undo_delete(self) -> None:
        entry = self._deleted
        if entry is None:
            return
        if not run_op(
            self, lambda: self._journal.undo_delete(entry), title=self.tr("Could not bring it back")
        ):
            return
        self._deleted = None
        self._undo_timer.stop()
        self.undo_bar.setVisible(False)
        if entry.id is not None:
            self.select_entry(entry.id)

    def _forget_deleted(self) -> None:
        """The undo time is over: the text is made unrecoverable from the files."""
        self._undo_timer.stop()
        self._deleted = None
        self.undo_bar.setVisible(False)
        run_op(self, self._journal.forget_deleted, report=log_only)

    def finish(self) -> None:
        """The app is quitting: keep the draft, and finish a pending delete."""
        self.form.flush_draft()
        if self._deleted is not None:
            self._forget_deleted()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)
