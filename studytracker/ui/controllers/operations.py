"""The operation runner: how the window changes the learner's data.

Every change goes through `run` (or `run_in_background` for slow work): the command gets the
Tracker, the store's own error becomes a message the learner can act on (nothing else is
caught: a bug reaches the crash report), and what the command changed is announced once, by the
`changed` signal, to every view that shows data.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from studytracker.i18n import Context
from studytracker.ui.controllers.error_text import error_text

if TYPE_CHECKING:
    from studytracker.store.reads import Reads
    from studytracker.store.records import Changes
    from studytracker.store.tracker import Tracker
    from studytracker.ui.controllers.tasks import BackgroundTask, StoppableTask
    from studytracker.ui.dialogs.questions import Questions

R = TypeVar("R")
T = TypeVar("T", bound="BackgroundTask")

Operations = Context("Operations")


def not_yet() -> str:
    return Operations.tr("Still opening your data; nothing was changed.")


def changes_of(result: object) -> Changes:
    """What a command's result says it changed (a `Changes`, or a record carrying them)."""
    from studytracker.store.records import NOTHING_CHANGED, Changes

    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", NOTHING_CHANGED)
    assert isinstance(changes, Changes)
    return changes


class OperationRunner(QObject):
    """The window's door to the store: where reads come from, and the one way to write.

    Signals:
        changed: a command changed data (`Changes`); views update what it names.
        message: a short note for the status bar (text, milliseconds to show it).
    """

    changed = Signal(object)
    message = Signal(str, int)

    def __init__(self, questions: Questions, parent: QWidget) -> None:
        super().__init__(parent)
        self.questions = questions
        self.parent_widget = parent
        self.tracker: Tracker | None = None
        #: Where the shown data is read from: the Tracker's read API once attached; before that,
        #: the data folder opened read-only for the first view.
        self.reads: Reads | None = None

    def run(self, title: str, command: Callable[[Tracker], R]) -> R | None:
        """Run a command now; None when it was refused (the learner was told why, in a dialog
        titled `title`)."""
        from studytracker.store.errors import StoreError

        if self.tracker is None:  # the first view is read-only: the Tracker is a moment away
            self.message.emit(not_yet(), 4000)
            return None
        try:
            return self.attempt(command)
        except StoreError as error:
            self.questions.warn(title, error_text(error))
            return None

    def run_quietly(self, command: Callable[[Tracker], R]) -> R | None:
        """Run a command whose failure the learner need not act on (where a PDF was left open):
        a refusal is said in the status bar; None then."""
        from studytracker.store.errors import StoreError

        if self.tracker is None:
            return None
        try:
            return self.attempt(command)
        except StoreError as error:
            self.message.emit(error_text(error), 8000)
            return None

    def attempt(self, command: Callable[[Tracker], R]) -> R:
        """Run a command now and announce what it changed; the store's error reaches the caller,
        which shows it where the learner is looking (a note's editor keeps it under the text)."""
        from studytracker.store.errors import StoreError

        if self.tracker is None:
            raise StoreError(not_yet())
        result = command(self.tracker)
        self.announce(changes_of(result))
        return result

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def run_in_background(
        self,
        label: str,
        work: Callable[[Tracker], R],
        done: Callable[[R], object] | None = None,
        failed_title: str = "",
    ) -> BackgroundTask | None:
        """Run slow work on the thread pool behind a progress dialog. The work gets a Tracker of
        its own on the same folder (a database session never crosses threads)."""
        from studytracker.ui.controllers.tasks import BackgroundTask

        own_tracker = self._own_tracker()
        if own_tracker is None:
            return None

        def job() -> R:
            with own_tracker() as tracker:
                return work(tracker)

        return self._start(BackgroundTask(self.parent_widget, label, job), done, failed_title)

    def run_stoppable(
        self,
        label: str,
        work: Callable[[Tracker, Callable[[int, int, str], None], threading.Event], R],
        done: Callable[[R], object] | None = None,
        failed_title: str = "",
    ) -> StoppableTask | None:
        """`run_in_background` for work that says how far it got and that the learner may stop
        (it gets a progress function and the Stop button's event)."""
        from studytracker.ui.controllers.tasks import StoppableTask

        own_tracker = self._own_tracker()
        if own_tracker is None:
            return None

        def job(progress: Callable[[int, int, str], None], stop: threading.Event) -> R:
            with own_tracker() as tracker:
                return work(tracker, progress, stop)

        task = StoppableTask(self.parent_widget, label, job, Operations.tr("Stop"))
        return self._start(task, done, failed_title)

    def _own_tracker(self) -> Callable[[], AbstractContextManager[Tracker]] | None:
        """How a job on the thread pool opens a Tracker of its own on the same folder (a
        database session never crosses threads); None, and a note in the status bar, while the
        data is still opening."""
        tracker = self.tracker
        if tracker is None:
            self.message.emit(not_yet(), 4000)
            return None
        data_dir, clock = tracker.data_dir, tracker.clock

        @contextmanager
        def opened() -> Iterator[Tracker]:
            from studytracker.store.tracker import Tracker

            own = Tracker.open(data_dir, clock=clock)
            try:
                yield own
            finally:
                own.close()

        return opened

    def _start(self, task: T, done: Callable[[Any], object] | None, failed_title: str) -> T:
        def finished(result: object) -> None:
            self.announce(changes_of(result))
            if done is not None:
                done(result)  # the work's own result

        task.finished.connect(finished)
        task.failed.connect(
            lambda message: self.questions.warn(failed_title or Operations.tr("Not done"), message)
        )
        task.start()
        return task
