"""Set up my follow-up schedule: what the dates count from, and one schedule per kind of
checkup (visits, blood tests, scans), each in steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.followup import (
    PLAN_AHEAD,
    Anchor,
    FollowupError,
    FollowupProblem,
    FollowupSchedule,
    check_rebases,
    due_visits,
)
from planner.domain.journal import CheckupKind
from planner.services.followup import FollowupService
from planner.services.journal import JournalService
from planner.ui.checkups.schedule_editor import ScheduleEditor, plain_button
from planner.ui.kit.fields import error_label, named, pydate, qdate
from planner.ui.kit.followup_words import followup_problem
from planner.ui.kit.ops import run_op
from planner.ui.kit.text_fields import LineField
from planner.ui.kit.wrapped_label import WrappedLabel

#: Schedules the dialog holds at most (visits, blood tests, scans, and a few more).
MAX_SCHEDULES = 8
#: The dialog leaves this much of the screen's height free (task bars, its title bar).
SCREEN_MARGIN = 80
#: Problems of one step: their first value is the step's number.
STEP_PROBLEMS = (
    FollowupProblem.EVERY_OUT_OF_RANGE,
    FollowupProblem.LENGTH_OUT_OF_RANGE,
    FollowupProblem.OPEN_PHASE_NOT_LAST,
)


class FollowupDialog(QDialog):
    """Edit the anchor and the schedules; Save writes them and plans the checkups."""

    def __init__(
        self, followup: FollowupService, journal: JournalService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FollowupDialog")
        self._followup = followup
        self._today = today = followup.today()
        self._removed = self._removed_visits(followup, journal)
        self.setWindowTitle(self.tr("My follow-up schedule"))
        self.editors: list[ScheduleEditor] = []

        # Everything but the buttons scrolls: on a small screen (a laptop at 150%) the
        # schedules get the height, not a fixed introduction.
        self.body = QWidget()
        self.body.setObjectName("FollowupBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(10)
        intro = WrappedLabel(
            self.tr(
                "Your care team tells you how often to see your oncologist and to have blood "
                "tests and scans. "
                "Enter that plan here: the app works out the dates and reminds you to book "
                "each one. Checkups you have booked, and past ones, stay as they are. Only "
                "your care team can say what is right for you: ask them if you are not sure."
            )
        )
        intro.setObjectName("FollowupIntro")
        body.addWidget(intro)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.event = named(LineField(80), "AnchorEvent", self.tr("What the dates count from"))
        self.event.setPlaceholderText(self.tr("For example: end of treatment"))
        form.addRow(self.tr("&Counted from"), self.event)
        self.anchor_day = named(QDateEdit(), "AnchorDate", self.tr("Date it counts from"))
        self.anchor_day.setCalendarPopup(True)
        self.anchor_day.setDisplayFormat(self.tr("ddd d MMM yyyy", "date pattern: Thu 3 Dec 2026"))
        self.anchor_day.setDateRange(qdate(today).addYears(-30), qdate(today).addYears(2))
        day_label = QLabel(self.tr("&On"))
        day_label.setBuddy(self.anchor_day)
        day_row = QHBoxLayout()
        day_row.addWidget(self.anchor_day)
        day_row.addStretch(1)
        form.addRow(day_label, day_row)
        body.addLayout(form)

        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(10)
        self.empty = WrappedLabel(
            self.tr("No schedule. Add one for each kind of checkup your care team plans.")
        )
        self.empty.setObjectName("NoSchedules")
        self.empty.setProperty("role", "muted")
        self.list_layout.addWidget(self.empty)
        body.addLayout(self.list_layout)

        self.add_button = plain_button(
            self.tr("Add a schedule"),
            "AddSchedule",
            self.tr("Add a schedule for another kind of checkup"),
        )
        self.add_button.clicked.connect(lambda: self._add_editor(None, focus=True))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        body.addLayout(add_row)
        body.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 14, 14)
        layout.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("FollowupScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)

        self.error = error_label()
        self.error.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        buttons.setContentsMargins(0, 0, 8, 0)  # in line with the schedules, not the scroll bar
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("SaveFollowup")
        self.save_button.setAccessibleName(self.tr("Save my follow-up schedule"))
        self.save_button.setProperty("primary", "true")
        self.save_button.setDefault(True)  # Enter in any field saves
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("CancelFollowup")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        anchor = followup.anchor()
        self.event.setText(anchor.event if anchor else self.tr("End of treatment"))
        self.anchor_day.setDate(qdate(anchor.on if anchor else today))
        for schedule in followup.schedules() or [None]:
            self._add_editor(schedule)
        self.anchor_day.dateChanged.connect(self._anchor_changed)
        self.event.textChanged.connect(self._hide_error)
        self._anchor_changed()
        self._fit()

    def _fit(self) -> None:
        """As tall as the schedules need, as far as the screen allows; as wide as a step."""
        screen = self.screen().availableGeometry()
        hint = self.sizeHint()
        wanted = hint.height() + max(
            self.body.sizeHint().height() - self.scroll.sizeHint().height(), 0
        )
        self.resize(hint.width(), max(min(wanted, screen.height() - SCREEN_MARGIN), 360))

    def _fit_width(self) -> None:
        """The scroll area never scrolls sideways: it is as wide as its widest schedule."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(self.body.minimumSizeHint().width() + bar)

    def _anchor_changed(self) -> None:
        day = pydate(self.anchor_day.date())
        for editor in self.editors:
            editor.set_anchor(day)
        self._hide_error()

    def _removed_visits(
        self, followup: FollowupService, journal: JournalService
    ) -> dict[int, frozenset[int]]:
        """Each saved schedule's visits the person took off the list ("Not needed").

        The plan writes a checkup for every visit due in the next two years and keeps the
        ones taken off as removed; the services list only planned and booked ones, so a
        visit in that time with neither is one the person took off."""
        anchor = followup.anchor()
        if anchor is None:
            return {}
        until = self._today + PLAN_AHEAD
        kept = {
            (c.schedule_id, c.number)
            for c in [*followup.planned(), *journal.checkups()]
            if c.schedule_id is not None
        }
        removed: dict[int, frozenset[int]] = {}
        for schedule in followup.schedules():
            if schedule.id is None:
                continue
            removed[schedule.id] = frozenset(
                visit.number
                for visit in due_visits(schedule, anchor.on, until)
                if visit.on >= self._today and (schedule.id, visit.number) not in kept
            )
        return removed

    def _unused_kind(self) -> CheckupKind:
        """A new schedule's kind: the first not used yet (visits, blood tests, scans)."""
        used = {editor.kind.currentData() for editor in self.editors}
        return next((k for k in CheckupKind if k not in used), CheckupKind.OTHER)

    def _add_editor(self, schedule: FollowupSchedule | None, *, focus: bool = False) -> None:
        saved_id = schedule.id if schedule is not None else None
        removed = self._removed.get(saved_id, frozenset()) if saved_id is not None else frozenset()
        editor = ScheduleEditor(schedule, self._today, kind=self._unused_kind(), removed=removed)
        editor.remove_clicked.connect(self._remove_editor)
        editor.changed.connect(self._hide_error)
        editor.set_anchor(pydate(self.anchor_day.date()))
        self.editors.append(editor)
        self.list_layout.addWidget(editor)
        self._list_changed()
        if focus:
            editor.kind.setFocus()
            self._reveal(editor)

    def _reveal(self, editor: ScheduleEditor) -> None:
        """Scroll the new schedule into view, its first field at least."""
        # Lay the body out now (the scroll area would only later): a schedule just added
        # has no place in it yet, and the body is not yet as tall as with it.
        editor.show()
        self.body.layout().activate()
        viewport = self.scroll.viewport()
        height = max(self.body.sizeHint().height(), viewport.height())
        self.body.resize(viewport.width(), height)
        self.scroll.ensureWidgetVisible(editor, 0, 0)
        self.scroll.ensureWidgetVisible(editor.kind)

    def _remove_editor(self, editor: ScheduleEditor) -> None:
        self.editors.remove(editor)
        self.list_layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        self._list_changed()
        self.add_button.setFocus()

    def _list_changed(self) -> None:
        self.add_button.setEnabled(len(self.editors) < MAX_SCHEDULES)
        self.empty.setVisible(not self.editors)
        self._fit_width()
        self._hide_error()

    def _hide_error(self) -> None:
        self.error.setVisible(False)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _refuse(self, editor: ScheduleEditor, number: int, error: FollowupError) -> None:
        """Say what is wrong (naming the schedule when there are several) and go there."""
        problem = followup_problem(error)
        if len(self.editors) > 1:
            name = editor.title.text().strip() or self.tr("Schedule {n}").format(n=number)
            problem = self.tr("{schedule}: {problem}").format(schedule=name, problem=problem)
        self._show_error(problem)
        target: QWidget = editor.title
        if error.problem in STEP_PROBLEMS and 1 <= int(error.values[0]) <= len(editor.rows):
            row = editor.rows[int(error.values[0]) - 1]
            target = row.unit if error.problem is FollowupProblem.OPEN_PHASE_NOT_LAST else row.every
        self.scroll.ensureWidgetVisible(target)
        target.setFocus()

    def filled_in(self) -> tuple[Anchor | None, list[FollowupSchedule]] | None:
        """The anchor and schedules as filled in, or None after showing what is wrong."""
        schedules: list[FollowupSchedule] = []
        for number, editor in enumerate(self.editors, start=1):
            try:
                schedules.append(editor.schedule())
            except FollowupError as exc:
                self._refuse(editor, number, exc)
                return None
        event = " ".join(self.event.text().split()) or self.tr("End of treatment")
        anchor = Anchor(event, pydate(self.anchor_day.date())) if schedules else None
        try:
            check_rebases(schedules, anchor)
        except FollowupError as exc:
            self._show_error(followup_problem(exc))
            self.anchor_day.setFocus()
            return None
        return anchor, schedules

    def _save(self) -> None:
        found = self.filled_in()
        if found is None:
            return
        anchor, schedules = found
        if run_op(self, lambda: self._followup.save(anchor, schedules)):
            self.accept()
