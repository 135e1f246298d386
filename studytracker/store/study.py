"""Study sessions: the running session (timer and command line alike), logged, edited and
deleted sessions, time per day, the daily goal and streaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from studytracker.store.core import TrackerCore
from studytracker.store.errors import InputError
from studytracker.store.models import RoadmapRow, StepRow, StudySession, TopicRow
from studytracker.store.policy import (
    DAILY_GOAL_KEY,
    DAY_START_HOUR_KEY,
    INTERRUPTED_AFTER_SECONDS,
    MAX_SESSION_MINUTES,
    REST_DAYS_KEY,
    STREAKS_ENABLED_KEY,
)
from studytracker.store.reads import session_view
from studytracker.store.views import SessionView, StreakInfo

#: Where a logged session without a time is put, when that part of the day is free.
DEFAULT_LOG_START = time(9, 0)


@dataclass(frozen=True)
class _Interval:
    session_id: int
    start: int
    end: int
    step_title: str


@dataclass(frozen=True)
class DeletedSession:
    """Everything of a deleted session, so that Undo can put it back as it was."""

    columns: tuple[tuple[str, Any], ...]
    view: SessionView


def _offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def _overlapping(busy: list[_Interval], start: int, end: int) -> bool:
    return any(i.start < end and i.end > start for i in busy)


def _check_minutes(minutes: int) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InputError(f"minutes must be a whole number, not {minutes!r}")
    if minutes <= 0:
        raise InputError(f"minutes must be more than 0, not {minutes}")
    if minutes > MAX_SESSION_MINUTES:
        raise InputError(f"a session cannot be over 24 hours ({minutes} minutes given)")


class StudySessions(TrackerCore):
    # --- reading -------------------------------------------------------------------------

    def _session_view(self, session: Session, row: StudySession) -> SessionView:
        step = session.get(StepRow, row.step_pk)
        topic = session.get(TopicRow, row.topic_pk) if row.topic_pk else None
        assert step is not None
        columns = (
            row.id,
            step.slug,
            step.title,
            topic.slug if topic else None,
            row.start_utc,
            row.end_utc,
            row.utc_offset_min,
            row.paused_at,
            row.paused_seconds,
            row.note,
            row.source,
            row.roadmap_id,
            row.heartbeat_utc,
        )
        return session_view(columns, int(self.clock.now().timestamp()), self.clock)

    def _running_row(self, session: Session) -> StudySession | None:
        return session.scalars(
            select(StudySession).where(
                StudySession.profile_id == self.profile_id, StudySession.end_utc.is_(None)
            )
        ).first()

    def _running(self, session: Session) -> SessionView | None:
        row = self._running_row(session)
        return self._session_view(session, row) if row else None

    def running_session(self) -> SessionView | None:
        return self._read(lambda reads: reads.running_session())

    def _finished_row(self, session: Session, session_id: int, if_running: str) -> StudySession:
        """The learner's finished session `session_id`; `if_running` ends the refusal of a running one."""
        row = session.get(StudySession, session_id)
        if row is None or row.profile_id != self.profile_id:
            raise InputError(f"unknown session #{session_id}")
        if row.end_utc is None:
            raise InputError(f"session #{session_id} {if_running}")
        return row

    def _require_running(self, session: Session) -> StudySession:
        row = self._running_row(session)
        if row is None:
            raise InputError("no session is running (start one with 'studytracker start')")
        return row

    def _resolve_target(
        self, session: Session, step_id: str, topic_id: str | None
    ) -> tuple[RoadmapRow, StepRow, TopicRow | None]:
        roadmap = self._roadmap_row(session, None)
        step = self._step(session, roadmap.id, step_id)
        topic = None
        if topic_id:
            topic = self._topic(session, roadmap.id, topic_id)
            if topic.step_pk != step.pk:
                raise InputError(f"topic {topic_id!r} is not in step {step_id!r}")
        return roadmap, step, topic

    def _busy_intervals(
        self, session: Session, start: int, end: int, ignore: int | None = None
    ) -> list[_Interval]:
        """Sessions (a running one up to now) that overlap [start, end)."""
        now = int(self.clock.now().timestamp())
        effective_end = func.coalesce(StudySession.end_utc, now)
        query = (
            select(StudySession.id, StudySession.start_utc, effective_end, StepRow.title)
            .join(StepRow, StepRow.pk == StudySession.step_pk)
            .where(
                StudySession.profile_id == self.profile_id,
                StudySession.start_utc < end,
                effective_end > start,
            )
            .order_by(StudySession.start_utc)
        )
        if ignore is not None:
            query = query.where(StudySession.id != ignore)
        return [_Interval(*row) for row in session.execute(query).all()]

    def _describe(self, interval: _Interval) -> str:
        start = self.clock.from_timestamp(interval.start)
        end = self.clock.from_timestamp(interval.end)
        return f"session #{interval.session_id} ({interval.step_title}, {start:%Y-%m-%d %H:%M}–{end:%H:%M})"

    # --- the running session ---------------------------------------------------------------

    def start_session(self, step_id: str, topic_id: str | None = None, source: str = "cli") -> SessionView:
        """Start the running session; it is in the database from its first second.

        `source` is "timer" for the window, which then keeps a heartbeat, or "cli".
        """
        with self.db.write() as session:
            running = self._running(session)
            if running is not None:
                raise InputError(
                    f"a session is already running (#{running.id}, {running.step_title}, since "
                    f"{running.start:%H:%M}); stop it first"
                )
            roadmap, step, topic = self._resolve_target(session, step_id, topic_id)
            now = self.clock.now()
            row = StudySession(
                profile_id=self.profile_id,
                roadmap_id=roadmap.id,
                step_pk=step.pk,
                topic_pk=topic.pk if topic else None,
                start_utc=int(now.timestamp()),
                end_utc=None,
                utc_offset_min=_offset_minutes(now),
                heartbeat_utc=int(now.timestamp()),
                note="",
                source=source,
                paused_seconds=0,
            )
            session.add(row)
            session.flush()
            return self._session_view(session, row)

    def pause_session(self) -> SessionView:
        with self.db.write() as session:
            row = self._require_running(session)
            if row.paused_at is None:
                row.paused_at = int(self.clock.now().timestamp())
            return self._session_view(session, row)

    def resume_session(self) -> SessionView:
        with self.db.write() as session:
            row = self._require_running(session)
            now = int(self.clock.now().timestamp())
            if row.paused_at is not None:
                row.paused_seconds += max(now - row.paused_at, 0)
                row.paused_at = None
            row.heartbeat_utc = now
            return self._session_view(session, row)

    def heartbeat(self, adopt: bool = False) -> SessionView | None:
        """Say the window's timer is alive; with `adopt` the window takes over a session started
        from the command line (it then keeps the heartbeat). None when nothing runs."""
        with self.db.write() as session:
            row = self._running_row(session)
            if row is None:
                return None
            row.heartbeat_utc = int(self.clock.now().timestamp())
            if adopt:
                row.source = "timer"
            return self._session_view(session, row)

    def unobserved_seconds(self) -> int:
        """How long the running, unpaused session has gone without a heartbeat."""
        with self.db.read() as session:
            row = self._running_row(session)
            if row is None or row.paused_at is not None or row.heartbeat_utc is None:
                return 0
            return max(int(self.clock.now().timestamp()) - row.heartbeat_utc, 0)

    def leave_out_gap(self) -> SessionView:
        """Do not count the time since the last heartbeat (the learner said they were away)."""
        with self.db.write() as session:
            row = self._require_running(session)
            now = int(self.clock.now().timestamp())
            if row.heartbeat_utc is not None and row.paused_at is None:
                row.paused_seconds += max(now - row.heartbeat_utc, 0)
            row.heartbeat_utc = now
            return self._session_view(session, row)

    def interrupted_session(self) -> SessionView | None:
        """A window's running session whose heartbeat stopped: the window crashed or was killed."""
        with self.db.read() as session:
            row = self._running_row(session)
            if row is None or row.source != "timer" or row.heartbeat_utc is None:
                return None
            if int(self.clock.now().timestamp()) - row.heartbeat_utc <= INTERRUPTED_AFTER_SECONDS:
                return None
            return self._session_view(session, row)

    def keep_interrupted_session(self) -> SessionView:
        """End an interrupted session at its last heartbeat (what was surely studied)."""
        with self.db.write() as session:
            row = self._require_running(session)
            end = row.paused_at or row.heartbeat_utc or row.start_utc
            row.paused_at = None
            row.end_utc = max(end, row.start_utc + row.paused_seconds + 1)
            return self._session_view(session, row)

    def discard_running_session(self) -> SessionView:
        with self.db.write() as session:
            row = self._require_running(session)
            view = self._session_view(session, row)
            session.delete(row)
            return view

    def stop_session(self, note: str | None = None) -> SessionView:
        with self.db.write() as session:
            row = self._require_running(session)
            now = int(self.clock.now().timestamp())
            end = row.paused_at or now  # a paused session ends where the pause began
            if end - row.start_utc - row.paused_seconds > MAX_SESSION_MINUTES * 60:
                raise InputError(
                    f"session #{row.id} has run for over 24 hours; it cannot be saved as one session"
                )
            row.paused_at = None
            row.end_utc = max(end, row.start_utc + 1)
            row.heartbeat_utc = now
            if note:
                row.note = note
            session.flush()
            return self._session_view(session, row)

    # --- logged sessions -----------------------------------------------------------------

    def _place(
        self,
        session: Session,
        day: date,
        at: time | None,
        minutes: int,
        ignore: int | None = None,
    ) -> int:
        """Where a session of `minutes` on `day` starts (UTC), refusing the future and overlaps."""
        now = self.clock.now()
        if day > now.date():
            raise InputError(f"date {day.isoformat()} is in the future")
        if at is None and day > self.study_day(now):
            # Today's calendar date after midnight, before the study day ends: that is today's study.
            day = self.study_day(now)
        seconds = minutes * 60
        if at is None:
            return self._free_start(session, day, seconds, now)
        start_utc = int(self.clock.localize(datetime.combine(day, at)).timestamp())
        if start_utc + seconds > int(now.timestamp()):
            raise InputError(
                f"a session of {minutes} min from {day.isoformat()} {at:%H:%M} would end in the future"
            )
        clash = self._busy_intervals(session, start_utc, start_utc + seconds, ignore=ignore)
        if clash:
            raise InputError(f"overlaps {self._describe(clash[0])}")
        return start_utc

    def log_session(
        self,
        step_id: str,
        minutes: int,
        day: date | None = None,
        at: time | None = None,
        topic_id: str | None = None,
        note: str = "",
    ) -> SessionView:
        """Record a past session of `minutes` on `day` (today by default).

        Without `at` it ends now when logged for today, and otherwise takes the first free
        time from 09:00 that day; with `at` it starts then and must not overlap another session.
        """
        _check_minutes(minutes)
        day = day or self.study_today()
        with self.db.write() as session:
            roadmap, step, topic = self._resolve_target(session, step_id, topic_id)
            start_utc = self._place(session, day, at, minutes)
            row = StudySession(
                profile_id=self.profile_id,
                roadmap_id=roadmap.id,
                step_pk=step.pk,
                topic_pk=topic.pk if topic else None,
                start_utc=start_utc,
                end_utc=start_utc + minutes * 60,
                utc_offset_min=_offset_minutes(self.clock.from_timestamp(start_utc)),
                heartbeat_utc=None,
                note=note,
                source="manual",
                paused_seconds=0,
            )
            session.add(row)
            session.flush()
            return self._session_view(session, row)

    def update_session(
        self,
        session_id: int,
        step_id: str,
        minutes: int,
        day: date,
        at: time,
        topic_id: str | None = None,
        note: str = "",
    ) -> SessionView:
        """Change a finished session; the same checks as logging one, the session itself aside."""
        _check_minutes(minutes)
        with self.db.write() as session:
            row = self._finished_row(session, session_id, "is still running; stop it before editing")
            roadmap, step, topic = self._resolve_target(session, step_id, topic_id)
            start_utc = self._place(session, day, at, minutes, ignore=session_id)
            row.roadmap_id, row.step_pk = roadmap.id, step.pk
            row.topic_pk = topic.pk if topic else None
            row.start_utc, row.end_utc, row.paused_seconds = start_utc, start_utc + minutes * 60, 0
            row.utc_offset_min = _offset_minutes(self.clock.from_timestamp(start_utc))
            row.note = note
            session.flush()
            return self._session_view(session, row)

    def delete_session(self, session_id: int) -> DeletedSession:
        """Delete a finished session; what is returned puts it back (`restore_session`)."""
        with self.db.write() as session:
            row = self._finished_row(session, session_id, "is running; stop or discard it instead")
            view = self._session_view(session, row)
            columns = tuple((a.key, getattr(row, a.key)) for a in sa_inspect(StudySession).column_attrs)
            session.delete(row)
            return DeletedSession(columns=columns, view=view)

    def restore_session(self, deleted: DeletedSession) -> SessionView:
        values = dict(deleted.columns)
        with self.db.write() as session:
            clash = self._busy_intervals(session, values["start_utc"], values["end_utc"])
            if clash:
                raise InputError(
                    f"cannot put session #{values['id']} back: it overlaps {self._describe(clash[0])}"
                )
            if session.get(StudySession, values["id"]) is not None:
                values.pop("id")
            row = StudySession(**values)
            session.add(row)
            session.flush()
            return self._session_view(session, row)

    def _free_start(self, session: Session, day: date, seconds: int, now: datetime) -> int:
        """The start of a free stretch of `seconds` on `day` that ends no later than now."""
        now_utc = int(now.timestamp())
        day_start, day_end = self._day_bounds(day)
        latest_end = min(day_end, now_utc)
        busy = self._busy_intervals(session, day_start, day_end)
        if day == self.study_day(now):
            candidate = now_utc - seconds  # logged for today: it ends now
            if candidate >= day_start and not _overlapping(busy, candidate, now_utc):
                return candidate
        preferred = int(self.clock.localize(datetime.combine(day, DEFAULT_LOG_START)).timestamp())
        for first in (preferred, day_start):
            candidate = first
            for interval in busy:
                if interval.end <= candidate:
                    continue
                if interval.start >= candidate + seconds:
                    break
                candidate = interval.end
            if candidate + seconds <= latest_end:
                return candidate
        if busy:
            raise InputError(
                f"no free {seconds // 60} minutes left on {day.isoformat()} "
                f"(it already has {len(busy)} session(s)); give a start time with --at HH:MM"
            )
        raise InputError(f"{seconds // 60} minutes do not fit on {day.isoformat()} before now")

    # --- days ----------------------------------------------------------------------------

    def day_start_hour(self) -> int:
        """The hour a study day ends and the next begins (a setting; 4:00 unless changed)."""
        return self._read(lambda reads: reads.day_start_hour())

    def set_day_start_hour(self, hour: int) -> None:
        if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 12:
            raise InputError(f"a study day ends at an hour from 0 to 12, not {hour!r}")
        self.set_setting(DAY_START_HOUR_KEY, str(hour))

    def study_day(self, moment: datetime | None = None) -> date:
        """The study day a moment belongs to: before the day-start hour it is still yesterday."""
        return self._read(lambda reads: reads.study_day(moment))

    def study_today(self) -> date:
        return self.study_day()

    def _day_bounds(self, day: date) -> tuple[int, int]:
        return self._read(lambda reads: reads.day_bounds(day))

    def sessions(
        self, date_from: date | None = None, date_to: date | None = None, step_id: str | None = None
    ) -> list[SessionView]:
        """The session log, oldest first (see `Reads.sessions`)."""
        return self._read(lambda reads: reads.sessions(date_from, date_to, step_id))

    def minutes_by_day(self, date_from: date | None = None, date_to: date | None = None) -> dict[date, int]:
        """Minutes studied per study day (see `Reads.minutes_by_day`)."""
        return self._read(lambda reads: reads.minutes_by_day(date_from, date_to))

    def minutes_on(self, day: date) -> int:
        return self.minutes_by_day(day, day).get(day, 0)

    def today_minutes(self) -> int:
        return self._read(lambda reads: reads.today_minutes())

    # --- goal and streaks ----------------------------------------------------------------

    def daily_goal(self) -> int:
        return self._read(lambda reads: reads.daily_goal())

    def set_daily_goal(self, minutes: int) -> None:
        if (
            isinstance(minutes, bool)
            or not isinstance(minutes, int)
            or not 1 <= minutes <= MAX_SESSION_MINUTES
        ):
            raise InputError(f"a daily goal is 1 to 1440 minutes, not {minutes!r}")
        self.set_setting(DAILY_GOAL_KEY, str(minutes))

    def streaks_enabled(self) -> bool:
        return self.setting(STREAKS_ENABLED_KEY) == "1"

    def set_streaks(self, enabled: bool, rest_days_per_week: int = 0) -> None:
        if rest_days_per_week not in (0, 1):
            raise InputError(f"rest days a week are 0 or 1, not {rest_days_per_week!r}")
        self.set_setting(STREAKS_ENABLED_KEY, "1" if enabled else "0")
        self.set_setting(REST_DAYS_KEY, str(rest_days_per_week))

    def today_against_goal(self) -> StreakInfo:
        """Today against the daily goal (see `Reads.today_against_goal`)."""
        return self._read(lambda reads: reads.today_against_goal())

    def streaks(self) -> StreakInfo:
        """Today against the daily goal, and the streaks (computed even when they are not shown)."""
        return self._read(lambda reads: reads.streaks())
