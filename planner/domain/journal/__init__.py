"""The journal's plain data and rules: check-ins, checkups, the periods between them and
the phases around them, and what the timeline is narrowed to.

Nothing here reads the clock (``now`` and the zone are arguments) or speaks English to
the person: codes and numbers only; ``planner.ui.kit.journal_words`` says them in words.
Import from here; the modules are ``checkins``, ``checkups``, ``periods``, ``phases``
and ``finding``.
"""

from __future__ import annotations

from planner.domain.journal.checkins import (
    MAX_NOTE_LENGTH,
    MAX_SLEEP_HOURS,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    SCALE_MAX,
    JournalEntry,
    JournalError,
    JournalProblem,
    Mood,
    SleepQuality,
    check_entry,
    clean_tag,
    clean_tags,
)
from planner.domain.journal.checkups import (
    MAX_PLACE_LENGTH,
    Checkup,
    CheckupKind,
    CheckupStatus,
    next_checkup,
    sorted_checkups,
)
from planner.domain.journal.finding import JournalFilter
from planner.domain.journal.periods import Period, average, group_by_period, period_bounds
from planner.domain.journal.phases import (
    PHASE_SPAN,
    Phase,
    PhaseMap,
    phase_of,
    waiting_spans,
    worry_by_phase,
)

__all__ = [
    "MAX_NOTE_LENGTH",
    "MAX_PLACE_LENGTH",
    "MAX_SLEEP_HOURS",
    "MAX_TAGS",
    "MAX_TAG_LENGTH",
    "PHASE_SPAN",
    "SCALE_MAX",
    "Checkup",
    "CheckupKind",
    "CheckupStatus",
    "JournalEntry",
    "JournalError",
    "JournalFilter",
    "JournalProblem",
    "Mood",
    "Period",
    "Phase",
    "PhaseMap",
    "SleepQuality",
    "average",
    "check_entry",
    "clean_tag",
    "clean_tags",
    "group_by_period",
    "next_checkup",
    "period_bounds",
    "phase_of",
    "sorted_checkups",
    "waiting_spans",
    "worry_by_phase",
]
