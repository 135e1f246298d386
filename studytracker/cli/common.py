"""What every command shares: exit codes, the one-line error, value parsing and safe writes."""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from datetime import date, time
from pathlib import Path
from typing import NoReturn

PROG = "studytracker"
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage or a bad value on the command line (exit 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is the contract's single line, exit 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def parse_date(text: str, option: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise UsageError(f"{option} {text!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text} is not a real date") from None


def parse_time(text: str, option: str) -> time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise UsageError(f"{option} {text!r} is not a time in the form HH:MM")
    return time(int(match.group(1)), int(match.group(2)))


def parse_minutes(text: str) -> int:
    if not re.fullmatch(r"[+-]?\d+", text.strip()):
        raise UsageError(f"--minutes {text!r} is not a whole number of minutes")
    return int(text)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a failure never leaves half a file behind."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{path}: folder {folder} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def fail(message: str, code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def window_holds(data_dir: Path) -> bool:
    """Whether a window is open on this data folder (it holds the folder's lock file)."""
    from PySide6.QtCore import QLockFile

    from studytracker.paths import LOCK_NAME

    lock = QLockFile(str(data_dir / LOCK_NAME))
    if lock.tryLock(0):
        lock.unlock()
        return False
    return True


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="the data folder (default: per-user)")


def window_data_dir(argv: list[str]) -> tuple[str | None] | None:
    """The `--data-dir` given when the command line asks for the window (no command, nothing
    else), else None. The window then starts without the sub-commands' parser being built."""
    parser = _Parser(prog=PROG, add_help=False)
    add_data_dir_option(parser)
    try:
        known, rest = parser.parse_known_args(argv)
    except UsageError:
        return None  # the full parser will say what is wrong
    return None if rest else (known.data_dir,)
