"""Backups (SQLite's online backup API), their rotation, the integrity check and restore.

Uses the standard `sqlite3` module only, so `check` and `backup` run without SQLAlchemy and never
write to the database they examine.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from studytracker.store.errors import CopyNotWritten, InputError, StoreError, database_failure
from studytracker.store.folder_checks import check_data_folder
from studytracker.store.policy import BUSY_TIMEOUT_MS, DATABASE_NAME, HEAD_SCHEMA, SCHEMA_HEAD
from studytracker.store.uri import database_uri
from studytracker.store.whole_files import process_alive, remove_partial_files

BACKUPS_DIR = "backups"
BACKUP_PATTERN = re.compile(r"^studytracker-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite3$")
#: Automatic backups while the window runs and changes happen, at most this often.
BACKUP_INTERVAL_SECONDS = 30 * 60
KEEP_LATEST, KEEP_DAILY_DAYS, KEEP_WEEKLY_WEEKS = 10, 7, 5
NO_DATABASE = "no database file"


@dataclass(frozen=True)
class CheckResult:
    path: Path
    problems: tuple[str, ...]
    revision: str | None
    #: Why the check could not run (a full disk, a read-only folder, a busy or unreadable file):
    #: that says nothing about damage, and must never lead to a restore over sound data.
    unchecked: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.unchecked is None

    @property
    def damaged(self) -> bool:
        """Found damaged (or not a StudyTracker database): what a restore is for."""
        return bool(self.problems) and self.problems != (NO_DATABASE,)

    def summary(self) -> str:
        if self.unchecked is not None:
            return (
                f"{self.path}: could not be checked ({self.unchecked}); this is not damage, and the "
                "data was not found damaged"
            )
        if self.problems == (NO_DATABASE,):
            return f"{self.path}: no database here yet (nothing to check)"
        if self.ok:
            return f"{self.path}: ok (schema revision {self.revision})"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"{self.path}: damaged: {self.problems[0]}{more}"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size_bytes: int


def _read_only(path: Path) -> sqlite3.Connection:
    # mode=ro: looking never writes, not even a journal; a damaged file stays as it is.
    return sqlite3.connect(database_uri(path, read_only=True), uri=True, timeout=10)


def check_database(path: Path, quick: bool = False) -> CheckResult:
    """SQLite's integrity check (quick or full), the foreign keys, and the schema revision."""
    if not path.is_file():
        return CheckResult(path, (NO_DATABASE,), None)
    problems: list[str] = []
    revision = None
    try:
        connection = _read_only(path)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
            if rows != ["ok"]:
                problems.extend(rows)
            if not quick:
                bad_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
                problems.extend(
                    f"row {row[1]} of table {row[0]} points at a missing {row[2]}" for row in bad_keys
                )
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if has_version:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
            if revision is None:
                problems.append("not a StudyTracker database (no schema revision)")
            elif revision == SCHEMA_HEAD:
                problems.extend(schema_problems(connection))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        failure = database_failure(error, path)
        if failure.failure in ("disk-full", "read-only", "busy", "cannot-open"):
            return CheckResult(path, (), None, unchecked=failure.detail)
        problems.append(str(error))
    return CheckResult(path, tuple(problems), revision)


def schema_problems(connection: sqlite3.Connection) -> list[str]:
    """How a database at SCHEMA_HEAD differs from the schema that revision has: missing tables
    or columns (a file can say its revision and hold anything)."""
    tables = {
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    problems = []
    for table, expected in sorted(HEAD_SCHEMA.items()):
        if table not in tables:
            problems.append(f"table {table!r} is missing")
            continue
        columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        missing = sorted(expected - columns)
        if missing:
            problems.append(f"table {table!r} has no column {', '.join(map(repr, missing))}")
    return problems


def private_file(path: Path) -> None:
    """Make a new file the learner's alone (0600) before anything is written into it."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)


def _partial(target: Path) -> Path:
    """The file a copy is written into before it is renamed to `target`; named for this process,
    so a later start knows a leftover of a killed one (`remove_leftovers`)."""
    return target.with_name(f"{target.name}.{os.getpid()}.partial")


def backup_database(source: Path, target: Path) -> Path:
    """Copy a live database with the online backup API, into a temporary file renamed at the end
    (readable by the learner alone)."""
    partial = _partial(target)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        remove_partial_files(target.parent)  # of a backup that was killed mid-way
        private_file(partial)
        copy = sqlite3.connect(partial)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise CopyNotWritten(target, error.strerror if isinstance(error, OSError) else error) from None
    try:
        try:
            origin = sqlite3.connect(database_uri(source, read_only=True), uri=True, timeout=10)
            try:
                origin.backup(copy)
            finally:
                origin.close()
        except sqlite3.DatabaseError as error:
            written = str(error).lower()
            if "full" in written or "disk i/o" in written or "readonly" in written:  # the copy's side
                raise CopyNotWritten(target, error) from None
            raise StoreError(f"{source}: backup failed ({error})") from None
        try:
            copy.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            copy.close()
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as error:
            reason = error.strerror if isinstance(error, OSError) else error
            raise StoreError(f"{target}: backup failed ({reason})") from None
    finally:
        copy.close()
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
    return target


def _backup_time(path: Path) -> datetime | None:
    match = BACKUP_PATTERN.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")


def keep_set(made: list[datetime], now: datetime) -> set[int]:
    """Which backups rotation keeps, as positions in `made` (newest first): the last 10, the
    newest of each of the last 7 days, and the newest of each of the last 5 weeks."""
    keep = set(range(min(KEEP_LATEST, len(made))))
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for index, moment in enumerate(made):
        if now - moment <= timedelta(days=KEEP_DAILY_DAYS) and moment.date() not in days:
            days.add(moment.date())
            keep.add(index)
        week = moment.isocalendar()[:2]
        if now - moment <= timedelta(weeks=KEEP_WEEKLY_WEEKS) and week not in weeks:
            weeks.add(week)
            keep.add(index)
    return keep


class Backups:
    """The backups of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / BACKUPS_DIR
        self.database = data_dir / DATABASE_NAME

    def newest_first(self) -> list[BackupInfo]:
        """The backups, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            made = _backup_time(path)
            if made is not None and path.is_file():
                found.append(BackupInfo(path, made, path.stat().st_size))
        # newest first; of two made in the same second, the one with the higher counter
        return sorted(found, key=lambda b: (b.made_at, len(b.path.name), b.path.name), reverse=True)

    def create(self, now: datetime | None = None, out: Path | None = None) -> Path:
        """A backup of the database, into backups/ (rotated) or to `out`."""
        check_data_folder(self.data_dir)
        if not self.database.is_file():
            raise InputError(f"{self.database}: no database to back up")
        if out is not None:
            return backup_database(self.database, out)
        now = now or datetime.now()
        target = self._backup_path(now)
        backup_database(self.database, target)
        self.rotate(now)
        return target

    def rotate(self, now: datetime) -> list[Path]:
        backups = self.newest_first()
        keep = keep_set([b.made_at for b in backups], now)
        removed = [b.path for index, b in enumerate(backups) if index not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def newest_good(self) -> BackupInfo | None:
        for backup in self.newest_first():
            if check_database(backup.path, quick=True).ok:
                return backup
        return None

    def changed_since_last_backup(self) -> bool:
        """Whether the database (or its write-ahead log) changed after the newest backup."""
        backups = self.newest_first()
        if not backups:
            return self.database.is_file()
        newest = backups[0].path.stat().st_mtime
        files = [self.database, self.database.with_name(DATABASE_NAME + "-wal")]
        return any(f.is_file() and f.stat().st_mtime > newest for f in files)

    def restore(self, source: Path, now: datetime | None = None) -> Path | None:
        """Replace the data with a backup's, all or nothing. Returns where the previous data went.

        The backup is checked (integrity, revision, schema) on a copy, which is migrated when
        older. A sound current database is then backed up and overwritten table by table in one
        write transaction: writers elsewhere (the command line) wait for it, then write into the
        restored data, so no committed write falls between the backup and the replacement. A
        damaged current database is kept as it is under a name of its own.
        """
        from studytracker.store.migrate import known_revisions

        check_data_folder(self.data_dir, restoring=True)

        checked = check_database(source)
        if not checked.ok:
            raise InputError(f"{source}: cannot restore from it: {checked.problems[0]}")
        if checked.revision not in known_revisions():
            raise InputError(
                f"{source}: made by a newer StudyTracker (schema revision {checked.revision}); update the app"
            )
        now = now or datetime.now()
        staged = self.data_dir / f".restore-{os.getpid()}-{int(time.time())}.sqlite3"
        try:
            return self._restore_staged(source, checked.revision, staged, now)
        except CopyNotWritten as error:  # the data folder's disk is the problem, not the backup
            raise StoreError(
                f"{self.data_dir}: cannot restore {source} into this folder ({error.reason}); "
                "the data is unchanged"
            ) from None
        finally:
            staged.unlink(missing_ok=True)

    def _restore_staged(self, source: Path, revision: str | None, staged: Path, now: datetime) -> Path | None:
        """`restore` once the backup is checked: copied to `staged` in the data folder, brought
        up to date, then put in place of the data."""
        backup_database(source, staged)
        if revision != SCHEMA_HEAD:
            _migrate_file(staged, source)
            problems = check_database(staged).problems
            if problems:
                raise InputError(f"{source}: cannot restore from it once brought up to date: {problems[0]}")
        if self.database.is_file() and not check_database(self.database, quick=True).damaged:
            return self._restore_into_live(staged, now)
        previous = self._set_aside_damaged(now)
        for suffix in ("-wal", "-shm"):
            self.database.with_name(DATABASE_NAME + suffix).unlink(missing_ok=True)
        os.replace(staged, self.database)
        return previous

    def _restore_into_live(self, staged: Path, now: datetime) -> Path:
        """Back up the live database and overwrite it with `staged`'s rows, in one write
        transaction: the backup holds exactly what the restore replaced."""
        previous = self._backup_path(now)
        saved = _partial(previous)
        backup_database(self.database, saved)  # the schema and, for now, the rows
        live = sqlite3.connect(
            database_uri(self.database), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        try:
            # (SQLite attaches only outside a transaction)
            live.execute("ATTACH DATABASE ? AS restored", (database_uri(staged, read_only=True),))
            live.execute("ATTACH DATABASE ? AS saved", (database_uri(saved),))
            live.execute("BEGIN IMMEDIATE")  # writers wait from here until the restored data is in
            try:
                for into, source in (("saved", "main"), ("main", "restored")):
                    for table, columns in HEAD_SCHEMA.items():
                        names = ", ".join(f'"{c}"' for c in sorted(columns))
                        live.execute(f'DELETE FROM {into}."{table}"')
                        live.execute(
                            f'INSERT INTO {into}."{table}" ({names}) SELECT {names} FROM {source}."{table}"'
                        )
                live.execute("COMMIT")
            except BaseException:
                live.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            saved.unlink(missing_ok=True)
            raise database_failure(error, self.database) from None
        finally:
            live.close()
        os.replace(saved, previous)
        self.rotate(now)
        return previous

    def _backup_path(self, now: datetime) -> Path:
        name = f"studytracker-{now:%Y%m%d-%H%M%S}.sqlite3"
        target, counter = self.folder / name, 2
        while target.exists():
            target = self.folder / f"studytracker-{now:%Y%m%d-%H%M%S}-{counter}.sqlite3"
            counter += 1
        return target

    def remove_leftovers(self) -> list[Path]:
        """Partial copies and staged restores left by a process that was killed mid-way."""
        removed = remove_partial_files(self.folder)
        for path in self.data_dir.glob(".restore-*.sqlite3*"):
            pid = _restore_pid(path.name)
            if pid is not None and not process_alive(pid):
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    def _set_aside_damaged(self, now: datetime) -> Path | None:
        """Keep a damaged (or missing) database exactly as it is (with its log), under a name of
        its own."""
        if not self.database.is_file():
            return None
        kept = self.data_dir / f"studytracker-damaged-{now:%Y%m%d-%H%M%S}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            source = self.database.with_name(DATABASE_NAME + suffix)
            if source.exists():
                shutil.move(str(source), str(kept.with_name(kept.name + suffix)))
        return kept


def _restore_pid(name: str) -> int | None:
    """The process that was staging a restore (with SQLite's journal beside it), from its name."""
    match = re.match(r"^\.restore-(\d+)-\d+\.sqlite3(?:-journal|-wal|-shm)?$", name)
    return int(match.group(1)) if match else None


def _migrate_file(path: Path, source: Path) -> None:
    """Bring a staged copy of an older backup up to SCHEMA_HEAD; `source` is named on failure."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    from studytracker.store.migrate import upgrade_to_head

    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(str(path)))
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
    except (SQLAlchemyError, sqlite3.Error) as error:
        raise InputError(
            f"{source}: cannot bring this backup up to date ({getattr(error, 'orig', error)})"
        ) from None
    finally:
        engine.dispose()
