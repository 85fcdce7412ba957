"""Send the app's log to a rotating file in the log folder; never to the network.

The file opens right after the window's first paint; what is logged before that is
held in memory and written to the file when it opens, so no early warning is lost.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class EarlyRecords(logging.Handler):
    """Holds log records until the log file is open."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_early_records(level: int = logging.INFO) -> EarlyRecords:
    """Start keeping log records in memory until ``configure_logging`` opens the file."""
    root = logging.getLogger()
    root.setLevel(level)
    early = EarlyRecords()
    root.addHandler(early)
    return early


def configure_logging(log_file: Path, level: int = logging.INFO) -> None:
    """Log to ``log_file`` (1 MB × 3 files); the folder is private to the user."""
    import logging.handlers  # pulls in socket and pickle: not worth paying before first paint

    log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    for early in [h for h in root.handlers if isinstance(h, EarlyRecords)]:
        root.removeHandler(early)
        for record in early.records:
            handler.handle(record)
    if log_file.exists():
        os.chmod(log_file, 0o600)
