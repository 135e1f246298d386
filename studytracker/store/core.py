"""The base of the service API: the database, the clock, the learner's profile and settings,
and looking up roadmaps, steps and topics by their ids."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

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
from studytracker.store.policy import DEFAULT_PROFILE
from studytracker.store.reads import Reads, local_time, whole_minutes

__all__ = ["TrackerCore", "local_time", "whole_minutes"]

T = TypeVar("T")


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

    def _reads(self, session: Session) -> Reads:
        """The plain-SQL reads, on this unit of work's own connection and snapshot (with what
        the unit of work has added so far flushed to it: raw SQL does not autoflush)."""
        session.flush()
        connection = session.connection().connection.driver_connection
        assert isinstance(connection, sqlite3.Connection)  # SQLAlchemy's pysqlite: always one
        return Reads(connection, self.db.path, self.profile_id, self.clock)

    def _read(self, query: Callable[[Reads], T]) -> T:
        """One of the plain-SQL reads, in a unit of work of its own."""
        with self.db.read() as session:
            return query(self._reads(session))

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self._read(lambda reads: reads.setting(key, default))

    def set_setting(self, key: str, value: str) -> None:
        with self.db.write() as session:
            self._put_setting(session, key, value)

    def _put_setting(self, session: Session, key: str, value: str) -> None:
        session.merge(Setting(profile_id=self.profile_id, key=key, value=value))

    def _active_id(self, session: Session) -> str | None:
        return self._reads(session).active_roadmap_id()

    def _roadmap_row(self, session: Session, roadmap_id: str | None) -> RoadmapRow:
        row = session.get(RoadmapRow, self._reads(session).roadmap(roadmap_id).id)
        assert row is not None  # found a moment ago, in the same transaction
        return row

    def _step(self, session: Session, roadmap_id: str, step_id: str) -> StepRow:
        step = session.get(StepRow, self._reads(session).step_pk(roadmap_id, step_id))
        assert step is not None  # found a moment ago, in the same transaction
        return step

    def _topic(self, session: Session, roadmap_id: str, topic_id: str) -> TopicRow:
        topic = session.scalars(
            select(TopicRow).where(TopicRow.roadmap_id == roadmap_id, TopicRow.slug == topic_id)
        ).first()
        if topic is None or topic.archived:
            raise InputError(f"unknown topic id {topic_id!r} in roadmap {roadmap_id!r}")
        return topic
