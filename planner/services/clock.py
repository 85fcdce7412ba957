"""The local time zone and the current instant, the only place the app reads the clock."""

from __future__ import annotations

import logging
import os
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


def local_zone() -> ZoneInfo:
    """The IANA zone of this computer ($TZ first); UTC with a warning when it is unknown."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("The TZ setting %r is not a known time zone; using UTC", name)
            return ZoneInfo("UTC")
    try:
        import tzlocal

        zone = tzlocal.get_localzone()
        return zone if isinstance(zone, ZoneInfo) else ZoneInfo(str(zone))
    except Exception:  # tzlocal raises several kinds for a broken system setting
        log.warning("Could not tell the computer's time zone; using UTC", exc_info=True)
        return ZoneInfo("UTC")


def now_utc() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)


def today_in(zone: ZoneInfo) -> date:
    """The local date right now in ``zone``."""
    return now_utc().astimezone(zone).date()
