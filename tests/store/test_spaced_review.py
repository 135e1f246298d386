"""Spaced review on the injected clock: first intervals, ratings, the daily limit, an upgrade with
many finished topics, and study days across a clock change and the day-rollover hour."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME
from studytracker.store.errors import InputError
from studytracker.store.tracker import Tracker
from tests.conftest import BERLIN

TOPIC = "sql/basics-select-insert-update-delete"


def _leaves(tracker: Tracker) -> list[str]:
    found: list[str] = []

    def walk(topics) -> None:  # type: ignore[no-untyped-def]
        for topic in topics:
            if topic.children:
                walk(topic.children)
            else:
                found.append(topic.id)

    for step in tracker.reads.progress.status().steps:
        walk(tracker.reads.progress.topic_tree(step.id))
    return found


def _due_day(tracker: Tracker, topic: str) -> date:
    plan = tracker.reads.reviews.plan(None, 60)
    return next(day for day, reviews in plan.items() if any(r.topic_id == topic for r in reviews))


def test_a_topic_done_today_comes_back_after_the_first_interval(tracker: Tracker, clock: FixedClock) -> None:
    tracker.progress.set_status(TOPIC, "done")
    today = clock.now().date()
    assert tracker.reads.reviews.due() == []  # not due the day it was finished
    assert _due_day(tracker, TOPIC) == today + timedelta(days=2)  # FSRS's first Good interval
    [due] = tracker.reads.reviews.due(today + timedelta(days=2))
    assert (due.topic_id, due.step_id, due.due) == (TOPIC, "sql", today + timedelta(days=2))
    assert 0.8 < due.retrievability <= 1.0


def test_easy_pushes_further_than_good_and_again_brings_it_back(tracker: Tracker, clock: FixedClock) -> None:
    other = "sql/intermediate-joins-inner-left-right"
    tracker.progress.set_status(TOPIC, "done")
    tracker.progress.set_status(other, "done")
    clock.advance(days=2)
    tracker.reviews.rate(TOPIC, "good")
    tracker.reviews.rate(other, "easy")
    today = clock.now().date()
    assert _due_day(tracker, other) > _due_day(tracker, TOPIC) > today + timedelta(days=5)
    clock.advance(days=1)
    changes = tracker.reviews.rate(TOPIC, "again")
    assert changes.reviews and changes.topics == {TOPIC}
    assert _due_day(tracker, TOPIC) <= clock.now().date() + timedelta(days=2)
    [basics] = [t for t in tracker.reads.progress.topic_tree("sql") if t.id == TOPIC]
    assert basics.status == "done" and basics.to_revisit  # still done, to be revisited
    clock.advance(days=2)
    tracker.reviews.rate(TOPIC, "good")
    [basics] = [t for t in tracker.reads.progress.topic_tree("sql") if t.id == TOPIC]
    assert not basics.to_revisit


def test_unticking_removes_the_card_and_done_again_starts_a_new_one(
    tracker: Tracker, clock: FixedClock
) -> None:
    tracker.progress.set_status(TOPIC, "done")
    clock.advance(days=2)
    tracker.reviews.rate(TOPIC, "easy")
    tracker.progress.set_status(TOPIC, "todo")
    assert tracker.reads.reviews.cards() == []
    with pytest.raises(InputError, match="not done, so it has no review"):
        tracker.reviews.rate(TOPIC, "good")
    tracker.progress.set_status(TOPIC, "done")
    assert _due_day(tracker, TOPIC) == clock.now().date() + timedelta(days=2)  # a fresh start


def test_the_daily_limit_spreads_a_backlog_most_at_risk_first(tracker: Tracker, clock: FixedClock) -> None:
    leaves = _leaves(tracker)[:25]
    for index, topic in enumerate(leaves):
        tracker.progress.set_status(topic, "done")
        clock.advance(minutes=1 + index)  # finished one after another: slightly different risks
    clock.advance(days=40)  # then nothing reviewed for weeks: all overdue
    plan = tracker.reads.reviews.plan(None, 5)
    assert [len(day) for day in plan.values()] == [10, 10, 5, 0, 0]
    first_day = next(iter(plan.values()))
    risks = [review.retrievability for review in first_day]
    assert risks == sorted(risks)  # most at risk first
    assert max(risks) <= min(r.retrievability for r in list(plan.values())[1])
    tracker.settings.update_preferences(reviews_per_day=4)
    assert [len(day) for day in tracker.reads.reviews.plan(None, 7).values()] == [4, 4, 4, 4, 4, 4, 1]


def test_an_upgrade_with_sixty_finished_topics_never_brings_more_than_the_limit(
    tracker: Tracker, clock: FixedClock, data_dir: Path
) -> None:
    leaves = _leaves(tracker)[:60]
    start = clock.now() - timedelta(days=120)
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:  # finished before reviews existed
        for index, topic in enumerate(leaves):
            ticked = (start + timedelta(days=index)).isoformat(timespec="seconds")
            connection.execute(
                "INSERT INTO topic_progress SELECT 1, pk, 'done', ? FROM topic WHERE slug = ?",
                (ticked, topic),
            )
    tracker.close()
    upgraded = Tracker.open(data_dir, clock=clock)
    try:
        assert len(upgraded.reads.reviews.cards()) == 60  # each as of the day it was ticked
        forecast = upgraded.reads.reviews.forecast(30)
        assert max(forecast.values()) <= 10 and sum(forecast.values()) >= 30
        assert 0.0 < (upgraded.reads.reviews.retention() or 0) < 0.9
    finally:
        upgraded.close()


def test_the_due_day_is_the_learners_study_day_across_a_clock_change(data_dir: Path) -> None:
    # Finished at 03:30 on Saturday 24 October 2026 (Berlin): before the 4:00 rollover, so the
    # study day is Friday the 23rd; clocks go back on Sunday the 25th.
    clock = FixedClock(datetime(2026, 10, 24, 3, 30), tz=BERLIN)
    tracker = Tracker.open(data_dir, clock=clock)
    try:
        tracker.progress.set_status(TOPIC, "done")
        [card] = tracker.reads.reviews.cards()
        due = datetime.fromtimestamp(card.state.due_utc, tz=BERLIN)
        assert due == datetime(2026, 10, 26, 2, 30, tzinfo=BERLIN)  # two days later, after the change
        # 02:30 on the 26th is before the rollover: still the study day of Sunday the 25th
        assert _due_day(tracker, TOPIC) == date(2026, 10, 25)
        tracker.settings.update_preferences(day_start_hour=0)
        assert _due_day(tracker, TOPIC) == date(2026, 10, 26)  # with days from midnight: the 26th
    finally:
        tracker.close()


def test_bad_ratings_and_ids_write_nothing(tracker: Tracker, data_dir: Path) -> None:
    tracker.progress.set_status(TOPIC, "done")
    for topic, rating, says in (
        (TOPIC, "meh", "unknown rating 'meh'"),
        ("no/such/topic", "good", "unknown topic id"),
        ("sql/intermediate-joins-inner-left-right", "good", "not done"),
    ):
        with pytest.raises(InputError, match=says):
            tracker.reviews.rate(topic, rating)
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        assert connection.execute("SELECT count(*) FROM review_log").fetchone() == (0,)


def test_review_cards_and_the_review_log_travel_in_the_export(
    tracker: Tracker, clock: FixedClock, tmp_path: Path
) -> None:
    from studytracker.store.transfer import export_all, merge_all

    tracker.progress.set_status(TOPIC, "done")
    clock.advance(days=2)
    tracker.reviews.rate(TOPIC, "hard")
    data = export_all(tracker)
    fresh = Tracker.open(tmp_path / "fresh", clock=clock)
    try:
        result = merge_all(fresh, data, source="x.json")
        assert result.reviews_added == 1
        assert [c.state for c in fresh.reads.reviews.cards()] == [
            c.state for c in tracker.reads.reviews.cards()
        ]
        assert [(r.rating, r.on_time) for r in fresh.reads.reviews.done()] == [(2, True)]
        assert merge_all(fresh, data, source="x.json").reviews_added == 0  # twice adds none
    finally:
        fresh.close()
