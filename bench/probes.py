"""Child processes timed by the benchmark: a bare PySide6 window, and StudyTracker's window.

Each prints "READY <peak RSS in KiB>" once its window is shown, painted and (for the app) filled
with the learner's data. The parent times from launching the process to that line.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_memory_kib() -> int:
    """This process's peak resident memory. (ru_maxrss would not do: Linux carries it over
    from the parent across fork and exec, so every probe would report the benchmark's own.)"""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _ready() -> None:
    print(f"READY {_peak_memory_kib()}", flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # rendered in full, as the app's window is
    _ready()


def studytracker(data_dir: str) -> None:
    from PySide6.QtCore import QSettings

    from studytracker.ui.app import make_application
    from studytracker.ui.main_window import MainWindow

    app = make_application()
    scratch = tempfile.mkdtemp()
    window = MainWindow(settings=QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    app.processEvents()  # the first paint, before the database is opened

    from studytracker.store.tracker import Tracker

    window.attach(Tracker.open(Path(data_dir)), interactive=False)
    app.processEvents()
    window.grab()
    _ready()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        studytracker(sys.argv[2])
