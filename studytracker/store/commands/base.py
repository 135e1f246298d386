"""What every command shares: the database, the clock and the read API, and one unit of work
(`Work`) that holds the ORM session and reads on the same connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from studytracker.store.clock import Clock
from studytracker.store.database import Database
from studytracker.store.errors import StoreError
from studytracker.store.models import RoadmapRow, Setting
from studytracker.store.policy import EARLIEST_DAY_ISO, LATEST_DAY_ISO
from studytracker.store.reads import Reads


def check_clock(now: datetime) -> None:
    """The store's error when the system clock is outside the days StudyTracker keeps."""
    if not EARLIEST_DAY_ISO <= now.date().isoformat() <= LATEST_DAY_ISO:
        raise StoreError(
            f"the system clock says {now:%Y-%m-%d %H:%M}, outside the days StudyTracker keeps "
            f"({EARLIEST_DAY_ISO} to {LATEST_DAY_ISO}): it looks wrong; set it right and try again "
            "(nothing was saved)"
        )


@dataclass(frozen=True)
class StoreContext:
    """The database, the clock and the read API that the command areas share."""

    db: Database
    clock: Clock
    reads: Reads

    @property
    def profile_id(self) -> int:
        return self.reads.profile_id

    def now_iso(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def now_utc(self) -> int:
        return int(self.clock.now().timestamp())

    @contextmanager
    def write(self) -> Iterator[Work]:
        """One unit of work: committed at the end, or rolled back whole on any error. Refused
        while the system clock is outside the days the data keeps (a dead battery's 1970):
        what it stamped could not be exported and imported again."""
        check_clock(self.clock.now())
        with self.db.write() as session:
            yield Work(session, self)


class Work:
    """An open unit of work: the ORM session for writing, the read API on its connection."""

    def __init__(self, session: Session, context: StoreContext) -> None:
        self.session = session
        self.context = context

    @property
    def reads(self) -> Reads:
        """The read API inside this unit of work, seeing what it has written so far (raw SQL
        does not autoflush, so this flushes; and a fresh one each time, as settings may change)."""
        return self.context.reads.pinned(self.sql())

    def sql(self) -> sqlite3.Connection:
        """The unit of work's own sqlite3 connection, for statements the ORM would make slow
        (what the ORM holds is flushed first, so both see the same rows)."""
        self.session.flush()
        connection = self.session.connection().connection.driver_connection
        assert isinstance(connection, sqlite3.Connection)  # SQLAlchemy's pysqlite: always one
        return connection

    def put_setting(self, key: str, value: str) -> None:
        self.session.merge(Setting(profile_id=self.context.profile_id, key=key, value=value))

    def roadmap_row(self, roadmap_id: str | None) -> RoadmapRow:
        """A roadmap that is there (the active one by default), or the one-line error."""
        row = self.session.get(RoadmapRow, self.reads.roadmaps.get(roadmap_id).id)
        assert row is not None  # found a moment ago, in the same transaction
        return row


class Commands:
    """One area of writes (progress, study sessions, notes, ...) over the shared context."""

    def __init__(self, context: StoreContext) -> None:
        self.context = context

    @property
    def reads(self) -> Reads:
        return self.context.reads
