"""Child processes timed by the benchmark: a bare PySide6 window, and StudyTracker's window.

Each prints "READY <peak RSS in KiB>" once its window is shown, painted and (for the app) filled
with the learner's data; the app then prints "ATTACHED <peak RSS in KiB>" once its full store
(SQLAlchemy) has loaded behind the first view. The parent times from launching the process to
each line.
"""

from __future__ import annotations

import gc
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


def _report(moment: str) -> None:
    print(f"{moment} {_peak_memory_kib()}", flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # rendered in full, as the app's window is
    _report("READY")


def studytracker(data_dir: str) -> None:
    """The app's own start-up, step by step as `studytracker` takes it (`__main__`, then
    `run_window`): READY once the window is shown filled and painted, ATTACHED once the Tracker
    has taken over."""
    gc.disable()  # as `studytracker.__main__` does
    from PySide6.QtCore import QEventLoop, QSettings

    from studytracker.ui.app import load_store, make_application, show_first_view
    from studytracker.ui.instance import SingleInstance
    from studytracker.ui.main_window import MainWindow

    app = make_application()
    folder = Path(data_dir)
    instance = SingleInstance(folder)
    if not instance.acquire():
        sys.exit(f"{data_dir} is open in another window")
    scratch = tempfile.mkdtemp()
    window = MainWindow(settings=QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    show_first_view(window, folder)
    window.show()
    load_store(window, folder, could_not_open=lambda: sys.exit("could not open the data"))
    app.processEvents()
    # Without a read-only first view, the window fills when the Tracker is there.
    while window.reads is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    window.grab()
    _report("READY")
    instance.listen()
    while window.tracker is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
    window.grab()
    _report("ATTACHED")
    window.tracker.close()
    instance.release()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        studytracker(sys.argv[2])
