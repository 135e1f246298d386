"""Study sessions: the running session (timer and command line alike), logged, edited and
deleted sessions, and time per day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studytracker.store.core import TrackerCore, local_time, whole_minutes
from studytracker.store.errors import InputError
from studytracker.store.models import (
    RoadmapRow,
    StepRow,
    StudySession,
    TopicRow,
)
from studytracker.store.views import (
    SessionView,
)

MAX_SESSION_MINUTES = 24 * 60
#: Where a logged session without a time is put, when that part of the day is free.
DEFAULT_LOG_START = time(9, 0)


@dataclass(frozen=True)
class _Interval:
    session_id: int
    start: int
    end: int
    step_title: str


def _offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def _overlapping(busy: list[_Interval], start: int, end: int) -> bool:
    return any(i.start < end and i.end > start for i in busy)


class StudySessions(TrackerCore):
    def _session_view(self, session: Session, row: StudySession) -> SessionView:
        step = session.get(StepRow, row.step_pk)
        topic = session.get(TopicRow, row.topic_pk) if row.topic_pk else None
        assert step is not None
        end = row.end_utc
        running_seconds = int(self.clock.now().timestamp()) - row.start_utc
        return SessionView(
            id=row.id,
            step_id=step.slug,
            step_title=step.title,
            topic_id=topic.slug if topic else None,
            start=local_time(row.start_utc, row.utc_offset_min),
            end=local_time(end, row.utc_offset_min) if end is not None else None,
            minutes=whole_minutes(end - row.start_utc if end is not None else max(running_seconds, 0)),
            note=row.note,
            source=row.source,
        )

    def _running(self, session: Session) -> SessionView | None:
        row = session.scalars(
            select(StudySession).where(
                StudySession.profile_id == self.profile_id, StudySession.end_utc.is_(None)
            )
        ).first()
        return self._session_view(session, row) if row else None

    def running_session(self) -> SessionView | None:
        with self.db.read() as session:
            return self._running(session)

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

    def _busy_intervals(self, session: Session, start: int, end: int) -> list[_Interval]:
        """Sessions (a running one up to now) that overlap [start, end)."""
        now = int(self.clock.now().timestamp())
        effective_end = func.coalesce(StudySession.end_utc, now)
        rows = session.execute(
            select(StudySession.id, StudySession.start_utc, effective_end, StepRow.title)
            .join(StepRow, StepRow.pk == StudySession.step_pk)
            .where(
                StudySession.profile_id == self.profile_id,
                StudySession.start_utc < end,
                effective_end > start,
            )
            .order_by(StudySession.start_utc)
        ).all()
        return [_Interval(*row) for row in rows]

    def start_session(self, step_id: str, topic_id: str | None = None) -> SessionView:
        """Start the running session; it is in the database from its first second."""
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
                source="timer",
            )
            session.add(row)
            session.flush()
            return self._session_view(session, row)

    def stop_session(self, note: str | None = None) -> SessionView:
        with self.db.write() as session:
            row = session.scalars(
                select(StudySession).where(
                    StudySession.profile_id == self.profile_id, StudySession.end_utc.is_(None)
                )
            ).first()
            if row is None:
                raise InputError("no session is running (start one with 'studytracker start')")
            now = int(self.clock.now().timestamp())
            if now - row.start_utc > MAX_SESSION_MINUTES * 60:
                raise InputError(
                    f"session #{row.id} has run for over 24 hours; it cannot be saved as one session"
                )
            row.end_utc = max(now, row.start_utc + 1)
            row.heartbeat_utc = now
            if note:
                row.note = note
            session.flush()
            return self._session_view(session, row)

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
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise InputError(f"minutes must be a whole number, not {minutes!r}")
        if minutes <= 0:
            raise InputError(f"minutes must be more than 0, not {minutes}")
        if minutes > MAX_SESSION_MINUTES:
            raise InputError(f"a session cannot be over 24 hours ({minutes} minutes given)")
        now = self.clock.now()
        today = now.date()
        day = day or today
        if day > today:
            raise InputError(f"date {day.isoformat()} is in the future")
        seconds = minutes * 60
        with self.db.write() as session:
            roadmap, step, topic = self._resolve_target(session, step_id, topic_id)
            if at is not None:
                start = self.clock.localize(datetime.combine(day, at))
                start_utc = int(start.timestamp())
                if start_utc + seconds > int(now.timestamp()):
                    raise InputError(
                        f"a session of {minutes} min from {day.isoformat()} {at:%H:%M} "
                        "would end in the future"
                    )
                clash = self._busy_intervals(session, start_utc, start_utc + seconds)
                if clash:
                    raise InputError(f"overlaps {self._describe(clash[0])}")
            else:
                start_utc = self._free_start(session, day, seconds, now)
            row = StudySession(
                profile_id=self.profile_id,
                roadmap_id=roadmap.id,
                step_pk=step.pk,
                topic_pk=topic.pk if topic else None,
                start_utc=start_utc,
                end_utc=start_utc + seconds,
                utc_offset_min=_offset_minutes(self.clock.from_timestamp(start_utc)),
                heartbeat_utc=None,
                note=note,
                source="manual",
            )
            session.add(row)
            session.flush()
            return self._session_view(session, row)

    def _free_start(self, session: Session, day: date, seconds: int, now: datetime) -> int:
        """The start of a free stretch of `seconds` on `day` that ends no later than now."""
        now_utc = int(now.timestamp())
        day_start = int(self.clock.localize(datetime.combine(day, time(0))).timestamp())
        day_end = int(self.clock.localize(datetime.combine(day + timedelta(days=1), time(0))).timestamp())
        latest_end = min(day_end, now_utc)
        busy = self._busy_intervals(session, day_start, day_end)
        if day == now.date():
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

    def _describe(self, interval: _Interval) -> str:
        start = self.clock.from_timestamp(interval.start)
        end = self.clock.from_timestamp(interval.end)
        return f"session #{interval.session_id} ({interval.step_title}, {start:%Y-%m-%d %H:%M}–{end:%H:%M})"

    def sessions(self, date_from: date | None = None, date_to: date | None = None) -> list[SessionView]:
        """The session log, oldest first, by local start date (both ends included)."""
        if date_from and date_to and date_from > date_to:
            raise InputError(f"--from {date_from} is after --to {date_to}")
        query = select(StudySession).where(StudySession.profile_id == self.profile_id)
        if date_from:
            start = self.clock.localize(datetime.combine(date_from, time(0)))
            query = query.where(StudySession.start_utc >= int(start.timestamp()))
        if date_to:
            end = self.clock.localize(datetime.combine(date_to + timedelta(days=1), time(0)))
            query = query.where(StudySession.start_utc < int(end.timestamp()))
        with self.db.read() as session:
            rows = session.scalars(query.order_by(StudySession.start_utc)).all()
            return [self._session_view(session, row) for row in rows]

    def minutes_on(self, day: date) -> int:
        """Minutes studied on a local calendar day (a running session up to now)."""
        start = int(self.clock.localize(datetime.combine(day, time(0))).timestamp())
        end = int(self.clock.localize(datetime.combine(day + timedelta(days=1), time(0))).timestamp())
        now = int(self.clock.now().timestamp())
        with self.db.read() as session:
            seconds = session.scalar(
                select(func.sum(func.coalesce(StudySession.end_utc, now) - StudySession.start_utc)).where(
                    StudySession.profile_id == self.profile_id,
                    StudySession.start_utc >= start,
                    StudySession.start_utc < end,
                )
            )
        return whole_minutes(seconds or 0)

    def today_minutes(self) -> int:
        return self.minutes_on(self.clock.now().date())
