"""Quiet hours: a daily span of local clock time without reminder pop-ups.

Its own small module, so a setting's default can be made before the first paint
without loading the reminder rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class QuietHours:
    """A daily span of local clock time without pop-ups, e.g. 22:00 to 07:00."""

    start: time
    end: time

    def covers(self, at: time) -> bool:
        """Whether the local clock time ``at`` falls in the span (start in, end out)."""
        if self.start == self.end:
            return False  # an empty span, not a whole day
        if self.start < self.end:
            return self.start <= at < self.end
        return at >= self.start or at < self.end  # runs past midnight
