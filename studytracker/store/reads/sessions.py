"""Reads of study sessions: the running one, the session log, the stretches of time already
taken (for the overlap checks), and a window's session left behind by a crash."""

from __future__ import annotations

from datetime import date, datetime

from studytracker.store.errors import InputError
from studytracker.store.policy import INTERRUPTED_AFTER_SECONDS
from studytracker.store.reads.base import Area, Row, read
from studytracker.store.records import Interval, SessionView
from studytracker.store.rules import local_time, studied_seconds, whole_minutes

#: The columns `_view` reads, from study_session `s` joined to its step `st` and topic `t`.
SESSION_COLUMNS = (
    "s.id, st.slug, st.title, t.slug, s.start_utc, s.end_utc, s.utc_offset_min, s.paused_at,"
    " s.paused_seconds, s.note, s.source, s.roadmap_id, s.heartbeat_utc, t.title"
)
SESSION_FROM = "study_session s JOIN step st ON st.pk = s.step_pk LEFT JOIN topic t ON t.pk = s.topic_pk"


class SessionReads(Area):
    name = "sessions"

    def _now(self) -> int:
        return int(self.reads.clock.now().timestamp())

    def _view(self, row: Row) -> SessionView:
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
            topic_title,
        ) = row
        studied = studied_seconds(start_utc, end_utc, paused_at, paused_seconds, self._now())
        start = local_time(start_utc, offset_min)
        return SessionView(
            id=session_id,
            step_id=step_slug,
            step_title=step_title,
            topic_id=topic_slug,
            start=start,
            end=self._local_end(start, end_utc, offset_min) if end_utc is not None else None,
            minutes=whole_minutes(studied),
            note=note,
            source=source,
            paused=paused_at is not None,
            roadmap_id=roadmap_id,
            elapsed_seconds=studied,
            last_heartbeat=self.reads.clock.from_timestamp(heartbeat_utc) if heartbeat_utc else None,
            topic_title=topic_title,
        )

    def _local_end(self, start: datetime, end_utc: int, offset_min: int) -> datetime:
        """A session's end in local time. Only the start's offset is stored; a session recorded in
        this machine's timezone ends in that zone's own offset (03:00 CET after a 02:30 CEST start,
        across the autumn change), one recorded elsewhere in the offset it started in."""
        here = self.reads.clock.from_timestamp(start.timestamp())
        if here.utcoffset() == start.utcoffset():
            return self.reads.clock.from_timestamp(end_utc)
        return local_time(end_utc, offset_min)

    @read
    def get(self, session_id: int) -> SessionView | None:
        row = self.first(
            f"SELECT {SESSION_COLUMNS} FROM {SESSION_FROM} WHERE s.id = :id AND s.profile_id = :profile",
            id=session_id,
        )
        return self._view(row) if row else None

    @read
    def running(self) -> SessionView | None:
        row = self.first(
            f"SELECT {SESSION_COLUMNS} FROM {SESSION_FROM}"
            " WHERE s.profile_id = :profile AND s.end_utc IS NULL"
        )
        return self._view(row) if row else None

    @read
    def log(
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
            bounds["lower"] = self.reads.plan.day_bounds(date_from)[0]
        if date_to:
            where.append("s.start_utc < :upper")
            bounds["upper"] = self.reads.plan.day_bounds(date_to)[1]
        if step_id:
            where.append("s.step_pk = :step")
            bounds["step"] = self.reads.roadmaps.step_pk(self.reads.roadmaps.get().id, step_id)
        rows = self.rows(
            f"SELECT {SESSION_COLUMNS} FROM {SESSION_FROM} WHERE {' AND '.join(where)} ORDER BY s.start_utc",
            **bounds,
        )
        return [self._view(row) for row in rows]

    @read
    def busy(self, start: int, end: int, ignore: int | None = None) -> list[Interval]:
        """Sessions (a running one up to now) that overlap [start, end), oldest first."""
        rows = self.rows(
            "SELECT s.id, s.start_utc, COALESCE(s.end_utc, :now) AS until, st.title"
            " FROM study_session s JOIN step st ON st.pk = s.step_pk"
            " WHERE s.profile_id = :profile AND s.start_utc < :end AND COALESCE(s.end_utc, :now) > :start"
            " AND s.id != :ignore ORDER BY s.start_utc",
            start=start,
            end=end,
            now=self._now(),
            ignore=-1 if ignore is None else ignore,
        )
        return [Interval(*row) for row in rows]

    @read
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every session (a running one up to now), by start: for checking many
        new sessions against them at once (an import)."""
        rows = self.rows(
            "SELECT start_utc, COALESCE(end_utc, :now) FROM study_session WHERE profile_id = :profile"
            " ORDER BY start_utc",
            now=self._now(),
        )
        return [(start, until) for start, until in rows]

    def describe(self, interval: Interval) -> str:
        """A session named for an error message: '#12 (SQL, 2026-03-01 09:00–09:45)'."""
        clock = self.reads.clock
        start, end = clock.from_timestamp(interval.start), clock.from_timestamp(interval.end)
        return f"session #{interval.session_id} ({interval.step_title}, {start:%Y-%m-%d %H:%M}–{end:%H:%M})"

    @read
    def unobserved_seconds(self) -> int:
        """How long the running, unpaused session has gone without a heartbeat."""
        row = self.first(
            "SELECT heartbeat_utc FROM study_session WHERE profile_id = :profile AND end_utc IS NULL"
            " AND paused_at IS NULL AND heartbeat_utc IS NOT NULL"
        )
        return max(self._now() - row[0], 0) if row else 0

    @read
    def interrupted(self) -> SessionView | None:
        """A window's running session whose heartbeat stopped: the window crashed or was killed."""
        running = self.running()
        if running is None or running.source != "timer" or running.last_heartbeat is None:
            return None
        if self._now() - int(running.last_heartbeat.timestamp()) <= INTERRUPTED_AFTER_SECONDS:
            return None
        return running

    @read
    def exported(self) -> list[dict[str, object]]:
        """Every finished session on roadmaps that are there, by ids and UTC times (for the export)."""
        rows = self.rows(
            "SELECT s.roadmap_id, st.slug, t.slug, s.start_utc, s.end_utc, s.utc_offset_min,"
            " s.paused_seconds, s.note, s.source"
            f" FROM {SESSION_FROM} JOIN roadmap r ON r.id = s.roadmap_id"
            " WHERE s.profile_id = :profile AND s.end_utc IS NOT NULL AND r.removed_at IS NULL"
            " ORDER BY s.start_utc"
        )
        keys = (
            "roadmap",
            "step",
            "topic",
            "start_utc",
            "end_utc",
            "utc_offset_min",
            "paused_seconds",
            "note",
            "source",
        )
        return [dict(zip(keys, row, strict=True)) for row in rows]
