"""Long work (import, report, backup) off the event loop: a QThreadPool task that reports back by signal.

The work function must not touch widgets or the window's Tracker: a database session is never
shared between threads, so work that needs the database opens its own Tracker on the data folder
(`OperationRunner.run_in_background` does that).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from studytracker.ui.controllers.error_text import error_text


def expected_errors() -> tuple[type[Exception], ...]:
    """The failures a learner can act on, reported as their one-line message: the store's own,
    a roadmap file's, and the operating system's (a full disk, a folder that cannot be written)."""
    from studytracker.roadmap.model import RoadmapError
    from studytracker.store.errors import StoreError

    return (StoreError, RoadmapError, OSError)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)  # (done, to do), from the work's thread
    described = Signal(int, int, str)  # (done, to do, what now), from the work's thread
    crashed = Signal(str)  # a bug: the traceback, for the crash report


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        expected = expected_errors()
        try:
            result = self.work()
        except expected as error:  # reported to the window as its one-line message
            self.signals.failed.emit(error_text(error))
            return
        except Exception:  # noqa: BLE001 - this thread's outermost boundary: a bug, reported as one
            self.signals.crashed.emit(traceback.format_exc())
            return
        self.signals.finished.emit(result)


class BackgroundWork(QObject):
    """Runs `work` on the thread pool; `finished` or `failed` arrives on the window's thread."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._task = _Task(work)
        self._task.setAutoDelete(False)
        self._task.signals.finished.connect(self._finished)
        self._task.signals.failed.connect(self._failed)
        self._task.signals.crashed.connect(self._crashed)

    def start(self) -> BackgroundWork:
        QThreadPool.globalInstance().start(self._task)
        return self

    def _finished(self, result: object) -> None:
        self.finished.emit(result)
        self.deleteLater()

    def _failed(self, message: str) -> None:
        self.failed.emit(message)
        self.deleteLater()

    def _crashed(self, report: str) -> None:
        from studytracker.ui.shell.crash import report_crash

        self._done()
        report_crash(report)
        self.deleteLater()

    def _done(self) -> None:
        """The work ended, whichever way."""


class BackgroundTask(BackgroundWork):
    """Background work behind a busy progress dialog; the window stays responsive."""

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any]) -> None:
        super().__init__(parent, work)
        self.progress = QProgressDialog(label, "", 0, 0, parent)
        self.progress.setObjectName("taskProgress")
        self.progress.setWindowTitle("StudyTracker")
        self.progress.setCancelButton(None)  # the work is one transaction: it finishes or fails whole
        self.progress.setMinimumDuration(300)

    def _finished(self, result: object) -> None:
        self.progress.reset()
        super()._finished(result)

    def _failed(self, message: str) -> None:
        self.progress.reset()
        super()._failed(message)

    def _done(self) -> None:
        self.progress.reset()


class ProgressTask(BackgroundTask):
    """Background work that says how far it got: `work` gets a function to call with (done, to
    do) from its thread, and the progress dialog shows it."""

    def __init__(
        self, parent: QWidget, label: str, work: Callable[[Callable[[int, int], None]], Any]
    ) -> None:
        super().__init__(parent, label, lambda: work(self._task.signals.progressed.emit))
        self._task.signals.progressed.connect(self._show_progress)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))


class StoppableTask(BackgroundTask):
    """Background work the learner can stop (saving pages, checking links): `work` gets a
    function to call with (done, to do, what now) and an event the dialog's Stop sets. The
    work stops at its next check and finishes as usual, with what it did so far; the window
    stays usable all along."""

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Callable[[int, int, str], None], threading.Event], Any],
        stop_text: str,
    ) -> None:
        self.stop = threading.Event()
        super().__init__(parent, label, lambda: work(self._task.signals.described.emit, self.stop))
        self._label = label
        self.progress.setCancelButtonText(stop_text)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.canceled.connect(self.stop.set)
        self._task.signals.described.connect(self._show_progress)

    def _show_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))
        if what and not self.stop.is_set():
            self.progress.setLabelText(f"{self._label}\n{what}")
