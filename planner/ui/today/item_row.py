"""One checklist item on the Today page: title, why, and large Done / Skip buttons."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import CheckOff, Item, Status, format_amount
from planner.domain.progress import TodayEntry
from planner.ui.kit.theme import scaled_font, set_badge, set_icon
from planner.ui.kit.wrapped_label import WrappedLabel


def describe_answer(answer: CheckOff, item: Item) -> str:
    """Plain words for what was recorded, e.g. "Done" or "Partly: 12 of 20 minutes"."""
    if answer.status is Status.DONE:
        if item.target and answer.amount is not None:
            return f"Done: {format_amount(answer.amount)} {item.target.unit}"
        return "Done"
    if answer.status is Status.PARTIAL:
        if item.target and answer.amount is not None:
            return (
                f"Partly: {format_amount(answer.amount)} of "
                f"{format_amount(item.target.amount)} {item.target.unit}"
            )
        return "Partly done"
    if answer.skip_reason is not None:
        return f"Skipped ({answer.skip_reason.label.lower()})"
    return "Skipped"


def _pushed(widget: QWidget, *, left: bool = False) -> QHBoxLayout:
    """A row holding ``widget`` against its right edge (or its left)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    if not left:
        row.addStretch(1)
    row.addWidget(widget)
    if left:
        row.addStretch(1)
    return row


class ItemRow(QFrame):
    """A card for one Today entry.

    Signals:
        done_clicked(object, object): the item and the amount entered (or None).
        skip_clicked(object): the item.
        undo_clicked(object): the item.
    """

    done_clicked = Signal(object, object)
    skip_clicked = Signal(object)
    undo_clicked = Signal(object)

    def __init__(
        self,
        entry: TodayEntry,
        parent: QWidget | None = None,
        *,
        missed_reminders: list[time] | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        item = entry.item
        self.setObjectName("ItemCard")
        self.setProperty("answered", "true" if entry.answered else "false")
        self.setAccessibleName(item.title)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(14)

        # Layout stretches, not Qt.AlignmentFlag: PySide6 builds the whole Qt namespace
        # (about 25 ms) on first use, and this card is on the way to the first paint.
        badge = QLabel()
        set_badge(badge, item.category.value, "accent", 28)
        badge.setAccessibleName(item.category.label)
        badge_column = QVBoxLayout()
        badge_column.addWidget(badge)
        badge_column.addStretch(1)
        outer.addLayout(badge_column)

        text = QVBoxLayout()
        text.setSpacing(4)
        title = WrappedLabel(item.title)
        title.setObjectName("ItemTitle")
        title.setFont(scaled_font(title, 1.15, bold=True))
        text.addWidget(title)

        meta = WrappedLabel(self._meta_text())
        meta.setObjectName("Overdue" if entry.overdue else "ItemMeta")
        meta.setProperty("role", "muted")
        text.addWidget(meta)
        if missed_reminders:
            times = ", ".join(f"{at:%H:%M}" for at in missed_reminders)
            plural = "s" if len(missed_reminders) > 1 else ""
            missed = WrappedLabel(f"Missed reminder{plural} at {times}")
            missed.setObjectName("MissedReminder")
            text.addWidget(missed)

        if item.why:
            why = WrappedLabel(item.why)
            why.setObjectName("ItemWhy")
            text.addWidget(why)
        self._details: QLabel | None = None
        if item.details:
            self._more = QPushButton()
            self._more.setObjectName("LinkButton")
            self._more.setAccessibleName(f"Why this matters: {item.title}")
            self._more.clicked.connect(self._toggle_details)
            text.addLayout(_pushed(self._more, left=True))
            self._text = text
            self._update_more()
        text.addStretch(1)  # keep the text together at the top when the buttons are taller
        outer.addLayout(text, 1)

        outer.addLayout(self._actions(), 0)

    def _meta_text(self) -> str:
        entry = self.entry
        schedule = entry.item.schedule
        if entry.overdue:
            assert schedule.due is not None
            return f"Overdue: it was due {schedule.due.strftime('%a %-d %b')}"
        parts = [entry.week.describe() if entry.week else schedule.describe()]
        if entry.item.target:
            parts.append(f"Goal: {entry.item.target.describe()}")
        if entry.item.reminders:
            times = ", ".join(f"{at:%H:%M}" for at in entry.item.reminders)
            parts.append(f"Reminder{'s' if len(entry.item.reminders) > 1 else ''} {times}")
        return " · ".join(parts)

    def _actions(self) -> QVBoxLayout:
        item = self.entry.item
        box = QVBoxLayout()
        box.setSpacing(8)
        answer = self.entry.answer
        if answer is not None:
            chip = QLabel(describe_answer(answer, item))
            chip.setObjectName("StatusChip")
            chip.setProperty("status", answer.status.value)
            box.addLayout(_pushed(chip))
            self.undo_button = QPushButton("Undo")
            set_icon(self.undo_button, "undo")
            self.undo_button.setObjectName("UndoButton")
            self.undo_button.setAccessibleName(f"Undo answer for {item.title}")
            self.undo_button.clicked.connect(lambda: self.undo_clicked.emit(item))
            box.addLayout(_pushed(self.undo_button))
            box.addStretch(1)
            return box

        self.amount: QDoubleSpinBox | None = None
        if item.target is not None:
            row = QHBoxLayout()
            self.amount = QDoubleSpinBox()
            self.amount.setObjectName("AmountInput")
            self.amount.setAccessibleName(f"Amount for {item.title}, in {item.target.unit}")
            self.amount.setDecimals(0 if item.target.amount == int(item.target.amount) else 1)
            self.amount.setRange(0, 100000)
            self.amount.setValue(item.target.amount)
            self.amount.setMinimumWidth(96)
            self.amount.setMinimumHeight(36)
            self.amount.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.PlusMinus)
            row.addWidget(self.amount)
            unit = QLabel(item.target.unit)
            unit.setProperty("role", "muted")
            row.addWidget(unit)
            box.addLayout(row)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.done_button = QPushButton("Done")
        set_icon(self.done_button, "done", "on_accent")
        self.done_button.setObjectName("DoneButton")
        self.done_button.setProperty("primary", "true")
        self.done_button.setAccessibleName(f"Mark {item.title} done")
        self.done_button.setMinimumHeight(44)
        self.done_button.setMinimumWidth(104)
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self._on_done)
        self.skip_button = QPushButton("Skip")
        set_icon(self.skip_button, "skip")
        self.skip_button.setObjectName("SkipButton")
        self.skip_button.setAccessibleName(f"Skip {item.title}")
        self.skip_button.setMinimumHeight(44)
        self.skip_button.clicked.connect(lambda: self.skip_clicked.emit(item))
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.skip_button)
        box.addLayout(buttons)
        box.addStretch(1)
        return box

    def _on_done(self) -> None:
        amount = self.amount.value() if self.amount is not None else None
        self.done_clicked.emit(self.entry.item, amount)

    def _toggle_details(self) -> None:
        if self._details is None:
            # Built on first use: most rows are never expanded.
            self._details = WrappedLabel(self.entry.item.details)
            self._details.setObjectName("ItemDetails")
            self._text.insertWidget(self._text.count() - 1, self._details)
            self._details.show()
        else:
            self._details.setVisible(not self._details.isVisible())
        self._update_more()

    def details_shown(self) -> bool:
        return self._details is not None and not self._details.isHidden()

    def _update_more(self) -> None:
        shown = self.details_shown()
        self._more.setText("Show less" if shown else "Why this matters")
        set_icon(self._more, "less" if shown else "more", "accent")
        self._more.setAccessibleDescription("Hide details" if shown else "Show details")

    def first_focus_target(self) -> QWidget | None:
        """The button a keyboard user most likely wants: Done, or Undo once answered."""
        if self.entry.answered:
            return self.undo_button
        return self.done_button
