"""Follow-up schedules' problems in words (the domain gives a code and values)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject

from planner.domain.followup import FollowupError, FollowupProblem


class FollowupWords(QObject):
    """Translated with ``self.tr`` so plural forms reach the translators."""

    def followup_problem(self, error: FollowupError) -> str:
        values = error.values
        match error.problem:
            case FollowupProblem.NO_PHASES:
                return self.tr("Add at least one phase, like every 3 months for 2 years.")
            case FollowupProblem.TOO_MANY_PHASES:
                return self.tr("A schedule can have up to %n phases.", "", int(values[0]))
            case FollowupProblem.EVERY_OUT_OF_RANGE:
                return self.tr(
                    "Phase {n}: the time between checkups is 1 to {most} months."
                ).format(n=values[0], most=values[1])
            case FollowupProblem.LENGTH_OUT_OF_RANGE:
                return self.tr("Phase {n} needs a length of at least one month.").format(
                    n=values[0]
                )
            case FollowupProblem.OPEN_PHASE_NOT_LAST:
                return self.tr(
                    'Only the last phase can go on "from then on" (phase {n} is not last).'
                ).format(n=values[0])
            case FollowupProblem.NO_TITLE:
                return self.tr("Give the schedule a name, like Oncologist visit.")
            case FollowupProblem.TITLE_TOO_LONG:
                return self.tr("A name can be up to %n characters long.", "", int(values[0]))
            case FollowupProblem.SOURCE_TOO_LONG:
                return self.tr("The note can be up to %n characters long.", "", int(values[0]))
            case FollowupProblem.LEAD_OUT_OF_RANGE:
                return self.tr(
                    "The booking reminder can come up to %n days before.", "", int(values[0])
                )
        return self.tr("A checkup can't be counted from before the date the plan starts.")


@cache
def _words() -> FollowupWords:
    return FollowupWords()


def followup_problem(error: FollowupError) -> str:
    """What is wrong with a follow-up schedule, in a sentence."""
    return _words().followup_problem(error)
