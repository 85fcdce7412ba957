"""The Journal page: the check-in form above the timeline of check-ins, with search,
filters, editing, and delete with undo.

The page works at any size: the form's heading, mood, worry and buttons stay in view
(the details scroll inside the form when the room is short), the list keeps a few rows,
rows of controls fold in a narrow window, and when even that does not fit the whole
page scrolls (``split_fit``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import JournalEntry, JournalFilter
from planner.services.changes import Area
from planner.services.journal import UNDO_SECONDS, JournalService
from planner.ui.journal.folding_row import FoldingRow
from planner.ui.journal.form_pane import MARGIN, FormPane, scroll_area
from planner.ui.journal.journal_filters import JournalFilters
from planner.ui.journal.journal_model import ENTRY_ROLE, JournalDelegate, JournalModel, local_time
from planner.ui.journal.split_fit import SplitFit
from planner.ui.kit.formatting import short_day
from planner.ui.kit.journal_words import found_text, total_text
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.page import Page
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.theme import scaled_font

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 200
#: The search words: plenty for any search, and a pasted page is cut at once.
SEARCH_LIMIT = 200
#: The list keeps at least about this many lines of text in view.
LIST_LEAST_LINES = 9


class SearchField(LineField):
    """The search box: it likes room for its whole hint and the clear button."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        wanted = metrics.horizontalAdvance(self.placeholderText()) + 3 * metrics.height()
        return QSize(max(hint.width(), wanted), hint.height())


class JournalPage(Page):
    """Check in, and read back: the timeline is grouped by the periods between checkups.

    Signals:
        entry_saved(): a check-in was saved here (Today's card listens).
        add_question_requested(): "Add a question for my checkup".
    """

    entry_saved = Signal()
    add_question_requested = Signal()
    areas = (Area.JOURNAL, Area.CHECKUPS)  # checkups make the periods

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(journal.bus, parent)
        self.setObjectName("JournalPage")
        self._journal = journal
        self._deleted: JournalEntry | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._content = QWidget()
        self._content.setObjectName("PageBody")
        self.page_scroll = scroll_area(self._content, "JournalScroll")
        outer.addWidget(self.page_scroll)
        content = QVBoxLayout(self._content)
        content.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("JournalSplitter")
        splitter.setChildrenCollapsible(False)
        content.addWidget(splitter)

        self.top = FormPane(journal)
        self.form, self.banners = self.top.form, self.top.banners
        self.fields_scroll = self.top.fields_scroll
        self.form.saved.connect(self._on_saved)
        self.top.question_button.clicked.connect(self.add_question_requested)
        splitter.addWidget(self.top)

        splitter.addWidget(self._build_timeline())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter
        self.fit = SplitFit(splitter, self._content, self.top.heights)
        self.form.details_toggled.connect(lambda _on: self.fit.needs_changed())

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
        holder.setObjectName("JournalTimeline")
        box = QVBoxLayout(holder)
        box.setContentsMargins(MARGIN, 8, MARGIN, 16)
        box.setSpacing(8)
        names, finding = QHBoxLayout(), QHBoxLayout()
        names.setContentsMargins(0, 0, 0, 0)
        finding.setContentsMargins(0, 0, 0, 0)
        self.timeline_heading = QLabel(self.tr("Your check-ins"))
        self.timeline_heading.setObjectName("TimelineHeading")
        self.timeline_heading.setFont(scaled_font(self.timeline_heading, 1.2, bold=True))
        names.addWidget(self.timeline_heading)
        self.count_label = QLabel()
        self.count_label.setObjectName("JournalCount")
        self.count_label.setProperty("role", "muted")
        names.addWidget(self.count_label)
        names.addStretch(1)
        self.search = SearchField(SEARCH_LIMIT)
        self.search.setObjectName("JournalSearch")
        self.search.setAccessibleName(self.tr("Search notes and tags"))
        self.search.setPlaceholderText(self.tr("Search notes and tags (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 12)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        finding.addWidget(self.search, 1)
        self.filters_button = QPushButton(self.tr("Filters"))
        self.filters_button.setObjectName("ShowFilters")
        self.filters_button.setAccessibleName(self.tr("Show filters by tag, mood, worry and dates"))
        self.filters_button.setCheckable(True)
        finding.addWidget(self.filters_button)
        # The heading and its count beside the search while they fit, else above it.
        self.timeline_head = FoldingRow(names, finding, spacing=12, name="TimelineHead")
        box.addWidget(self.timeline_head)
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
        # Rows are laid out again for a new width (their headings wrap, never cut).
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * LIST_LEAST_LINES)
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
            self.count_label.setText(found_text(count) if count else "")
            self.empty_label.setText(
                self.tr("No check-ins match. Try other words or clear the filters.")
            )
        else:
            self.count_label.setText(total_text(count) if count else "")
            self.empty_label.setText(
                self.tr("Your check-ins will show here, grouped by the time between your checkups.")
            )
        self.empty_label.setVisible(count == 0)
        self.list.setVisible(count > 0)
        self.edit_button.setVisible(count > 0)
        self.delete_button.setVisible(count > 0)

    def _refresh_tags(self) -> None:
        used = self._journal.tags_in_use()
        self.form.offer_tags(used)
        self.filters.set_tags(used)

    # --- Showing -------------------------------------------------------------

    def showEvent(self, event: object) -> None:  # noqa: N802
        self._refresh_tags()
        super().showEvent(event)  # refreshes a stale list
        self.fit.fit_soon()

    def hideEvent(self, event: object) -> None:  # noqa: N802
        if self._search_timer.isActive():
            # A search still being typed is run when the page is shown again, not while
            # hidden (the window may be closing, and its store with it).
            self._search_timer.stop()
            self._stale = True
        self.form.flush_draft()
        super().hideEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        self.apply_filter()

    def _on_saved(self, _entry: JournalEntry) -> None:
        self.entry_saved.emit()

    def start_check_in(self, mood: int | None = None, worry: int | None = None) -> None:
        """Put the cursor in the form (from Today's card or the evening reminder); choices
        made on Today go only into an empty form, never over an unsaved check-in."""
        if mood is not None or worry is not None:
            self.form.offer_mood_and_worry(mood, worry)
        self.form.show_details()
        # Once the details just opened are laid out and shown.
        QTimer.singleShot(0, self.top.focus_note)

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
            self.top.show_form_top()

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
