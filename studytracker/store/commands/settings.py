"""Writing the learner's settings: the preferences as one, in one unit of work."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from studytracker.store.commands.base import Commands, Work
from studytracker.store.commands.roadmaps import put_target_date
from studytracker.store.errors import InputError
from studytracker.store.policy import (
    ACTIVE_ROADMAP_KEY,
    DAILY_GOAL_KEY,
    DAY_START_HOUR_KEY,
    EARLIEST_DAY_ISO,
    LATEST_DAY_ISO,
    LEARNER_NAME_KEY,
    LONG_TIMER_KEY,
    MAX_SESSION_MINUTES,
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
    TARGET_DATE_KEY,
    WELCOMED_KEY,
)
from studytracker.store.reads.settings import PAGE_SIZES, RETENTION_RANGE, parse_clock_time, parse_retention
from studytracker.store.records import Changes, Preferences, SharingChoice


def _whole(value: Any, low: int, high: int, what: str) -> int:
    """`value` when it is a whole number from low to high; `what` names it in the error,
    with a {low} and {high} to fill in."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(f"{what.format(low=low, high=high)}, not {value!r}")
    return value


def preference_settings(preferences: Preferences) -> dict[str, str]:
    """The preferences as the setting rows that store them, refusing any value out of range."""
    p = preferences
    if p.page_size not in PAGE_SIZES:
        raise InputError(f"the report page size is one of {', '.join(PAGE_SIZES)}, not {p.page_size!r}")
    if p.rest_days_per_week not in (0, 1):
        raise InputError(f"rest days a week are 0 or 1, not {p.rest_days_per_week!r}")
    if any(not isinstance(day, int) or not 0 <= day <= 6 for day in p.reminder_weekdays):
        raise InputError(f"reminder weekdays are 0 (Monday) to 6, not {sorted(p.reminder_weekdays)!r}")
    pomodoro = (
        _whole(p.pomodoro_work_minutes, 1, 240, "a pomodoro work period is {low} to {high} minutes"),
        _whole(p.pomodoro_short_break_minutes, 1, 120, "a short break is {low} to {high} minutes"),
        _whole(p.pomodoro_long_break_minutes, 1, 240, "a long break is {low} to {high} minutes"),
        _whole(p.pomodoro_long_break_every, 1, 12, "a long break comes after {low} to {high} work periods"),
    )
    settings = {
        LEARNER_NAME_KEY: p.learner_name.strip(),
        PAGE_SIZE_KEY: p.page_size,
        DAILY_GOAL_KEY: str(
            _whole(p.daily_goal_minutes, 1, MAX_SESSION_MINUTES, "a daily goal is {low} to {high} minutes")
        ),
        DAY_START_HOUR_KEY: str(
            _whole(p.day_start_hour, 0, 12, "a study day ends at an hour from {low} to {high}")
        ),
        STREAKS_ENABLED_KEY: "1" if p.streaks_enabled else "0",
        REST_DAYS_KEY: str(p.rest_days_per_week),
        REMINDER_TIME_KEY: f"{p.reminder_at:%H:%M}" if p.reminder_at else "",
        REMINDER_DAYS_KEY: ",".join(str(day) for day in sorted(p.reminder_weekdays)),
        LONG_TIMER_KEY: str(
            _whole(
                p.long_timer_minutes,
                1,
                MAX_SESSION_MINUTES,
                "a long timer note comes after {low} to {high} minutes",
            )
        ),
    }
    settings.update({key: str(value) for key, value in zip(POMODORO_KEYS, pomodoro, strict=True)})
    if parse_retention(f"{p.review_retention:.2f}") is None or isinstance(p.review_retention, bool):
        low, high = RETENTION_RANGE
        raise InputError(f"the desired retention is {low:.2f} to {high:.2f}, not {p.review_retention!r}")
    settings[REVIEW_RETENTION_KEY] = f"{p.review_retention:.2f}"
    settings[REVIEWS_PER_DAY_KEY] = str(
        _whole(p.reviews_per_day, 1, 500, "reviews a day are {low} to {high}")
    )
    settings[OFFLINE_RESOURCE_CAP_KEY] = str(
        _whole(
            p.offline_resource_cap_mb,
            *OFFLINE_RESOURCE_CAP_RANGE,
            "one offline copy may take {low} to {high} MB",
        )
    )
    settings[OFFLINE_TOTAL_CAP_KEY] = str(
        _whole(
            p.offline_total_cap_mb,
            *OFFLINE_TOTAL_CAP_RANGE,
            "offline copies may take {low} to {high} MB in all",
        )
    )
    return settings


def _whole_text(low: int, high: int) -> Callable[[str], bool]:
    return lambda value: value.isdigit() and low <= int(value) <= high


def _weekdays(value: str) -> bool:
    return value == "" or all(day.isdigit() and int(day) < 7 for day in value.split(","))


def _target_date(value: str) -> bool:
    if value == "":
        return True
    try:
        return EARLIEST_DAY_ISO <= date.fromisoformat(value).isoformat() <= LATEST_DAY_ISO
    except ValueError:
        return False


#: What each setting may hold, as the preferences would save it (`preference_settings`).
SETTING_RULES: dict[str, Callable[[str], bool]] = {
    LEARNER_NAME_KEY: lambda value: len(value) <= 200 and value == value.strip(),
    PAGE_SIZE_KEY: lambda value: value in PAGE_SIZES,
    DAILY_GOAL_KEY: _whole_text(1, MAX_SESSION_MINUTES),
    DAY_START_HOUR_KEY: _whole_text(0, 12),
    STREAKS_ENABLED_KEY: lambda value: value in ("0", "1"),
    REST_DAYS_KEY: lambda value: value in ("0", "1"),
    REMINDER_TIME_KEY: lambda value: value == "" or parse_clock_time(value) is not None,
    REMINDER_DAYS_KEY: _weekdays,
    LONG_TIMER_KEY: _whole_text(1, MAX_SESSION_MINUTES),
    ACTIVE_ROADMAP_KEY: lambda value: 0 < len(value) <= 200,
    REVIEW_RETENTION_KEY: lambda value: parse_retention(value) is not None,
    REVIEWS_PER_DAY_KEY: _whole_text(1, 500),
    OFFLINE_RESOURCE_CAP_KEY: _whole_text(*OFFLINE_RESOURCE_CAP_RANGE),
    OFFLINE_TOTAL_CAP_KEY: _whole_text(*OFFLINE_TOTAL_CAP_RANGE),
    WELCOMED_KEY: lambda value: value in ("0", "1"),
    SHARE_PROGRESS_KEY: lambda value: value in ("0", "1"),
    SHARE_TIME_KEY: lambda value: value in ("0", "1"),
    **dict(
        zip(
            POMODORO_KEYS,
            (_whole_text(1, 240), _whole_text(1, 120), _whole_text(1, 240), _whole_text(1, 12)),
            strict=True,
        )
    ),
}


def setting_problem(key: str, value: object) -> str | None:
    """Why a setting (from an import) cannot be kept, or None when it can."""
    if not isinstance(value, str):
        return f"{key!r} is {type(value).__name__}, not text"
    if key.startswith(TARGET_DATE_KEY.format(roadmap="")):
        rule: Callable[[str], bool] | None = _target_date
    elif key.startswith(SHARE_NOTES_KEY.format(roadmap="")):
        rule = lambda value: value in ("0", "1")  # noqa: E731
    else:
        rule = SETTING_RULES.get(key)
    if rule is None:
        return f"unknown setting {key!r}"
    return None if rule(value) else f"{key!r} cannot be {value!r}"


class SettingCommands(Commands):
    def save_preferences(
        self,
        preferences: Preferences,
        target_date: date | None | Literal["keep"] = "keep",
        sharing: SharingChoice | None = None,
    ) -> Changes:
        """Save every preference at once, with the active roadmap's target date unless "keep"
        and what is shared with a cohort when given; a value out of range refuses them all."""
        with self.context.write() as work:
            changes = self._save(work, preferences)
            if target_date != "keep":
                changes |= put_target_date(work, target_date, None)
            if sharing is not None:
                changes |= put_sharing(work, None, sharing.progress, sharing.time, sharing.notes)
            return changes

    def finish_welcome(
        self, preferences: Preferences | None = None, target_date: date | None = None
    ) -> Changes:
        """The first start's welcome is over: what the learner chose in it (None when they
        skipped it) and the mark that it was shown, in one unit of work."""
        with self.context.write() as work:
            changes = Changes(settings=frozenset([WELCOMED_KEY]))
            if preferences is not None:
                changes |= self._save(work, preferences)
                changes |= put_target_date(work, target_date, None)
            work.put_setting(WELCOMED_KEY, "1")
            return changes

    def update_preferences(self, **fields: Any) -> Changes:
        """Change some preferences, keeping the rest (`Preferences` names the fields)."""
        with self.context.write() as work:
            try:
                wanted = dataclasses.replace(work.reads.settings.preferences(), **fields)
            except TypeError as error:
                raise InputError(f"unknown preference: {error}") from None
            return self._save(work, wanted)

    @staticmethod
    def _save(work: Work, preferences: Preferences) -> Changes:
        settings = preference_settings(preferences)
        stored = work.reads.settings.all()
        changed = {key: value for key, value in settings.items() if stored.get(key) != value}
        for key, value in changed.items():
            work.put_setting(key, value)
        return Changes(settings=frozenset(changed))

    def set_sharing(
        self,
        roadmap_id: str | None = None,
        progress: bool | None = None,
        time: bool | None = None,
        notes: bool | None = None,
    ) -> Changes:
        """Change what the learner shares with a cohort: progress and time (on every roadmap),
        a roadmap's notes (the active one by default); None keeps a choice as it is. The hub
        follows at the next sync, which removes what is no longer shared."""
        with self.context.write() as work:
            return put_sharing(work, roadmap_id, progress, time, notes)

    def set(self, key: str, value: str) -> Changes:
        """One setting that is not a preference (window state the learner's data keeps)."""
        with self.context.write() as work:
            work.put_setting(key, value)
        return Changes(settings=frozenset([key]))


def put_sharing(
    work: Work, roadmap_id: str | None, progress: bool | None, time: bool | None, notes: bool | None
) -> Changes:
    """Write the sharing choices given (None: unchanged) inside a unit of work; only what differs."""
    wanted = {SHARE_PROGRESS_KEY: progress, SHARE_TIME_KEY: time}
    if notes is not None:
        wanted[SHARE_NOTES_KEY.format(roadmap=work.roadmap_row(roadmap_id).id)] = notes
    stored = work.reads.settings.all()
    changed = frozenset(
        key
        for key, value in wanted.items()
        if value is not None and stored.get(key) != ("1" if value else "0")
    )
    for key in changed:
        work.put_setting(key, "1" if wanted[key] else "0")
    return Changes(settings=changed)
