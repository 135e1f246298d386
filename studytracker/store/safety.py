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

from studytracker.store.errors import InputError, StoreError
from studytracker.store.policy import DATABASE_NAME, SCHEMA_HEAD
from studytracker.store.uri import database_uri

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

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
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
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        problems.append(str(error))
    return CheckResult(path, tuple(problems), revision)


def backup_database(source: Path, target: Path) -> Path:
    """Copy a live database with the online backup API, into a temporary file renamed at the end."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        origin = sqlite3.connect(database_uri(source, read_only=True), uri=True, timeout=10)
        try:
            copy = sqlite3.connect(partial)
            try:
                origin.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                copy.close()
        finally:
            origin.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except sqlite3.DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise StoreError(f"{source}: backup failed ({error})") from None
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StoreError(f"{target}: backup failed ({error.strerror or error})") from None
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
        if not self.database.is_file():
            raise InputError(f"{self.database}: no database to back up")
        if out is not None:
            return backup_database(self.database, out)
        now = now or datetime.now()
        name = f"studytracker-{now:%Y%m%d-%H%M%S}.sqlite3"
        target, counter = self.folder / name, 2
        while target.exists():
            target = self.folder / f"studytracker-{now:%Y%m%d-%H%M%S}-{counter}.sqlite3"
            counter += 1
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
        """Replace the database with a backup, all or nothing.

        The backup is checked (integrity, schema revision) and copied; an older revision is
        migrated on the copy. The current database is backed up first, or, if it is damaged,
        kept as it is under a new name. Returns where the previous database went.
        """
        from studytracker.store.migrate import known_revisions

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
            backup_database(source, staged)
            if checked.revision != SCHEMA_HEAD:
                _migrate_file(staged)
            previous = self._set_aside_current(now)
            for suffix in ("-wal", "-shm"):
                self.database.with_name(DATABASE_NAME + suffix).unlink(missing_ok=True)
            os.replace(staged, self.database)
        finally:
            staged.unlink(missing_ok=True)
        return previous

    def _set_aside_current(self, now: datetime) -> Path | None:
        if not self.database.is_file():
            return None
        if check_database(self.database, quick=True).ok:
            return self.create(now)  # a backup of the current database, before it is replaced
        # Damaged: keep the file exactly as it is (with its log), under a name of its own.
        kept = self.data_dir / f"studytracker-damaged-{now:%Y%m%d-%H%M%S}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            source = self.database.with_name(DATABASE_NAME + suffix)
            if source.exists():
                shutil.move(str(source), str(kept.with_name(kept.name + suffix)))
        return kept


def _migrate_file(path: Path) -> None:
    from sqlalchemy import create_engine

    from studytracker.store.migrate import upgrade_to_head

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            upgrade_to_head(connection)
    finally:
        engine.dispose()
