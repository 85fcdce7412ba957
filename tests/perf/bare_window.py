"""The baseline for the benchmarks: a bare PySide6 window that quits after its first paint.

Usage: python tests/perf/bare_window.py [--stay]
(--stay: keep the window open until killed, for the benchmarks that leave it running;
the first paint is still reported.)
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _AfterFirstPaint(QObject):
    """Reports the watched window's first paint, then quits the application unless
    ``stay`` is set."""

    def __init__(self, app: QApplication, stay: bool) -> None:
        super().__init__()
        self._app = app
        self._stay = stay
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        # The same report as the app's (planner.app), at the same moment.
        print(f"painted {time.monotonic():.6f}", file=sys.stderr, flush=True)
        if not self._stay:
            self._app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(800, 600)
    watcher = _AfterFirstPaint(app, stay="--stay" in sys.argv)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
