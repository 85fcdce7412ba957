"""The Items page: add, change, reorder, archive and restore checklist items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Item
from planner.services.changes import Area
from planner.services.checklist import ChecklistService
from planner.ui.checklist.item_delegate import TwoLineDelegate
from planner.ui.checklist.item_editor import ItemEditor
from planner.ui.checklist.item_model import ItemListModel
from planner.ui.kit.ops import run_op
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scaled_font, set_icon

ItemAsker = Callable[[Item | None, date, QWidget], "Item | None"]
#: How long "Archived … Undo" stays (long enough to read it and reach the button).
UNDO_MS = 10_000


def ask_item(item: Item | None, today: date, parent: QWidget) -> Item | None:
    """Open the item editor; the edited item, or None when cancelled."""
    editor = ItemEditor(item, today, parent)
    return editor.result_item() if editor.exec() == QDialog.DialogCode.Accepted else None


class ItemsPage(Page):
    """Lists the checklist (or the archive) with buttons to change it."""

    areas = (Area.ITEMS,)

    def __init__(self, service: ChecklistService, parent: QWidget | None = None) -> None:
        super().__init__(service.bus, parent)
        self.setObjectName("ItemsPage")
        self._service = service
        self.ask_item: ItemAsker = ask_item

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.setSpacing(10)
        header = QHBoxLayout()
        title = QLabel(self.tr("Your checklist"))
        title.setObjectName("PageTitle")
        title.setFont(scaled_font(title, 1.8, bold=True))
        header.addWidget(title, 1)
        self.add_button = self._button("add", self.tr("Add item"), "AddItem", self._add)
        self.add_button.setProperty("primary", "true")
        header.addWidget(self.add_button)
        layout.addLayout(header)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.show_archived = QCheckBox(self.tr("Show archived items"))
        self.show_archived.setObjectName("ShowArchived")
        self.show_archived.setAccessibleName(self.tr("Show archived items"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.show_archived)

        self.model = ItemListModel()
        self.view = QListView()
        self.view.setObjectName("ItemList")
        self.view.setAccessibleName(self.tr("Checklist items"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.doubleClicked.connect(lambda _index: self._edit())
        self.view.activated.connect(lambda _index: self._edit())
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)

        actions = QHBoxLayout()
        self.edit_button = self._button(
            "edit", self.tr("Change…"), "EditItem", self._edit, self.tr("Change")
        )
        self.up_button = self._button("up", self.tr("Move up"), "MoveUp", lambda: self._move(-1))
        self.down_button = self._button(
            "down", self.tr("Move down"), "MoveDown", lambda: self._move(1)
        )
        self.archive_button = self._button(
            "archive", self.tr("Archive"), "ArchiveItem", self._archive
        )
        self.restore_button = self._button(
            "restore", self.tr("Restore"), "RestoreItem", self._restore
        )
        for b in (self.edit_button, self.up_button, self.down_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.archive_button)
        actions.addWidget(self.restore_button)
        layout.addLayout(actions)
        self._build_undo_bar(layout)

        # The list claims arrow keys for itself, so Alt+Up/Down are caught before it sees them.
        self.view.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self._archive)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_archive)

        self.refresh()

    def _button(
        self,
        icon_name: str,
        text: str,
        name: str,
        slot: Callable[[], None],
        accessible: str | None = None,
    ) -> QPushButton:
        """``accessible``: the name for screen readers, when it is not ``text``."""
        button = QPushButton(text)
        set_icon(button, icon_name)
        button.setObjectName(name)
        button.setAccessibleName(accessible or text)
        button.clicked.connect(slot)
        return button

    def _build_undo_bar(self, layout: QVBoxLayout) -> None:
        """ "Archived Walk. Undo", under the buttons (so nothing above it moves)."""
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("UndoBar")
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(14, 8, 8, 8)
        self.undo_text = QLabel()
        self.undo_text.setObjectName("UndoText")
        self.undo_text.setWordWrap(True)
        row.addWidget(self.undo_text, 1)
        self.undo_button = self._button("undo", self.tr("Undo"), "UndoArchive", self.undo_archive)
        self.undo_button.setAccessibleName(self.tr("Undo: put the item back"))
        row.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        layout.addWidget(self.undo_bar)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self._end_undo)
        self._archived: Item | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self.view and kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            # Arrow keys may come flagged as keypad keys; Alt is what matters.
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if step and modifiers == Qt.KeyboardModifier.AltModifier:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # ours: no shortcut or mnemonic may take it
                else:
                    self._move(step)
                return True
        return super().eventFilter(watched, event)

    # --- state ---------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        current = self.selected()
        previous_row = self.view.currentIndex().row()
        keep = keep if keep is not None else (current.id if current else None)
        archived = self.show_archived.isChecked()
        items = self._service.archived_items() if archived else self._service.active_items()
        self.model.set_items(items)
        if archived:
            self.hint.setText(
                self.tr(
                    "Archived items are off your checklist. Their history is kept. "
                    "Restore one to put it back."
                )
                if items
                else self.tr("No archived items.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "Change, reorder or archive what you check off. Archiving keeps the "
                    "item's history."
                )
            )
        row = self.model.row_of(keep)
        if row < 0 and self.model.rowCount():
            # The selected item left this list (archived or restored): stay at the same
            # place, so a second Delete does not jump to the top of the list.
            row = min(max(previous_row, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._update_buttons()

    def selected(self) -> Item | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def _update_buttons(self) -> None:
        archived = self.show_archived.isChecked()
        has = self.selected() is not None
        row = self.view.currentIndex().row()
        self.add_button.setVisible(not archived)
        for b in (self.edit_button, self.up_button, self.down_button, self.archive_button):
            b.setVisible(not archived)
        self.restore_button.setVisible(archived)
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        self.restore_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)

    # --- actions -------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> object | None:
        return run_op(self, action).value

    def add_item(self) -> None:
        """Open the editor for a new item (back on the checklist view if needed)."""
        self.show_archived.setChecked(False)
        self._add()

    def _add(self) -> None:
        item = self.ask_item(None, self._service.today(), self)
        if item is not None:
            saved = self._run(lambda: self._service.save_item(item))
            if isinstance(saved, Item):
                self.refresh(keep=saved.id)

    def _edit(self) -> None:
        item = self.selected()
        if item is None or self.show_archived.isChecked():
            return
        edited = self.ask_item(item, self._service.today(), self)
        if edited is not None:
            self._run(lambda: self._service.save_item(edited))

    def _move(self, step: int) -> None:
        item = self.selected()
        if item is None or self.show_archived.isChecked():
            return
        keyboard = self.view.hasFocus()
        row = self.view.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self._run(lambda: self._service.move(item, row))
            self.refresh(keep=item.id)
        if keyboard:
            # The moved item stays chosen and the list keeps the keyboard, also when it
            # reached the top or bottom (its button is greyed out then).
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.scrollTo(self.view.currentIndex())

    def _archive(self) -> None:
        item = self.selected()
        if item is None or self.show_archived.isChecked():
            return
        if run_op(self, lambda: self._service.archive(item)):
            self._offer_undo(item)

    def _offer_undo(self, item: Item) -> None:
        self._archived = item
        self.undo_text.setText(self.tr("Archived “{title}”.").format(title=item.title))
        self.undo_bar.setVisible(True)
        self._undo_timer.start()

    def undo_archive(self) -> None:
        """Put the item archived last back where it was (while "Undo" is offered)."""
        item = self._archived
        if item is None:
            return
        self._end_undo()
        self._run(lambda: self._service.restore(item))
        if not self.show_archived.isChecked():
            self.refresh(keep=item.id)
            self.view.setFocus()

    def _end_undo(self) -> None:
        self._undo_timer.stop()
        self._archived = None
        self.undo_bar.setVisible(False)

    def _restore(self) -> None:
        item = self.selected()
        if item is not None and self.show_archived.isChecked():
            self._run(lambda: self._service.restore(item))
