"""The local time zone and the current instant, the only place the app reads the clock."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


#: Where Linux and macOS keep the zone setting: a link into the zone database.
LOCALTIME = "/etc/localtime"


def local_zone(
    *,
    warn: bool = True,
    localtime: str = LOCALTIME,
    unknown_tz: Callable[[str, ZoneInfo], None] | None = None,
) -> ZoneInfo:
    """The IANA zone of this computer ($TZ first); UTC with a warning when it is unknown.

    ``warn=False`` for the periodic re-checks: the first call already said it.
    ``unknown_tz(tz, used)`` is told when $TZ names no zone, and which zone is used
    instead (the command line says so in a line of its own).
    """
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        # TZ may also name a zone file, e.g. /usr/share/zoneinfo/Europe/Berlin.
        key = name.split("zoneinfo/", 1)[1] if "zoneinfo/" in name else name
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            if warn:
                log.warning("TZ=%r is not a zone name; asking the system instead", name)
            used = _system_zone(warn=warn, localtime=localtime)
            if unknown_tz is not None:
                unknown_tz(name, used)
            return used
    return _system_zone(warn=warn, localtime=localtime)


def _system_zone(*, warn: bool, localtime: str) -> ZoneInfo:
    """The computer's own zone setting (UTC when it is not a known zone)."""
    # Most systems link /etc/localtime to the zone's file: reading the link takes
    # microseconds, where Qt's own answer costs about 4 ms of the start-up.
    with contextlib.suppress(OSError, ZoneInfoNotFoundError, ValueError):
        _, found, key = os.readlink(localtime).rpartition("zoneinfo/")
        if found:
            return ZoneInfo(key)
    # Elsewhere (a copied file, Windows) Qt knows, and far faster than importing tzlocal.
    from PySide6.QtCore import QTimeZone

    system = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(system)
    except (ZoneInfoNotFoundError, ValueError):
        if warn:
            log.warning("The computer's time zone %r is not known; using UTC", system)
        return ZoneInfo("UTC")


def now_utc() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)
