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
                return self.tr("Add at least one step, like every 3 months for 2 years.")
            case FollowupProblem.TOO_MANY_PHASES:
                return self.tr("A schedule can have up to %n steps.", "", int(values[0]))
            case FollowupProblem.EVERY_OUT_OF_RANGE:
                return self.tr(
                    "Step {n}: the time between checkups can be 1 to {most} months."
                ).format(n=values[0], most=values[1])
            case FollowupProblem.LENGTH_OUT_OF_RANGE:
                return self.tr("Step {n} can last from 1 month up to {years} years.").format(
                    n=values[0], years=int(values[1]) // 12
                )
            case FollowupProblem.OPEN_PHASE_NOT_LAST:
                return self.tr(
                    'Step {n} says "from then on", so it needs to be the last step. '
                    "Give it a length, or remove the steps after it."
                ).format(n=values[0])
            case FollowupProblem.NO_TITLE:
                return self.tr('Give the schedule a name, like "Oncologist visit".')
            case FollowupProblem.TITLE_TOO_LONG:
                return self.tr("A name can be up to %n characters long.", "", int(values[0]))
            case FollowupProblem.SOURCE_TOO_LONG:
                return self.tr("The note can be up to %n characters long.", "", int(values[0]))
            case FollowupProblem.LEAD_OUT_OF_RANGE:
                return self.tr(
                    "The booking reminder can come up to %n days before.", "", int(values[0])
                )
        return self.tr(
            "Some dates in this schedule are counted from a visit before the date it all "
            "counts from. Choose an earlier date to count from."
        )


@cache
def _words() -> FollowupWords:
    return FollowupWords()


def followup_problem(error: FollowupError) -> str:
    """What is wrong with a follow-up schedule, in a sentence."""
    return _words().followup_problem(error)
