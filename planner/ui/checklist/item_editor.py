"""Add or change a checklist item: title, why, category, schedule and target."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import (
    INTERVAL_DAYS_RANGE,
    TIMES_PER_WEEK_RANGE,
    Category,
    Item,
    Schedule,
    ScheduleError,
    ScheduleKind,
    Target,
)
from planner.domain.reminders import ClockTimeError, parse_clock_times
from planner.ui.kit.fields import CountSpinBox, error_label, named, pydate, qdate
from planner.ui.kit.formatting import clocks
from planner.ui.kit.text_fields import LineField, TextArea
from planner.ui.kit.words import (
    category_label,
    clock_problem_text,
    every_n_days_field,
    schedule_problem_text,
    times_a_week_field,
    weekday_name,
)

#: The choices of "How often", in the editor's context (translated when shown).
SCHEDULE_CHOICES = (
    (ScheduleKind.DAILY, QT_TRANSLATE_NOOP("ItemEditor", "Every day")),
    (ScheduleKind.WEEKDAYS, QT_TRANSLATE_NOOP("ItemEditor", "On certain days of the week")),
    (ScheduleKind.TIMES_PER_WEEK, QT_TRANSLATE_NOOP("ItemEditor", "A number of times a week")),
    (ScheduleKind.EVERY_N_DAYS, QT_TRANSLATE_NOOP("ItemEditor", "Every few days")),
    (ScheduleKind.ONCE, QT_TRANSLATE_NOOP("ItemEditor", "Once, by a date")),
)
TITLE_MAX = 120
WHY_MAX = 200
DETAILS_MAX = 2000
UNIT_MAX = 30
#: Room for six clock times with commas between ("08:30, 12:00, …").
TIMES_MAX = 60


def _date_pattern() -> str:
    """The date fields' pattern: formatting.short_day_year's ("Tue 8 Dec 2026"), so it is
    translated once."""
    return QCoreApplication.translate("Formatting", "ddd d MMM yyyy")


class ItemEditor(QDialog):
    """A form for one item; ``result_item()`` gives the edited Item after Save."""

    def __init__(self, item: Item | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ItemEditor")
        self._original = item
        self._today = today
        self._result: Item | None = None
        self.setWindowTitle(self.tr("Change item") if item else self.tr("New item"))
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(12)
        layout.addLayout(form)

        self.title = named(LineField(TITLE_MAX), "TitleInput", self.tr("Title"))
        self.title.setPlaceholderText(self.tr("For example: Walk after lunch"))
        form.addRow(self.tr("&Title"), self.title)
        self.why = named(LineField(WHY_MAX), "WhyInput", self.tr("Why it matters"))
        self.why.setPlaceholderText(self.tr("One line to remind you why"))
        form.addRow(self.tr("&Why it matters"), self.why)
        self.details = named(TextArea(DETAILS_MAX), "DetailsInput", self.tr("More about it"))
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        form.addRow(self.tr("&More about it"), self.details)
        self.category = named(QComboBox(), "CategoryInput", self.tr("Category"))
        for cat in Category:
            self.category.addItem(category_label(cat), cat)
        form.addRow(self.tr("&Category"), self.category)

        self.kind = named(QComboBox(), "ScheduleInput", self.tr("How often"))
        for kind, label in SCHEDULE_CHOICES:
            self.kind.addItem(QCoreApplication.translate("ItemEditor", label), kind)
        form.addRow(self.tr("How &often"), self.kind)
        self.kind_pages = QStackedWidget()
        form.addRow("", self.kind_pages)
        self._build_schedule_pages()
        self.kind.currentIndexChanged.connect(self._show_kind)

        target_row = QHBoxLayout()
        self.has_target = named(
            QCheckBox(self.tr("Set a goal amount")), "HasTarget", self.tr("Set a goal amount")
        )
        self.amount = named(QDoubleSpinBox(), "TargetAmount", self.tr("Goal amount"))
        self.amount.setRange(0.5, 10000)
        self.amount.setDecimals(1)
        self.amount.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.PlusMinus)
        self.amount.setValue(20)
        self.unit = named(LineField(UNIT_MAX), "TargetUnit", self.tr("Goal unit"))
        # A hint that reads as one, not as a unit already typed in.
        self.unit.setPlaceholderText(self.tr("like minutes"))
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.amount)
        target_row.addWidget(self.unit, 1)
        self.has_target.toggled.connect(self._update_target)
        goal_label = QLabel(self.tr("&Goal"))
        goal_label.setBuddy(self.has_target)
        form.addRow(goal_label, target_row)

        self.reminder_times = named(LineField(TIMES_MAX), "ReminderTimes", self.tr("Remind me at"))
        self.reminder_times.setPlaceholderText(
            self.tr("For example: 9:00, 19:30 (empty: no reminder)")
        )
        form.addRow(self.tr("&Remind me at"), self.reminder_times)

        self.error = error_label()
        layout.addWidget(self.error)
        self.trim_note = QLabel()
        self.trim_note.setObjectName("TrimNote")
        self.trim_note.setProperty("role", "muted")
        self.trim_note.setWordWrap(True)
        self.trim_note.setVisible(False)
        layout.addWidget(self.trim_note)
        for line in (self.title, self.why, self.unit, self.reminder_times):
            line.trimmed.connect(self._say_cleaned)
        self.details.trimmed.connect(self._say_cut)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("SaveItem")
        self.save_button.setAccessibleName(self.tr("Save item"))
        self.save_button.setProperty("primary", "true")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("CancelItem")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._load(item)
        # A line saying what to put right goes once the person changes something.
        for line in (self.title, self.why, self.unit, self.reminder_times):
            line.textChanged.connect(self._clear_error)
        for box in (*self.weekday_boxes, self.has_target):
            box.toggled.connect(self._clear_error)
        self.kind.currentIndexChanged.connect(self._clear_error)

    def _clear_error(self) -> None:
        self.error.setVisible(False)

    def _say_cleaned(self, limit: int) -> None:
        self._say(
            self.tr(
                "Line breaks and hidden characters were taken out: this field holds one "
                "line of up to {limit} characters."
            ).format(limit=limit)
        )

    def _say_cut(self, limit: int) -> None:
        self._say(
            self.tr("That was long, so only the first {limit} characters were kept.").format(
                limit=limit
            )
        )

    def _say(self, text: str) -> None:
        self.trim_note.setText(text)
        self.trim_note.setVisible(True)

    def _build_schedule_pages(self) -> None:
        self.kind_pages.addWidget(QWidget())  # every day needs nothing more
        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes: list[QCheckBox] = []
        for i in range(7):
            label = weekday_name(i)
            box = named(QCheckBox(label), f"Day{i}", label)
            self.weekday_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.kind_pages.addWidget(days)

        self.times = named(
            CountSpinBox(times_a_week_field), "TimesPerWeek", self.tr("Times a week")
        )
        self.times.setRange(*TIMES_PER_WEEK_RANGE)
        self.times.setValue(3)
        self.times.setButtonSymbols(QSpinBox.ButtonSymbols.PlusMinus)
        self.kind_pages.addWidget(self._wrap(self.times))

        interval = QWidget()
        row = QHBoxLayout(interval)
        row.setContentsMargins(0, 0, 0, 0)
        self.interval = named(
            CountSpinBox(every_n_days_field), "IntervalDays", self.tr("Every how many days")
        )
        self.interval.setRange(*INTERVAL_DAYS_RANGE)
        self.interval.setButtonSymbols(QSpinBox.ButtonSymbols.PlusMinus)
        self.anchor = named(QDateEdit(), "AnchorDate", self.tr("Starting on"))
        self.anchor.setCalendarPopup(True)
        self.anchor.setDisplayFormat(_date_pattern())
        row.addWidget(self.interval)
        row.addWidget(QLabel(self.tr("starting")))
        row.addWidget(self.anchor)
        row.addStretch(1)
        self.kind_pages.addWidget(interval)

        self.due = named(QDateEdit(), "DueDate", self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(_date_pattern())
        self.kind_pages.addWidget(self._wrap(self.due))

    @staticmethod
    def _wrap(widget: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _show_kind(self) -> None:
        index = self.kind.currentIndex()
        self.kind_pages.setCurrentIndex(index)
        self.kind_pages.setVisible(index != 0)  # "every day" needs nothing more

    def _update_target(self) -> None:
        on = self.has_target.isChecked()
        self.amount.setEnabled(on)
        self.unit.setEnabled(on)

    def _load(self, item: Item | None) -> None:
        today = qdate(self._today)
        for picker in (self.anchor, self.due):  # a sensible span; no years like 1752 or 9999
            picker.setDateRange(today.addYears(-10), today.addYears(10))
        self.anchor.setDate(today)
        self.due.setDate(today)
        if item is None:
            self.category.setCurrentIndex(self.category.findData(Category.OTHER))
            self._update_target()
            self._show_kind()
            return
        self.title.setText(item.title)
        self.why.setText(item.why)
        self.details.setPlainText(item.details)
        self.category.setCurrentIndex(self.category.findData(item.category))
        s = item.schedule
        self.kind.setCurrentIndex(self.kind.findData(s.kind))
        for i, box in enumerate(self.weekday_boxes):
            box.setChecked(i in s.weekdays)
        if s.times_per_week:
            self.times.setValue(s.times_per_week)
        if s.interval_days:
            self.interval.setValue(s.interval_days)
        if s.anchor:
            self.anchor.setDate(qdate(s.anchor))
        if s.due:
            self.due.setDate(qdate(s.due))
        # Written as the field is read back (parse_clock_times): 24-hour HH:MM, any language.
        self.reminder_times.setText(clocks(item.reminders))
        if item.target:
            self.has_target.setChecked(True)
            self.amount.setValue(item.target.amount)
            self.unit.setText(item.target.unit)
        self._update_target()
        self._show_kind()

    def _schedule(self) -> Schedule:
        kind = ScheduleKind(self.kind.currentData())
        if kind is ScheduleKind.WEEKDAYS:
            days = frozenset(i for i, b in enumerate(self.weekday_boxes) if b.isChecked())
            return Schedule(kind, weekdays=days)
        if kind is ScheduleKind.TIMES_PER_WEEK:
            return Schedule(kind, times_per_week=self.times.value())
        if kind is ScheduleKind.EVERY_N_DAYS:
            return Schedule(
                kind, interval_days=self.interval.value(), anchor=pydate(self.anchor.date())
            )
        if kind is ScheduleKind.ONCE:
            return Schedule(kind, due=pydate(self.due.date()))
        return Schedule(kind)

    def _problem(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("Please give the item a title.")
        if self.has_target.isChecked() and not self.unit.text().strip():
            return self.tr("Please say what the goal counts, for example minutes or glasses.")
        return None

    def _save(self) -> None:
        problem = self._problem()
        schedule: Schedule | None = None
        reminders: tuple[time, ...] = ()
        if problem is None:
            try:
                schedule = self._schedule()
            except ScheduleError as exc:
                problem = schedule_problem_text(exc.problem)
            try:
                reminders = parse_clock_times(self.reminder_times.text())
            except ClockTimeError as exc:
                problem = problem or self.tr("Remind me at: {problem}").format(
                    problem=clock_problem_text(exc)
                )
        if problem is not None or schedule is None:
            self.error.setText(problem or "")
            self.error.setVisible(True)
            return
        target = (
            Target(self.amount.value(), self.unit.text().strip())
            if self.has_target.isChecked()
            else None
        )
        fields = {
            "title": self.title.text().strip(),
            "why": self.why.text().strip(),
            "details": self.details.toPlainText().strip()[:DETAILS_MAX],
            "category": Category(self.category.currentData()),
            "schedule": schedule,
            "target": target,
            "reminders": reminders,
        }
        if self._original is None:
            self._result = Item(**fields)  # type: ignore[arg-type]
        else:
            self._result = replace(self._original, **fields)  # type: ignore[arg-type]
        self.accept()

    def result_item(self) -> Item | None:
        """The item as saved in the form, or None if the person cancelled."""
        return self._result
