"""Which backups to keep, and when an automatic backup is due. Pure: ``now`` is passed in.

Automatic backups: the newest of each local day for the last 7 days that have one, then
the newest of each ISO week for 4 more weeks (older than those days): never more than
7 + 4. Safety copies (made before a migration, a plan import or a restore) are kept
apart: the newest 3 of each reason. A backup dated after ``now`` (the clock was set
back since) is always kept and counts for nothing, so new backups are never crowded out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

DAILY_KEPT = 7
WEEKLY_KEPT = 4
SAFETY_KEPT = 3


@dataclass(frozen=True)
class BackupStamp:
    """One backup as retention sees it: a name, when it was made (UTC), and why.

    ``reason`` is None for an automatic backup, else the safety copy's reason, such as
    "before-import", "before-v8" or "before-restore".
    """

    name: str
    at: datetime
    reason: str | None = None
    #: Two backups made in the same second are numbered 1, 2, ...: the higher is newer.
    number: int = 1

    @property
    def automatic(self) -> bool:
        return self.reason is None


def _newest_per(backups: Iterable[BackupStamp], zone: tzinfo, *, weekly: bool) -> list[BackupStamp]:
    """The newest backup of each local day (or ISO week), newest group first."""
    best: dict[tuple[int, int] | date, BackupStamp] = {}
    for backup in backups:
        local = backup.at.astimezone(zone).date()
        group: tuple[int, int] | date = local.isocalendar()[:2] if weekly else local
        kept = best.get(group)
        if kept is None or (backup.at, backup.number, backup.name) > (
            kept.at,
            kept.number,
            kept.name,
        ):
            best[group] = backup
    return [best[group] for group in sorted(best, reverse=True)]


def backups_to_keep(backups: Iterable[BackupStamp], now: datetime, zone: tzinfo) -> frozenset[str]:
    """The names of the backups to keep; every other one may be deleted."""
    every = list(backups)
    future = {b.name for b in every if b.at > now}
    past = [b for b in every if b.at <= now]
    automatic = [b for b in past if b.automatic]
    daily = _newest_per(automatic, zone, weekly=False)[:DAILY_KEPT]
    keep = set(future) | {b.name for b in daily}
    if daily:
        oldest_day = min(b.at.astimezone(zone).date() for b in daily)
        older = [b for b in automatic if b.at.astimezone(zone).date() < oldest_day]
        keep |= {b.name for b in _newest_per(older, zone, weekly=True)[:WEEKLY_KEPT]}
    reasons: dict[str, list[BackupStamp]] = {}
    for backup in past:
        if backup.reason is not None:
            reasons.setdefault(backup.reason, []).append(backup)
    for copies in reasons.values():
        copies.sort(key=lambda b: (b.at, b.number, b.name), reverse=True)
        keep |= {b.name for b in copies[:SAFETY_KEPT]}
    return frozenset(keep)


def backups_to_delete(
    backups: Iterable[BackupStamp], now: datetime, zone: tzinfo
) -> list[BackupStamp]:
    """The backups retention lets go of, oldest first."""
    every = list(backups)
    keep = backups_to_keep(every, now, zone)
    return sorted((b for b in every if b.name not in keep), key=lambda b: (b.at, b.number, b.name))


def backup_due(
    now: datetime, zone: tzinfo, last_check: datetime | None, *, at_start: bool = False
) -> bool:
    """Whether to try an automatic backup now: at start, and once a local day while running.

    ``last_check`` is when the last automatic backup was made or found not needed (the
    data had not changed). Trying is not making: the backup itself is skipped when the
    data is the same as in the newest backup.
    """
    if at_start or last_check is None:
        return True
    if last_check > now:  # the clock went back: do not wait for it to catch up
        return True
    return last_check.astimezone(zone).date() < now.astimezone(zone).date()
