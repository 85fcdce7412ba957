"""Add or change one checkup: its day, time if known, kind, place and results date."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import MAX_PLACE_LENGTH, Checkup, CheckupKind, JournalError
from planner.services.journal import JournalService
from planner.ui.kit.fields import error_label, named, pydate, qdate
from planner.ui.kit.journal_words import checkup_kind, problem_text, short_date_year
from planner.ui.kit.text_fields import LineField

PLACE_MAX = MAX_PLACE_LENGTH
#: Where the results date starts when the person first ticks "Results expected on".
RESULTS_AFTER = timedelta(days=7)
#: A sensible span for the date pickers (no years like 1752 or 9999).
YEARS_SPAN = 10


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, pushed to the left."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class CheckupEditor(QDialog):
    """A form for one checkup; ``result_checkup()`` gives the Checkup after Save."""

    def __init__(
        self,
        journal: JournalService,
        checkup: Checkup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckupEditor")
        self._journal = journal
        self._original = checkup
        self._result: Checkup | None = None
        self.setWindowTitle(self.tr("Change checkup") if checkup else self.tr("Add a checkup"))
        self.setMinimumWidth(500)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(12)
        layout.addLayout(form)

        date_format = self.tr("ddd d MMM yyyy", "date pattern: Thu 3 Dec 2026")
        self.kind = named(QComboBox(), "CheckupKind", self.tr("Kind of checkup"))
        for kind in CheckupKind:
            self.kind.addItem(checkup_kind(kind), kind)
        form.addRow(self.tr("&Kind"), self.kind)

        self.day = named(QDateEdit(), "CheckupDate", self.tr("Date of the checkup"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format)
        self.day.setMinimumWidth(170)
        day_label = QLabel(self.tr("&Date"))
        day_label.setBuddy(self.day)
        form.addRow(day_label, _row(self.day))

        know_time = self.tr("I know the time")
        self.has_time = named(QCheckBox(know_time), "CheckupHasTime", know_time)
        self.at = named(QTimeEdit(), "CheckupTime", self.tr("Time of the checkup"))
        self.at.setDisplayFormat(self.tr("HH:mm", "time pattern: 09:30"))
        self.at.setMinimumWidth(90)
        time_label = QLabel(self.tr("&Time"))
        time_label.setBuddy(self.has_time)
        form.addRow(time_label, _row(self.has_time, self.at))

        self.place = named(LineField(PLACE_MAX), "CheckupPlace", self.tr("Place"))
        self.place.setPlaceholderText(self.tr("For example: City Hospital, clinic B"))
        form.addRow(self.tr("&Place"), self.place)

        results_expected = self.tr("Results expected on")
        self.has_results = named(QCheckBox(results_expected), "CheckupHasResults", results_expected)
        self.results_on = named(QDateEdit(), "ResultsDate", self.tr("Date results are expected"))
        self.results_on.setCalendarPopup(True)
        self.results_on.setDisplayFormat(date_format)
        self.results_on.setMinimumWidth(170)
        results_label = QLabel(self.tr("&Results"))
        results_label.setBuddy(self.has_results)
        form.addRow(results_label, _row(self.has_results, self.results_on))

        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("SaveCheckup")
        self.save_button.setAccessibleName(self.tr("Save checkup"))
        self.save_button.setProperty("primary", "true")
        self.save_button.setDefault(True)  # Enter in any field saves
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("CancelCheckup")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._load(checkup)
        self.has_time.toggled.connect(self._update_enabled)
        self.has_results.toggled.connect(self._update_enabled)
        self.day.dateChanged.connect(self._follow_day)

    def _load(self, checkup: Checkup | None) -> None:
        today = self._journal.today()
        days = [today] + ([checkup.day, checkup.results_on] if checkup else [])
        low = min(d for d in days if d is not None)
        high = max(d for d in days if d is not None)
        for picker in (self.day, self.results_on):
            picker.setDateRange(qdate(low).addYears(-YEARS_SPAN), qdate(high).addYears(YEARS_SPAN))
        day = checkup.day if checkup else today
        self.day.setDate(qdate(day))
        self.at.setTime(QTime(9, 0))
        self.results_on.setDate(qdate(day + RESULTS_AFTER))
        if checkup is not None:
            self.kind.setCurrentIndex(self.kind.findData(checkup.kind))
            if checkup.at is not None:
                self.has_time.setChecked(True)
                self.at.setTime(QTime(checkup.at.hour, checkup.at.minute))
            self.place.setText(checkup.place)
            if checkup.results_on is not None:
                self.has_results.setChecked(True)
                self.results_on.setDate(qdate(checkup.results_on))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.at.setEnabled(self.has_time.isChecked())
        self.results_on.setEnabled(self.has_results.isChecked())

    def _follow_day(self, value: QDate) -> None:
        # Until the person sets a results date, it stays a week after the checkup.
        if not self.has_results.isChecked():
            self.results_on.setDate(value.addDays(RESULTS_AFTER.days))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.adjustSize()  # grow to fit the message rather than squash the fields

    def _save(self) -> None:
        day = pydate(self.day.date())
        results_on = pydate(self.results_on.date()) if self.has_results.isChecked() else None
        if results_on is not None and results_on < day:
            # No-break spaces keep the date on one line when the message wraps.
            on_day = short_date_year(day).replace(" ", "\u00a0")
            self._show_error(
                self.tr(
                    "The results can't come before the checkup. Please pick a results date "
                    'on or after {day}, or clear the "Results expected on" box.'
                ).format(day=on_day)
            )
            return
        at: time | None = None
        if self.has_time.isChecked():
            chosen = self.at.time()
            at = time(chosen.hour(), chosen.minute())
        fields = {
            "day": day,
            "at": at,
            "kind": CheckupKind(self.kind.currentData()),
            "place": " ".join(self.place.text().split())[:PLACE_MAX],
            "results_on": results_on,
        }
        try:
            if self._original is None:
                self._result = self._journal.new_checkup(**fields)
            else:
                self._result = replace(self._original, **fields)  # type: ignore[arg-type]
        except JournalError as exc:
            self._show_error(problem_text(exc))
            return
        self.accept()

    def result_checkup(self) -> Checkup | None:
        """The checkup as filled in, or None if the person cancelled."""
        return self._result
