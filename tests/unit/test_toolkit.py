"""Facts about the installed Qt bindings that the app relies on."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_emitting_signals_leaves_the_reference_count_of_true_alone():
    # PySide6 6.12.0 dropped one reference to True per Signal.emit(); on Python 3.11 a
    # long-running app then aborts with "Fatal Python error: bool_dealloc". Run in a
    # child process so a bad version cannot take this test run down with it.
    code = textwrap.dedent(
        """
        import gc, sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Source(QObject):
            plain = Signal()
            carrying = Signal(object)
        source = Source()
        source.carrying.connect(lambda value: None)
        gc.collect()
        before = sys.getrefcount(True)
        for _ in range(200):
            source.plain.emit()
            source.carrying.emit(1)
        gc.collect()
        print(before - sys.getrefcount(True))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    lost = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "?"
    assert lost == "0", f"True lost {lost} references\n{done.stderr[-2000:]}"
