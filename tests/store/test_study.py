"""Timer sessions (pause, heartbeat, interruption), edits with undo, days, the goal and streaks."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.errors import InputError
from studytracker.store.reads import count_streaks
from studytracker.store.tracker import Tracker


def test_paused_time_is_not_study_time(tracker: Tracker, clock: FixedClock) -> None:
    tracker.start_session("sql", source="timer")
    clock.advance(minutes=20)
    assert tracker.pause_session().paused
    clock.advance(minutes=10)
    assert tracker.running_session().minutes == 20  # type: ignore[union-attr]
    tracker.resume_session()
    clock.advance(minutes=5)
    stopped = tracker.stop_session()
    assert stopped.minutes == 25
    assert tracker.status().minutes_total == 25 and tracker.today_minutes() == 25


def test_stopping_a_paused_session_ends_it_where_the_pause_began(tracker: Tracker, clock: FixedClock) -> None:
    started = tracker.start_session("sql", source="timer")
    clock.advance(minutes=15)
    tracker.pause_session()
    clock.advance(hours=2)
    stopped = tracker.stop_session()
    assert stopped.end is not None and (stopped.end - started.start).total_seconds() == 15 * 60
    assert stopped.minutes == 15


def test_a_timer_without_heartbeat_is_offered_back_up_to_its_last_heartbeat(
    tracker: Tracker, clock: FixedClock
) -> None:
    started = tracker.start_session("sql", source="timer")
    for _ in range(4):
        clock.advance(seconds=30)
        tracker.heartbeat()
    assert tracker.interrupted_session() is None
    clock.advance(minutes=10)  # the window died; nothing beats any more
    interrupted = tracker.interrupted_session()
    assert interrupted is not None and interrupted.id == started.id
    kept = tracker.keep_interrupted_session()
    assert kept.minutes == 2 and tracker.running_session() is None


def test_an_interrupted_session_can_be_discarded(tracker: Tracker, clock: FixedClock) -> None:
    tracker.start_session("sql", source="timer")
    clock.advance(minutes=10)
    tracker.discard_running_session()
    assert tracker.sessions() == [] and tracker.interrupted_session() is None


def test_a_command_line_session_is_never_called_interrupted(tracker: Tracker, clock: FixedClock) -> None:
    tracker.start_session("sql")  # from the command line: no heartbeat expected
    clock.advance(hours=2)
    assert tracker.interrupted_session() is None
    adopted = tracker.heartbeat(adopt=True)  # the window takes it over
    assert adopted is not None and adopted.source == "timer"


def test_a_gap_left_out_is_not_counted(tracker: Tracker, clock: FixedClock) -> None:
    tracker.start_session("sql", source="timer")
    clock.advance(minutes=10)
    tracker.heartbeat()
    clock.advance(minutes=40)  # the laptop slept
    assert tracker.unobserved_seconds() == 40 * 60
    tracker.leave_out_gap()
    assert tracker.running_session().minutes == 10  # type: ignore[union-attr]
    clock.advance(minutes=5)
    assert tracker.stop_session().minutes == 15


def test_editing_a_session_checks_it_like_a_new_one(tracker: Tracker) -> None:
    first = tracker.log_session("sql", 60, day=date(2026, 11, 20), at=time(9, 0))
    second = tracker.log_session("sql", 30, day=date(2026, 11, 20), at=time(11, 0))
    edited = tracker.update_session(
        second.id, "python-libraries", 45, date(2026, 11, 20), time(10, 0), note="moved"
    )
    assert (edited.step_id, edited.minutes, edited.note) == ("python-libraries", 45, "moved")
    assert edited.start.time() == time(10, 0)
    with pytest.raises(InputError, match=rf"overlaps session #{first.id}"):
        tracker.update_session(second.id, "sql", 45, date(2026, 11, 20), time(9, 30))
    with pytest.raises(InputError, match="unknown session #999"):
        tracker.update_session(999, "sql", 45, date(2026, 11, 20), time(9, 30))
    with pytest.raises(InputError, match="minutes must be more than 0"):
        tracker.update_session(second.id, "sql", 0, date(2026, 11, 20), time(12, 0))
    assert tracker.sessions()[1].minutes == 45  # the refused edits changed nothing


def test_a_deleted_session_comes_back_with_undo(tracker: Tracker) -> None:
    logged = tracker.log_session("sql", 40, day=date(2026, 11, 19), note="joins")
    deleted = tracker.delete_session(logged.id)
    assert tracker.sessions() == []
    restored = tracker.restore_session(deleted)
    assert (restored.id, restored.minutes, restored.note, restored.start) == (
        logged.id,
        40,
        "joins",
        logged.start,
    )


def test_a_running_session_cannot_be_deleted_or_edited(tracker: Tracker) -> None:
    running = tracker.start_session("sql")
    with pytest.raises(InputError, match="is running"):
        tracker.delete_session(running.id)
    with pytest.raises(InputError, match="still running"):
        tracker.update_session(running.id, "sql", 10, date(2026, 11, 24), time(9, 0))


def test_minutes_per_day_and_per_step_filter(tracker: Tracker) -> None:
    tracker.log_session("sql", 30, day=date(2026, 11, 20))
    tracker.log_session("python-libraries", 45, day=date(2026, 11, 20))
    tracker.log_session("sql", 15, day=date(2026, 11, 22))
    assert tracker.minutes_by_day(date(2026, 11, 19), date(2026, 11, 22)) == {
        date(2026, 11, 20): 75,
        date(2026, 11, 22): 15,
    }
    assert [s.minutes for s in tracker.sessions(step_id="sql")] == [30, 15]


def test_streaks_count_days_that_met_the_goal(tracker: Tracker) -> None:
    tracker.set_daily_goal(30)
    for day in (18, 19, 20, 22, 23):
        tracker.log_session("sql", 30, day=date(2026, 11, day))
    tracker.log_session("sql", 10, day=date(2026, 11, 21))  # short of the goal
    info = tracker.streaks()
    assert (info.current, info.longest, info.today_minutes, info.goal_minutes) == (2, 3, 0, 30)
    tracker.log_session("sql", 30)  # today
    assert tracker.streaks().current == 3
    with pytest.raises(InputError, match="a daily goal is 1 to 1440 minutes"):
        tracker.set_daily_goal(0)


def test_streaks_run_across_month_and_year_ends() -> None:
    days = {date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)}
    assert count_streaks(days, date(2027, 1, 2)) == (4, 4)
    february = {date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1)}
    assert count_streaks(february, date(2028, 3, 2)) == (3, 3)
    assert count_streaks(february, date(2028, 3, 3)) == (0, 3)


def test_streak_days_follow_local_time_across_a_daylight_saving_change(data_dir) -> None:  # type: ignore[no-untyped-def]
    berlin = ZoneInfo("Europe/Berlin")
    clock = FixedClock(datetime(2026, 10, 26, 20, 0), tz=berlin)
    tracker = Tracker.open(data_dir, clock=clock)
    try:
        tracker.set_daily_goal(30)
        # 23:30 local on the day clocks go back (25 hours long) and the evenings around it
        for day in (24, 25, 26):
            tracker.log_session(
                "sql", 30, day=date(2026, 10, day), at=time(23, 0) if day < 26 else time(18, 0)
            )
        assert tracker.minutes_by_day() == {
            date(2026, 10, 24): 30,
            date(2026, 10, 25): 30,
            date(2026, 10, 26): 30,
        }
        assert tracker.streaks().current == 3
    finally:
        tracker.close()
