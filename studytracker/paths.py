"""Where the learner's data lives: --data-dir, else $STUDYTRACKER_DATA_DIR, else the platform's folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "StudyTracker"
DATA_DIR_ENV = "STUDYTRACKER_DATA_DIR"
#: Held by the window while it is open on a data folder: one window per folder.
LOCK_NAME = "studytracker.lock"


def platform_data_dir() -> Path:
    """The per-user application data folder (what QStandardPaths.AppDataLocation gives)."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        return base / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_NAME.lower()


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """The data folder, as an absolute path (a relative `--data-dir` is taken from here)."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return platform_data_dir()
