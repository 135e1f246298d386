"""The data folder is the learner's alone, checked before the database is opened or made: a folder
or file that another user owns or may write, or a link where the app keeps its own files, is
refused with a line naming it, and nothing is read, changed or written through it (as ssh
refuses a key file that others could have changed). A folder that had a database and lost it
says so, rather than starting afresh over the learner's history."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from studytracker.store.errors import StoreError
from studytracker.store.policy import DATABASE_NAME

#: Made beside a new database: the folder had data, so a database gone missing is an error.
HAD_DATA_MARKER = ".studytracker-folder"
#: The app's own files and folders in the data folder: real ones, never links.
OWN_FILES = (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm")
OWN_FOLDERS = ("backups", "attachments")


def check_data_folder(data_dir: Path, restoring: bool = False) -> None:
    """Refuse a data folder (or what the app keeps in it) that is not the learner's alone; and,
    unless `restoring` one, a folder whose database is gone although it had one."""
    _check_owned(data_dir, data_dir, "the data folder", follow=True)
    if not data_dir.exists():
        return
    for name in OWN_FILES:
        _check_own_entry(data_dir / name, folder=False)
    for name in OWN_FOLDERS:
        _check_own_entry(data_dir / name, folder=True)
    database = data_dir / DATABASE_NAME
    marker = data_dir / HAD_DATA_MARKER
    if not restoring and not database.exists() and marker.exists():
        raise StoreError(
            f"{database}: the database is missing from a folder that had one; restore a backup "
            f"(studytracker restore FILE; they are in {data_dir / 'backups'}), or remove {marker} "
            "to start afresh there"
        )


def remember_data(data_dir: Path) -> None:
    """Mark the folder as one that has a database (see `check_data_folder`)."""
    marker = data_dir / HAD_DATA_MARKER
    if not marker.exists():
        try:
            os.close(os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600))
        except OSError as error:
            raise StoreError(f"{marker}: cannot write in the data folder ({error.strerror})") from None


def _check_own_entry(path: Path, folder: bool) -> None:
    try:
        found = path.lstat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(f"{path}: cannot be examined ({error.strerror})") from None
    if stat.S_ISLNK(found.st_mode):
        raise StoreError(
            f"{path}: is a link to {os.readlink(path)}; StudyTracker keeps only real files and folders "
            "of its own in the data folder and does not follow it"
        )
    if folder and not stat.S_ISDIR(found.st_mode):
        raise StoreError(f"{path}: should be a folder of StudyTracker's, and is not one")
    if not folder and not stat.S_ISREG(found.st_mode):
        raise StoreError(f"{path}: should be a file of StudyTracker's, and is not a plain file")
    _check_owned(path, path, "it", follow=False)


def _check_owned(path: Path, named: Path, what: str, follow: bool) -> None:
    try:
        found = path.stat() if follow else path.lstat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(f"{named}: cannot be examined ({error.strerror})") from None
    if found.st_uid != os.geteuid():
        raise StoreError(f"{named}: belongs to another user (uid {found.st_uid}); {what} must be yours alone")
    if found.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise StoreError(f"{named}: others may write to {what}; make it yours alone (chmod go-w {named})")
