"""Backups while the window runs: automatic ones off the event loop (on close, and at most every
30 minutes while changes happen, on the injected clock), one on request, and restoring one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from studytracker.i18n import Context, current

if TYPE_CHECKING:
    from studytracker.store.clock import Clock
    from studytracker.ui.controllers.data_folder import DataFolder
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.controllers.tasks import BackgroundWork
    from studytracker.ui.dialogs.questions import Questions

#: How often the automatic backup looks whether one is due.
CHECK_EVERY_MS = 5 * 60 * 1000


Backup = Context("Backup")


def backup_due(data_dir: Path, reason: str, now: datetime) -> bool:
    """Whether a backup for `reason` should be made now: on request always; otherwise only
    after changes, and from the timer at most every BACKUP_INTERVAL_SECONDS."""
    from studytracker.store.safety import BACKUP_INTERVAL_SECONDS, Backups

    backups = Backups(data_dir)
    if reason == "now":
        return True
    if not backups.changed_since_last_backup():
        return False
    if reason == "timer":
        newest = backups.newest_first()
        if newest and (now - newest[0].made_at).total_seconds() < BACKUP_INTERVAL_SECONDS:
            return False
    return True


def make_backup(data_dir: Path, reason: str, now: datetime) -> Path | None:
    """Make a backup when one is due (`backup_due`); its path, or None."""
    from studytracker.store.safety import Backups

    return Backups(data_dir).create(now) if backup_due(data_dir, reason, now) else None


class BackupKeeper(QObject):
    """Makes the window's backups and restores one the learner chose.

    Signals:
        about_to_restore: the data is about to be replaced (save what is being typed now).
    """

    about_to_restore = Signal()

    def __init__(
        self, runner: OperationRunner, data_folder: DataFolder, questions: Questions, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data_folder = data_folder
        self.questions = questions
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.back_up_in_background("timer"))

    def _clock(self) -> Clock:
        tracker = self.runner.tracker
        if tracker is not None:
            return tracker.clock
        from studytracker.store.clock import SystemClock

        return self.data_folder.clock or SystemClock()

    def _now(self) -> datetime:
        # Backup names are local wall-clock times (`Backups.create`): naive, like the names.
        return self._clock().now().replace(tzinfo=None)

    def back_up_in_background(self, reason: str) -> BackgroundWork | None:
        """The automatic backup ("timer"), and "Back up now" behind a progress dialog: made on
        the thread pool, so the window never waits for it."""
        if self.runner.tracker is None:
            return None
        from studytracker.ui.controllers.tasks import BackgroundTask, BackgroundWork

        data_dir, now = self.data_folder.data_dir, self._now()

        def work() -> Path | None:
            return make_backup(data_dir, reason, now)

        if reason == "now":
            task: BackgroundWork = BackgroundTask(
                self.runner.parent_widget, Backup.tr("Backing up your data…"), work
            )
            task.finished.connect(
                lambda made: self.runner.message.emit(
                    Backup.tr("Backed up to {file}").format(file=made), 8000
                )
            )
        else:
            task = BackgroundWork(self, work)
        # a failed backup must not stop the learner: it is said, not asked about
        task.failed.connect(
            lambda message: self.runner.message.emit(
                Backup.tr("Backup failed: {reason}").format(reason=message), 15000
            )
        )
        return task.start()

    def back_up(self, reason: str) -> Path | None:
        """A backup made while the caller waits: on close ("close", when something changed),
        also when the window closes before the store was attached (the first view read the
        data, so it is sound); never of data that was not opened."""
        if self.runner.reads is None:
            return None
        from studytracker.ui.controllers.tasks import expected_errors

        try:
            made = make_backup(self.data_folder.data_dir, reason, self._now())
        except expected_errors() as error:
            self.runner.message.emit(Backup.tr("Backup failed: {reason}").format(reason=error), 15000)
            return None
        return made

    def restore(self, path: Path | None = None) -> bool:
        """File → Restore a backup…: choose one of the backups; the current data is backed up first."""
        if self.runner.tracker is None:
            return False
        from studytracker.store.safety import Backups

        if path is None:
            listed = Backups(self.data_folder.data_dir).newest_first()
            if not listed:
                self.questions.inform(Backup.tr("Restore a backup"), Backup.tr("There are no backups yet."))
                return False
            language = current()
            moments = [f"{language.short_date(b.made_at.date())}, {b.made_at:%H:%M:%S}" for b in listed]
            labels = [
                f"{moment}  ({language.number(b.size_bytes / 1024)} KB)"
                for moment, b in zip(moments, listed, strict=True)
            ]
            choice = self.questions.choose(
                Backup.tr("Restore a backup"), Backup.tr("Backup to restore:"), labels
            )
            if choice is None:
                return False
            chosen = labels.index(choice)
            path = listed[chosen].path
            if not self.questions.confirm(
                Backup.tr("Restore a backup"),
                Backup.tr(
                    "Replace your current data with the backup of {moment}?\n"
                    "Your current data is backed up first."
                ).format(moment=moments[chosen]),
            ):
                return False
        self.about_to_restore.emit()
        restored = self.data_folder.restore(path)
        if restored:
            self.runner.message.emit(Backup.tr("Restored {file}").format(file=path.name), 8000)
        return restored
