"""SQLite URIs of database files, built one way for every path."""

from __future__ import annotations

from pathlib import Path


def database_uri(path: Path, read_only: bool = False) -> str:
    """The SQLite URI of a database file, whatever characters its path holds ('#', '?', '%')."""
    return path.absolute().as_uri() + ("?mode=ro" if read_only else "")
