"""Book a planned checkup: the real date, the time if known, the place; and, when the
date is not the plan's, whether the next ones keep the plan's dates or count from it.
Also the question before a planned checkup is taken off the list ("Not needed")."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import MAX_PLACE_LENGTH, Checkup
from planner.ui.checkups.checkup_words import kind_in_sentence, own_title, unbroken
from planner.ui.kit.fields import named, pydate, qdate
from planner.ui.kit.formatting import day_short_month_year, short_day_year
from planner.ui.kit.journal_words import checkup_kind
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.theme import scaled_font
from planner.ui.kit.wrapped_label import WrappedLabel

YEARS_SPAN = 3


class BookingDialog(QDialog):
    """The booking form; after Save, ``day``, ``at``, ``place`` and ``count_from_here``."""

    def __init__(
        self,
        checkup: Checkup,
        today: date,
        has_schedule: bool,
        parent: QWidget | None = None,
        *,
        counts_from: date | None = None,
    ) -> None:
        """``counts_from``: the schedule's anchor; the next checkups cannot be counted
        from a date before it."""
        super().__init__(parent)
        self.setObjectName("BookingDialog")
        self.checkup = checkup
        self._has_schedule = has_schedule
        self._counts_from = counts_from
        self.day_chosen: date = checkup.due_on or checkup.day
        self.at: time | None = None
        self.place = ""
        self.count_from_here = False
        name = checkup.title or checkup_kind(checkup.kind)
        self.setWindowTitle(self.tr("Your appointment"))
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(12)
        heading = QLabel(name)
        heading.setObjectName("BookingHeading")
        heading.setFont(scaled_font(heading, 1.2, bold=True))
        layout.addWidget(heading)
        due = checkup.due_on or checkup.day
        intro = WrappedLabel(
            self.tr(
                "Your plan has it due around {day}. When you have an appointment, enter its "
                "date here. Then the app stops asking you to book it and reminds you the day "
                "before."
            ).format(day=unbroken(short_day_year(due)))
        )
        intro.setObjectName("BookingIntro")
        layout.addWidget(intro)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(12)
        layout.addLayout(form)
        self.day = named(QDateEdit(), "BookingDate", self.tr("Date of the appointment"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(self.tr("ddd d MMM yyyy", "date pattern: Thu 3 Dec 2026"))
        self.day.setMinimumWidth(170)
        low = min(today, due)
        self.day.setDateRange(qdate(low).addYears(-1), qdate(max(today, due)).addYears(YEARS_SPAN))
        self.day.setDate(qdate(due))
        day_label = QLabel(self.tr("&Date"))
        day_label.setBuddy(self.day)
        form.addRow(day_label, self._row(self.day))

        know_time = self.tr("I know the time")
        self.has_time = named(QCheckBox(know_time), "BookingHasTime", know_time)
        self.time_edit = named(QTimeEdit(), "BookingTime", self.tr("Time of the appointment"))
        self.time_edit.setDisplayFormat(self.tr("HH:mm", "time pattern: 09:30"))
        self.time_edit.setTime(QTime(9, 0))
        self.time_edit.setMinimumWidth(90)
        self.time_edit.setEnabled(False)
        self.has_time.toggled.connect(self._time_toggled)
        time_label = QLabel(self.tr("&Time"))
        time_label.setBuddy(self.has_time)
        form.addRow(time_label, self._row(self.has_time, self.time_edit))

        self.place_field = named(LineField(MAX_PLACE_LENGTH), "BookingPlace", self.tr("Place"))
        self.place_field.setPlaceholderText(self.tr("For example: City Hospital, clinic B"))
        self.place_field.setText(checkup.place)
        form.addRow(self.tr("&Place"), self.place_field)

        # Shown only when the date differs from the plan's (and a schedule made it).
        self.moved = QWidget()
        self.moved.setObjectName("BookingMoved")
        moved_layout = QVBoxLayout(self.moved)
        moved_layout.setContentsMargins(0, 4, 0, 0)
        moved_layout.setSpacing(6)
        question = WrappedLabel(
            self.tr("This is not the date in your plan. What about the checkups after this one?")
        )
        question.setObjectName("BookingMovedQuestion")
        moved_layout.addWidget(question)
        self.keep_plan = named(
            QRadioButton(self.tr("Keep the dates in my plan")),
            "KeepPlanDates",
            self.tr("Keep the dates in my plan for the next checkups"),
        )
        self.count_here = named(
            QRadioButton(self.tr("Count the next ones from this date")),
            "CountFromHere",
            self.tr("Count the next checkups from this date"),
        )
        self.keep_plan.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep_plan)
        group.addButton(self.count_here)
        moved_layout.addWidget(self.keep_plan)
        moved_layout.addWidget(self.count_here)
        layout.addWidget(self.moved)
        self.moved.setVisible(False)
        self.day.dateChanged.connect(self._follow_day)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("SaveBooking")
        self.save_button.setAccessibleName(self.tr("Save the appointment"))
        self.save_button.setProperty("primary", "true")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("CancelBooking")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _time_toggled(self, on: bool) -> None:
        self.time_edit.setEnabled(on)
        if on:
            self.time_edit.setFocus()

    @property
    def asks_about_next(self) -> bool:
        """Whether the keep-or-count question is shown (the date is not the plan's)."""
        return not self.moved.isHidden()

    def _follow_day(self) -> None:
        due = self.checkup.due_on or self.checkup.day
        day = pydate(self.day.date())
        counts = self._counts_from is None or day >= self._counts_from
        differs = self._has_schedule and day != due and counts
        if differs != self.asks_about_next:
            self.moved.setVisible(differs)
            # Not adjustSize(): it stops at two thirds of the screen and would squeeze
            # the fields on a small screen.
            self.resize(self.width(), self.sizeHint().height())

    def _save(self) -> None:
        self.day_chosen = pydate(self.day.date())
        chosen = self.time_edit.time()
        self.at = time(chosen.hour(), chosen.minute()) if self.has_time.isChecked() else None
        self.place = " ".join(self.place_field.text().split())[:MAX_PLACE_LENGTH]
        self.count_from_here = self.asks_about_next and self.count_here.isChecked()
        self.accept()


def confirm_not_needed(checkup: Checkup, parent: QWidget) -> bool:
    """Ask before a planned checkup comes off the list; True when the person agreed."""
    from PySide6.QtWidgets import QMessageBox  # rarely needed: not loaded at start-up

    box = QMessageBox(parent)
    box.setObjectName("ConfirmNotNeeded")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("BookingDialog", "Not needed"))
    title = own_title(checkup)
    day = unbroken(day_short_month_year(checkup.due_on or checkup.day))
    if title:  # the person's own name, as typed
        question = QCoreApplication.translate(
            "BookingDialog", "Take {checkup}, due around {day}, off your list?"
        ).format(checkup=title, day=day)
    else:  # the kind, in lower case inside the sentence
        question = QCoreApplication.translate(
            "BookingDialog", "Take the {checkup} due around {day} off your list?"
        ).format(checkup=kind_in_sentence(checkup.kind), day=day)
    box.setText(question)
    box.setInformativeText(
        QCoreApplication.translate(
            "BookingDialog",
            "The app stops reminding you to book it. The rest of your schedule stays as it "
            "is. You can add a checkup yourself at any time.",
        )
    )
    drop = box.addButton(
        QCoreApplication.translate("BookingDialog", "Take it off"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    drop.setObjectName("ConfirmNotNeededButton")
    drop.setAccessibleName(QCoreApplication.translate("BookingDialog", "Take it off my list"))
    keep = box.addButton(
        QCoreApplication.translate("BookingDialog", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("KeepPlanned")
    keep.setAccessibleName(QCoreApplication.translate("BookingDialog", "Keep it on my list"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is drop
