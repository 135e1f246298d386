"""A mentor's view of a cohort, from what its learners share on the hub: each learner's figures
(progress, time this week and month, streak, last active, topics stuck in progress, reviews
overdue, a forecast against the cohort's target date) and the cohort's (averages, the steps where
most are stuck, steps × learners). The window's Cohort view, the PDF and the CSV all read these."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from studytracker.report.stats import forecast_completion
from studytracker.store.records import Progress

if TYPE_CHECKING:
    from studytracker.store.sync.cohort import Cohort, SharedLearner

#: A topic in progress for longer than this is stuck.
STUCK_AFTER_DAYS = 14


@dataclass(frozen=True)
class StuckTopic:
    title: str
    step: str  # the step's id
    since: date


@dataclass(frozen=True)
class LearnerFigures:
    """One learner as the mentor sees them; None where they share nothing of that kind."""

    role: str
    name: str
    joined: bool
    shared_at: datetime | None
    progress: Progress | None
    minutes_week: int | None
    minutes_month: int | None
    minutes_total: int | None
    streak: int | None  # the current streak, when the learner shows streaks
    last_active: datetime | None
    stuck: tuple[StuckTopic, ...] | None
    reviews_overdue: int | None
    forecast: date | None
    #: Whether the forecast is within the cohort's target date (None: no target, or no forecast).
    on_track: bool | None
    step_percent: dict[str, float]
    notes: tuple[tuple[str, str, str, str], ...]  # (step, topic or "", heading, text), when shared


@dataclass(frozen=True)
class CohortFigures:
    cohort: Cohort
    today: date
    roadmap_title: str
    steps: tuple[tuple[str, str], ...]  # (id, title), in roadmap order
    learners: tuple[LearnerFigures, ...]

    def _mean(self, values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    @property
    def average_percent(self) -> float | None:
        return self._mean([row.progress.percent for row in self.learners if row.progress])

    @property
    def average_week(self) -> float | None:
        return self._mean([row.minutes_week for row in self.learners if row.minutes_week is not None])

    @property
    def average_month(self) -> float | None:
        return self._mean([row.minutes_month for row in self.learners if row.minutes_month is not None])

    def stuck_steps(self) -> list[tuple[str, int]]:
        """(step title, learners stuck on a topic of it) for the steps where any are, most first."""
        titles = dict(self.steps)
        counts: dict[str, int] = {}
        for row in self.learners:
            for step in {topic.step for topic in row.stuck or ()}:
                counts[step] = counts.get(step, 0) + 1
        ranked = sorted(
            counts.items(),
            key=lambda item: (-item[1], list(titles).index(item[0]) if item[0] in titles else 0),
        )
        return [(titles.get(step, step), count) for step, count in ranked]


def _progress(data: Any) -> Progress | None:
    if not isinstance(data, dict):
        return None
    try:
        return Progress(
            int(data["done"]),
            int(data["total"]),
            int(data.get("in_progress", 0)),
            int(data.get("skipped", 0)),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _moment(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def learner_figures(learner: SharedLearner, today: date, target: date | None) -> LearnerFigures:
    figures = learner.figures or {}
    progress = _progress(figures.get("overall"))
    by_day: dict[date, int] = {}
    minutes = figures.get("minutes_by_day")
    if isinstance(minutes, dict):
        for text, value in minutes.items():
            day = _day(text)
            if day is not None and isinstance(value, int):
                by_day[day] = value
    monday, first_of_month = today - timedelta(days=today.weekday()), today.replace(day=1)
    has_time = isinstance(minutes, dict)
    stuck: tuple[StuckTopic, ...] | None = None
    overdue: int | None = None
    forecast: date | None = None
    if progress is not None:
        stuck = tuple(
            StuckTopic(str(item.get("title", "")), str(item.get("step", "")), since)
            for item in figures.get("in_progress") or []
            if isinstance(item, dict)
            and (since := _day(item.get("since"))) is not None
            and (today - since).days > STUCK_AFTER_DAYS
        )
        overdue = sum(1 for text in figures.get("reviews_due") or [] if (due := _day(text)) and due < today)
        completions = [day for text in figures.get("completions") or [] if (day := _day(text))]
        forecast = forecast_completion(completions, progress, today).finish
    streak = figures.get("streak")
    step_percent = {
        str(step.get("id")): float(step.get("percent", 0.0))
        for step in figures.get("steps") or []
        if isinstance(step, dict) and "percent" in step
    }
    return LearnerFigures(
        role=learner.role,
        name=learner.name,
        joined=learner.joined_at is not None,
        shared_at=learner.shared_at,
        progress=progress,
        minutes_week=sum(m for d, m in by_day.items() if monday <= d <= today) if has_time else None,
        minutes_month=sum(m for d, m in by_day.items() if first_of_month <= d <= today) if has_time else None,
        minutes_total=figures.get("minutes_total") if isinstance(figures.get("minutes_total"), int) else None,
        streak=int(streak["current"]) if isinstance(streak, dict) and "current" in streak else None,
        last_active=_moment(figures.get("last_active")),
        stuck=stuck,
        reviews_overdue=overdue,
        forecast=forecast,
        on_track=forecast <= target if forecast is not None and target is not None else None,
        step_percent=step_percent,
        notes=tuple(learner.notes),
    )


def cohort_figures(cohort: Cohort, learners: list[SharedLearner], today: date) -> CohortFigures:
    """The cohort's figures on `today` (the mentor's study day)."""
    rows = tuple(learner_figures(learner, today, cohort.target) for learner in learners)
    steps: dict[str, str] = {}
    title = cohort.roadmap
    for learner in learners:
        figures = learner.figures or {}
        for step in figures.get("steps") or []:
            if isinstance(step, dict) and "id" in step:
                steps.setdefault(str(step["id"]), str(step.get("title", step["id"])))
        roadmap = figures.get("roadmap")
        if isinstance(roadmap, dict) and roadmap.get("title"):
            title = str(roadmap["title"])
    return CohortFigures(cohort, today, title, tuple(steps.items()), rows)


CSV_COLUMNS = (
    "learner",
    "joined",
    "shared_at",
    "percent",
    "done",
    "total",
    "minutes_this_week",
    "minutes_this_month",
    "minutes_total",
    "streak",
    "last_active",
    "stuck_topics",
    "reviews_overdue",
    "forecast_finish",
    "on_track",
    "notes_shared",
)


def cohort_csv(figures: CohortFigures) -> str:
    """One row per learner; an empty cell where the learner shares nothing of that kind."""

    def cell(value: object) -> object:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, datetime):
            return value.isoformat(timespec="seconds")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
            return "'" + value  # read as text by a spreadsheet, never as a formula
        return value

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in figures.learners:
        progress = row.progress
        writer.writerow(
            [
                cell(value)
                for value in (
                    row.name,
                    row.joined,
                    row.shared_at,
                    progress.percent if progress else None,
                    progress.done if progress else None,
                    progress.total if progress else None,
                    row.minutes_week,
                    row.minutes_month,
                    row.minutes_total,
                    row.streak,
                    row.last_active,
                    len(row.stuck) if row.stuck is not None else None,
                    row.reviews_overdue,
                    row.forecast,
                    row.on_track,
                    len(row.notes) or None,
                )
            ]
        )
    return out.getvalue()
