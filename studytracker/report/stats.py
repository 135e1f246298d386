"""The figures behind the statistics view and the report, computed from the service API."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from studytracker.i18n import Context, current
from studytracker.store.records import Progress, StepSummary

if TYPE_CHECKING:
    from studytracker.store.reads import Reads

HEATMAP_DAYS = 371  # 53 weeks, so the heatmap starts on the same weekday a year back
WEEKS_SHOWN = 16
PACE_WINDOW_DAYS = 28
MIN_COMPLETIONS_FOR_FORECAST = 3
REVIEW_DAYS = 30

#: The strings of this module, for pyside6-lupdate and Qt's translators.
Pace = Context("Pace")


@dataclass(frozen=True)
class Forecast:
    """When the roadmap would be finished at the recent pace, or why that cannot be said."""

    finish: date | None
    topics_per_week: float
    remaining: int
    explanation: str


@dataclass(frozen=True)
class Statistics:
    """The figures of one roadmap. The study-time figures (`minutes_total`, `minutes_by_day`,
    `weeks`) cover the roadmap, or every roadmap when `all_roadmaps`; the streaks always count
    every roadmap's study, as the daily goal does."""

    today: date
    roadmap_title: str
    overall: Progress
    all_roadmaps: bool
    minutes_total: int
    minutes_by_day: dict[date, int]  # the last year, days with study only
    weeks: list[tuple[date, int]]  # (Monday, minutes), oldest first
    steps: tuple[StepSummary, ...]
    completed_by_day: list[tuple[date, int]]  # cumulative topics done, at each day one was done
    current_streak: int
    longest_streak: int
    goal_minutes: int
    forecast: Forecast
    plan: PlanStatus
    streaks_enabled: bool
    reviews_done: list[tuple[date, int]]  # reviews done each day, the last REVIEW_DAYS days
    reviews_coming: list[tuple[date, int]]  # reviews due each day, the next REVIEW_DAYS days
    retention: float | None  # the mean recall chance of the finished topics now


def weekly_totals(minutes_by_day: dict[date, int], today: date, weeks: int) -> list[tuple[date, int]]:
    monday = today - timedelta(days=today.weekday())
    starts = [monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    totals = dict.fromkeys(starts, 0)
    for day, minutes in minutes_by_day.items():
        week = day - timedelta(days=day.weekday())
        if week in totals:
            totals[week] += minutes
    return list(totals.items())


def cumulative(dates: list[date]) -> list[tuple[date, int]]:
    points: list[tuple[date, int]] = []
    for count, day in enumerate(sorted(dates), start=1):
        if points and points[-1][0] == day:
            points[-1] = (day, count)
        else:
            points.append((day, count))
    return points


def forecast_completion(completions: list[date], progress: Progress, today: date) -> Forecast:
    remaining = progress.total - progress.done
    if progress.total and remaining <= 0:
        return Forecast(today, 0.0, 0, Pace.tr("Every topic is done."))
    recent = [d for d in completions if today - d < timedelta(days=PACE_WINDOW_DAYS)]
    if len(recent) < MIN_COMPLETIONS_FOR_FORECAST:
        return Forecast(
            None,
            len(recent) * 7 / PACE_WINDOW_DAYS,
            remaining,
            Pace.tr(
                "Too little recent progress to forecast: %n topic(s) done in the last {days} days "
                "(at least {needed} needed).",
                None,
                len(recent),
            ).format(days=PACE_WINDOW_DAYS, needed=MIN_COMPLETIONS_FOR_FORECAST),
        )
    per_day = len(recent) / PACE_WINDOW_DAYS
    finish = today + timedelta(days=math.ceil(remaining / per_day))
    language = current()
    return Forecast(
        finish,
        per_day * 7,
        remaining,
        Pace.tr(
            "At {pace} topics a week (the last {days} days), the remaining %n topic(s) would be done by "
            "{finish}.",
            None,
            remaining,
        ).format(
            pace=language.number(per_day * 7, 1), days=PACE_WINDOW_DAYS, finish=language.long_date(finish)
        ),
    )


def compute_statistics(data: Reads, all_roadmaps: bool = True) -> Statistics:
    """The figures of the statistics tab, the report and `status`, from one snapshot; study
    time on every roadmap, or (`all_roadmaps` False) on the active one only."""
    with data.snapshot() as reads:
        return _statistics(reads, all_roadmaps)


def _statistics(reads: Reads, all_roadmaps: bool) -> Statistics:
    today = reads.plan.study_day()
    status = reads.progress.status()
    first_day = today - timedelta(days=HEATMAP_DAYS - 1)
    scope = None if all_roadmaps else status.roadmap.id
    per_day = reads.plan.minutes_by_day(first_day, today, roadmap_id=scope)
    minutes_total = sum(reads.plan.minutes_by_day().values()) if all_roadmaps else status.minutes_total
    completions = reads.progress.completion_dates()
    streaks = reads.plan.streaks()
    forecast = forecast_completion(completions, status.overall, today)
    return Statistics(
        today=today,
        roadmap_title=status.roadmap.title,
        overall=status.overall,
        all_roadmaps=all_roadmaps,
        minutes_total=minutes_total,
        minutes_by_day=per_day,
        weeks=weekly_totals(per_day, today, WEEKS_SHOWN),
        steps=status.steps,
        completed_by_day=cumulative(completions),
        current_streak=streaks.current,
        longest_streak=streaks.longest,
        goal_minutes=streaks.goal_minutes,
        forecast=forecast,
        plan=plan_to_target(reads.plan.target_date(), today, status.overall, forecast, status.minutes_total),
        streaks_enabled=streaks.enabled,
        reviews_done=reviews_per_day(reads, today),
        reviews_coming=sorted(reads.reviews.forecast(REVIEW_DAYS).items()),
        retention=reads.reviews.retention(),
    )


def reviews_per_day(reads: Reads, today: date) -> list[tuple[date, int]]:
    """Reviews done on each of the last REVIEW_DAYS study days, oldest first."""
    first = today - timedelta(days=REVIEW_DAYS - 1)
    counts = dict.fromkeys((first + timedelta(days=n) for n in range(REVIEW_DAYS)), 0)
    for review in reads.reviews.done(first, today):
        counts[review.day] += 1
    return sorted(counts.items())


@dataclass(frozen=True)
class PlanStatus:
    """Whether the learner is on track for the roadmap's target date, and what it would take."""

    target: date | None
    on_track: bool | None  # None: no target, or too little history to judge
    topics_per_week_needed: float | None
    minutes_per_day_needed: float | None
    explanation: str


def plan_to_target(
    target: date | None,
    today: date,
    progress: Progress,
    forecast: Forecast,
    minutes_total: int,
) -> PlanStatus:
    if target is None:
        return PlanStatus(None, None, None, None, Pace.tr("No target date set."))
    remaining = progress.total - progress.done
    if remaining <= 0:
        return PlanStatus(target, True, 0.0, 0.0, Pace.tr("Every topic is done."))
    language = current()
    days_left = (target - today).days
    if days_left <= 0:
        return PlanStatus(
            target,
            False,
            None,
            None,
            Pace.tr("The target date ({target}) has passed with %n topic(s) left.", None, remaining).format(
                target=language.long_date(target)
            ),
        )
    per_week = remaining / (days_left / 7)
    # time a topic has taken so far, when there is any history to take it from
    per_day = (
        remaining * (minutes_total / progress.done) / days_left if progress.done and minutes_total else None
    )
    pace = language.number(per_week, 1)
    need = (
        Pace.tr("{pace} topics a week (about {minutes} minutes a day)").format(
            pace=pace, minutes=language.number(per_day)
        )
        if per_day
        else Pace.tr("{pace} topics a week").format(pace=pace)
    )
    if forecast.finish is None:
        return PlanStatus(
            target,
            None,
            per_week,
            per_day,
            Pace.tr(
                "Too little recent history to judge the pace; finishing by {target} takes {need}.",
            ).format(target=language.long_date(target), need=need),
        )
    on_track = forecast.finish <= target
    verdict = (
        Pace.tr(
            "On track for the target date of {target}: at {pace} topics a week you would finish by "
            "{finish}; the target takes {need}.",
        )
        if on_track
        else Pace.tr(
            "Behind the pace for the target date of {target}: at {pace} topics a week you would finish "
            "by {finish}; the target takes {need}.",
        )
    )
    return PlanStatus(
        target,
        on_track,
        per_week,
        per_day,
        verdict.format(
            target=language.long_date(target),
            pace=language.number(forecast.topics_per_week, 1),
            finish=language.long_date(forecast.finish),
            need=need,
        ),
    )
