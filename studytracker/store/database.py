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
from sqlalchemy.pool import StaticPool

from studytracker.store.errors import StoreError, database_failure
from studytracker.store.folder_checks import check_data_folder, remember_data
from studytracker.store.policy import BUSY_TIMEOUT_MS, DATABASE_NAME, SCHEMA_HEAD
from studytracker.store.safety import Backups, private_file


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
        self.engine: Engine = create_engine("sqlite://", creator=self._connect)
        # Every write of this Database goes through one connection of its own, so that
        # `PRAGMA data_version` on it changes for the commits of other connections only (the
        # command line, a sync, a background task), never for ours. Writes are short and come
        # from one thread at a time (a background task opens a Database of its own).
        writer = create_engine("sqlite://", creator=self._connect, poolclass=StaticPool)
        for engine in (self.engine, writer):
            event.listen(engine, "connect", _on_connect)
            event.listen(engine, "begin", _on_begin)
        self.write_engine = writer.execution_options(sqlite_begin="IMMEDIATE")
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(self.write_engine, expire_on_commit=False)
        self._writing = False

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(str(self.path), check_same_thread=False)

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        """Open the data folder's database, creating both if needed (the learner's alone: the
        folder 0700, the database and its logs 0600), and migrating the schema when behind."""
        path = data_dir / DATABASE_NAME
        try:
            if data_dir.exists() and not data_dir.is_dir():
                raise StoreError(f"{data_dir}: not a folder (the data folder must be one)")
            check_data_folder(data_dir)  # the learner's alone, with no links where our files are
            if not data_dir.is_dir():
                data_dir.mkdir(mode=0o700, parents=True)
            created = not path.exists()
            if created:
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
            failure = database_failure(error, database.path)
            if not created:
                raise failure from None
            # A database that could not be made (a full disk) is not left behind half-made, for
            # `check` to call damaged or a later start to take for the learner's data.
            for suffix in ("", "-wal", "-shm"):
                path.with_name(DATABASE_NAME + suffix).unlink(missing_ok=True)
            raise StoreError(
                f"{path}: cannot create the database ({failure.detail}); nothing was made"
            ) from None
        try:
            remember_data(data_dir)  # only once it has a database (see `check_data_folder`)
        except StoreError:
            database.close()
            raise
        return database

    def close(self) -> None:
        self.write_engine.dispose()
        self.engine.dispose()

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the database (the
        command line, a sync, a background task), and never for this Database's own writes:
        for noticing outside changes."""
        writer = self.write_engine.raw_connection()  # the one connection every write goes through
        try:
            driver = writer.driver_connection
            assert isinstance(driver, sqlite3.Connection)  # SQLAlchemy's pysqlite: always one
            return int(driver.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as error:
            raise database_failure(error, self.path) from None
        finally:
            writer.close()  # back to its pool, still open

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
        with self.write_engine.begin() as connection:
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
        if self._writing:  # one connection writes: a unit of work inside another is a bug
            raise RuntimeError("a write began inside another write of the same Database")
        self._writing = True
        try:
            with self._writes() as session, session.begin():
                yield session
        except DBAPIError as error:
            raise database_failure(error, self.path) from None
        finally:
            self._writing = False
