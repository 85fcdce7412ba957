"""One follow-up schedule in the set-up dialog: kind, title, phases, the "book it" lead,
and a preview of the first dates it makes."""

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
    MAX_PHASES,
    MAX_TITLE_LENGTH,
    FollowupSchedule,
    Phase,
    due_visits,
)
from planner.domain.journal import CheckupKind
from planner.ui.kit.fields import named
from planner.ui.kit.formatting import short_day_year
from planner.ui.kit.journal_words import checkup_kind
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.wrapped_label import WrappedLabel

#: How a phase's length is given: in years, in months, or "from then on" (no end).
YEARS, MONTHS, ONWARD = "years", "months", "onward"
#: A new schedule starts as guidelines often write it (the person changes it to theirs).
NEW_PHASES = (Phase(3, 24), Phase(6, 36), Phase(12, None))
PREVIEW_DATES = 4


class PhaseRow(QWidget):
    """ "Every [3] months for [2] [years]", or "... from then on"."""

    remove_clicked = Signal(object)
    changed = Signal()

    def __init__(self, phase: Phase, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.every = named(QSpinBox(), "PhaseEvery", "")
        self.every.setRange(1, MAX_EVERY_MONTHS)
        self.every.setValue(phase.every_months)
        self.length = named(QSpinBox(), "PhaseLength", "")
        self.length.setRange(1, 600)
        self.unit = named(QComboBox(), "PhaseUnit", "")
        self.unit.addItem(self.tr("years"), YEARS)
        self.unit.addItem(self.tr("months"), MONTHS)
        self.unit.addItem(self.tr("from then on"), ONWARD)
        if phase.months is None:
            self.unit.setCurrentIndex(2)
            self.length.setValue(1)
        elif phase.months % 12 == 0:
            self.unit.setCurrentIndex(0)
            self.length.setValue(phase.months // 12)
        else:
            self.unit.setCurrentIndex(1)
            self.length.setValue(phase.months)
        self.remove = named(QPushButton(self.tr("Remove")), "RemovePhase", "")
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self))
        self.every_label = QLabel(self.tr("Every"))
        self.months_label = QLabel(self.tr("months,"))
        self.for_label = QLabel(self.tr("for"))
        for widget in (
            self.every_label,
            self.every,
            self.months_label,
            self.for_label,
            self.length,
            self.unit,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.remove)
        self.set_number(number)
        self.every.valueChanged.connect(self.changed)
        self.length.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()

    def set_number(self, number: int) -> None:
        for widget, text in (
            (self.every, self.tr("Phase {n}: every how many months")),
            (self.length, self.tr("Phase {n}: for how long")),
            (self.unit, self.tr("Phase {n}: years, months, or from then on")),
            (self.remove, self.tr("Remove phase {n}")),
        ):
            widget.setAccessibleName(text.format(n=number))

    def _unit_changed(self) -> None:
        onward = self.unit.currentData() == ONWARD
        self.length.setVisible(not onward)
        self.for_label.setVisible(not onward)
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

    def __init__(self, schedule: FollowupSchedule | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self._original = schedule
        self._anchor: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.kind = named(QComboBox(), "ScheduleKind", self.tr("Kind of checkup"))
        for kind in CheckupKind:
            self.kind.addItem(checkup_kind(kind), kind)
        self.title = named(LineField(MAX_TITLE_LENGTH), "ScheduleTitle", self.tr("Name"))
        self.title.setPlaceholderText(self.tr("Name, for example: Visit with Dr Lee"))
        self.remove = named(
            QPushButton(self.tr("Remove")), "RemoveSchedule", self.tr("Remove this schedule")
        )
        self.remove.clicked.connect(lambda: self.remove_clicked.emit(self))
        top.addWidget(self.kind)
        top.addWidget(self.title, 1)
        top.addWidget(self.remove)
        layout.addLayout(top)

        self.phase_box = QVBoxLayout()
        self.phase_box.setSpacing(6)
        layout.addLayout(self.phase_box)
        self.rows: list[PhaseRow] = []
        self.add_phase = named(
            QPushButton(self.tr("Add a phase")), "AddPhase", self.tr("Add a phase to this schedule")
        )
        self.add_phase.clicked.connect(self._add_phase_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_phase)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        lead_row = QHBoxLayout()
        lead_row.setSpacing(6)
        self.lead = named(QSpinBox(), "LeadWeeks", self.tr("Weeks before to remind me to book"))
        self.lead.setRange(0, 16)
        lead_row.addWidget(QLabel(self.tr("Remind me to book it")))
        lead_row.addWidget(self.lead)
        lead_row.addWidget(QLabel(self.tr("weeks before it is due")))
        lead_row.addStretch(1)
        layout.addLayout(lead_row)

        self.preview = WrappedLabel("")
        self.preview.setObjectName("SchedulePreview")
        self.preview.setProperty("role", "muted")
        layout.addWidget(self.preview)

        kind = schedule.kind if schedule else CheckupKind.ONCOLOGIST
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.title.setText(schedule.title if schedule else checkup_kind(kind))
        for phase in schedule.phases if schedule else NEW_PHASES:
            self._add_row(phase)
        self.lead.setValue(round((schedule.lead_days if schedule else DEFAULT_LEAD_DAYS) / 7))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.title.textChanged.connect(self.changed)
        self.lead.valueChanged.connect(self.changed)
        self.changed.connect(self.update_preview)

    def _kind_changed(self) -> None:
        # A name still the old kind's follows the new kind.
        names = {checkup_kind(k) for k in CheckupKind}
        if not self.title.text().strip() or self.title.text() in names:
            self.title.setText(checkup_kind(CheckupKind(self.kind.currentData())))
        self.changed.emit()

    def _add_phase_clicked(self) -> None:
        last = self.rows[-1].phase() if self.rows else Phase(12, None)
        if last.months is None and self.rows:
            # The open-ended phase stays last: the new one goes before it.
            self._add_row(Phase(last.every_months, 12), index=len(self.rows) - 1)
        else:
            self._add_row(Phase(12, None))
        self.changed.emit()

    def _add_row(self, phase: Phase, index: int | None = None) -> None:
        row = PhaseRow(phase, len(self.rows) + 1)
        row.remove_clicked.connect(self._remove_row)
        row.changed.connect(self.changed)
        at = len(self.rows) if index is None else index
        self.rows.insert(at, row)
        self.phase_box.insertWidget(at, row)
        self._renumber()

    def _remove_row(self, row: PhaseRow) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        self.phase_box.removeWidget(row)
        row.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
            row.remove.setEnabled(len(self.rows) > 1)
        self.add_phase.setEnabled(len(self.rows) < MAX_PHASES)

    def set_anchor(self, anchor: date | None) -> None:
        self._anchor = anchor
        self.update_preview()

    def schedule(self) -> FollowupSchedule:
        """The schedule as filled in (raises FollowupError when it cannot be planned)."""
        fields = {
            "kind": CheckupKind(self.kind.currentData()),
            "title": " ".join(self.title.text().split()),
            "phases": tuple(row.phase() for row in self.rows),
            "lead_days": self.lead.value() * 7,
        }
        if self._original is not None:
            rebase = self._original.rebase
            if fields["phases"] != self._original.phases:
                rebase = None  # new phases: the visits are numbered again from the anchor
            return replace(self._original, rebase=rebase, **fields)  # type: ignore[arg-type]
        return FollowupSchedule(**fields)  # type: ignore[arg-type]

    def update_preview(self) -> None:
        """The first dates this schedule makes, or what is wrong with it."""
        from planner.domain.followup import FollowupError
        from planner.ui.kit.followup_words import followup_problem

        try:
            schedule = self.schedule()
        except FollowupError as exc:
            self.preview.setText(followup_problem(exc))
            return
        if self._anchor is None:
            self.preview.setText(self.tr("Choose the date it counts from to see the dates."))
            return
        visits = due_visits(schedule, self._anchor)
        shown = ", ".join(short_day_year(v.on) for v in visits[:PREVIEW_DATES])
        more = len(visits) - PREVIEW_DATES
        if more > 0:
            self.preview.setText(
                self.tr("Dates: {dates} and %n more", "", more).format(dates=shown)
            )
        else:
            self.preview.setText(self.tr("Dates: {dates}").format(dates=shown))
