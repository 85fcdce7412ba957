"""One follow-up schedule in the set-up dialog: kind, name, its steps ("every 3 months,
for 2 years", "then every 6 months, for 3 years (until year 5)", "then every 12 months,
from then on"), the "book it" lead, and a preview of the next dates it makes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.followup import (
    DEFAULT_LEAD_DAYS,
    MAX_EVERY_MONTHS,
    MAX_PHASE_MONTHS,
    MAX_PHASES,
    MAX_TITLE_LENGTH,
    PLAN_AHEAD,
    FollowupError,
    FollowupSchedule,
    Phase,
    due_visits,
)
from planner.domain.journal import CheckupKind
from planner.ui.checkups.checkup_words import next_dates
from planner.ui.kit.fields import named
from planner.ui.kit.followup_words import followup_problem
from planner.ui.kit.journal_words import checkup_kind
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.theme import colors
from planner.ui.kit.wrapped_label import WrappedLabel

#: How a step's length is given: in years, in months, or "from then on" (no end).
YEARS, MONTHS, ONWARD = "years", "months", "onward"
#: A new schedule starts as guidelines often write it (the person changes it to theirs).
NEW_PHASES = (Phase(3, 24), Phase(6, 36), Phase(12, None))
PREVIEW_DATES = 4
MAX_LEAD_WEEKS = 16


def plain_button(text: str, name: str, accessible: str) -> QPushButton:
    """A button that Enter in a text field never presses (Enter saves the dialog)."""
    button = named(QPushButton(text), name, accessible)
    button.setAutoDefault(False)
    return button


class PhaseRow(QWidget):
    """One step, read as a sentence: "Every [3] months, for [2] [years]", "Then every
    [12] months, [from then on]"."""

    remove_clicked = Signal(object)
    changed = Signal()

    def __init__(self, phase: Phase, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.every_label = QLabel()
        self.every = named(QSpinBox(), "PhaseEvery", "")
        self.every.setRange(1, MAX_EVERY_MONTHS)
        self.every.setValue(phase.every_months)
        self.months_label = QLabel()
        self.for_label = QLabel(self.tr("for", "every 3 months, for 2 years"))
        self.length = named(QSpinBox(), "PhaseLength", "")
        self.unit = named(QComboBox(), "PhaseUnit", "")
        self.unit.addItem(self.tr("years"), YEARS)
        self.unit.addItem(self.tr("months"), MONTHS)
        self.unit.addItem(self.tr("from then on"), ONWARD)
        self.until = QLabel()
        self.until.setObjectName("PhaseUntil")
        self.until.setProperty("role", "muted")
        if phase.months is None:
            self.unit.setCurrentIndex(2)
            self.length.setRange(1, MAX_PHASE_MONTHS // 12)
            self.length.setValue(1)
        elif phase.months % 12 == 0:
            self.unit.setCurrentIndex(0)
            self.length.setRange(1, MAX_PHASE_MONTHS // 12)
            self.length.setValue(phase.months // 12)
        else:
            self.unit.setCurrentIndex(1)
            self.length.setRange(1, MAX_PHASE_MONTHS)
            self.length.setValue(phase.months)
        self.remove = plain_button(self.tr("Remove"), "RemovePhase", "")
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self))
        for widget in (
            self.every_label,
            self.every,
            self.months_label,
            self.for_label,
            self.length,
            self.unit,
            self.until,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.remove)
        self.set_number(number)
        self._words()
        self.every.valueChanged.connect(self._words)
        self.length.valueChanged.connect(self._words)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()

    def set_number(self, number: int) -> None:
        """The step's place: the first says "Every", the others "Then every"."""
        self.every_label.setText(self.tr("Every") if number == 1 else self.tr("Then every"))
        for widget, text in (
            (self.every, self.tr("Step {n}: every how many months")),
            (self.length, self.tr("Step {n}: for how long")),
            (self.unit, self.tr("Step {n}: years, months, or from then on")),
            (self.remove, self.tr("Remove step {n}")),
        ):
            widget.setAccessibleName(text.format(n=number))

    def set_until(self, end_months: int | None) -> None:
        """ "(until year 5)" after a step that does not start at the beginning."""
        if end_months is None:
            text = ""
        elif end_months % 12 == 0:
            text = self.tr("(until year {n})").format(n=end_months // 12)
        else:
            text = self.tr("(until month {n})").format(n=end_months)
        self.until.setText(text)
        self.until.setVisible(bool(text))

    def _words(self) -> None:
        """ "1 month," but "3 months,"; "1 year" but "2 years"."""
        one = self.every.value() == 1
        self.months_label.setText(self.tr("month,") if one else self.tr("months,"))
        single = self.length.value() == 1
        self.unit.setItemText(0, self.tr("year") if single else self.tr("years"))
        self.unit.setItemText(1, self.tr("month") if single else self.tr("months"))
        self.changed.emit()

    def _unit_changed(self) -> None:
        unit = self.unit.currentData()
        onward = unit == ONWARD
        self.length.setVisible(not onward)
        self.for_label.setVisible(not onward)
        self.length.setMaximum(MAX_PHASE_MONTHS if unit == MONTHS else MAX_PHASE_MONTHS // 12)
        self.changed.emit()

    def phase(self) -> Phase:
        unit = self.unit.currentData()
        if unit == ONWARD:
            return Phase(self.every.value(), None)
        months = self.length.value() * (12 if unit == YEARS else 1)
        return Phase(self.every.value(), months)


class ScheduleEditor(QFrame):
    """One schedule's fields; ``schedule()`` gives it (raises FollowupError when unusable)."""

    remove_clicked = Signal(object)
    changed = Signal()

    def __init__(
        self,
        schedule: FollowupSchedule | None,
        today: date,
        parent: QWidget | None = None,
        *,
        kind: CheckupKind = CheckupKind.ONCOLOGIST,
        removed: frozenset[int] = frozenset(),
    ) -> None:
        """``kind``: a new schedule's; ``removed``: the numbers of the saved schedule's
        visits the person took off the list (the preview leaves them out)."""
        super().__init__(parent)
        self.setObjectName("Panel")
        self._original = schedule
        self._today = today
        self._removed = removed
        self._anchor: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.kind = named(QComboBox(), "ScheduleKind", self.tr("Kind of checkup"))
        for each in CheckupKind:
            self.kind.addItem(checkup_kind(each), each)
        self.title = named(
            LineField(MAX_TITLE_LENGTH), "ScheduleTitle", self.tr("Name of this checkup")
        )
        self.title.setPlaceholderText(self.tr("Name, for example: Mammogram"))
        top.addWidget(self.kind)
        top.addWidget(self.title, 1)
        layout.addLayout(top)

        self.phase_box = QVBoxLayout()
        self.phase_box.setSpacing(6)
        layout.addLayout(self.phase_box)
        self.rows: list[PhaseRow] = []
        self.add_phase = plain_button(
            self.tr("Add a step"), "AddPhase", self.tr("Add a step to this schedule")
        )
        self.add_phase.clicked.connect(self._add_phase_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_phase)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        lead_row = QHBoxLayout()
        lead_row.setSpacing(6)
        self.lead = named(QSpinBox(), "LeadWeeks", self.tr("Weeks before to remind me to book"))
        self.lead.setRange(0, MAX_LEAD_WEEKS)
        self.lead_after = QLabel()
        lead_row.addWidget(QLabel(self.tr("Remind me to book it")))
        lead_row.addWidget(self.lead)
        lead_row.addWidget(self.lead_after)
        lead_row.addStretch(1)
        layout.addLayout(lead_row)

        self.preview = WrappedLabel("")
        self.preview.setObjectName("SchedulePreview")
        layout.addWidget(self.preview)

        self.remove = plain_button(
            self.tr("Remove this schedule"), "RemoveSchedule", self.tr("Remove this schedule")
        )
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove)
        layout.addLayout(bottom)

        kind = schedule.kind if schedule else kind
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.title.setText(schedule.title if schedule else checkup_kind(kind))
        for phase in schedule.phases if schedule else NEW_PHASES:
            self._add_row(phase)
        self._lead_days = schedule.lead_days if schedule else DEFAULT_LEAD_DAYS
        self._lead_weeks = min(round(self._lead_days / 7), MAX_LEAD_WEEKS)
        self.lead.setValue(self._lead_weeks)
        self._lead_words()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.title.textChanged.connect(self.changed)
        self.lead.valueChanged.connect(self._lead_words)
        self.lead.valueChanged.connect(self.changed)
        self.changed.connect(self.update_preview)

    def _kind_changed(self) -> None:
        # A name still the old kind's follows the new kind.
        names = {checkup_kind(k) for k in CheckupKind}
        if not self.title.text().strip() or self.title.text() in names:
            self.title.setText(checkup_kind(CheckupKind(self.kind.currentData())))
        self.changed.emit()

    def _lead_words(self) -> None:
        one = self.lead.value() == 1
        self.lead_after.setText(
            self.tr("week before it is due") if one else self.tr("weeks before it is due")
        )

    def _add_phase_clicked(self) -> None:
        last = self.rows[-1].phase() if self.rows else Phase(12, None)
        if last.months is None and self.rows:
            # The open-ended step stays last: the new one goes before it.
            row = self._add_row(Phase(last.every_months, 12), index=len(self.rows) - 1)
        else:
            row = self._add_row(Phase(12, None))
        self.changed.emit()
        row.every.setFocus()

    def _add_row(self, phase: Phase, index: int | None = None) -> PhaseRow:
        row = PhaseRow(phase, len(self.rows) + 1)
        row.remove_clicked.connect(self._remove_row)
        row.changed.connect(self._phases_changed)
        at = len(self.rows) if index is None else index
        self.rows.insert(at, row)
        self.phase_box.insertWidget(at, row)
        self._renumber()
        return row

    def _remove_row(self, row: PhaseRow) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        self.phase_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.changed.emit()
        self.add_phase.setFocus()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
            row.remove.setEnabled(len(self.rows) > 1)
        self.add_phase.setEnabled(len(self.rows) < MAX_PHASES)
        self._phases_changed()

    def _phases_changed(self) -> None:
        """Each step after the first says where it ends ("until year 5")."""
        start: int | None = 0
        for row in self.rows:
            months = row.phase().months
            end = None if start is None or months is None else start + months
            row.set_until(end if start else None)
            start = end
        self.changed.emit()

    def set_anchor(self, anchor: date | None) -> None:
        self._anchor = anchor
        self.update_preview()

    def schedule(self) -> FollowupSchedule:
        """The schedule as filled in (raises FollowupError when it cannot be planned)."""
        weeks = self.lead.value()
        fields = {
            "kind": CheckupKind(self.kind.currentData()),
            "title": " ".join(self.title.text().split()),
            "phases": tuple(row.phase() for row in self.rows),
            # A lead of some days that is not whole weeks is kept while untouched.
            "lead_days": self._lead_days if weeks == self._lead_weeks else weeks * 7,
        }
        if self._original is not None:
            rebase = self._original.rebase
            if fields["phases"] != self._original.phases:
                rebase = None  # new steps: the visits are numbered again from the anchor
            if rebase is not None and self._anchor is not None and rebase.on < self._anchor:
                rebase = None  # counted from a later date now: that visit no longer counts
            return replace(self._original, rebase=rebase, **fields)  # type: ignore[arg-type]
        return FollowupSchedule(**fields)  # type: ignore[arg-type]

    def _show_preview(self, text: str, *, problem: bool = False) -> None:
        self.preview.setText(text)
        self.preview.setProperty("role", "" if problem else "muted")
        # A problem looks like the form's other problems (see kit.fields.error_label).
        sheet = f"color: {colors()['missed']}; font-weight: 600;" if problem else ""
        if sheet != self.preview.styleSheet():
            self.preview.setStyleSheet(sheet)
        self.preview.style().unpolish(self.preview)
        self.preview.style().polish(self.preview)

    def update_preview(self) -> None:
        """The next dates this schedule makes, or what is wrong with it."""
        try:
            schedule = self.schedule()
        except FollowupError as exc:
            self._show_preview(followup_problem(exc), problem=True)
            return
        if self._anchor is None:
            self._show_preview(self.tr("Choose the date it counts from to see the dates."))
            return
        # The visit the dates were counted from, and those before it, are the person's;
        # so are the visits they took off the list ("Not needed").
        after = schedule.rebase.number if schedule.rebase is not None else 0
        until = self._today + PLAN_AHEAD  # the app plans this far ahead, as the page shows
        ahead = [v for v in due_visits(schedule, self._anchor) if v.on >= self._today]
        ahead = [v for v in ahead if v.number > after]
        visits = [v for v in ahead if v.on <= until and v.number not in self._removed]
        later = any(v.on > until for v in ahead)
        if visits or later:
            days = [v.on for v in visits[:PREVIEW_DATES]]
            self._show_preview(next_dates(days, len(visits), later))
        elif ahead:
            self._show_preview(self.tr("The dates ahead are off your list."))
        else:
            self._show_preview(self.tr("All the dates of this schedule are past."))
