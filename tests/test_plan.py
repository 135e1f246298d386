"""The learner's plan: day rollover, streaks with rest days, the on-track arithmetic, reminders."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from studytracker.reminders import ReminderSettings, long_timer_due, study_reminder_due
from studytracker.report.stats import Forecast, plan_to_target
from studytracker.store.clock import FixedClock
from studytracker.store.errors import InputError
from studytracker.store.records import Progress
from studytracker.store.rules import count_streaks
from studytracker.store.tracker import Tracker

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_session_after_midnight_counts_to_the_evening_before(tracker: Tracker, clock: FixedClock) -> None:
    assert tracker.reads.plan.day_start_hour() == 4
    tracker.study.log("sql", 30, day=date(2026, 11, 23), at=time(0, 40))  # 00:40 on the 23rd
    tracker.study.log("sql", 20, day=date(2026, 11, 23), at=time(4, 0))  # 04:00: the 23rd itself
    assert tracker.reads.plan.minutes_by_day() == {date(2026, 11, 22): 30, date(2026, 11, 23): 20}
    tracker.settings.update_preferences(day_start_hour=0)
    assert tracker.reads.plan.minutes_by_day() == {date(2026, 11, 23): 50}
    with pytest.raises(InputError, match="an hour from 0 to 12"):
        tracker.settings.update_preferences(day_start_hour=13)


def test_today_is_still_yesterday_before_the_day_ends(data_dir: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 25, 1, 30), tz=BERLIN)  # 01:30 on the 25th
    tracker = Tracker.open(data_dir, clock=clock)
    try:
        assert tracker.reads.plan.study_day() == date(2026, 11, 24)
        session = tracker.study.log(
            "sql", 60
        ).session  # logged now: it ends now, in the study day of the 24th
        assert session.end == clock.now()
        assert tracker.reads.plan.today_minutes() == 60 and tracker.reads.plan.minutes_by_day() == {
            date(2026, 11, 24): 60
        }
        # the calendar date (the 25th) means today's study too, not a day in the future
        tracker.study.log("python-libraries", 10, day=date(2026, 11, 25))
        assert tracker.reads.plan.today_minutes() == 70
        clock.advance(hours=3)  # 04:30: a new study day
        assert (
            tracker.reads.plan.study_day() == date(2026, 11, 25) and tracker.reads.plan.today_minutes() == 0
        )
    finally:
        tracker.close()


def test_a_study_day_across_a_daylight_saving_change(data_dir: Path) -> None:
    clock = FixedClock(datetime(2026, 3, 30, 12, 0), tz=BERLIN)
    tracker = Tracker.open(data_dir, clock=clock)
    try:
        # The night clocks go forward (02:00 -> 03:00 on the 29th): 01:30 and 03:30 are both
        # before 04:00, so both belong to the study day of the 28th.
        tracker.study.log("sql", 20, day=date(2026, 3, 29), at=time(1, 30))
        tracker.study.log("sql", 25, day=date(2026, 3, 29), at=time(3, 30))
        tracker.study.log("sql", 10, day=date(2026, 3, 29), at=time(9, 0))
        assert tracker.reads.plan.minutes_by_day() == {date(2026, 3, 28): 45, date(2026, 3, 29): 10}
        assert [s.minutes for s in tracker.reads.sessions.log(date(2026, 3, 28), date(2026, 3, 28))] == [
            20,
            25,
        ]
    finally:
        tracker.close()


def test_streaks_are_off_until_turned_on(tracker: Tracker) -> None:
    assert not tracker.reads.plan.streaks().enabled
    tracker.settings.update_preferences(streaks_enabled=True, rest_days_per_week=1)
    info = tracker.reads.plan.streaks()
    assert info.enabled and info.rest_days_per_week == 1


def test_a_rest_day_a_week_does_not_break_a_streak() -> None:
    today = date(2026, 11, 29)  # a Sunday
    week = {date(2026, 11, 23) + timedelta(days=n) for n in range(7)} - {date(2026, 11, 25)}  # Wednesday off
    assert count_streaks(week, today) == (4, 4)
    assert count_streaks(week, today, rest_days_per_week=1) == (6, 6)
    two_off = week - {date(2026, 11, 27)}
    assert count_streaks(two_off, today, rest_days_per_week=1)[0] == 2  # a second day off breaks it
    # a rest day in each week, across the week boundary
    fortnight = {date(2026, 11, 16) + timedelta(days=n) for n in range(14)} - {
        date(2026, 11, 20),
        date(2026, 11, 25),
    }
    assert count_streaks(fortnight, today, rest_days_per_week=1) == (12, 12)


def test_on_track_arithmetic() -> None:
    today = date(2026, 11, 24)
    progress = Progress(done=20, total=60)
    forecast = Forecast(date(2027, 3, 1), 2.0, 40, "")
    plan = plan_to_target(date(2027, 5, 25), today, progress, forecast, minutes_total=1200)
    assert plan.on_track is True
    assert round(plan.topics_per_week_needed, 2) == round(40 / (182 / 7), 2)
    assert round(plan.minutes_per_day_needed, 1) == round(40 * 60 / 182, 1)  # 60 minutes a topic so far
    behind = plan_to_target(date(2027, 1, 1), today, progress, forecast, minutes_total=1200)
    assert behind.on_track is False and behind.explanation.startswith(
        "Behind the pace for the target date of 01 January 2027"
    )
    unknown = plan_to_target(date(2027, 1, 1), today, progress, Forecast(None, 0.2, 40, ""), 0)
    assert unknown.on_track is None and "Too little recent history" in unknown.explanation
    assert unknown.minutes_per_day_needed is None
    passed = plan_to_target(date(2026, 11, 1), today, progress, forecast, 1200)
    assert passed.on_track is False and "has passed" in passed.explanation
    assert plan_to_target(None, today, progress, forecast, 0).explanation == "No target date set."


def test_target_date_is_kept_per_roadmap_and_must_be_in_the_future(tracker: Tracker) -> None:
    assert tracker.reads.plan.target_date() is None
    tracker.roadmaps.set_target_date(date(2027, 6, 30))
    assert tracker.reads.plan.target_date() == date(2027, 6, 30)
    with pytest.raises(InputError, match="not in the future"):
        tracker.roadmaps.set_target_date(date(2026, 11, 1))
    tracker.roadmaps.set_target_date(None)
    assert tracker.reads.plan.target_date() is None


def test_a_reminder_fires_once_on_a_chosen_day_after_its_time_when_nothing_was_studied() -> None:
    settings = ReminderSettings(time(19, 0), frozenset(range(5)))
    tuesday = date(2026, 11, 24)
    evening = datetime(2026, 11, 24, 19, 5)
    assert study_reminder_due(settings, evening, tuesday, 0, None)
    assert not study_reminder_due(settings, datetime(2026, 11, 24, 18, 55), tuesday, 0, None)  # too early
    assert not study_reminder_due(settings, evening, tuesday, 15, None)  # already studied
    assert not study_reminder_due(settings, evening, tuesday, 0, tuesday)  # once a day
    saturday = date(2026, 11, 28)
    assert not study_reminder_due(settings, datetime(2026, 11, 28, 20, 0), saturday, 0, None)  # not chosen
    assert not study_reminder_due(ReminderSettings(None, frozenset([0])), evening, tuesday, 0, None)  # off


def test_a_forgotten_timer_is_noted_once() -> None:
    settings = ReminderSettings(None, frozenset(), 180)
    assert not long_timer_due(settings, 179 * 60, False)
    assert long_timer_due(settings, 180 * 60, False)
    assert not long_timer_due(settings, 300 * 60, True)


def test_a_year_after_the_29th_of_february_is_the_28th() -> None:
    from studytracker.formatting import a_year_after

    assert a_year_after(date(2028, 2, 29)) == date(2029, 2, 28)
    assert a_year_after(date(2026, 11, 25)) == date(2027, 11, 25)
