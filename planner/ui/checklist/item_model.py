"""A thin Qt list model over a plain list of checklist items."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from planner.domain.model import Item
from planner.ui.kit.formatting import clocks
from planner.ui.kit.words import category_label, joined, schedule_text, target_text

ItemRole = Qt.ItemDataRole.UserRole + 1
ScheduleRole = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel):
    """Shows items as "title" with their schedule; ``ItemRole`` gives the Item."""

    def __init__(self, items: Sequence[Item] = ()) -> None:
        super().__init__()
        self._items: list[Item] = list(items)

    def set_items(self, items: Sequence[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int | None) -> int:
        return next((i for i, it in enumerate(self._items) if it.id == item_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{title}, {details}").format(
                title=item.title, details=self._detail(item)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.why or None
        if role == ItemRole:
            return item
        if role == ScheduleRole:
            return self._detail(item)
        return None

    def _detail(self, item: Item) -> str:
        """ "Every day · goal 20 minutes · Food · reminders 08:30, 19:00"."""
        parts = [schedule_text(item.schedule)]
        if item.target:
            parts.append(self.tr("goal {goal}").format(goal=target_text(item.target)))
        parts.append(category_label(item.category))
        count = len(item.reminders)
        if count == 1:
            parts.append(self.tr("reminder {time}").format(time=clocks(item.reminders)))
        elif count:
            parts.append(
                self.tr("reminders {times}", "", count).format(times=clocks(item.reminders))
            )
        return joined(parts)
