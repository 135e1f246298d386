"""When to remind the learner: a study reminder on chosen weekdays at a chosen time when nothing
was studied that day, and a note when a timer has run for very long (perhaps forgotten)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from studytracker.store.policy import LONG_TIMER_KEY, REMINDER_DAYS_KEY, REMINDER_TIME_KEY


@dataclass(frozen=True)
class ReminderSettings:
    at: time | None  # None: no study reminder
    weekdays: frozenset[int]  # Monday is 0
    long_timer_minutes: int = 180

    @classmethod
    def parse(cls, at: str | None, weekdays: str | None, long_timer: str | None) -> ReminderSettings:
        parsed_at = None
        if at:
            hour, _, minute = at.partition(":")
            if hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60:
                parsed_at = time(int(hour), int(minute))
        days = frozenset(int(d) for d in (weekdays or "").split(",") if d.strip().isdigit() and int(d) < 7)
        minutes = int(long_timer) if long_timer and long_timer.isdigit() and int(long_timer) > 0 else 180
        return cls(parsed_at, days, minutes)

    @classmethod
    def from_settings(cls, setting: Callable[[str], str | None]) -> ReminderSettings:
        """From the learner's settings (`Tracker.setting`)."""
        return cls.parse(setting(REMINDER_TIME_KEY), setting(REMINDER_DAYS_KEY), setting(LONG_TIMER_KEY))


def study_reminder_due(
    settings: ReminderSettings, now: datetime, study_day: date, minutes_today: int, last_reminded: date | None
) -> bool:
    """Remind once a study day, at or after the chosen time, on a chosen weekday, if nothing was studied."""
    if settings.at is None or study_day.weekday() not in settings.weekdays:
        return False
    if last_reminded == study_day or minutes_today > 0:
        return False
    return now.date() != study_day or now.time() >= settings.at


def long_timer_due(settings: ReminderSettings, running_seconds: float, already_noted: bool) -> bool:
    return not already_noted and running_seconds >= settings.long_timer_minutes * 60
