"""The study timer: start, pause, resume, stop, with the running time always in view, and pomodoro.

The running session lives in the database (the command line sees the same one); this widget keeps
a heartbeat every 30 seconds so a crash loses at most that much, and asks about gaps (sleep).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from studytracker.formatting import format_minutes
from studytracker.i18n import Context
from studytracker.store.policy import GAP_SECONDS, HEARTBEAT_SECONDS

if TYPE_CHECKING:
    from studytracker.pomodoro import PomodoroCycle, PomodoroSettings
    from studytracker.store.records import Preferences, SessionChange, SessionView
    from studytracker.store.tracker import Tracker
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.dialogs.questions import Questions
    from studytracker.ui.shell.notify import Notifier


Timer = Context("Timer")

#: A timer stopped before this much study is dropped rather than saved as a "0 min" session.
MIN_SAVED_SECONDS = 60


def format_clock(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def phase_name(phase: str) -> str:
    """A pomodoro period's name, as a heading: "Work", "Short break", "Long break"."""
    names = {
        "work": Timer.tr("Work"),
        "short break": Timer.tr("Short break"),
        "long break": Timer.tr("Long break"),
    }
    return names.get(phase, phase.capitalize())


def pomodoro_settings(preferences: Preferences) -> PomodoroSettings:
    from studytracker.pomodoro import PomodoroSettings  # the cycle is loaded once it is used

    return PomodoroSettings(
        work_minutes=preferences.pomodoro_work_minutes,
        short_break_minutes=preferences.pomodoro_short_break_minutes,
        long_break_minutes=preferences.pomodoro_long_break_minutes,
        long_break_every=preferences.pomodoro_long_break_every,
    )


class TimerBar(QWidget):
    """The study timer: the running session, timed here and kept in the database from its
    first second; it writes through the operation runner like every other change."""

    #: the whole minutes studied in the running session so far (0: none runs)
    studied_minutes = Signal(int)

    def __init__(
        self,
        target: Callable[[], tuple[str, str | None, str]],
        runner: OperationRunner,
        notifier: Notifier,
        questions: Questions,
        parent: QWidget | None = None,
    ) -> None:
        """`target` gives (step id, topic id or None, a label) of what the learner has selected."""
        super().__init__(parent)
        self.setObjectName("timerBar")
        self._target = target
        self.runner = runner
        self.notifier = notifier
        self.questions = questions
        self.running: SessionView | None = None
        self._fetched_at = 0.0
        self.pomodoro: PomodoroCycle | None = None
        #: Asked when the timer went unobserved for long; True counts the time. Tests replace it.
        self.ask_count_gap: Callable[[int], bool] = self._ask_count_gap

        self.what = QLabel(Timer.tr("No session running"), self)
        self.what.setObjectName("timerTarget")
        self.clock_label = QLabel("0:00:00", self)
        self.clock_label.setObjectName("timerClock")
        self.clock_label.setAccessibleName(Timer.tr("Time studied in this session"))
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("pomodoroPhase")
        self.start_button = QPushButton(Timer.tr("Start"), self)
        self.start_button.setObjectName("timerStart")
        self.start_button.setToolTip(Timer.tr("Start timing the selected step or topic (Ctrl+T)"))
        self.pause_button = QPushButton(Timer.tr("Pause"), self)
        self.pause_button.setObjectName("timerPause")
        self.stop_button = QPushButton(Timer.tr("Stop"), self)
        self.stop_button.setObjectName("timerStop")
        self.pomodoro_box = QCheckBox(Timer.tr("Pomodoro"), self)
        self.pomodoro_box.setObjectName("pomodoroToggle")
        self.pomodoro_box.setToolTip(Timer.tr("Work and break periods with a notification at each switch"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.clock_label, self.what, self.phase_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        for control in (self.start_button, self.pause_button, self.stop_button, self.pomodoro_box):
            layout.addWidget(control)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.pomodoro_box.toggled.connect(self._pomodoro_toggled)

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self.tick)
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setInterval(HEARTBEAT_SECONDS * 1000)
        self.heartbeat_timer.timeout.connect(self.beat)
        self._show()

    # --- state ---------------------------------------------------------------------------

    @property
    def tracker(self) -> Tracker | None:
        return self.runner.tracker

    def refresh(self) -> None:
        """Read the running session again (it may have started or stopped elsewhere). Before
        the Tracker is attached it is shown as the first view read it, not timed or controlled."""
        reads = self.runner.reads
        running = reads.sessions.running() if reads is not None else None
        if self.tracker is None:
            self.running = running
            self._show()
        else:
            self._set_running(running)

    def offer_recovery(self) -> None:
        """A timer session left behind by a crash: keep it up to its last heartbeat, or discard it."""
        tracker = self.tracker
        if tracker is None:
            return
        interrupted = tracker.reads.sessions.interrupted()
        if interrupted is None:
            return
        if self.questions.recovery(interrupted) == "keep":
            kept = self.runner.run(Timer.tr("Study timer"), lambda t: t.study.keep_interrupted())
            if kept is not None:
                session = kept.session
                self.runner.message.emit(
                    Timer.tr("Kept {time} on {step}").format(
                        time=format_minutes(session.minutes), step=session.step_title
                    ),
                    8000,
                )
        else:
            self.runner.run(Timer.tr("Study timer"), lambda t: t.study.discard_running())
        self.refresh()

    def take_over_command_line_session(self) -> None:
        """A session started on the command line: the window's timer keeps its heartbeat from now."""
        tracker = self.tracker
        running = tracker.reads.sessions.running() if tracker is not None else None
        if running is not None and running.source == "cli":
            self.runner.run(Timer.tr("Study timer"), lambda t: t.study.heartbeat(adopt=True))

    def _now(self) -> float:
        assert self.tracker is not None
        return self.tracker.clock.now().timestamp()

    def _set_running(self, running: SessionView | None) -> None:
        self.running = running
        self._fetched_at = self._now() if self.tracker else 0.0
        if running is None:
            self.tick_timer.stop()
            self.heartbeat_timer.stop()
            self.pomodoro = None
        else:
            self.tick_timer.start()
            self.heartbeat_timer.start()
        self._show()

    def elapsed_seconds(self) -> float:
        if self.running is None:
            return 0.0
        if self.tracker is None:  # read, not timed
            return float(self.running.elapsed_seconds)
        extra = 0.0 if self.running.paused else self._now() - self._fetched_at
        return self.running.elapsed_seconds + extra

    def _show(self) -> None:
        running = self.running
        controllable = self.tracker is not None
        self.start_button.setEnabled(running is None and controllable)
        self.pause_button.setEnabled(running is not None and controllable)
        self.stop_button.setEnabled(running is not None and controllable)
        paused = running is not None and running.paused
        self.pause_button.setText(Timer.tr("Resume") if paused else Timer.tr("Pause"))
        self.studied_minutes.emit(int(self.elapsed_seconds() // 60))
        if running is None:
            self.what.setText(Timer.tr("No session running"))
            self.clock_label.setText("0:00:00")
            self.clock_label.setToolTip("")
            self.phase_label.clear()
            return
        if running.paused and self.pomodoro is None:
            self.what.setText(Timer.tr("{what} (paused)").format(what=running.what))
        else:
            self.what.setText(running.what)
        studied = format_clock(self.elapsed_seconds())
        if self.pomodoro is None:
            self.clock_label.setText(studied)
            self.clock_label.setToolTip("")
            self.phase_label.clear()
            return
        # In a pomodoro the countdown is what the learner watches; the time studied goes beside it.
        cycle = self.pomodoro
        self.clock_label.setText(format_clock(cycle.remaining(self._now())))
        self.clock_label.setToolTip(
            Timer.tr("Time left in this {phase}").format(phase=phase_name(cycle.phase).lower())
        )
        period = cycle.work_done + 1 if cycle.phase == "work" else cycle.work_done
        self.phase_label.setText(
            Timer.tr("{phase} · pomodoro {period} of {every} · {done} done · {studied} studied").format(
                phase=phase_name(cycle.phase),
                period=period,
                every=cycle.settings.long_break_every,
                done=cycle.work_done,
                studied=studied,
            )
        )

    # --- actions -------------------------------------------------------------------------

    def _run(self, command: Callable[[Tracker], SessionChange | None]) -> bool:
        """Run a command on the running session and show the session it leaves running."""
        result = self.runner.run(Timer.tr("Study timer"), command)
        if result is None:
            return False
        self._set_running(result.session if result.session.end is None else None)
        return True

    def start(self) -> None:
        if self.tracker is None:
            return
        step_id, topic_id, _label = self._target()
        if (
            self._run(lambda t: t.study.start(step_id, topic_id, source="timer"))
            and self.pomodoro_box.isChecked()
        ):
            self._start_pomodoro()

    def toggle_pause(self) -> None:
        if self.tracker is None or self.running is None:
            return
        if self.running.paused:
            self._run(lambda t: t.study.resume())
        else:
            self._run(lambda t: t.study.pause())

    def stop(self) -> None:
        """Stop and save the session; one of under a minute is not worth a row, and is dropped."""
        if self.tracker is None or self.running is None:
            return
        if self.elapsed_seconds() < MIN_SAVED_SECONDS:
            self.discard()
            self.runner.message.emit(Timer.tr("Stopped after less than a minute: no session saved"), 8000)
            return
        result = self.runner.run(Timer.tr("Study timer"), lambda t: t.study.stop())
        if result is None:
            return
        self._set_running(None)
        stopped = result.session
        self.runner.message.emit(
            Timer.tr("Saved {time} on {step}").format(
                time=format_minutes(stopped.minutes),
                step=stopped.what,  # the step, and its topic
            ),
            8000,
        )

    def discard(self) -> None:
        """Stop without saving: the running session is removed."""
        if self.tracker is None or self.running is None:
            return
        if self.runner.run(Timer.tr("Study timer"), lambda t: t.study.discard_running()) is not None:
            self._set_running(None)

    def beat(self) -> None:
        """The heartbeat: proof of life for crash recovery, and the place gaps are noticed."""
        tracker = self.tracker
        if tracker is None:
            return
        gap = tracker.reads.sessions.unobserved_seconds()
        if gap > GAP_SECONDS and not self.ask_count_gap(gap):
            self._run(lambda t: t.study.leave_out_gap())
            return
        beat = self.runner.run(Timer.tr("Study timer"), lambda t: t.study.heartbeat())
        if beat is None:  # refused, or nothing runs any more: show what the data says
            self.refresh()
        else:
            self._set_running(beat.session)

    def _ask_count_gap(self, gap: int) -> bool:
        return self.questions.confirm(
            Timer.tr("Were you studying?"),
            Timer.tr(
                "The timer was not seen running for {time} (the computer may have slept)."
                " Count that time as study?"
            ).format(time=format_minutes(gap // 60)),
        )

    def tick(self) -> None:
        if self.running is not None and self.pomodoro is not None and self.tracker is not None:
            from studytracker.pomodoro import WORK  # loaded with the cycle, not at start-up

            for switch in self.pomodoro.advance(self._now()):
                if switch.phase == WORK:
                    self._run(lambda t: t.study.resume())
                    self.notifier.notify(
                        Timer.tr("Back to work"),
                        Timer.tr("Work period {number} begins.").format(number=switch.work_done + 1),
                    )
                else:
                    self._run(lambda t: t.study.pause())
                    minutes = self.pomodoro.settings.length(switch.phase) // 60
                    self.notifier.notify(
                        Timer.tr("Time for a break"),
                        Timer.tr("A %n-minute {phase}.", None, minutes).format(
                            phase=phase_name(switch.phase).lower()
                        ),
                    )
        self._show()

    def _pomodoro_toggled(self, on: bool) -> None:
        if on and self.running is not None:
            self._start_pomodoro()
        elif not on:
            self.pomodoro = None
            self._show()

    def _start_pomodoro(self) -> None:
        assert self.tracker is not None
        from studytracker.pomodoro import PomodoroCycle

        self.pomodoro = PomodoroCycle(
            pomodoro_settings(self.tracker.reads.settings.preferences()), self._now()
        )
        self._show()
