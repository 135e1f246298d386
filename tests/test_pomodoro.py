"""The pomodoro cycle: work and breaks of the set lengths, a long break after every fourth work period."""

from __future__ import annotations

from studytracker.pomodoro import LONG_BREAK, SHORT_BREAK, WORK, PomodoroCycle, PomodoroSettings


def test_work_then_short_break_then_work() -> None:
    cycle = PomodoroCycle(PomodoroSettings(), started_at=0)
    assert cycle.advance(25 * 60 - 1) == []
    assert cycle.remaining(25 * 60 - 1) == 1
    [switch] = cycle.advance(25 * 60)
    assert (switch.phase, switch.at, switch.work_done) == (SHORT_BREAK, 1500, 1)
    [switch] = cycle.advance(30 * 60)
    assert switch.phase == WORK


def test_a_long_break_comes_after_every_fourth_work_period() -> None:
    cycle = PomodoroCycle(PomodoroSettings(work_minutes=1, short_break_minutes=1, long_break_minutes=3), 0)
    phases = [s.phase for s in cycle.advance(8 * 60)]
    assert phases == [SHORT_BREAK, WORK, SHORT_BREAK, WORK, SHORT_BREAK, WORK, LONG_BREAK]
    assert cycle.remaining(8 * 60) == 2 * 60  # the long break began at 7 minutes
    assert [s.phase for s in cycle.advance(10 * 60)] == [WORK]


def test_a_long_sleep_passes_several_phases_at_once() -> None:
    cycle = PomodoroCycle(PomodoroSettings(), started_at=1000)
    switches = cycle.advance(1000 + 3600)  # work to 2500, break to 2800, work to 4300, break to 4600
    assert [s.phase for s in switches] == [SHORT_BREAK, WORK, SHORT_BREAK, WORK]
    assert cycle.work_done == 2
