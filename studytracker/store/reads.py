"""The everyday read queries, in plain SQL over Python's sqlite3 module.

Progress, the topic tree, a step's text, today's minutes, the running session: the window shows
these on its first paint and on every step switch, and `status` prints them. They need nothing
but the standard library, so the window fills its first view before SQLAlchemy is even imported
(`open_read_only`). The Tracker answers the same questions through this class on its own
connection, so each query is written once.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from studytracker.store.clock import Clock, SystemClock
from studytracker.store.errors import InputError, StoreError, describe_error
from studytracker.store.policy import (
    ACTIVE_ROADMAP_KEY,
    BUNDLED_HASH_KEY,
    DAILY_GOAL_KEY,
    DATABASE_NAME,
    DAY_START_HOUR_KEY,
    DEFAULT_DAILY_GOAL,
    DEFAULT_DAY_START_HOUR,
    DEFAULT_PROFILE,
    REST_DAYS_KEY,
    SCHEMA_HEAD,
    STREAKS_ENABLED_KEY,
    TARGET_DATE_KEY,
)
from studytracker.store.views import (
    STATUSES,
    Progress,
    ResourceView,
    RoadmapInfo,
    SessionView,
    Status,
    StepDetail,
    StepSummary,
    StreakInfo,
    TopicView,
)

#: SQL for the seconds a session was studied: to its end, or for a running one to now or its
#: pause, without the time paused; never below 0 (a clock set back). `:now` is bound by the caller.
STUDIED_SECONDS = "max(COALESCE(s.end_utc, s.paused_at, :now) - s.start_utc - s.paused_seconds, 0)"

#: The columns `session_view` reads, from study_session `s` joined to its step `st` and topic `t`.
SESSION_COLUMNS = (
    "s.id, st.slug, st.title, t.slug, s.start_utc, s.end_utc, s.utc_offset_min, s.paused_at,"
    " s.paused_seconds, s.note, s.source, s.roadmap_id, s.heartbeat_utc"
)
SESSION_JOINS = "JOIN step st ON st.pk = s.step_pk LEFT JOIN topic t ON t.pk = s.topic_pk"


def whole_minutes(seconds: int) -> int:
    return int(round(seconds / 60))


def local_time(epoch: int, offset_min: int) -> datetime:
    return datetime.fromtimestamp(epoch, tz=timezone(timedelta(minutes=offset_min)))


def session_view(row: tuple, now: int, clock: Clock) -> SessionView:  # type: ignore[type-arg]
    """A session as the service hands it out, from a row of SESSION_COLUMNS."""
    (
        session_id,
        step_slug,
        step_title,
        topic_slug,
        start_utc,
        end_utc,
        offset_min,
        paused_at,
        paused_seconds,
        note,
        source,
        roadmap_id,
        heartbeat_utc,
    ) = row
    until = end_utc if end_utc is not None else (paused_at or now)
    studied = max(until - start_utc - paused_seconds, 0)
    return SessionView(
        id=session_id,
        step_id=step_slug,
        step_title=step_title,
        topic_id=topic_slug,
        start=local_time(start_utc, offset_min),
        end=local_time(end_utc, offset_min) if end_utc is not None else None,
        minutes=whole_minutes(studied),
        note=note,
        source=source,
        paused=paused_at is not None,
        roadmap_id=roadmap_id,
        elapsed_seconds=studied,
        last_heartbeat=clock.from_timestamp(heartbeat_utc) if heartbeat_utc else None,
    )


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


@dataclass(frozen=True)
class RoadmapKey:
    """The roadmap a query is about (the active one unless named)."""

    id: str
    title: str
    edition: str


class Reads:
    """Read queries on one sqlite3 connection, inside whatever transaction the caller holds."""

    def __init__(self, connection: sqlite3.Connection, path: Path, profile_id: int, clock: Clock) -> None:
        self.connection = connection
        self.path = path  # the database file, named in error messages
        self.profile_id = profile_id
        self.clock = clock
        self._settings: dict[str, str] | None = None  # read once: the caller's snapshot holds still

    def _rows(self, sql: str, **parameters: object) -> list[tuple]:  # type: ignore[type-arg]
        try:
            return self.connection.execute(sql, {"profile": self.profile_id, **parameters}).fetchall()
        except sqlite3.Error as error:
            raise StoreError(describe_error(error, self.path)) from None

    def _first(self, sql: str, **parameters: object) -> tuple | None:  # type: ignore[type-arg]
        rows = self._rows(sql, **parameters)
        return rows[0] if rows else None

    # --- settings and roadmaps -----------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        if self._settings is None:
            self._settings = dict(self._rows("SELECT key, value FROM setting WHERE profile_id = :profile"))
        return self._settings.get(key, default)

    def active_roadmap_id(self) -> str | None:
        """The chosen roadmap while it is there, else the first one loaded."""
        chosen = self.setting(ACTIVE_ROADMAP_KEY)
        if chosen and self._first("SELECT 1 FROM roadmap WHERE id = :id AND removed_at IS NULL", id=chosen):
            return chosen
        row = self._first("SELECT id FROM roadmap WHERE removed_at IS NULL ORDER BY imported_at LIMIT 1")
        return row[0] if row else None

    def roadmap(self, roadmap_id: str | None = None) -> RoadmapKey:
        wanted = roadmap_id or self.active_roadmap_id()
        row = self._first(
            "SELECT id, title, edition FROM roadmap WHERE id = :id AND removed_at IS NULL", id=wanted
        )
        if row is None:
            if roadmap_id:
                raise InputError(f"unknown roadmap id {roadmap_id!r} (see 'studytracker roadmap list')")
            raise InputError("no roadmap loaded (import one with 'studytracker roadmap import FILE')")
        return RoadmapKey(*row)

    def step_pk(self, roadmap_id: str, step_id: str) -> int:
        row = self._first(
            "SELECT pk FROM step WHERE roadmap_id = :roadmap AND slug = :slug AND NOT archived",
            roadmap=roadmap_id,
            slug=step_id,
        )
        if row is None:
            raise InputError(f"unknown step id {step_id!r} in roadmap {roadmap_id!r}")
        return int(row[0])

    def roadmaps(self) -> list[RoadmapInfo]:
        active = self.active_roadmap_id()
        rows = self._rows(
            "SELECT r.id, r.title, r.edition,"
            " (SELECT count(*) FROM step WHERE roadmap_id = r.id AND NOT archived),"
            " (SELECT count(*) FROM topic WHERE roadmap_id = r.id AND NOT archived AND is_leaf)"
            " FROM roadmap r WHERE r.removed_at IS NULL ORDER BY r.title"
        )
        return [
            RoadmapInfo(id=i, title=t, edition=e, active=i == active, steps=s, topics=n)
            for i, t, e, s, n in rows
        ]

    # --- progress ------------------------------------------------------------------------

    def status(self, roadmap_id: str | None = None) -> Status:
        """Progress of a roadmap (the active one by default): overall and per step."""
        roadmap = self.roadmap(roadmap_id)
        steps = self._rows(
            "SELECT pk, slug, number, title, optional FROM step"
            " WHERE roadmap_id = :roadmap AND NOT archived ORDER BY position",
            roadmap=roadmap.id,
        )
        counts: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUSES, 0))
        for step_pk, state, count in self._rows(
            "SELECT t.step_pk, COALESCE(p.status, 'todo') AS state, count(*) FROM topic t"
            " LEFT JOIN topic_progress p ON p.topic_pk = t.pk AND p.profile_id = :profile"
            " WHERE t.roadmap_id = :roadmap AND NOT t.archived AND t.is_leaf"
            " GROUP BY t.step_pk, state",
            roadmap=roadmap.id,
        ):
            counts[step_pk][state] = count
        seconds = dict(
            self._rows(
                f"SELECT s.step_pk, sum({STUDIED_SECONDS}) FROM study_session s"
                " WHERE s.profile_id = :profile AND s.roadmap_id = :roadmap AND s.end_utc IS NOT NULL"
                " GROUP BY s.step_pk",
                roadmap=roadmap.id,
                now=0,
            )
        )
        summaries = []
        for pk, slug, number, title, optional in steps:
            c = counts.get(pk)
            progress = (
                Progress(
                    done=c["done"],
                    total=c["todo"] + c["in-progress"] + c["done"],
                    in_progress=c["in-progress"],
                    skipped=c["skipped"],
                )
                if c
                else Progress(0, 0)
            )
            summaries.append(
                StepSummary(
                    id=slug,
                    number=number,
                    title=title,
                    optional=bool(optional),
                    progress=progress,
                    minutes=whole_minutes(seconds.get(pk, 0)),
                )
            )
        info = RoadmapInfo(
            id=roadmap.id,
            title=roadmap.title,
            edition=roadmap.edition,
            active=roadmap.id == self.active_roadmap_id(),
            steps=len(steps),
            topics=sum(s.progress.total + s.progress.skipped for s in summaries),
        )
        return Status(
            roadmap=info,
            overall=sum_progress([s.progress for s in summaries]),
            required=sum_progress([s.progress for s in summaries if not s.optional]),
            minutes_total=whole_minutes(sum(seconds.values())),
            steps=tuple(summaries),
            running=self.running_session(),
        )

    def topic_tree(self, step_id: str, roadmap_id: str | None = None) -> list[TopicView]:
        """A step's topics as a tree, each with the learner's status (parents derive theirs)."""
        step_pk = self.step_pk(self.roadmap(roadmap_id).id, step_id)
        rows = self._rows(
            "SELECT t.pk, t.parent_pk, t.slug, t.title, t.detail, p.status FROM topic t"
            " LEFT JOIN topic_progress p ON p.topic_pk = t.pk AND p.profile_id = :profile"
            " WHERE t.step_pk = :step AND NOT t.archived ORDER BY t.position",
            step=step_pk,
        )
        seconds_by_topic = dict(
            self._rows(
                f"SELECT s.topic_pk, sum({STUDIED_SECONDS}) FROM study_session s"
                " WHERE s.profile_id = :profile AND s.step_pk = :step AND s.topic_pk IS NOT NULL"
                " AND s.end_utc IS NOT NULL GROUP BY s.topic_pk",
                step=step_pk,
                now=0,
            )
        )
        children: dict[int | None, list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
        for row in rows:
            children[row[1]].append(row)

        def build(row: tuple) -> TopicView:  # type: ignore[type-arg]
            pk, _parent, slug, title, detail, status = row
            kids = tuple(build(child) for child in children[pk])
            return TopicView(
                id=slug,
                title=title,
                detail=detail,
                status=derive_parent_status([k.status for k in kids]) if kids else (status or "todo"),
                children=kids,
                minutes=whole_minutes(seconds_by_topic.get(pk, 0)),
            )

        return [build(row) for row in children[None]]

    def step_detail(self, step_id: str, roadmap_id: str | None = None) -> StepDetail:
        roadmap = self.roadmap(roadmap_id)
        step_pk = self.step_pk(roadmap.id, step_id)
        slug, number, title, optional, why, tips = self._rows(
            "SELECT slug, number, title, optional, why, tips FROM step WHERE pk = :step", step=step_pk
        )[0]
        resources = self._rows(
            "SELECT slug, title, url, kind, note FROM resource"
            " WHERE step_pk = :step AND NOT archived ORDER BY position",
            step=step_pk,
        )
        return StepDetail(
            id=slug,
            number=number,
            title=title,
            optional=bool(optional),
            why=why,
            tips=tuple(json.loads(tips)),
            resources=tuple(ResourceView(*resource) for resource in resources),
        )

    def completion_dates(self, roadmap_id: str | None = None) -> list[date]:
        """The day each topic now done was ticked (leaf topics of the roadmap), oldest first."""
        rows = self._rows(
            "SELECT p.changed_at FROM topic_progress p JOIN topic t ON t.pk = p.topic_pk"
            " WHERE p.profile_id = :profile AND p.status = 'done' AND t.roadmap_id = :roadmap"
            " AND t.is_leaf AND NOT t.archived",
            roadmap=self.roadmap(roadmap_id).id,
        )
        return sorted(date.fromisoformat(stamp[:10]) for (stamp,) in rows)

    def target_date(self, roadmap_id: str | None = None) -> date | None:
        """The day the learner means to finish the roadmap by (the active one by default)."""
        value = self.setting(TARGET_DATE_KEY.format(roadmap=self.roadmap(roadmap_id).id))
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None

    # --- sessions, days and the goal -------------------------------------------------------

    def running_session(self) -> SessionView | None:
        row = self._first(
            f"SELECT {SESSION_COLUMNS} FROM study_session s {SESSION_JOINS}"
            " WHERE s.profile_id = :profile AND s.end_utc IS NULL"
        )
        return session_view(row, int(self.clock.now().timestamp()), self.clock) if row else None

    def sessions(
        self, date_from: date | None = None, date_to: date | None = None, step_id: str | None = None
    ) -> list[SessionView]:
        """The session log, oldest first, by study day of the start (both ends included); with
        `step_id`, that step's sessions in the active roadmap."""
        if date_from and date_to and date_from > date_to:
            raise InputError(f"--from {date_from} is after --to {date_to}")
        where = ["s.profile_id = :profile"]
        bounds: dict[str, object] = {}
        if date_from:
            where.append("s.start_utc >= :lower")
            bounds["lower"] = self.day_bounds(date_from)[0]
        if date_to:
            where.append("s.start_utc < :upper")
            bounds["upper"] = self.day_bounds(date_to)[1]
        if step_id:
            where.append("s.step_pk = :step")
            bounds["step"] = self.step_pk(self.roadmap().id, step_id)
        rows = self._rows(
            f"SELECT {SESSION_COLUMNS} FROM study_session s {SESSION_JOINS}"
            f" WHERE {' AND '.join(where)} ORDER BY s.start_utc",
            **bounds,
        )
        now = int(self.clock.now().timestamp())
        return [session_view(row, now, self.clock) for row in rows]

    def day_start_hour(self) -> int:
        """The hour a study day ends and the next begins (a setting; 4:00 unless changed)."""
        value = self.setting(DAY_START_HOUR_KEY)
        return int(value) if value and value.isdigit() and int(value) < 24 else DEFAULT_DAY_START_HOUR

    def study_day(self, moment: datetime | None = None) -> date:
        """The study day a moment belongs to: before the day-start hour it is still yesterday."""
        moment = moment or self.clock.now()
        return (moment - timedelta(hours=self.day_start_hour())).date()

    def study_today(self) -> date:
        return self.study_day()

    def day_bounds(self, day: date) -> tuple[int, int]:
        """A study day as [start, end) in UTC seconds (from the day-start hour to the next one;
        23 or 25 hours long on clock changes)."""
        hour = time(self.day_start_hour())
        start = int(self.clock.localize(datetime.combine(day, hour)).timestamp())
        end = int(self.clock.localize(datetime.combine(day + timedelta(days=1), hour)).timestamp())
        return start, end

    def minutes_by_day(self, date_from: date | None = None, date_to: date | None = None) -> dict[date, int]:
        """Minutes studied per study day (by each session's start, in its own local time and with
        the day-start hour), summed in SQL."""
        where = ["s.profile_id = :profile"]
        bounds: dict[str, object] = {}
        # a day a little wider than asked: the local offset of each session decides its day
        if date_from:
            where.append("s.start_utc >= :lower")
            bounds["lower"] = self.day_bounds(date_from)[0] - 86400
        if date_to:
            where.append("s.start_utc < :upper")
            bounds["upper"] = self.day_bounds(date_to)[1] + 86400
        rows = self._rows(
            "SELECT date(s.start_utc + s.utc_offset_min * 60 - :shift, 'unixepoch') AS day,"
            f" sum({STUDIED_SECONDS}) FROM study_session s WHERE {' AND '.join(where)} GROUP BY day",
            shift=self.day_start_hour() * 3600,
            now=int(self.clock.now().timestamp()),
            **bounds,
        )
        totals = {date.fromisoformat(text): whole_minutes(seconds or 0) for text, seconds in rows}
        return {
            d: m
            for d, m in totals.items()
            if (not date_from or d >= date_from) and (not date_to or d <= date_to)
        }

    def today_minutes(self) -> int:
        today = self.study_day()
        return self.minutes_by_day(today, today).get(today, 0)

    def daily_goal(self) -> int:
        value = self.setting(DAILY_GOAL_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_DAILY_GOAL

    def today_against_goal(self) -> StreakInfo:
        """Today's minutes against the daily goal, as the status bar shows them after every change.
        The runs are counted only when streaks are on (they read every day ever studied); when
        off, `current` and `longest` are 0."""
        if self.setting(STREAKS_ENABLED_KEY) == "1":
            return self.streaks()
        return StreakInfo(
            goal_minutes=self.daily_goal(),
            today_minutes=self.today_minutes(),
            current=0,
            longest=0,
            enabled=False,
            rest_days_per_week=1 if self.setting(REST_DAYS_KEY) == "1" else 0,
        )

    def streaks(self) -> StreakInfo:
        """Today against the daily goal, and the streaks (computed even when they are not shown)."""
        goal = self.daily_goal()
        today = self.study_day()
        per_day = self.minutes_by_day()
        rest = 1 if self.setting(REST_DAYS_KEY) == "1" else 0
        current, longest = count_streaks({d for d, m in per_day.items() if m >= goal}, today, rest)
        return StreakInfo(
            goal_minutes=goal,
            today_minutes=per_day.get(today, 0),
            current=current,
            longest=longest,
            enabled=self.setting(STREAKS_ENABLED_KEY) == "1",
            rest_days_per_week=rest,
        )


class ReadOnlyData(Reads):
    """The data folder opened read-only with sqlite3 alone, for the window's first view."""

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> ReadOnlyData:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_read_only(
    data_dir: Path, clock: Clock | None = None, bundled: Path | None = None
) -> ReadOnlyData | None:
    """The data as stored, read-only; None when there is no database yet, or when its schema
    must be migrated first (the caller then opens the Tracker, which does that). With `bundled`,
    None as well when that roadmap file is not the edition stored (the Tracker loads it). The
    window does not ask: its first view shows the edition stored, and the Tracker loads the new
    one a moment later; the command line asks, so that it answers as the Tracker would."""
    path = data_dir / DATABASE_NAME
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        # One snapshot for everything read, as the Tracker's units of work have.
        connection.isolation_level = None
        connection.execute("BEGIN")
        reads = ReadOnlyData(connection, path, DEFAULT_PROFILE, clock or SystemClock())
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision == (SCHEMA_HEAD,) and (bundled is None or _is_stored_edition(reads, bundled)):
            return reads
    except (sqlite3.Error, StoreError, OSError):
        pass  # the Tracker will say what is wrong, or put it right
    connection.close()
    return None


def _is_stored_edition(reads: Reads, bundled: Path) -> bool:
    import hashlib  # here: the window's first view never asks

    return reads.setting(BUNDLED_HASH_KEY) == hashlib.sha256(bundled.read_bytes()).hexdigest()
