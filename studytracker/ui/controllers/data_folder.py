"""Opening the data folder for the window, as one sequence with one owner: the first view from
the folder opened read-only (before the first paint), the quick integrity check and the import
of SQLAlchemy off the event loop, then the Tracker takes over; on damage, the offer to restore
the newest good backup. Reopening after a restore follows the same path."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studytracker.i18n import Context, current
from studytracker.ui.controllers.error_text import error_text

if TYPE_CHECKING:
    from studytracker.store.clock import Clock
    from studytracker.store.reads import ReadOnlyData
    from studytracker.store.safety import CheckResult
    from studytracker.store.tracker import Tracker
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.dialogs.questions import Questions


DataFolderText = Context("DataFolderText")


class DataFolder(QObject):
    """Hands the window its data: sets the runner's reads (and Tracker) and says so.

    Signals:
        first_view_closed: the first view was closed without a Tracker taking over (damage).
        attached: the Tracker is in place; True when it took over from a first view.
        could_not_open: the data cannot be opened for writing; the learner was told why.
        message: a short note for the status bar (text, milliseconds; 0: until replaced).
    """

    first_view_closed = Signal()
    attached = Signal(bool)
    could_not_open = Signal()
    message = Signal(str, int)

    def __init__(
        self, data_dir: Path, runner: OperationRunner, questions: Questions, clock: Clock | None = None
    ) -> None:
        super().__init__(runner)
        self.data_dir = data_dir
        self.runner = runner
        self.questions = questions
        self.clock = clock
        self._first_view: ReadOnlyData | None = None

    # --- the sequence ----------------------------------------------------------------------

    def open_first_view(self) -> bool:
        """Before the first paint: the data as stored, read with plain sqlite3 (no SQLAlchemy
        yet), becomes the runner's reads. False when the folder needs the Tracker's work first
        (a new folder, a migration) or cannot be read: `load_store` then says what is wrong, or
        puts it right."""
        from studytracker.store.reads import open_read_only

        first_view = open_read_only(self.data_dir, self.clock)
        if first_view is None:
            return False
        self._first_view = first_view
        self.runner.reads = first_view
        return True

    def load_store(self) -> None:
        """Off the event loop: the quick integrity check and the import of SQLAlchemy; then,
        back on it, recovery if needed and the Tracker."""
        from studytracker.store.policy import DATABASE_NAME
        from studytracker.ui.controllers.tasks import BackgroundWork

        database = self.data_dir / DATABASE_NAME

        def prepare() -> object:
            from studytracker.store.safety import check_database

            checked = check_database(database, quick=True) if database.exists() else None
            import studytracker.store.tracker  # noqa: F401  (SQLAlchemy and the models: the slow part)

            return checked

        preparing = BackgroundWork(self, prepare)
        preparing.finished.connect(self._open_tracker)
        preparing.failed.connect(self._cannot_open)
        preparing.start()

    def _open_tracker(self, checked: CheckResult | None) -> None:
        # only damage found leads to the offer of a backup; a check that could not run (a full
        # disk, say) goes on to the Tracker, which says what is wrong
        if checked is not None and checked.damaged and not self.recover_damaged(checked):
            self.could_not_open.emit()
            return
        self.open_tracker()

    def open_tracker(self) -> bool:
        """Open the Tracker on the folder and hand it over; False when it cannot be opened."""
        from studytracker.store.errors import StoreError
        from studytracker.store.tracker import Tracker

        try:
            tracker = Tracker.open(self.data_dir, self.clock)
        except StoreError as error:
            self._cannot_open(error_text(error))
            return False
        self.adopt(tracker)
        return True

    def adopt(self, tracker: Tracker) -> None:
        """Hand an opened Tracker to the window: it takes over from the first view, if any."""
        took_over = self._first_view is not None
        self._release_first_view()
        self.runner.tracker = tracker
        self.runner.reads = tracker.reads
        self.attached.emit(took_over)

    def _cannot_open(self, message: str) -> None:
        self.close_first_view()
        self.questions.critical(DataFolderText.tr("StudyTracker cannot open your data"), message)
        self.could_not_open.emit()

    def recover_damaged(self, checked: CheckResult) -> bool:
        """On damage nothing is opened for writing; the learner may restore the newest good
        backup (the damaged file is kept). False: do not open."""
        from studytracker.store.safety import Backups

        self.close_first_view()  # the damaged file is shown no longer
        backups = Backups(self.data_dir)
        good = backups.newest_good()
        if good is None:
            self.questions.critical(
                DataFolderText.tr("Your data is damaged"),
                DataFolderText.tr(
                    "{problem}\n\nThere is no good backup to restore. The file is left as it is; "
                    "nothing was written."
                ).format(problem=checked.summary()),
            )
            return False
        language = current()
        made = language.long_date(good.made_at.date())
        at = language.time(good.made_at)
        when = DataFolderText.tr("{day} at {time}").format(day=made, time=at)
        if not self.questions.restore_after_damage(checked.summary(), when):
            return False
        kept = backups.restore(good.path)
        self.message.emit(
            DataFolderText.tr("Restored the backup of {when}; the damaged file is {file}").format(
                when=when, file=kept
            ),
            0,
        )
        return True

    # --- reopening and closing ---------------------------------------------------------------

    def restore(self, backup: Path) -> bool:
        """Replace the data with a backup (the current data is backed up first by `Backups`),
        then reopen. The Tracker is closed meanwhile: nothing writes during the swap."""
        from studytracker.store.safety import Backups

        self.release_tracker()
        from studytracker.ui.controllers.tasks import expected_errors

        try:
            Backups(self.data_dir).restore(backup)
        except expected_errors() as error:
            self.questions.warn(DataFolderText.tr("Not restored"), str(error))
            self.open_tracker()  # the same data as before
            return False
        return self.open_tracker()

    def release_tracker(self) -> None:
        tracker = self.runner.tracker
        if tracker is not None:
            self.runner.tracker = None
            self.runner.reads = None
            tracker.close()

    def close_first_view(self) -> None:
        """Close the first view without a Tracker taking over (the window empties)."""
        if self._first_view is not None:
            self._release_first_view()
            self.first_view_closed.emit()

    def _release_first_view(self) -> None:
        if self._first_view is not None:
            if self.runner.reads is self._first_view:
                self.runner.reads = None
            self._first_view.close()
            self._first_view = None

    def release(self) -> None:
        """On exit: close whatever is open."""
        self.release_tracker()
        self._release_first_view()
