"""The pomodoro cycle as plain arithmetic on times: work, short break, and a long break after
every few work periods. The window's timer asks it what phase a moment falls in."""

from __future__ import annotations

from dataclasses import dataclass

WORK, SHORT_BREAK, LONG_BREAK = "work", "short break", "long break"


@dataclass(frozen=True)
class PomodoroSettings:
    work_minutes: int = 25
    short_break_minutes: int = 5
    long_break_minutes: int = 15
    long_break_every: int = 4

    def length(self, phase: str) -> int:
        """A phase's length in seconds."""
        minutes = {
            WORK: self.work_minutes,
            SHORT_BREAK: self.short_break_minutes,
            LONG_BREAK: self.long_break_minutes,
        }[phase]
        return minutes * 60


@dataclass(frozen=True)
class PhaseSwitch:
    phase: str  # the phase that begins
    at: float  # when it began (epoch seconds)
    work_done: int  # work periods finished so far


class PomodoroCycle:
    def __init__(self, settings: PomodoroSettings, started_at: float) -> None:
        self.settings = settings
        self.phase = WORK
        self.phase_started = started_at
        self.work_done = 0

    def remaining(self, now: float) -> float:
        return max(self.phase_started + self.settings.length(self.phase) - now, 0.0)

    def advance(self, now: float) -> list[PhaseSwitch]:
        """Move to `now`; every phase that began on the way (several, after a long sleep)."""
        switches = []
        while now >= self.phase_started + self.settings.length(self.phase):
            ended_at = self.phase_started + self.settings.length(self.phase)
            if self.phase == WORK:
                self.work_done += 1
                every = max(self.settings.long_break_every, 1)
                self.phase = LONG_BREAK if self.work_done % every == 0 else SHORT_BREAK
            else:
                self.phase = WORK
            self.phase_started = ended_at
            switches.append(PhaseSwitch(self.phase, ended_at, self.work_done))
        return switches
