"""Shared pieces for the tests: clocks, fixtures' data, widget checks, child programs.

Test modules import from here, never from each other.
"""

from __future__ import annotations

from pathlib import Path

#: Where the child programs some tests start live (draft_typist.py, crash_writer.py ...).
HELPERS = Path(__file__).resolve().parent
