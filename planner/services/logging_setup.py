"""Send the app's log to a rotating file in the log folder; never to the network."""

from __future__ import annotations

import logging
import os
from pathlib import Path


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
    if log_file.exists():
        os.chmod(log_file, 0o600)
