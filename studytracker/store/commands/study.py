"""Writing study sessions: the running session (timer and command line alike), and logged,
edited, deleted and restored sessions, with the overlap and length checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from studytracker.store.commands.base import Commands, Work
from studytracker.store.commands.progress import put_status
from studytracker.store.errors import InputError, require_unicode
from studytracker.store.models import StudySession, TopicProgress, TopicRow
from studytracker.store.policy import MAX_SESSION_MINUTES
from studytracker.store.reads import Reads
from studytracker.store.records import Changes, SessionChange, SessionView
from studytracker.store.rules import overlaps

#: Where a logged session without a time is put, when that part of the day is free.
DEFAULT_LOG_START = time(9, 0)


@dataclass(frozen=True)
class DeletedSession:
    """Everything of a deleted session, so that Undo can put it back as it was."""

    columns: tuple[tuple[str, Any], ...]
    view: SessionView
    changes: Changes


@dataclass(frozen=True)
class _Target:
    roadmap_id: str
    step_pk: int
    topic_pk: int | None


def session_changes(*views: SessionView) -> Changes:
    """What a change to these sessions moves: the session log, and the time of their steps and topics."""
    return Changes(
        steps=frozenset(v.step_id for v in views),
        topics=frozenset(v.topic_id for v in views if v.topic_id),
        sessions=frozenset(v.id for v in views),
    )


def _offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


#: What ends a running session that cannot simply be stopped (one left running for days).
WAYS_TO_END = (
    "stop --at TIME to end it when you stopped, stop --keep-until-last-heartbeat to keep what the "
    "timer saw, or stop --discard to drop it"
)


def _check_length(row: StudySession, end: int, how: str) -> None:
    """A session ending at `end` must be a session of at most 24 hours of study."""
    if end - row.start_utc - row.paused_seconds > MAX_SESSION_MINUTES * 60:
        ended = f" {how}" if how else ""
        raise InputError(
            f"session #{row.id} would be over 24 hours long{ended}, which no session can be: {WAYS_TO_END}"
        )


def check_minutes(minutes: int) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InputError(f"minutes must be a whole number, not {minutes!r}")
    if minutes <= 0:
        raise InputError(f"minutes must be more than 0, not {minutes}")
    if minutes > MAX_SESSION_MINUTES:
        raise InputError(f"a session cannot be over 24 hours ({minutes} minutes given)")


class StudyCommands(Commands):
    # --- helpers inside a unit of work -----------------------------------------------------

    def _changed(self, work: Work, row: StudySession, *before: SessionView) -> SessionChange:
        view = work.reads.sessions.get(row.id)
        assert view is not None  # written a moment ago, in the same transaction
        return SessionChange(view, session_changes(view, *before))

    def _begin_topic(self, work: Work, topic_pk: int | None) -> None:
        """Studying a topic still to do puts it in progress; a done or skipped one keeps its
        status, and so does a topic with sub-topics (its status is theirs)."""
        if topic_pk is None:
            return
        has_sub_topics = (
            work.session.scalars(
                select(TopicRow.pk)
                .where(TopicRow.parent_pk == topic_pk, TopicRow.archived.is_(False))
                .limit(1)
            ).first()
            is not None
        )
        current = work.session.get(TopicProgress, (self.context.profile_id, topic_pk))
        if not has_sub_topics and (current is None or current.status == "todo"):
            put_status(work, topic_pk, "in-progress", self.context.now_iso())

    def _running_row(self, work: Work) -> StudySession | None:
        return work.session.scalars(
            select(StudySession).where(
                StudySession.profile_id == self.context.profile_id, StudySession.end_utc.is_(None)
            )
        ).first()

    def _require_running(self, work: Work) -> StudySession:
        row = self._running_row(work)
        if row is None:
            raise InputError("no session is running (start one with 'studytracker start')")
        return row

    def _finished_row(self, work: Work, session_id: int, if_running: str) -> StudySession:
        """The learner's finished session `session_id`; `if_running` ends the refusal of a running one."""
        row = work.session.get(StudySession, session_id)
        if row is None or row.profile_id != self.context.profile_id:
            raise InputError(f"unknown session #{session_id}")
        if row.end_utc is None:
            raise InputError(f"session #{session_id} {if_running}")
        return row

    @staticmethod
    def _target(reads: Reads, step_id: str, topic_id: str | None) -> _Target:
        roadmap = reads.roadmaps.get().id
        step_pk = reads.roadmaps.step_pk(roadmap, step_id)
        topic_pk = reads.roadmaps.topic_in_step(roadmap, step_id, topic_id).pk if topic_id else None
        return _Target(roadmap, step_pk, topic_pk)

    # --- the running session ---------------------------------------------------------------

    def start(self, step_id: str, topic_id: str | None = None, source: str = "cli") -> SessionChange:
        """Start the running session; it is in the database from its first second.

        `source` is "timer" for the window, which then keeps a heartbeat, or "cli".
        """
        with self.context.write() as work:
            running = work.reads.sessions.running()
            if running is not None:
                raise InputError(
                    f"a session is already running (#{running.id}, {running.step_title}, since "
                    f"{running.start:%Y-%m-%d %H:%M}); stop it first ({WAYS_TO_END})"
                )
            target = self._target(work.reads, step_id, topic_id)
            now = self.context.clock.now()
            row = StudySession(
                profile_id=self.context.profile_id,
                roadmap_id=target.roadmap_id,
                step_pk=target.step_pk,
                topic_pk=target.topic_pk,
                start_utc=int(now.timestamp()),
                end_utc=None,
                utc_offset_min=_offset_minutes(now),
                heartbeat_utc=int(now.timestamp()),
                note="",
                source=source,
                paused_seconds=0,
            )
            work.session.add(row)
            self._begin_topic(work, target.topic_pk)
            return self._changed(work, row)

    def pause(self) -> SessionChange:
        with self.context.write() as work:
            row = self._require_running(work)
            if row.paused_at is None:
                row.paused_at = self.context.now_utc()
            return self._changed(work, row)

    def resume(self) -> SessionChange:
        with self.context.write() as work:
            row = self._require_running(work)
            now = self.context.now_utc()
            if row.paused_at is not None:
                row.paused_seconds += max(now - row.paused_at, 0)
                row.paused_at = None
            row.heartbeat_utc = now
            return self._changed(work, row)

    def heartbeat(self, adopt: bool = False) -> SessionChange | None:
        """Say the window's timer is alive; with `adopt` the window takes over a session started
        from the command line (it then keeps the heartbeat). None when nothing runs."""
        with self.context.write() as work:
            row = self._running_row(work)
            if row is None:
                return None
            row.heartbeat_utc = self.context.now_utc()
            if adopt:
                row.source = "timer"
            view = work.reads.sessions.get(row.id)
            assert view is not None
            return SessionChange(view, Changes())  # proof of life: nothing shown changes

    def leave_out_gap(self) -> SessionChange:
        """Do not count the time since the last heartbeat (the learner said they were away)."""
        with self.context.write() as work:
            row = self._require_running(work)
            now = self.context.now_utc()
            if row.heartbeat_utc is not None and row.paused_at is None:
                row.paused_seconds += max(now - row.heartbeat_utc, 0)
            row.heartbeat_utc = now
            return self._changed(work, row)

    def keep_interrupted(self) -> SessionChange:
        """End an interrupted session at its last heartbeat (what was surely studied)."""
        with self.context.write() as work:
            row = self._require_running(work)
            end = row.paused_at or row.heartbeat_utc or row.start_utc
            _check_length(row, end, "up to its last heartbeat")
            row.paused_at = None
            row.end_utc = max(end, row.start_utc + row.paused_seconds + 1)
            return self._changed(work, row)

    def discard_running(self) -> SessionChange:
        with self.context.write() as work:
            row = self._require_running(work)
            view = work.reads.sessions.get(row.id)
            assert view is not None
            work.session.delete(row)
            return SessionChange(view, session_changes(view))

    def stop(self, note: str | None = None, at: datetime | None = None) -> SessionChange:
        """Stop the running session now, or at `at` (a moment after its start and not in the
        future: the time the learner really stopped, when they forgot the timer)."""
        if note:
            require_unicode(note, "the note")
        with self.context.write() as work:
            row = self._require_running(work)
            now = self.context.now_utc()
            end = row.paused_at or now  # a paused session ends where the pause began
            if at is not None:
                end = int(at.timestamp())
                if end <= row.start_utc or end > now:
                    started = self.context.clock.from_timestamp(row.start_utc)
                    raise InputError(
                        f"--at {at:%Y-%m-%d %H:%M} is not between the session's start "
                        f"({started:%Y-%m-%d %H:%M}) and now"
                    )
                if row.paused_at is not None and end > row.paused_at:
                    end = row.paused_at
            _check_length(row, end, "")
            row.paused_at = None
            row.end_utc = max(end, row.start_utc + 1)
            row.heartbeat_utc = now
            if note:
                row.note = note
            return self._changed(work, row)

    # --- logged sessions -----------------------------------------------------------------

    def _place(
        self, reads: Reads, day: date, at: time | None, minutes: int, ignore: int | None = None
    ) -> int:
        """Where a session of `minutes` on `day` starts (UTC), refusing the future and overlaps."""
        clock = self.context.clock
        now = clock.now()
        if day > now.date():
            raise InputError(f"date {day.isoformat()} is in the future")
        today = reads.plan.study_day(now)
        if at is None and day > today:
            # Today's calendar date after midnight, before the study day ends: that is today's study.
            day = today
        seconds = minutes * 60
        if at is None:
            return self._free_start(reads, day, seconds, now)
        asked = datetime.combine(day, at)
        start_utc = int(clock.localize(asked).timestamp())
        if clock.from_timestamp(start_utc).replace(tzinfo=None) != asked:
            raise InputError(
                f"{day.isoformat()} {at:%H:%M} does not exist on this computer's clock (the clocks "
                "went forward then); give a time before or after the change"
            )
        if start_utc + seconds > int(now.timestamp()):
            raise InputError(
                f"a session of {minutes} min from {day.isoformat()} {at:%H:%M} would end in the future"
            )
        clash = reads.sessions.busy(start_utc, start_utc + seconds, ignore=ignore)
        if clash:
            raise InputError(f"overlaps {reads.sessions.describe(clash[0])}")
        return start_utc

    def _free_start(self, reads: Reads, day: date, seconds: int, now: datetime) -> int:
        """The start of a free stretch of `seconds` on `day` that ends no later than now."""
        now_utc = int(now.timestamp())
        day_start, day_end = reads.plan.day_bounds(day)
        latest_end = min(day_end, now_utc)
        busy = reads.sessions.busy(day_start, day_end)
        if day == reads.plan.study_day(now):
            candidate = now_utc - seconds  # logged for today: it ends now
            if candidate >= day_start and not any(overlaps(candidate, now_utc, i.start, i.end) for i in busy):
                return candidate
        preferred = int(self.context.clock.localize(datetime.combine(day, DEFAULT_LOG_START)).timestamp())
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

    def log(
        self,
        step_id: str,
        minutes: int,
        day: date | None = None,
        at: time | None = None,
        topic_id: str | None = None,
        note: str = "",
    ) -> SessionChange:
        """Record a past session of `minutes` on `day` (today by default).

        Without `at` it ends now when logged for today, and otherwise takes the first free
        time from 09:00 that day; with `at` it starts then and must not overlap another session.
        """
        check_minutes(minutes)
        require_unicode(note, "the note")
        with self.context.write() as work:
            reads = work.reads
            target = self._target(reads, step_id, topic_id)
            start_utc = self._place(reads, day or reads.plan.study_day(), at, minutes)
            row = StudySession(
                profile_id=self.context.profile_id,
                roadmap_id=target.roadmap_id,
                step_pk=target.step_pk,
                topic_pk=target.topic_pk,
                start_utc=start_utc,
                end_utc=start_utc + minutes * 60,
                utc_offset_min=_offset_minutes(self.context.clock.from_timestamp(start_utc)),
                heartbeat_utc=None,
                note=note,
                source="manual",
                paused_seconds=0,
            )
            work.session.add(row)
            self._begin_topic(work, target.topic_pk)
            return self._changed(work, row)

    def update(
        self,
        session_id: int,
        step_id: str,
        minutes: int,
        day: date,
        at: time,
        topic_id: str | None = None,
        note: str = "",
    ) -> SessionChange:
        """Change a finished session; the same checks as logging one, the session itself aside."""
        check_minutes(minutes)
        require_unicode(note, "the note")
        with self.context.write() as work:
            row = self._finished_row(work, session_id, "is still running; stop it before editing")
            reads = work.reads
            before = reads.sessions.get(session_id)
            assert before is not None
            target = self._target(reads, step_id, topic_id)
            start_utc = self._place(reads, day, at, minutes, ignore=session_id)
            row.roadmap_id, row.step_pk, row.topic_pk = target.roadmap_id, target.step_pk, target.topic_pk
            row.start_utc, row.end_utc, row.paused_seconds = start_utc, start_utc + minutes * 60, 0
            row.utc_offset_min = _offset_minutes(self.context.clock.from_timestamp(start_utc))
            row.note = note
            return self._changed(work, row, before)

    def delete(self, session_id: int) -> DeletedSession:
        """Delete a finished session; what is returned puts it back (`restore`)."""
        with self.context.write() as work:
            row = self._finished_row(work, session_id, "is running; stop or discard it instead")
            view = work.reads.sessions.get(session_id)
            assert view is not None
            columns = tuple((a.key, getattr(row, a.key)) for a in sa_inspect(StudySession).column_attrs)
            work.session.delete(row)
            return DeletedSession(columns=columns, view=view, changes=session_changes(view))

    def restore(self, deleted: DeletedSession) -> SessionChange:
        values = dict(deleted.columns)
        with self.context.write() as work:
            reads = work.reads
            clash = reads.sessions.busy(values["start_utc"], values["end_utc"])
            if clash:
                other = reads.sessions.describe(clash[0])
                raise InputError(f"cannot put session #{values['id']} back: it overlaps {other}")
            if work.session.get(StudySession, values["id"]) is not None:
                values.pop("id")
            row = StudySession(**values)
            work.session.add(row)
            return self._changed(work, row)
