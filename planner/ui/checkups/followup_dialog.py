"""Set up my follow-up schedule: what the dates count from, and one schedule per kind of
checkup (visits, blood tests, scans), each in phases."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.followup import Anchor, FollowupError, FollowupSchedule
from planner.services.followup import FollowupService
from planner.ui.checkups.schedule_editor import ScheduleEditor
from planner.ui.kit.fields import error_label, named, pydate, qdate
from planner.ui.kit.followup_words import followup_problem
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.wrapped_label import WrappedLabel

#: Schedules the dialog holds at most (visits, blood tests, scans, and a few more).
MAX_SCHEDULES = 8


class FollowupDialog(QDialog):
    """Edit the anchor and the schedules; Save writes them and plans the checkups."""

    def __init__(self, followup: FollowupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowupDialog")
        self._followup = followup
        self.setWindowTitle(self.tr("My follow-up schedule"))
        self.setMinimumWidth(560)
        self.editors: list[ScheduleEditor] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(10)
        intro = WrappedLabel(
            self.tr(
                "Your care team tells you how often to have visits, blood tests and scans. "
                "Enter that plan here. The app works out the dates, reminds you to book each "
                "one, and reminds you the day before. Only your care team can say what is right "
                "for you: ask them if you are not sure."
            )
        )
        intro.setObjectName("FollowupIntro")
        layout.addWidget(intro)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.event = named(LineField(80), "AnchorEvent", self.tr("What the dates count from"))
        self.event.setPlaceholderText(self.tr("For example: end of treatment"))
        form.addRow(self.tr("&Counted from"), self.event)
        self.anchor_day = named(QDateEdit(), "AnchorDate", self.tr("Date it counts from"))
        self.anchor_day.setCalendarPopup(True)
        self.anchor_day.setDisplayFormat(self.tr("ddd d MMM yyyy", "date pattern: Thu 3 Dec 2026"))
        today = followup.today()
        self.anchor_day.setDateRange(qdate(today).addYears(-30), qdate(today).addYears(2))
        day_label = QLabel(self.tr("&On"))
        day_label.setBuddy(self.anchor_day)
        day_row = QHBoxLayout()
        day_row.addWidget(self.anchor_day)
        day_row.addStretch(1)
        form.addRow(day_label, day_row)
        layout.addLayout(form)

        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(10)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("SchedulesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list_widget)
        layout.addWidget(scroll, 1)

        self.add_button = named(
            QPushButton(self.tr("Add a schedule")),
            "AddSchedule",
            self.tr("Add a schedule for another kind of checkup"),
        )
        self.add_button.clicked.connect(lambda: self._add_editor(None, focus=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("SaveFollowup")
        self.save_button.setAccessibleName(self.tr("Save my follow-up schedule"))
        self.save_button.setProperty("primary", "true")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("CancelFollowup")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        anchor = followup.anchor()
        self.event.setText(anchor.event if anchor else self.tr("End of treatment"))
        self.anchor_day.setDate(qdate(anchor.on if anchor else today))
        for schedule in followup.schedules() or [None]:
            self._add_editor(schedule)
        self.anchor_day.dateChanged.connect(self._anchor_changed)
        self._anchor_changed()
        self.resize(self.sizeHint().width(), min(720, max(560, self.sizeHint().height())))

    def _anchor_changed(self) -> None:
        day = pydate(self.anchor_day.date())
        for editor in self.editors:
            editor.set_anchor(day)

    def _add_editor(self, schedule: FollowupSchedule | None, *, focus: bool = False) -> None:
        editor = ScheduleEditor(schedule)
        editor.remove_clicked.connect(self._remove_editor)
        editor.set_anchor(pydate(self.anchor_day.date()))
        self.editors.append(editor)
        self.list_layout.insertWidget(self.list_layout.count() - 1, editor)
        self.add_button.setEnabled(len(self.editors) < MAX_SCHEDULES)
        if focus:
            editor.kind.setFocus()

    def _remove_editor(self, editor: ScheduleEditor) -> None:
        self.editors.remove(editor)
        self.list_layout.removeWidget(editor)
        editor.deleteLater()
        self.add_button.setEnabled(len(self.editors) < MAX_SCHEDULES)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def filled_in(self) -> tuple[Anchor | None, list[FollowupSchedule]] | None:
        """The anchor and schedules as filled in, or None after showing what is wrong."""
        schedules: list[FollowupSchedule] = []
        for number, editor in enumerate(self.editors, start=1):
            try:
                schedules.append(editor.schedule())
            except FollowupError as exc:
                self._show_error(
                    self.tr("Schedule {n}: {problem}").format(
                        n=number, problem=followup_problem(exc)
                    )
                )
                editor.title.setFocus()
                return None
        event = " ".join(self.event.text().split()) or self.tr("End of treatment")
        on: date = pydate(self.anchor_day.date())
        anchor = Anchor(event, on) if schedules else None
        return anchor, schedules

    def _save(self) -> None:
        from planner.ui.kit.ops import run_op

        found = self.filled_in()
        if found is None:
            return
        anchor, schedules = found
        if run_op(self, lambda: self._followup.save(anchor, schedules)):
            self.accept()
