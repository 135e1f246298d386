"""The outermost boundary: an error the app did not expect is a bug, and the learner sees a crash
report they can copy (with the log file it was written to), never a friendly message that hides it."""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from studytracker.i18n import Context

CRASH_LOG = "crash.log"

#: Where crash reports are written: the data folder of the window (set by `install`).
_log_folder: Path | None = None


Crash = Context("Crash")


def install(log_folder: Path) -> None:
    """Route every uncaught exception, on any thread, to `report_crash`."""
    global _log_folder
    _log_folder = log_folder
    sys.excepthook = _on_uncaught
    threading.excepthook = lambda args: _on_uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def _on_uncaught(kind: type[BaseException], error: BaseException | None, trace: TracebackType | None) -> None:
    if kind is not None and issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error or kind(), trace)
        return
    report_crash("".join(traceback.format_exception(kind, error, trace)))


def write_log(text: str) -> Path | None:
    """Append a crash report to the log; its path, or None when it could not be written."""
    if _log_folder is None:
        return None
    path = _log_folder / CRASH_LOG
    try:
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        path.chmod(0o600)
    except OSError:
        return None
    return path


def report_crash(text: str) -> None:
    """Log a crash report and show it (on the GUI thread; from another thread, only logged and
    printed: widgets belong to the GUI thread)."""
    path = write_log(text)
    print(text, file=sys.stderr)
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    box = QMessageBox()
    box.setObjectName("crashReport")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(Crash.tr("StudyTracker ran into a bug"))
    where = (
        Crash.tr("It was written to {file}.").format(file=path)
        if path
        else Crash.tr("It could not be written to a log file.")
    )
    box.setText(
        Crash.tr(
            "Something went wrong that StudyTracker did not expect. Your saved data is safe: every change "
            "is saved the moment it is made.\n\n{where} Please copy the details below into a bug report."
        ).format(where=where)
    )
    box.setDetailedText(text)
    box.exec()
