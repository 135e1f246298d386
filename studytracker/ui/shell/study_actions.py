"""The Study menu's work and the window's settings: the timer on the chosen topic, the session
log, a past session, the daily goal, the preferences and the theme."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from studytracker.i18n import Context
from studytracker.ui.shell.theme import THEME_KEY, apply_theme

if TYPE_CHECKING:
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.dialogs.questions import Questions
    from studytracker.ui.dialogs.session_log import SessionLog
    from studytracker.ui.shell.timer_bar import TimerBar
    from studytracker.ui.step_pane.pane import StepPane

Window = Context("Window")


class StudyActions(QObject):
    """What the Study menu and the checklist's "Start the timer" do, over the runner. The timer
    bar asks it what to time (`timer_target`), and is handed to it once built."""

    def __init__(
        self,
        runner: OperationRunner,
        questions: Questions,
        settings: QSettings,
        step_pane: StepPane,
        window: QMainWindow,
        restyle: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.runner = runner
        self.questions = questions
        self.settings = settings
        self.step_pane = step_pane
        self.window = window
        self._restyle = restyle  # the window's own style sheets, after a theme change
        self.timer_bar: TimerBar | None = None  # set once the window has built it

    def timer_target(self) -> tuple[str, str | None, str]:
        """What the timer studies: the shown step, and the checklist's selected topic if any."""
        topic = self.step_pane.selected_topic()
        return self.step_pane.step_id, topic.id if topic else None, topic.title if topic else ""

    def time_topic(self, topic_id: str) -> None:
        """Start the timer on a topic (the checklist's menu): a session already running stops first."""
        assert self.timer_bar is not None
        self.step_pane.select_topic(topic_id)
        if self.timer_bar.running is not None:
            self.timer_bar.stop()
        self.timer_bar.start()

    def toggle_timer(self) -> None:
        assert self.timer_bar is not None
        if self.timer_bar.running is None:
            self.timer_bar.start()
        else:
            self.timer_bar.stop()

    def end_session_for_closing(self) -> bool:
        """The window closes with the timer running: save or discard the session as the learner
        answers; False when they cancelled (the window stays). A session of under a minute is
        not worth the question, and is dropped."""
        from studytracker.ui.shell.timer_bar import MIN_SAVED_SECONDS

        bar = self.timer_bar
        if bar is None or bar.running is None:
            return True
        if bar.elapsed_seconds() < MIN_SAVED_SECONDS:
            bar.discard()
            return True
        answer = self.questions.close_while_running()
        if answer is None:
            return False
        if answer == "save":
            bar.stop()
        else:
            bar.discard()
        return True

    def open_session_log(self) -> SessionLog:
        from studytracker.ui.dialogs.session_log import SessionLog

        log = SessionLog(self.runner, self.window, shown_step=lambda: self.step_pane.step_id)
        log.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        log.show()
        return log

    def log_past_session(self) -> None:
        self.open_session_log().ask_new(self.step_pane.step_id)

    def ask_daily_goal(self) -> None:
        reads = self.runner.reads
        if reads is None:
            return
        minutes = self.questions.whole_number(
            Window.tr("Daily goal"), Window.tr("Minutes of study a day:"), reads.plan.daily_goal(), 1, 24 * 60
        )
        if minutes is not None:
            self.runner.run(
                Window.tr("Goal not saved"),
                lambda tracker: tracker.settings.update_preferences(daily_goal_minutes=minutes),
            )

    def open_preferences(self) -> None:
        from studytracker.ui.dialogs.preferences import edit_preferences

        edit_preferences(
            self.runner, self.settings, self.window, self.use_theme, self.step_pane.offline.free_all
        )

    def use_theme(self, theme: str) -> None:
        """Colour the application with `theme` now, and at every start from now on."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, theme)
        self.settings.setValue(THEME_KEY, theme)
        self._restyle()
