"""A thin Qt list model over a plain list of checklist items."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from planner.domain.model import Item

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
            return f"{item.title}, {self._detail(item)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.why or None
        if role == ItemRole:
            return item
        if role == ScheduleRole:
            return self._detail(item)
        return None

    @staticmethod
    def _detail(item: Item) -> str:
        parts = [item.schedule.describe(), item.category.label]
        if item.target:
            parts.insert(1, f"goal {item.target.describe()}")
        if item.reminders:
            word = "reminders" if len(item.reminders) > 1 else "reminder"
            parts.append(f"{word} " + ", ".join(f"{at:%H:%M}" for at in item.reminders))
        return " · ".join(parts)
