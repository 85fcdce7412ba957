"""One checklist item on the Today page: title, why, and large Done / Skip buttons."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import (
    QUESTIONS_PLAN_KEY,
    CheckOff,
    Item,
    ScheduleKind,
    SkipReason,
    Status,
)
from planner.domain.progress import TodayEntry
from planner.ui.kit.formatting import amount, clocks, short_day
from planner.ui.kit.theme import scaled_font, set_badge, set_icon
from planner.ui.kit.words import (
    amount_text,
    category_label,
    joined,
    schedule_text,
    target_text,
    week_progress_text,
)
from planner.ui.kit.wrapped_label import WrappedLabel


def _skipped_because(reason: SkipReason) -> str:
    """ "Skipped (too tired)": the reason as the middle of a sentence."""
    texts = {
        SkipReason.TOO_TIRED: QCoreApplication.translate("ItemRow", "Skipped (too tired)"),
        SkipReason.NOT_WELL: QCoreApplication.translate("ItemRow", "Skipped (not feeling well)"),
        SkipReason.NO_TIME: QCoreApplication.translate("ItemRow", "Skipped (no time)"),
        SkipReason.OTHER: QCoreApplication.translate("ItemRow", "Skipped (other reason)"),
    }
    return texts[reason]


def describe_answer(answer: CheckOff, item: Item) -> str:
    """Plain words for what was recorded, e.g. "Done" or "Partly: 12 of 20 minutes"."""
    if answer.status is Status.DONE:
        if item.target and answer.amount is not None:
            return QCoreApplication.translate("ItemRow", "Done: {amount}").format(
                amount=amount_text(answer.amount, item.target.unit)
            )
        return QCoreApplication.translate("ItemRow", "Done")
    if answer.status is Status.PARTIAL:
        if item.target and answer.amount is not None:
            return QCoreApplication.translate("ItemRow", "Partly: {amount} of {goal}").format(
                amount=amount(answer.amount), goal=target_text(item.target)
            )
        return QCoreApplication.translate("ItemRow", "Partly done")
    if answer.skip_note:
        return QCoreApplication.translate("ItemRow", "Skipped: {why}").format(why=answer.skip_note)
    if answer.skip_reason is not None:
        return _skipped_because(answer.skip_reason)
    return QCoreApplication.translate("ItemRow", "Skipped")


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
        open_questions(): "Open my questions" (the standard plan's questions item).
    """

    done_clicked = Signal(object, object)
    skip_clicked = Signal(object)
    undo_clicked = Signal(object)
    open_questions = Signal()

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
        badge.setAccessibleName(category_label(item.category))
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
        meta.setObjectName("ItemMeta")
        meta.setProperty("role", "muted")
        text.addWidget(meta)
        if entry.still_open and entry.planned_for is not None:
            # Calm, not red: it is simply still there to do (or to skip).
            still = WrappedLabel(
                self.tr("Still open: planned for {day}").format(day=short_day(entry.planned_for))
            )
            still.setObjectName("StillOpen")
            text.addWidget(still)
        if missed_reminders:
            missed = WrappedLabel(self._missed_text(missed_reminders))
            missed.setObjectName("MissedReminder")
            missed.setProperty("role", "muted")
            text.addWidget(missed)

        if item.why:
            why = WrappedLabel(item.why)
            why.setObjectName("ItemWhy")
            text.addWidget(why)
        self._details: QLabel | None = None
        if item.details:
            self._more = QPushButton()
            self._more.setObjectName("LinkButton")
            self._more.setAccessibleName(
                self.tr("Why this matters: {title}").format(title=item.title)
            )
            self._more.clicked.connect(self._toggle_details)
            text.addLayout(_pushed(self._more, left=True))
            self._text = text
            self._update_more()
        if item.plan_key == QUESTIONS_PLAN_KEY:
            questions = QPushButton(self.tr("Open my questions"))
            questions.setObjectName("OpenQuestions")
            questions.setProperty("role", "link")
            questions.setAccessibleName(self.tr("Open my list of questions"))
            questions.clicked.connect(self.open_questions)
            text.addLayout(_pushed(questions, left=True))
        text.addStretch(1)  # keep the text together at the top when the buttons are taller
        outer.addLayout(text, 1)

        outer.addLayout(self._actions(), 0)

    def _missed_text(self, times: list[time]) -> str:
        if len(times) == 1:
            return self.tr("The reminder at {time} came while the app was closed").format(
                time=clocks(times)
            )
        return self.tr(
            "The reminders at {times} came while the app was closed", "", len(times)
        ).format(times=clocks(times))

    def _meta_text(self) -> str:
        entry = self.entry
        item = entry.item
        schedule = item.schedule
        parts = [week_progress_text(entry.week) if entry.week else schedule_text(schedule)]
        if schedule.kind is ScheduleKind.EVERY_N_DAYS and not entry.due and entry.planned_for:
            # The rhythm counts from each answer, so say when it comes up next.
            parts.append(self.tr("next on {day}").format(day=short_day(entry.planned_for)))
        if item.target:
            parts.append(self.tr("Goal: {goal}").format(goal=target_text(item.target)))
        if len(item.reminders) == 1:
            parts.append(self.tr("Reminder {time}").format(time=clocks(item.reminders)))
        elif item.reminders:
            parts.append(
                self.tr("Reminders {times}", "", len(item.reminders)).format(
                    times=clocks(item.reminders)
                )
            )
        return joined(parts)

    def _actions(self) -> QVBoxLayout:
        item = self.entry.item
        box = QVBoxLayout()
        box.setSpacing(8)
        answer = self.entry.answer
        if answer is not None:
            # The answer and Undo side by side, where Done and Skip were: an answered
            # card is never taller than the open one, so nothing below it moves.
            chip = WrappedLabel(describe_answer(answer, item))
            chip.setObjectName("StatusChip")
            chip.setProperty("status", answer.status.value)
            self.undo_button = QPushButton(self.tr("Undo"))
            set_icon(self.undo_button, "undo")
            self.undo_button.setObjectName("UndoButton")
            self.undo_button.setMinimumHeight(44)  # as large a target as Done and Skip
            self.undo_button.setAccessibleName(
                self.tr("Undo answer for {title}").format(title=item.title)
            )
            self.undo_button.clicked.connect(lambda: self.undo_clicked.emit(item))
            answered = _pushed(chip)
            answered.setSpacing(10)
            answered.addWidget(self.undo_button)
            box.addLayout(answered)
            box.addStretch(1)
            return box

        self.amount: QDoubleSpinBox | None = None
        if item.target is not None:
            row = QHBoxLayout()
            self.amount = QDoubleSpinBox()
            self.amount.setObjectName("AmountInput")
            self.amount.setAccessibleName(
                self.tr("Amount for {title}, in {unit}").format(
                    title=item.title, unit=item.target.unit
                )
            )
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
        self.done_button = QPushButton(self.tr("Done"))
        set_icon(self.done_button, "done", "on_accent")
        self.done_button.setObjectName("DoneButton")
        self.done_button.setProperty("primary", "true")
        self.done_button.setAccessibleName(self.tr("Mark {title} done").format(title=item.title))
        self.done_button.setMinimumHeight(44)
        self.done_button.setMinimumWidth(104)
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self._on_done)
        self.skip_button = QPushButton(self.tr("Skip"))
        set_icon(self.skip_button, "skip")
        self.skip_button.setObjectName("SkipButton")
        self.skip_button.setAccessibleName(self.tr("Skip {title}").format(title=item.title))
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
        self._more.setText(self.tr("Show less") if shown else self.tr("Why this matters"))
        set_icon(self._more, "less" if shown else "more", "accent")
        self._more.setAccessibleDescription(
            self.tr("Hide details") if shown else self.tr("Show details")
        )

    def first_focus_target(self) -> QWidget | None:
        """The button a keyboard user most likely wants: Done, or Undo once answered."""
        if self.entry.answered:
            return self.undo_button
        return self.done_button

    def focus_chain(self) -> list[QWidget]:
        """The card's controls in Tab order, open or answered alike: "Why this matters",
        then the amount, Done and Skip, or Undo."""
        chain: list[QWidget] = []
        if self.entry.item.details:
            chain.append(self._more)
        if self.entry.answered:
            return [*chain, self.undo_button]
        if self.amount is not None:
            chain.append(self.amount)
        return [*chain, self.done_button, self.skip_button]
