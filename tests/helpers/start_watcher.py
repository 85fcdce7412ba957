"""Start the real app (run_gui) on a profile and report, as one JSON line, how many Today
cards the window had at its first paint and at the end of the start-up work after it,
and whether the cycle collector (paused as main.py does) runs again by then.

Runs in its own process: a finished app.exec() leaves Qt unable to activate the test
run's later windows."""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner import app as app_module  # noqa: E402
from planner.ui.main_window import MainWindow  # noqa: E402

seen: dict[str, int | bool] = {}


class _AtFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            assert isinstance(watched, MainWindow)
            seen["painted"] = len(watched.today_page.rows)
        return False


def main(data_dir: str) -> int:
    gc.disable()  # as main.py does
    app = QApplication([])
    watcher = _AtFirstPaint()
    show = MainWindow.show

    def watched_show(window: MainWindow) -> None:
        window.installEventFilter(watcher)
        show(window)

    def instead_of_reminders(window: MainWindow, *_: object) -> None:
        seen["after"] = len(window.today_page.rows)  # the last start-up task
        seen["collector"] = gc.isenabled()
        window.quit_app()

    MainWindow.show = watched_show  # type: ignore[method-assign]
    app_module._start_reminders = instead_of_reminders  # type: ignore[assignment]
    QTimer.singleShot(20_000, app.quit)  # never hang the test run
    code = app_module.run_gui(data_dir)
    print(json.dumps({"exit": code, **seen}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
