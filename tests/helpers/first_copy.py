"""A first copy for the single-instance tests, run as its own process.

Usage: first_copy.py LOCK KEY (listen-after-ms | quit-after-ms) MS
It takes the lock at once; then either starts listening after MS (as the app does
once its window is painted) and prints "woken" when a second launch asks, or quits
after MS without ever listening (as a copy that closes while the second one waits).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from planner.services.single_instance import SingleInstance  # noqa: E402


def main() -> int:
    lock, key, mode, ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = QCoreApplication([])
    single = SingleInstance(lock, key)
    assert single.acquire()
    print("locked", flush=True)

    def woken() -> None:
        print("woken", flush=True)
        app.quit()

    single.activation_requested.connect(woken)
    if mode == "listen-after-ms":
        QTimer.singleShot(ms, single.listen)
        QTimer.singleShot(ms + 15_000, app.quit)  # never hangs a test run
    else:
        QTimer.singleShot(ms, app.quit)
    app.exec()
    single.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
