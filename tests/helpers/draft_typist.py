"""Crash-test typist: types a note into the real check-in form word by word, printing each
word once its draft had time to be kept, until it is killed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.services.checklist import ChecklistService  # noqa: E402
from planner.services.clock import local_zone  # noqa: E402
from planner.services.journal import JournalService  # noqa: E402
from planner.storage.store import Store  # noqa: E402
from planner.ui.journal.checkin_form import DRAFT_DELAY_MS, CheckInForm  # noqa: E402


def main(path: Path) -> None:
    app = QApplication([])
    store = Store.open(path)
    journal = JournalService(store, ChecklistService(store, local_zone()))
    form = CheckInForm(journal)
    form.show()
    form.show_details()
    QTest.mouseClick(form.mood_group.button(2), Qt.MouseButton.LeftButton)
    form.note.setFocus()
    word = 0
    while True:
        word += 1
        QTest.keyClicks(form.note, f"word{word} ")
        deadline = time.monotonic() + DRAFT_DELAY_MS / 1000 + 0.15
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print(f"typed word{word}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
