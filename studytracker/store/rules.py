"""The store's pure rules, with no database: a parent topic's status, progress sums, streaks, the
study day, studied seconds and whole minutes. Plain functions, unit-tested on their own."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from studytracker.store.records import Progress


def whole_minutes(seconds: int) -> int:
    return int(round(seconds / 60))


def local_time(epoch: int, offset_min: int) -> datetime:
    """A UTC epoch time as the local time it was where it happened (its stored UTC offset)."""
    return datetime.fromtimestamp(epoch, tz=timezone(timedelta(minutes=offset_min)))


def studied_seconds(
    start_utc: int, end_utc: int | None, paused_at: int | None, paused_seconds: int, now_utc: int
) -> int:
    """Seconds a session was studied: to its end, or for a running one to now or to its pause,
    without the time paused; never below 0 (a clock set back). `dialect.STUDIED_SECONDS` is the
    same rule in SQL, for sums."""
    until = end_utc if end_utc is not None else (paused_at or now_utc)
    return max(until - start_utc - paused_seconds, 0)


def derive_parent_status(child_statuses: list[str]) -> str:
    """A parent topic's status from its children's: done when every counted child is done."""
    counted = [s for s in child_statuses if s != "skipped"]
    if not counted:
        return "skipped" if child_statuses else "todo"
    if all(s == "done" for s in counted):
        return "done"
    if any(s in ("done", "in-progress") for s in counted):
        return "in-progress"
    return "todo"


def sum_progress(items: list[Progress]) -> Progress:
    return Progress(
        done=sum(p.done for p in items),
        total=sum(p.total for p in items),
        in_progress=sum(p.in_progress for p in items),
        skipped=sum(p.skipped for p in items),
    )


def count_streaks(days_met: set[date], today: date, rest_days_per_week: int = 0) -> tuple[int, int]:
    """(current, longest) runs of days that met the goal.

    Today is still open: not having met the goal yet does not end the current run. With a rest
    day a week, one missed day in a Monday-to-Sunday week does not break a run (nor count in it).
    """
    longest = length = 0
    rests_used, rest_week = 0, (0, 0)
    day = min(days_met, default=today)
    while day <= today:
        week = day.isocalendar()[:2]
        if week != rest_week:
            rest_week, rests_used = week, 0
        if day in days_met:
            length += 1
        elif day == today:
            pass
        elif length and rests_used < rest_days_per_week:
            rests_used += 1
        else:
            length = 0
        longest = max(longest, length)
        day += timedelta(days=1)
    return length, longest


def study_day_of(moment: datetime, day_start_hour: int) -> date:
    """The study day a moment belongs to: before the day-start hour it is still yesterday."""
    return (moment - timedelta(hours=day_start_hour)).date()


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether [start, end) and [other_start, other_end) share a moment."""
    return other_start < end and other_end > start
