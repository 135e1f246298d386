"""The two kinds of failure the service reports; messages are one line that says what and where."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The operation ran and found a problem (a damaged database, a full disk): exit code 1."""


class InputError(StoreError):
    """Bad input (an unknown id, an impossible value): exit code 2. Nothing was written."""


def describe_error(error: BaseException, path: Path) -> str:
    """One line for a database failure: what went wrong and where."""
    original = getattr(error, "orig", error)
    message = str(original).strip() or type(original).__name__
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return f"{path}: the database is read-only ({message})"
    if "disk" in lowered and ("full" in lowered or "i/o" in lowered):
        return f"{path}: could not write to disk ({message}); nothing was saved"
    if "not a database" in lowered or "malformed" in lowered:
        return f"{path}: the database file is damaged or not a StudyTracker database ({message})"
    if "unable to open" in lowered:
        return f"{path}: cannot open the database ({message})"
    if "locked" in lowered or "busy" in lowered:
        return f"{path}: the database is busy in another program; try again ({message})"
    return f"{path}: database error ({message})"
