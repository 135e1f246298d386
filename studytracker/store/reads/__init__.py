"""The read API: every read of the learner's data, in plain SQL, one module per area.

`Reads` works over a connection source: the data folder opened read-only with sqlite3 alone (the
window's first paint and the command line, before SQLAlchemy is even imported), or the Tracker's
engine. Each public read takes a snapshot of its own; `snapshot()` gives one to a reader that
needs several reads to agree (statistics, the report, the export), and the Tracker's commands
read through the same API inside their unit of work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from studytracker.store.clock import Clock, SystemClock
from studytracker.store.errors import StoreError, database_failure
from studytracker.store.policy import BUNDLED_HASH_KEY, DATABASE_NAME, DEFAULT_PROFILE, SCHEMA_HEAD
from studytracker.store.reads.attachments import AttachmentReads
from studytracker.store.reads.base import ConnectionSource, Row, read_transaction_on
from studytracker.store.reads.notes import NoteReads
from studytracker.store.reads.offline import OfflineReads
from studytracker.store.reads.plan import PlanReads
from studytracker.store.reads.progress import ProgressReads
from studytracker.store.reads.reviews import ReviewReads
from studytracker.store.reads.roadmaps import RoadmapReads
from studytracker.store.reads.search import SearchReads
from studytracker.store.reads.sessions import SessionReads
from studytracker.store.reads.settings import SettingReads
from studytracker.store.reads.shared import SharedReads
from studytracker.store.uri import database_uri

__all__ = ["ConnectionSource", "ReadOnlyData", "Reads", "open_read_only"]


class Reads:
    """The read API over one connection source; its areas are attributes (`reads.progress`)."""

    def __init__(
        self,
        source: ConnectionSource,
        path: Path,
        clock: Clock,
        profile_id: int = DEFAULT_PROFILE,
        connection: sqlite3.Connection | None = None,
    ) -> None:
        self.source = source
        self.path = path  # the database file, named in error messages
        self.clock = clock
        self.profile_id = profile_id
        #: Set inside a snapshot: the connection whose transaction every query shares.
        self.connection = connection
        self.settings_cache: dict[str, str] | None = None  # read once a snapshot (`settings.all`)
        self.roadmaps = RoadmapReads(self)
        self.progress = ProgressReads(self)
        self.sessions = SessionReads(self)
        self.plan = PlanReads(self)
        self.notes = NoteReads(self)
        self.attachments = AttachmentReads(self)
        self.offline = OfflineReads(self)
        self.search = SearchReads(self)
        self.reviews = ReviewReads(self)
        self.settings = SettingReads(self)
        self.shared = SharedReads(self)

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @contextmanager
    def snapshot(self) -> Iterator[Reads]:
        """Reads that all see the data as it was at one moment."""
        if self.connection is not None:
            yield self
            return
        with self.source.read_transaction() as connection:
            yield self.pinned(connection)

    def pinned(self, connection: sqlite3.Connection) -> Reads:
        """The read API on a connection that is already inside a transaction (a command's)."""
        return Reads(self.source, self.path, self.clock, self.profile_id, connection)

    def rows(self, sql: str, **parameters: object) -> list[Row]:
        assert self.connection is not None, "queries run inside a snapshot (see `read`)"
        try:
            return self.connection.execute(sql, {"profile": self.profile_id, **parameters}).fetchall()
        except sqlite3.Error as error:
            raise database_failure(error, self.path) from None


class ReadOnlyData(Reads):
    """The data folder opened read-only with sqlite3 alone: the first view and the command line."""

    def __init__(self, connection: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self._shared = connection
        super().__init__(self, path, clock)

    def read_transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return read_transaction_on(self._shared)

    def close(self) -> None:
        self._shared.close()

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
    from studytracker.store.folder_checks import check_data_folder

    path = data_dir / DATABASE_NAME
    try:
        check_data_folder(data_dir)
    except StoreError:
        return None  # the Tracker says what is wrong, and opens nothing through it
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(database_uri(path, read_only=True), uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        connection.isolation_level = None  # transactions are begun explicitly, one per snapshot
        data = ReadOnlyData(connection, path, clock or SystemClock())
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision == (SCHEMA_HEAD,) and (bundled is None or _is_stored_edition(data, bundled)):
            return data
    except (sqlite3.Error, StoreError, OSError):
        pass  # the Tracker will say what is wrong, or put it right
    connection.close()
    return None


def _is_stored_edition(data: Reads, bundled: Path) -> bool:
    import hashlib  # here: the window's first view never asks

    return data.settings.value(BUNDLED_HASH_KEY) == hashlib.sha256(bundled.read_bytes()).hexdigest()
