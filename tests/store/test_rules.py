"""The store's pure rules, on values worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from studytracker.store.records import Progress
from studytracker.store.rules import (
    derive_parent_status,
    local_time,
    overlaps,
    studied_seconds,
    study_day_of,
    sum_progress,
    whole_minutes,
)


def test_studied_seconds_leave_pauses_out_and_never_go_below_zero() -> None:
    assert studied_seconds(1000, 4000, None, 600, now_utc=9999) == 2400  # finished, 10 min paused
    assert studied_seconds(1000, None, None, 0, now_utc=1900) == 900  # running: up to now
    assert studied_seconds(1000, None, 1500, 100, now_utc=9999) == 400  # paused: up to the pause
    assert studied_seconds(1000, None, None, 0, now_utc=500) == 0  # the clock was set back


def test_whole_minutes_round_to_the_nearest() -> None:
    assert [whole_minutes(s) for s in (0, 29, 30, 89, 90, 3600)] == [0, 0, 0, 1, 2, 60]


def test_the_study_day_turns_at_the_day_start_hour() -> None:
    assert study_day_of(datetime(2026, 11, 25, 3, 59), 4) == date(2026, 11, 24)
    assert study_day_of(datetime(2026, 11, 25, 4, 0), 4) == date(2026, 11, 25)
    assert study_day_of(datetime(2026, 11, 25, 0, 30), 0) == date(2026, 11, 25)


def test_local_time_keeps_the_offset_a_session_had() -> None:
    moment = local_time(0, 120)
    assert moment.utcoffset() == timedelta(hours=2) and moment.hour == 2
    assert moment == datetime(1970, 1, 1, tzinfo=timezone.utc)


def test_overlaps_share_a_moment_but_not_an_edge() -> None:
    assert overlaps(10, 20, 15, 25) and overlaps(10, 20, 0, 11) and overlaps(10, 20, 12, 18)
    assert not overlaps(10, 20, 20, 30) and not overlaps(10, 20, 0, 10)


def test_parents_and_sums() -> None:
    assert derive_parent_status(["done", "todo"]) == "in-progress"
    assert derive_parent_status(["todo", "skipped"]) == "todo"
    assert derive_parent_status([]) == "todo"
    assert sum_progress([Progress(1, 3, 1, 0), Progress(2, 2, 0, 4)]) == Progress(3, 5, 1, 4)
