"""Reads of the learner's settings: single values and the preferences as one typed record."""

from __future__ import annotations

from datetime import time

from studytracker.store.policy import (
    DAILY_GOAL_KEY,
    DAY_START_HOUR_KEY,
    LEARNER_NAME_KEY,
    LONG_TIMER_KEY,
    OFFLINE_RESOURCE_CAP_KEY,
    OFFLINE_RESOURCE_CAP_RANGE,
    OFFLINE_TOTAL_CAP_KEY,
    OFFLINE_TOTAL_CAP_RANGE,
    PAGE_SIZE_KEY,
    POMODORO_KEYS,
    REMINDER_DAYS_KEY,
    REMINDER_TIME_KEY,
    REST_DAYS_KEY,
    REVIEW_RETENTION_KEY,
    REVIEWS_PER_DAY_KEY,
    SHARE_NOTES_KEY,
    SHARE_PROGRESS_KEY,
    SHARE_TIME_KEY,
    STREAKS_ENABLED_KEY,
)
from studytracker.store.reads.base import Area, read
from studytracker.store.records import Preferences, SharingChoice

PAGE_SIZES = ("a4", "letter")


class SettingReads(Area):
    name = "settings"

    @read
    def value(self, key: str, default: str | None = None) -> str | None:
        return self.all().get(key, default)

    @read
    def all(self) -> dict[str, str]:
        """Every setting of the learner; read once a snapshot (it holds still)."""
        if self.reads.settings_cache is None:
            self.reads.settings_cache = dict(
                self.rows("SELECT key, value FROM setting WHERE profile_id = :profile")
            )
        return self.reads.settings_cache

    @read
    def sharing(self, roadmap_id: str | None = None) -> SharingChoice:
        """What the learner shares of a roadmap (the active one by default) with a cohort."""
        values = self.all()
        roadmap = self.reads.roadmaps.get(roadmap_id).id
        return SharingChoice(
            progress=values.get(SHARE_PROGRESS_KEY) != "0",
            time=values.get(SHARE_TIME_KEY) != "0",
            notes=values.get(SHARE_NOTES_KEY.format(roadmap=roadmap)) == "1",
        )

    @read
    def preferences(self) -> Preferences:
        """The preferences as stored; a value that does not parse reads as its default."""
        values = self.all()
        defaults = Preferences()

        def number(key: str, default: int, low: int, high: int) -> int:
            text = values.get(key, "")
            return int(text) if text.isdigit() and low <= int(text) <= high else default

        pomodoro = [
            number(key, default, 1, 240)
            for key, default in zip(
                POMODORO_KEYS,
                (
                    defaults.pomodoro_work_minutes,
                    defaults.pomodoro_short_break_minutes,
                    defaults.pomodoro_long_break_minutes,
                    defaults.pomodoro_long_break_every,
                ),
                strict=True,
            )
        ]
        page_size = values.get(PAGE_SIZE_KEY, "")
        return Preferences(
            learner_name=values.get(LEARNER_NAME_KEY, ""),
            page_size=page_size if page_size in PAGE_SIZES else defaults.page_size,
            daily_goal_minutes=number(DAILY_GOAL_KEY, defaults.daily_goal_minutes, 1, 24 * 60),
            pomodoro_work_minutes=pomodoro[0],
            pomodoro_short_break_minutes=pomodoro[1],
            pomodoro_long_break_minutes=pomodoro[2],
            pomodoro_long_break_every=pomodoro[3],
            day_start_hour=number(DAY_START_HOUR_KEY, defaults.day_start_hour, 0, 12),
            streaks_enabled=values.get(STREAKS_ENABLED_KEY) == "1",
            rest_days_per_week=1 if values.get(REST_DAYS_KEY) == "1" else 0,
            reminder_at=parse_clock_time(values.get(REMINDER_TIME_KEY, "")),
            reminder_weekdays=(
                frozenset(
                    int(d) for d in values[REMINDER_DAYS_KEY].split(",") if d.strip().isdigit() and int(d) < 7
                )
                if REMINDER_DAYS_KEY in values
                else defaults.reminder_weekdays
            ),
            long_timer_minutes=number(LONG_TIMER_KEY, defaults.long_timer_minutes, 1, 24 * 60),
            review_retention=parse_retention(values.get(REVIEW_RETENTION_KEY, ""))
            or defaults.review_retention,
            reviews_per_day=number(REVIEWS_PER_DAY_KEY, defaults.reviews_per_day, 1, 500),
            offline_resource_cap_mb=number(
                OFFLINE_RESOURCE_CAP_KEY, defaults.offline_resource_cap_mb, *OFFLINE_RESOURCE_CAP_RANGE
            ),
            offline_total_cap_mb=number(
                OFFLINE_TOTAL_CAP_KEY, defaults.offline_total_cap_mb, *OFFLINE_TOTAL_CAP_RANGE
            ),
        )


#: The desired retention a learner may choose.
RETENTION_RANGE = (0.80, 0.97)


def parse_retention(text: str) -> float | None:
    """A desired retention ("0.90") within RETENTION_RANGE, or None."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if RETENTION_RANGE[0] <= value <= RETENTION_RANGE[1] else None


def parse_clock_time(text: str) -> time | None:
    """'HH:MM' as a time, or None when it is empty or not a time of day."""
    hour, _, minute = text.partition(":")
    if hour.isdigit() and minute.isdigit() and int(hour) < 24 and int(minute) < 60:
        return time(int(hour), int(minute))
    return None
