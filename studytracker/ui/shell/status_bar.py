"""The status bar and its standing texts: the roadmap's progress, today's study against the goal,
and the reviews due, in the learner's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from studytracker.formatting import format_minutes
from studytracker.i18n import Context, current

if TYPE_CHECKING:
    from studytracker.store.records import Status, StreakInfo

StatusBar = Context("StatusBar")


def progress_text(status: Status) -> str:
    """ "Python: 12 of 120 topics done (10.0%) · 3 h 20 min studied"."""
    overall = status.overall
    return StatusBar.tr(
        "{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied", None, overall.total
    ).format(
        roadmap=status.roadmap.title,
        done=overall.done,
        percent=current().number(overall.percent, 1),
        time=format_minutes(status.minutes_total),
    )


def today_text(today: StreakInfo, running_minutes: int = 0) -> str:
    """ "Today: 20 min of 1 h · streak 3 (best 5)", the running session's minutes counted in."""
    text = StatusBar.tr("Today: {studied} of {goal}").format(
        studied=format_minutes(today.today_minutes + running_minutes), goal=format_minutes(today.goal_minutes)
    )
    if today.enabled:
        text += StatusBar.tr(" · streak {current} (best {longest})").format(
            current=today.current, longest=today.longest
        )
    return text


def reviews_text(due: int) -> str:
    """ "2 reviews due", or nothing when none is."""
    return StatusBar.tr("%n review(s) due", None, due) if due else ""


def reviews_tooltip() -> str:
    return StatusBar.tr("Finished topics due for review today: see the Review tab (Alt+5)")


class StudyStatusBar(QStatusBar):
    """The window's status bar: short messages on the left, over the roadmap's progress; the
    reviews due and today's study on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("overallProgress")
        self.today_label = QLabel(self)
        self.today_label.setObjectName("todayTime")
        self.reviews_label = QLabel(self)
        self.reviews_label.setObjectName("reviewsDue")
        # How sync stands ("Synced 18:05", "Sync: 3 changes waiting", "Sync: offline"): a click
        # opens File → Sync…; hidden while sync is not set up.
        self.sync_button = QToolButton(self)
        self.sync_button.setObjectName("syncState")
        self.sync_button.setAutoRaise(True)
        self.sync_button.hide()
        self.addWidget(self.progress_label, 1)
        self.addPermanentWidget(self.sync_button)
        self.addPermanentWidget(self.reviews_label)
        self.addPermanentWidget(self.today_label)
        self._today: StreakInfo | None = None
        self._running_minutes = 0

    def show_progress(self, status: Status) -> None:
        self.progress_label.setText(progress_text(status))

    def show_today(self, today: StreakInfo) -> None:
        self._today = today
        self._show_today()

    def show_running_minutes(self, minutes: int) -> None:
        """The running session's minutes so far: today's study counts them before it is saved."""
        if minutes != self._running_minutes:
            self._running_minutes = minutes
            self._show_today()

    def _show_today(self) -> None:
        if self._today is not None:
            self.today_label.setText(today_text(self._today, self._running_minutes))

    def show_reviews_due(self, due: int) -> None:
        self.reviews_label.setText(reviews_text(due))
        self.reviews_label.setToolTip(reviews_tooltip())

    def show_sync(self, text: str, tooltip: str) -> None:
        self.sync_button.setText(text)
        self.sync_button.setToolTip(tooltip)
        self.sync_button.setAccessibleName(text)
        self.sync_button.setVisible(bool(text))

    def clear_standing(self) -> None:
        """No data shown (it could not be opened)."""
        for label in (self.progress_label, self.today_label, self.reviews_label):
            label.clear()
