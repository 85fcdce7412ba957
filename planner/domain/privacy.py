"""The passphrase's rules and the idle lock, as pure functions (no clock, no files).

A passphrase must be at least ``MIN_LENGTH`` characters and not only spaces; a new one is
typed twice and both must match. The idle lock locks the journal after a chosen number of
minutes without a key press or a click; it is off unless the person turns it on.
"""

from __future__ import annotations

from enum import StrEnum

MIN_LENGTH = 8
#: The idle-lock choices in Settings, in minutes; 0 means never (the default).
IDLE_LOCK_CHOICES = (0, 5, 15, 30, 60)
IDLE_LOCK_DEFAULT = 0


class PassphraseProblem(StrEnum):
    """Why a new passphrase cannot be used."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    ONLY_SPACES = "only_spaces"
    NOT_THE_SAME = "not_the_same"  # the two typings differ


def passphrase_problem(first: str, second: str | None = None) -> PassphraseProblem | None:
    """What is wrong with a new passphrase (None: it can be used). ``second`` is the
    second typing; None when it was not asked for (a script's PLANNER_PASSPHRASE)."""
    if not first:
        return PassphraseProblem.EMPTY
    if not first.strip():
        return PassphraseProblem.ONLY_SPACES
    if len(first) < MIN_LENGTH:
        return PassphraseProblem.TOO_SHORT
    if second is not None and second != first:
        return PassphraseProblem.NOT_THE_SAME
    return None


def idle_lock_minutes(value: object) -> int:
    """A stored setting read back as one of the choices; anything else is "never"."""
    try:
        minutes = int(str(value))
    except ValueError:
        return IDLE_LOCK_DEFAULT
    return minutes if minutes in IDLE_LOCK_CHOICES else IDLE_LOCK_DEFAULT


def should_lock(idle_seconds: float, minutes: int, *, has_passphrase: bool) -> bool:
    """Whether to lock now: a passphrase is set, the lock is on, and nobody has touched
    the keyboard or the mouse for ``minutes`` minutes."""
    return has_passphrase and minutes > 0 and idle_seconds >= minutes * 60


def seconds_until_lock(idle_seconds: float, minutes: int, *, has_passphrase: bool) -> float | None:
    """How long until the lock, for a timer; None when it never locks."""
    if not has_passphrase or minutes <= 0:
        return None
    return max(0.0, minutes * 60 - idle_seconds)
