"""The last page: in plain words, what Finish will set up, and where to change it later.

Worked out from what the person chose on the earlier pages (``choices.outcome``); a step
left empty says so, and where it can be set later."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWizardPage

from planner.ui.first_start.choices import FirstStartChoices, Outcome, outcome
from planner.ui.first_start.labels import note
from planner.ui.kit.formatting import clock, day_short_month_year

#: The rows of the summary: the object name of each value (tests look them up).
ROWS = ("DonePlan", "DoneChecklist", "DoneCareTeam", "DoneCheckups", "DoneReminder", "DoneQuiet")


class DonePage(QWizardPage):
    """Says what Finish sets up: plan, checklist, care team, checkups, reminder times."""

    def __init__(self, choices: FirstStartChoices, today: date) -> None:
        super().__init__()
        self.setObjectName("FirstStartDone")
        self._choices = choices
        self._today = today
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("Here is what will be set up when you choose Finish."))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        headings = (
            self.tr("Plan"),
            self.tr("Checklist"),
            self.tr("Care team"),
            self.tr("Checkups"),
            self.tr("Evening reminder"),
            self.tr("Quiet hours"),
        )
        self.values: dict[str, QLabel] = {}
        for row, (heading, name) in enumerate(zip(headings, ROWS, strict=True)):
            caption = QLabel(heading)
            caption.setObjectName(f"{name}Heading")
            bold = QFont(caption.font())
            bold.setBold(True)
            caption.setFont(bold)
            value = note("", name)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.values[name] = value
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(
            note(
                self.tr(
                    "You can change all of this later in the Checklist, Checkups and Settings."
                ),
                "DoneLater",
                muted=True,
            )
        )
        layout.addStretch(1)

    def summary(self) -> str:
        """The whole summary as it reads, heading by heading (for tests and screen readers)."""
        return "\n".join(self.values[name].text() for name in ROWS)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        result = outcome(self._choices, self._today)
        if result is None:  # the standard plan cannot be read: say only what is sure
            self.values["DonePlan"].setText(self.tr("The standard plan"))
            self.values["DoneChecklist"].setText("")
        else:
            self.values["DonePlan"].setText(result.plan.name)
            self.values["DoneChecklist"].setText(self._items(len(result.plan.items)))
        self.values["DoneCareTeam"].setText(self._care_team(result))
        self.values["DoneCheckups"].setText(self._checkups(result))
        self.values["DoneReminder"].setText(self._reminder())
        self.values["DoneQuiet"].setText(self._quiet())

    def _items(self, count: int) -> str:
        if count == 1:
            return self.tr("1 item will be added to your checklist.")
        return self.tr("%n items will be added to your checklist.", "", count)

    def _care_team(self, result: Outcome | None) -> str:
        if result is None or not (result.team_name or result.phone or result.after_hours_phone):
            return self.tr("You skipped this. You can add it later in Settings.")
        lines = [result.team_name] if result.team_name else []
        if result.phone:
            lines.append(self.tr("Phone: {number}").format(number=result.phone))
        if result.after_hours_phone:
            lines.append(self.tr("Out of hours: {number}").format(number=result.after_hours_phone))
        return "\n".join(lines)

    def _checkups(self, result: Outcome | None) -> str:
        if result is None or result.anchor_on is None:
            return self.tr("You skipped this. You can add the date later in Checkups.")
        day = day_short_month_year(result.anchor_on)
        if result.anchor_event:
            counted = self.tr("Counted from: {event}, {day}.").format(
                event=result.anchor_event, day=day
            )
        else:
            counted = self.tr("Counted from {day}.").format(day=day)
        if not result.schedules:
            planned = self.tr(
                "This plan has no follow-up schedule, so no checkups are planned yet. "
                "You can add one later in Checkups."
            )
        elif result.checkups == 0:
            planned = self.tr("No checkups fall in the next two years.")
        elif result.checkups == 1:
            planned = self.tr("In the next two years, 1 checkup will be planned.")
        else:
            planned = self.tr(
                "%n checkups will be planned for the next two years.", "", result.checkups
            )
        return f"{counted}\n{planned}"

    def _reminder(self) -> str:
        at = self._choices.checkin_time
        if at is None:
            return self.tr("Off. You can turn it on later in Settings.")
        return self.tr("Every evening at {time}").format(time=clock(at))

    def _quiet(self) -> str:
        quiet = self._choices.quiet_hours
        if quiet is None:
            return self.tr("Off. You can set them later in Settings.")
        return self.tr("From {start} to {end}, no reminder pop-ups").format(
            start=clock(quiet.start), end=clock(quiet.end)
        )
