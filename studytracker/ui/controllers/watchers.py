"""What the window watches while it runs: writes by other programs (the command line) to the
data, and the reminders that fall due (a study reminder; a note on a very long timer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from studytracker.formatting import format_minutes
from studytracker.i18n import Context

if TYPE_CHECKING:
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.shell.notify import Notifier
    from studytracker.ui.shell.timer_bar import TimerBar


Reminders = Context("Reminders")


class DataVersionWatcher(QObject):
    """Notices commits by other connections (`PRAGMA data_version`) every two seconds.

    Signals:
        outside_change: another program changed the data; everything shown may be stale.
    """

    outside_change = Signal()

    def __init__(self, runner: OperationRunner) -> None:
        super().__init__(runner)
        self.runner = runner
        self._version = -1
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        tracker = self.runner.tracker
        assert tracker is not None
        self._version = tracker.db.data_version()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> bool:
        """True (and `outside_change`) when another program wrote since the last look."""
        tracker = self.runner.tracker
        if tracker is None:
            return False
        version = tracker.db.data_version()
        if version == self._version:
            return False
        self._version = version
        self.outside_change.emit()
        return True


class ReminderWatcher(QObject):
    """Sends the reminders that are due, once a minute."""

    def __init__(self, runner: OperationRunner, timer_bar: TimerBar, notifier: Notifier) -> None:
        super().__init__(runner)
        self.runner = runner
        self.timer_bar = timer_bar
        self.notifier = notifier
        self._reminded_day: date | None = None
        self._long_timer_noted: int | None = None  # the session id already noted
        self.timer = QTimer(self)
        self.timer.setInterval(60 * 1000)
        self.timer.timeout.connect(self.check)

    def check(self) -> list[str]:
        """Send the reminders that are due now; returns their titles (for tests and the log)."""
        tracker = self.runner.tracker
        if tracker is None:
            return []
        from studytracker.reminders import ReminderSettings, long_timer_due, study_reminder_due

        reads = tracker.reads
        settings = ReminderSettings.from_preferences(reads.settings.preferences())
        sent = []
        day = reads.plan.study_day()
        if study_reminder_due(
            settings, tracker.clock.now(), day, reads.plan.today_minutes(), self._reminded_day
        ):
            self._reminded_day = day
            due = len(reads.reviews.due())
            reviews = Reminders.tr(" %n finished topic(s) due for review.", None, due) if due else ""
            title = Reminders.tr("Time to study")
            self.notifier.notify(
                title, Reminders.tr("Nothing studied yet today. A few minutes keep the habit.") + reviews
            )
            sent.append(title)
        running = self.timer_bar.running
        elapsed: Callable[[], float] = self.timer_bar.elapsed_seconds
        if running is not None and long_timer_due(settings, elapsed(), self._long_timer_noted == running.id):
            self._long_timer_noted = running.id
            title = Reminders.tr("Still studying?")
            self.notifier.notify(
                title,
                Reminders.tr("The timer has run for {time}. Stop it if you forgot it.").format(
                    time=format_minutes(int(elapsed() // 60))
                ),
            )
            sent.append(title)
        return sent
