"""Fixed and running clocks for the tests, and the moments they use."""

from __future__ import annotations

import time as real_time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

#: Wednesday 25 November 2026, 09:00 in New York (the window tests' "now").
NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
ZONE = ZoneInfo("America/New_York")
TODAY = date(2026, 11, 25)

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 5, 4)  # a Monday


class RunningClock:
    """A clock that shows ``start`` now and then runs in real time; ``jump`` moves it."""

    def __init__(self, start: datetime) -> None:
        self.offset = start - datetime.now(UTC)
        self.jumped = 0.0

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def wall(self) -> float:
        return real_time.time() + self.jumped

    def jump(self, by: timedelta) -> None:
        self.offset += by
        self.jumped += by.total_seconds()


def berlin(hour: int, minute: int, second: float = 0.0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN) + timedelta(
        seconds=second
    )
