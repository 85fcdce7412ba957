"""The check-in draft's shape: the form's values as JSON, kept as they are typed.

One draft serves the check-in (the Journal's form keeps it; Today's card only reads it,
to offer the unsaved check-in).
"""

from __future__ import annotations

import json
from typing import Any

from planner.domain.journal import JournalEntry


def form_values(entry: JournalEntry) -> dict[str, Any]:
    """A saved check-in in the draft's shape, to fill the form for editing."""
    return {
        "mood": int(entry.mood),
        "worry": entry.worry,
        "energy": entry.energy,
        "sleep_hours": entry.sleep_hours,
        "sleep_quality": int(entry.sleep_quality) if entry.sleep_quality else None,
        "note": entry.note,
        "tags": list(entry.tags),
        "care": entry.for_care_team,
    }


def read_draft(text: str | None) -> dict[str, Any] | None:
    """A kept draft's values (see ``CheckInForm.draft_body``), or None when there is none
    or it cannot be read."""
    if not text:
        return None
    try:
        body = json.loads(text)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None
