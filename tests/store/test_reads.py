"""The plain-SQL reads opened read-only (the window's first view) answer as the Tracker does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME
from studytracker.store.reads import open_read_only
from studytracker.store.tracker import Tracker

STEP = "statistical-machine-learning"
TOPIC = "statistical-machine-learning/supervised-learning/gradient-boosting-xgboost-lightgbm-catboost/xgboost"


def _with_history(tracker: Tracker, clock: FixedClock) -> None:
    tracker.set_status(TOPIC, "done")
    tracker.set_status(
        "python-libraries/python-basics/variables-data-types-loops-conditionals", "in-progress"
    )
    tracker.log_session(STEP, 45, topic_id=TOPIC, day=clock.now().date())
    tracker.log_session("python-libraries", 20)
    clock.advance(days=1)
    tracker.start_session(STEP)  # a running one too
    clock.advance(minutes=12)


def test_read_only_view_matches_the_tracker(tracker: Tracker, clock: FixedClock, data_dir: Path) -> None:
    _with_history(tracker, clock)
    reads = open_read_only(data_dir, clock)
    assert reads is not None
    with reads:
        assert reads.roadmaps() == tracker.roadmaps()
        assert reads.status() == tracker.status()
        assert reads.streaks() == tracker.streaks()
        assert reads.today_against_goal() == tracker.today_against_goal()
        assert reads.running_session() == tracker.running_session()
        assert reads.sessions() == tracker.sessions() and len(reads.sessions()) == 3
        for step in tracker.status().steps:
            assert reads.topic_tree(step.id) == tracker.topic_tree(step.id)
            assert reads.step_detail(step.id) == tracker.step_detail(step.id)
    assert tracker.status().running is not None
    assert next(s for s in tracker.status().steps if s.id == STEP).minutes == 45


def test_no_read_only_view_without_a_database(data_dir: Path) -> None:
    assert open_read_only(data_dir) is None


def test_no_read_only_view_when_a_migration_is_due(tracker: Tracker, data_dir: Path) -> None:
    tracker.close()
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0003'")
    assert open_read_only(data_dir) is None


def test_no_read_only_view_of_a_file_that_is_not_a_database(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_NAME).write_bytes(b"not a database at all" * 100)
    assert open_read_only(data_dir) is None


def test_today_against_the_goal_counts_runs_only_when_streaks_are_on(
    tracker: Tracker, clock: FixedClock
) -> None:
    for _ in range(3):
        tracker.log_session(STEP, 40, day=clock.now().date())
        clock.advance(days=1)
    tracker.log_session(STEP, 10, day=clock.now().date())
    off = tracker.today_against_goal()
    assert (off.today_minutes, off.goal_minutes, off.enabled, off.current) == (10, 30, False, 0)
    tracker.set_streaks(True)
    on = tracker.today_against_goal()
    assert (on.today_minutes, on.enabled, on.current, on.longest) == (10, True, 3, 3)
    assert on == tracker.streaks()


def test_a_clock_set_back_never_gives_negative_study_time(tracker: Tracker, clock: FixedClock) -> None:
    tracker.log_session(STEP, 30, day=clock.now().date())
    tracker.start_session(STEP)
    clock.advance(hours=-2)  # the computer's clock was put back while the timer ran
    today = clock.now().date()
    assert tracker.minutes_by_day()[today] == 30
    assert tracker.running_session().minutes == 0  # type: ignore[union-attr]
    assert tracker.today_against_goal().today_minutes == 30
