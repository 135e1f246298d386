"""When to remind the learner: a study reminder on chosen weekdays at a chosen time when nothing
was studied that day, and a note when a timer has run for very long (perhaps forgotten)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from studytracker.store.records import Preferences


@dataclass(frozen=True)
class ReminderSettings:
    at: time | None  # None: no study reminder
    weekdays: frozenset[int]  # Monday is 0
    long_timer_minutes: int = 180

    @classmethod
    def from_preferences(cls, preferences: Preferences) -> ReminderSettings:
        return cls(preferences.reminder_at, preferences.reminder_weekdays, preferences.long_timer_minutes)


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
