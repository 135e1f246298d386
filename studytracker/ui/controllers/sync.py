"""Sync while the window runs: at start, every few minutes, on request and at quit, always off
the event loop (a sync opens a Tracker of its own; what it takes reaches the window as any other
program's change, through the data watcher). The status bar's indicator says how it stands."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from studytracker.i18n import Context
from studytracker.ui.controllers.sync_state import indicator_text

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from studytracker.store.records import SearchHit, SharingChoice
    from studytracker.store.sync.service import SyncResult, SyncStatus
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.controllers.tasks import BackgroundWork
    from studytracker.ui.dialogs.cohort_view import CohortDialog
    from studytracker.ui.dialogs.questions import Questions
    from studytracker.ui.dialogs.sync_dialog import SyncDialog
    from studytracker.ui.shell.status_bar import StudyStatusBar

#: How often the window syncs while it runs (when sync is set up).
SYNC_EVERY_MS = 5 * 60 * 1000
#: How long closing the window waits for its last sync; a sync cut off loses nothing.
QUIT_WAIT_MS = 5000

Sync = Context("Sync")


class SyncKeeper(QObject):
    """Runs the window's syncs and keeps the indicator up to date.

    Signals:
        state_changed: (text, tooltip) for the status bar; no text when sync is not set up.
    """

    state_changed = Signal(str, str)

    def __init__(
        self,
        runner: OperationRunner,
        questions: Questions,
        status_bar: StudyStatusBar,
        go_to_hit: Callable[[SearchHit], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.questions = questions
        self.go_to_hit = go_to_hit
        self._running: BackgroundWork | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(self.sync_in_background)
        self.state_changed.connect(status_bar.show_sync)
        status_bar.sync_button.clicked.connect(self.open_dialog)
        status_bar.sync_button.setMenu(self._menu(status_bar.sync_button))
        status_bar.sync_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def _menu(self, parent: QWidget) -> QMenu:
        """The indicator's menu: sync now, what is shared with a cohort's mentor (on a hub), the
        Cohort view and the sync's settings."""
        menu = QMenu(parent)
        menu.addAction(Sync.tr("Sync &now"), self.sync_now)
        menu.addSeparator()
        self.share_actions: dict[str, QAction] = {}
        for key, label in (
            ("progress", Sync.tr("Share my &progress with the cohort")),
            ("time", Sync.tr("Share my study &time with the cohort")),
            ("notes", Sync.tr("Share my &notes on this roadmap")),
        ):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.triggered.connect(lambda checked, key=key: self._share_one(key, checked))
            self.share_actions[key] = action
        self.cohort_action = menu.addAction(Sync.tr("&Cohort…"), self.open_cohort)
        menu.addSeparator()
        menu.addAction(Sync.tr("Sync &settings…"), self.open_dialog)
        menu.aboutToShow.connect(self._menu_shown)
        return menu

    def _menu_shown(self) -> None:
        status, reads = self.status(), self.runner.reads
        hub = status is not None and status.transport == "hub" and reads is not None
        choice = reads.settings.sharing() if hub and reads is not None else None
        for key, action in self.share_actions.items():
            action.setVisible(hub)
            action.setChecked(bool(choice and getattr(choice, key)))
        self.cohort_action.setVisible(hub)

    def _share_one(self, key: str, checked: bool) -> None:
        reads = self.runner.reads
        if reads is not None:
            self.share(dataclasses.replace(reads.settings.sharing(), **{key: checked}))

    def share(self, choice: SharingChoice) -> None:
        """The learner changed what they share: saved, then synced, so the hub follows now."""
        self.runner.run(
            Sync.tr("Sharing not changed"),
            lambda tracker: tracker.settings.set_sharing(
                progress=choice.progress, time=choice.time, notes=choice.notes
            ),
        )
        self.sync_in_background()

    def open_cohort(self) -> CohortDialog | None:
        """The Cohort view of the hub this device syncs through."""
        from studytracker.ui.dialogs.cohort_view import CohortDialog

        status, reads = self.status(), self.runner.reads
        if status is None or status.transport != "hub" or not status.address or reads is None:
            return None
        tracker = self.runner.tracker
        assert tracker is not None
        dialog = CohortDialog(
            status.address,
            tracker.data_dir,
            reads.plan.study_day(),
            self.questions,
            self.runner.parent_widget,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.load()
        return dialog

    def status(self) -> SyncStatus | None:
        tracker = self.runner.tracker
        if tracker is None:
            return None
        from studytracker.store.sync.service import SyncService

        return SyncService(tracker).status()

    @property
    def running(self) -> bool:
        return self._running is not None

    def start(self) -> None:
        """The data is open: sync now (if set up), then every few minutes."""
        self.show_state()
        self.sync_in_background()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def show_state(self) -> None:
        status = self.status()
        if status is not None:
            self.state_changed.emit(*indicator_text(status, self.running))

    def sync_in_background(self, label: str = "") -> BackgroundWork | None:
        """A sync off the event loop: quiet, or (with `label`) behind a progress dialog that
        shows how much of a large first sync is taken."""
        status = self.status()
        if self._running is not None or status is None or not status.configured:
            return None
        tracker = self.runner.tracker
        assert tracker is not None
        data_dir, clock = tracker.data_dir, tracker.clock

        def work(report: Callable[[int, int], None] | None = None) -> SyncResult:
            return run_sync(data_dir, clock, report)

        from studytracker.ui.controllers.tasks import BackgroundWork, ProgressTask

        task = ProgressTask(self.runner.parent_widget, label, work) if label else BackgroundWork(self, work)
        task.finished.connect(self._done)
        task.failed.connect(self._failed)
        self._running = task
        self.show_state()
        return task.start()

    def _done(self, result: SyncResult) -> None:
        self._running = None
        if result.problems:
            self.runner.message.emit(
                Sync.tr("Synced, with a problem: {problem}").format(problem=result.problems[0]), 15000
            )
        self.show_state()

    def _failed(self, message: str) -> None:
        self._running = None
        self.show_state()  # the indicator says it (offline, or the error); the learner studies on

    def sync_now(self) -> None:
        """File → Sync now: with its progress when sync is set up; else its set-up."""
        if self.sync_in_background(Sync.tr("Syncing…")) is None and not self.running:
            self.open_dialog()

    def open_dialog(self) -> SyncDialog:
        """File → Sync with other devices…: set-up, state, and the notes edited on two devices."""
        from studytracker.store.records import SearchHit
        from studytracker.ui.dialogs.sync_dialog import SyncDialog

        parent = self.runner.parent_widget
        dialog = SyncDialog(self.runner, self, self.questions, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.note_chosen.connect(
            lambda step_id, topic_id: self.go_to_hit(SearchHit("note", step_id, "", "", topic_id or None))
        )
        dialog.open()
        return dialog

    def sync_at_quit(self) -> None:
        """The window closes: send what changed, waiting a few seconds at most."""
        self.timer.stop()
        if self.sync_in_background() is not None or self._running is not None:
            QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)


def run_sync(data_dir: Path, clock: object, report: Callable[[int, int], None] | None) -> SyncResult:
    """One sync on a Tracker of its own (a database session never crosses threads)."""
    from studytracker.store.sync.service import SyncService
    from studytracker.store.tracker import Tracker

    own = Tracker.open(data_dir, clock=clock)  # type: ignore[arg-type]
    try:
        return SyncService(own).run(report)
    finally:
        own.close()
