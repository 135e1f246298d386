"""Reads of the learner's plan: study days (with the day-start hour), minutes per day, today
against the daily goal, streaks, and a roadmap's target date."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from studytracker.store.dialect import SESSION_STUDY_DAY, STUDIED_SECONDS
from studytracker.store.policy import TARGET_DATE_KEY
from studytracker.store.reads.base import Area, read
from studytracker.store.records import StreakInfo
from studytracker.store.rules import count_streaks, study_day_of, whole_minutes


class PlanReads(Area):
    name = "plan"

    @read
    def day_start_hour(self) -> int:
        """The hour a study day ends and the next begins (a setting; 4:00 unless changed)."""
        return self.reads.settings.preferences().day_start_hour

    @read
    def study_day(self, moment: datetime | None = None) -> date:
        """The study day a moment (now by default) belongs to."""
        return study_day_of(moment or self.reads.clock.now(), self.day_start_hour())

    @read
    def day_bounds(self, day: date) -> tuple[int, int]:
        """A study day as [start, end) in UTC seconds (from the day-start hour to the next one;
        23 or 25 hours long on clock changes)."""
        hour = time(self.day_start_hour())
        localize = self.reads.clock.localize
        start = int(localize(datetime.combine(day, hour)).timestamp())
        end = int(localize(datetime.combine(day + timedelta(days=1), hour)).timestamp())
        return start, end

    @read
    def minutes_by_day(
        self, date_from: date | None = None, date_to: date | None = None, roadmap_id: str | None = None
    ) -> dict[date, int]:
        """Minutes studied per study day (by each session's start, in its own local time and with
        the day-start hour), summed in SQL; on every roadmap, or on `roadmap_id`'s only."""
        where = ["s.profile_id = :profile"]
        bounds: dict[str, object] = {}
        if roadmap_id is not None:
            where.append("s.roadmap_id = :roadmap")
            bounds["roadmap"] = roadmap_id
        # a day a little wider than asked: the local offset of each session decides its day
        if date_from:
            where.append("s.start_utc >= :lower")
            bounds["lower"] = self.day_bounds(date_from)[0] - 86400
        if date_to:
            where.append("s.start_utc < :upper")
            bounds["upper"] = self.day_bounds(date_to)[1] + 86400
        rows = self.rows(
            f"SELECT {SESSION_STUDY_DAY} AS day, sum({STUDIED_SECONDS}) FROM study_session s"
            f" WHERE {' AND '.join(where)} GROUP BY day",
            shift=self.day_start_hour() * 3600,
            now=int(self.reads.clock.now().timestamp()),
            **bounds,
        )
        totals = {date.fromisoformat(text): whole_minutes(seconds or 0) for text, seconds in rows}
        return {
            d: m
            for d, m in totals.items()
            if (not date_from or d >= date_from) and (not date_to or d <= date_to)
        }

    @read
    def minutes_on(self, day: date) -> int:
        return self.minutes_by_day(day, day).get(day, 0)

    @read
    def today_minutes(self) -> int:
        return self.minutes_on(self.study_day())

    @read
    def daily_goal(self) -> int:
        return self.reads.settings.preferences().daily_goal_minutes

    @read
    def today_against_goal(self) -> StreakInfo:
        """Today's minutes against the daily goal, as the status bar shows them after every change.
        The runs are counted only when streaks are on (they read every day ever studied); when
        off, `current` and `longest` are 0."""
        preferences = self.reads.settings.preferences()
        if preferences.streaks_enabled:
            return self.streaks()
        return StreakInfo(
            goal_minutes=preferences.daily_goal_minutes,
            today_minutes=self.today_minutes(),
            current=0,
            longest=0,
            enabled=False,
            rest_days_per_week=preferences.rest_days_per_week,
        )

    @read
    def streaks(self) -> StreakInfo:
        """Today against the daily goal, and the streaks (computed even when they are not shown)."""
        preferences = self.reads.settings.preferences()
        goal = preferences.daily_goal_minutes
        today = self.study_day()
        per_day = self.minutes_by_day()
        rest = preferences.rest_days_per_week
        current, longest = count_streaks({d for d, m in per_day.items() if m >= goal}, today, rest)
        return StreakInfo(
            goal_minutes=goal,
            today_minutes=per_day.get(today, 0),
            current=current,
            longest=longest,
            enabled=preferences.streaks_enabled,
            rest_days_per_week=rest,
        )

    @read
    def target_date(self, roadmap_id: str | None = None) -> date | None:
        """The day the learner means to finish the roadmap by (the active one by default)."""
        key = TARGET_DATE_KEY.format(roadmap=self.reads.roadmaps.get(roadmap_id).id)
        value = self.reads.settings.value(key)
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None
