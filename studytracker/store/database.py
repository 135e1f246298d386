"""Opening the SQLite database: pragmas, explicit transactions, and migrations on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from studytracker.store.errors import StoreError, database_failure
from studytracker.store.policy import BUSY_TIMEOUT_MS, DATABASE_NAME, SCHEMA_HEAD
from studytracker.store.safety import Backups, private_file
from studytracker.store.uri import database_uri


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so a transaction covers reads too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # Writers take the lock up front (BEGIN IMMEDIATE) so the window and the command line
    # wait for each other via the busy timeout instead of failing on a lock upgrade.
    mode = connection.get_execution_options().get("sqlite_begin", "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


class Database:
    """One SQLite file: an engine for reads, one for writes, and short units of work."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # A creator rather than a URL: the path may hold characters a URL would read ('#', '?', '%').
        self.engine: Engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(str(path), check_same_thread=False)
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(self._write_engine, expire_on_commit=False)
        self._watcher: sqlite3.Connection | None = None

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        """Open the data folder's database, creating both if needed (the learner's alone: the
        folder 0700, the database and its logs 0600), and migrating the schema when behind."""
        path = data_dir / DATABASE_NAME
        try:
            if data_dir.exists() and not data_dir.is_dir():
                raise StoreError(f"{data_dir}: not a folder (the data folder must be one)")
            if not data_dir.is_dir():
                data_dir.mkdir(mode=0o700, parents=True)
            if not path.exists():
                private_file(path)
            for suffix in ("", "-wal", "-shm"):
                log = path.with_name(DATABASE_NAME + suffix)
                mode = log.stat().st_mode if log.is_file() else 0
                if mode & 0o077:  # readable by others: take that away, and nothing more
                    log.chmod(mode & 0o700)
            Backups(data_dir).remove_leftovers()  # of a restore or a backup that was killed
        except OSError as error:
            raise StoreError(
                f"{error.filename or data_dir}: cannot open the data folder ({error.strerror})"
            ) from None
        database = cls(path)
        try:
            database.migrate()
        except DBAPIError as error:
            database.close()
            raise database_failure(error, database.path) from None
        return database

    def close(self) -> None:
        # The read-only watcher first: the last connection to close checkpoints the write-ahead
        # log into the database file, and a read-only one cannot.
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self.engine.dispose()

    def data_version(self) -> int:
        """A number that changes whenever any other connection (the command line, another
        unit of work of ours) commits to the database; for noticing outside changes."""
        if self._watcher is None:
            self._watcher = sqlite3.connect(
                database_uri(self.path, read_only=True), uri=True, check_same_thread=False
            )
        return int(self._watcher.execute("PRAGMA data_version").fetchone()[0])

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            has_table = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first()
            if not has_table:
                return None
            row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            return row[0] if row else None

    def migrate(self) -> None:
        """Bring the schema to SCHEMA_HEAD; Alembic is imported only when there is work to do."""
        revision = self.schema_revision()
        if revision == SCHEMA_HEAD:
            return
        from studytracker.store.migrate import known_revisions, upgrade_to_head

        if revision is not None and revision not in known_revisions():
            raise StoreError(
                f"{self.path}: made by a newer StudyTracker (schema revision {revision}); "
                "update the app to open it"
            )
        with self._write_engine.begin() as connection:
            upgrade_to_head(connection)

    @contextmanager
    def read_transaction(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection inside a read transaction, for the read API."""
        try:
            with self.engine.connect() as connection, connection.begin():
                driver = connection.connection.driver_connection
                assert isinstance(driver, sqlite3.Connection)  # SQLAlchemy's pysqlite: always one
                yield driver
        except DBAPIError as error:
            raise database_failure(error, self.path) from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (one consistent snapshot)."""
        try:
            with self._reads() as session, session.begin():
                yield session
        except DBAPIError as error:
            raise database_failure(error, self.path) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work committed at the end, or rolled back whole on any error."""
        try:
            with self._writes() as session, session.begin():
                yield session
        except DBAPIError as error:
            raise database_failure(error, self.path) from None
