"""Timer sessions (pause, heartbeat, interruption), edits with undo, days, the goal and streaks."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.errors import InputError
from studytracker.store.rules import count_streaks
from studytracker.store.tracker import Tracker


def test_paused_time_is_not_study_time(tracker: Tracker, clock: FixedClock) -> None:
    tracker.study.start("sql", source="timer")
    clock.advance(minutes=20)
    assert tracker.study.pause().session.paused
    clock.advance(minutes=10)
    assert tracker.reads.sessions.running().minutes == 20  # type: ignore[union-attr]
    tracker.study.resume()
    clock.advance(minutes=5)
    stopped = tracker.study.stop().session
    assert stopped.minutes == 25
    assert tracker.reads.progress.status().minutes_total == 25 and tracker.reads.plan.today_minutes() == 25


def test_stopping_a_paused_session_ends_it_where_the_pause_began(tracker: Tracker, clock: FixedClock) -> None:
    started = tracker.study.start("sql", source="timer").session
    clock.advance(minutes=15)
    tracker.study.pause()
    clock.advance(hours=2)
    stopped = tracker.study.stop().session
    assert stopped.end is not None and (stopped.end - started.start).total_seconds() == 15 * 60
    assert stopped.minutes == 15


def test_a_timer_without_heartbeat_is_offered_back_up_to_its_last_heartbeat(
    tracker: Tracker, clock: FixedClock
) -> None:
    started = tracker.study.start("sql", source="timer").session
    for _ in range(4):
        clock.advance(seconds=30)
        tracker.study.heartbeat()
    assert tracker.reads.sessions.interrupted() is None
    clock.advance(minutes=10)  # the window died; nothing beats any more
    interrupted = tracker.reads.sessions.interrupted()
    assert interrupted is not None and interrupted.id == started.id
    kept = tracker.study.keep_interrupted().session
    assert kept.minutes == 2 and tracker.reads.sessions.running() is None


def test_an_interrupted_session_can_be_discarded(tracker: Tracker, clock: FixedClock) -> None:
    tracker.study.start("sql", source="timer")
    clock.advance(minutes=10)
    tracker.study.discard_running()
    assert tracker.reads.sessions.log() == [] and tracker.reads.sessions.interrupted() is None


def test_a_command_line_session_is_never_called_interrupted(tracker: Tracker, clock: FixedClock) -> None:
    tracker.study.start("sql")  # from the command line: no heartbeat expected
    clock.advance(hours=2)
    assert tracker.reads.sessions.interrupted() is None
    adopted = tracker.study.heartbeat(adopt=True)  # the window takes it over
    assert adopted is not None and adopted.session.source == "timer"


def test_a_gap_left_out_is_not_counted(tracker: Tracker, clock: FixedClock) -> None:
    tracker.study.start("sql", source="timer")
    clock.advance(minutes=10)
    tracker.study.heartbeat()
    clock.advance(minutes=40)  # the laptop slept
    assert tracker.reads.sessions.unobserved_seconds() == 40 * 60
    tracker.study.leave_out_gap()
    assert tracker.reads.sessions.running().minutes == 10  # type: ignore[union-attr]
    clock.advance(minutes=5)
    assert tracker.study.stop().session.minutes == 15


def test_editing_a_session_checks_it_like_a_new_one(tracker: Tracker) -> None:
    first = tracker.study.log("sql", 60, day=date(2026, 11, 20), at=time(9, 0)).session
    second = tracker.study.log("sql", 30, day=date(2026, 11, 20), at=time(11, 0)).session
    edited = tracker.study.update(
        second.id, "python-libraries", 45, date(2026, 11, 20), time(10, 0), note="moved"
    ).session
    assert (edited.step_id, edited.minutes, edited.note) == ("python-libraries", 45, "moved")
    assert edited.start.time() == time(10, 0)
    with pytest.raises(InputError, match=rf"overlaps session #{first.id}"):
        tracker.study.update(second.id, "sql", 45, date(2026, 11, 20), time(9, 30))
    with pytest.raises(InputError, match="unknown session #999"):
        tracker.study.update(999, "sql", 45, date(2026, 11, 20), time(9, 30))
    with pytest.raises(InputError, match="minutes must be more than 0"):
        tracker.study.update(second.id, "sql", 0, date(2026, 11, 20), time(12, 0))
    assert tracker.reads.sessions.log()[1].minutes == 45  # the refused edits changed nothing


def test_a_deleted_session_comes_back_with_undo(tracker: Tracker) -> None:
    logged = tracker.study.log("sql", 40, day=date(2026, 11, 19), note="joins").session
    deleted = tracker.study.delete(logged.id)
    assert tracker.reads.sessions.log() == []
    restored = tracker.study.restore(deleted).session
    assert (restored.id, restored.minutes, restored.note, restored.start) == (
        logged.id,
        40,
        "joins",
        logged.start,
    )


def test_a_running_session_cannot_be_deleted_or_edited(tracker: Tracker) -> None:
    running = tracker.study.start("sql").session
    with pytest.raises(InputError, match="is running"):
        tracker.study.delete(running.id)
    with pytest.raises(InputError, match="still running"):
        tracker.study.update(running.id, "sql", 10, date(2026, 11, 24), time(9, 0))


def test_minutes_per_day_and_per_step_filter(tracker: Tracker) -> None:
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    tracker.study.log("python-libraries", 45, day=date(2026, 11, 20))
    tracker.study.log("sql", 15, day=date(2026, 11, 22))
    assert tracker.reads.plan.minutes_by_day(date(2026, 11, 19), date(2026, 11, 22)) == {
        date(2026, 11, 20): 75,
        date(2026, 11, 22): 15,
    }
    assert [s.minutes for s in tracker.reads.sessions.log(step_id="sql")] == [30, 15]


def test_streaks_count_days_that_met_the_goal(tracker: Tracker) -> None:
    tracker.settings.update_preferences(daily_goal_minutes=30)
    for day in (18, 19, 20, 22, 23):
        tracker.study.log("sql", 30, day=date(2026, 11, day))
    tracker.study.log("sql", 10, day=date(2026, 11, 21))  # short of the goal
    info = tracker.reads.plan.streaks()
    assert (info.current, info.longest, info.today_minutes, info.goal_minutes) == (2, 3, 0, 30)
    tracker.study.log("sql", 30)  # today
    assert tracker.reads.plan.streaks().current == 3
    with pytest.raises(InputError, match="a daily goal is 1 to 1440 minutes"):
        tracker.settings.update_preferences(daily_goal_minutes=0)


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
        tracker.settings.update_preferences(daily_goal_minutes=30)
        # 23:30 local on the day clocks go back (25 hours long) and the evenings around it
        for day in (24, 25, 26):
            tracker.study.log("sql", 30, day=date(2026, 10, day), at=time(23, 0) if day < 26 else time(18, 0))
        assert tracker.reads.plan.minutes_by_day() == {
            date(2026, 10, 24): 30,
            date(2026, 10, 25): 30,
            date(2026, 10, 26): 30,
        }
        assert tracker.reads.plan.streaks().current == 3
    finally:
        tracker.close()


def test_a_session_across_the_autumn_change_ends_in_the_offset_of_its_end(data_dir) -> None:  # type: ignore[no-untyped-def]
    berlin = ZoneInfo("Europe/Berlin")
    tracker = Tracker.open(data_dir, clock=FixedClock(datetime(2026, 10, 26, 20, 0), tz=berlin))
    try:
        # 01:30 summer time (+02:00), two hours: the clocks go back from 03:00 to 02:00 meanwhile
        tracker.study.log("sql", 120, day=date(2026, 10, 25), at=time(1, 30))
        (session,) = tracker.reads.sessions.log()
        assert session.start.isoformat() == "2026-10-25T01:30:00+02:00"
        assert session.end is not None and session.end.isoformat() == "2026-10-25T02:30:00+01:00"
        assert (session.end - session.start).total_seconds() == 2 * 3600
    finally:
        tracker.close()


BASICS = "sql/basics-select-insert-update-delete"
JOINS = "sql/intermediate-joins-inner-left-right"
LIBRARIES = "python-libraries/libraries"


def _statuses(tracker: Tracker, step_id: str) -> dict[str, str]:
    found: dict[str, str] = {}

    def walk(topics) -> None:  # type: ignore[no-untyped-def]
        for topic in topics:
            found[topic.id] = topic.status
            walk(topic.children)

    walk(tracker.reads.progress.topic_tree(step_id))
    return found


def test_studying_a_topic_still_to_do_puts_it_in_progress(tracker: Tracker, clock: FixedClock) -> None:
    change = tracker.study.start("sql", BASICS, source="timer")
    assert _statuses(tracker, "sql")[BASICS] == "in-progress"
    assert BASICS in change.changes.topics and "sql" in change.changes.steps  # the checklist updates it
    clock.advance(minutes=20)
    tracker.study.stop()
    tracker.study.log("sql", 15, topic_id=JOINS)
    assert _statuses(tracker, "sql")[JOINS] == "in-progress"
    assert tracker.reads.progress.status().steps[2].progress.in_progress == 2


def test_studying_a_done_skipped_or_parent_topic_leaves_the_statuses_alone(tracker: Tracker) -> None:
    tracker.progress.set_status(BASICS, "done")
    tracker.progress.set_status(JOINS, "skipped")
    tracker.study.log("sql", 10, topic_id=BASICS)
    tracker.study.log("sql", 10, topic_id=JOINS, at=time(9, 0))
    tracker.study.log("sql", 10, at=time(10, 0))  # the step, no topic
    assert _statuses(tracker, "sql") == {
        BASICS: "done",
        JOINS: "skipped",
        "sql/advanced-window-functions-ctes-common": "todo",
    }
    before = _statuses(tracker, "python-libraries")
    tracker.study.log("python-libraries", 10, topic_id=LIBRARIES, at=time(11, 0))
    assert _statuses(tracker, "python-libraries") == before  # a parent's status is its sub-topics'
