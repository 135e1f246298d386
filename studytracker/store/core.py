"""The base of the service API: the database, the clock, the learner's profile and settings,
and looking up roadmaps, steps and topics by their ids."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from studytracker.store.clock import Clock, SystemClock
from studytracker.store.database import Database
from studytracker.store.errors import InputError
from studytracker.store.models import (
    RoadmapRow,
    Setting,
    StepRow,
    TopicRow,
)
from studytracker.store.policy import ACTIVE_ROADMAP_KEY

DEFAULT_PROFILE = 1


def local_time(epoch: int, offset_min: int) -> datetime:
    return datetime.fromtimestamp(epoch, tz=timezone(timedelta(minutes=offset_min)))


def whole_minutes(seconds: int) -> int:
    return int(round(seconds / 60))


class TrackerCore:
    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self.db = database
        self.clock: Clock = clock or SystemClock()
        self.profile_id = DEFAULT_PROFILE

    @property
    def data_dir(self) -> Path:
        return self.db.path.parent

    def close(self) -> None:
        self.db.close()

    def _now_iso(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.db.read() as session:
            row = session.get(Setting, (self.profile_id, key))
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.write() as session:
            self._put_setting(session, key, value)

    def _put_setting(self, session: Session, key: str, value: str) -> None:
        session.merge(Setting(profile_id=self.profile_id, key=key, value=value))

    def _active_id(self, session: Session) -> str | None:
        row = session.get(Setting, (self.profile_id, ACTIVE_ROADMAP_KEY))
        if row:
            roadmap = session.get(RoadmapRow, row.value)
            if roadmap is not None and roadmap.removed_at is None:
                return row.value
        return session.scalars(
            select(RoadmapRow.id).where(RoadmapRow.removed_at.is_(None)).order_by(RoadmapRow.imported_at)
        ).first()

    def _roadmap_row(self, session: Session, roadmap_id: str | None) -> RoadmapRow:
        wanted = roadmap_id or self._active_id(session)
        row = session.get(RoadmapRow, wanted) if wanted else None
        if row is None or row.removed_at is not None:
            if roadmap_id:
                raise InputError(f"unknown roadmap id {roadmap_id!r} (see 'studytracker roadmap list')")
            raise InputError("no roadmap loaded (import one with 'studytracker roadmap import FILE')")
        return row

    def _step(self, session: Session, roadmap_id: str, step_id: str) -> StepRow:
        step = session.scalars(
            select(StepRow).where(StepRow.roadmap_id == roadmap_id, StepRow.slug == step_id)
        ).first()
        if step is None or step.archived:
            raise InputError(f"unknown step id {step_id!r} in roadmap {roadmap_id!r}")
        return step

    def _topic(self, session: Session, roadmap_id: str, topic_id: str) -> TopicRow:
        topic = session.scalars(
            select(TopicRow).where(TopicRow.roadmap_id == roadmap_id, TopicRow.slug == topic_id)
        ).first()
        if topic is None or topic.archived:
            raise InputError(f"unknown topic id {topic_id!r} in roadmap {roadmap_id!r}")
        return topic
