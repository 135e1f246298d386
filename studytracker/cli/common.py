"""What every command shares: exit codes, the one-line error, value parsing and safe writes."""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path
from typing import NoReturn, TextIO

from studytracker.paths import resolve_data_dir
from studytracker.store.policy import EARLIEST_DAY_ISO, LATEST_DAY_ISO

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
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text} is not a real date") from None
    if not EARLIEST_DAY_ISO <= text <= LATEST_DAY_ISO:
        raise UsageError(
            f"{option} {text} is outside the days StudyTracker keeps ({EARLIEST_DAY_ISO} to {LATEST_DAY_ISO})"
        )
    return day


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
    """The file whole or not at all (`store.whole_files`): a failure, a full disk say, leaves the
    old file as it was, and no half file beside it."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; name a file to write")
    from studytracker.store.whole_files import write_bytes_whole

    write_bytes_whole(path, data)


def data_folder(option: str | None) -> Path:
    """The data folder the command works on (`--data-dir`, else the environment's, else the
    per-user one), refusing an empty `--data-dir` and a path that is not a folder."""
    if option is not None and not option.strip():
        raise UsageError("--data-dir is empty: name the data folder, or leave the option out")
    data_dir = resolve_data_dir(option)
    if data_dir.exists() and not data_dir.is_dir():
        raise UsageError(f"{data_dir}: not a folder (the data folder must be one)")
    return data_dir


#: Characters a terminal would act on rather than show: C0 and C1 controls and DEL, except the
#: line break and the tab. Imported titles and notes may hold escape sequences.
#: The bidirectional overrides too: they would turn the rest of the line around.
_CONTROL = dict.fromkeys(
    [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F)]
    + [*range(0x2066, 0x206A)]
)


class _TerminalSafe(io.TextIOBase):
    """A text stream that passes everything on but the control characters."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(text.translate(_CONTROL))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """Standard output and error without control characters, for as long as the command runs."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(stdout), _TerminalSafe(stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        if isinstance(sys.stdout, _TerminalSafe):
            sys.stdout.flush()
            sys.stdout = stdout
        sys.stderr.flush()
        sys.stderr = stderr


def describe_not_a_file(path: Path) -> str:
    """Why a path that should name a regular file does not, in a few words."""
    if not path.exists():
        return "no such file"
    if path.is_dir():
        return "is a folder, not a file"
    return "is not a regular file (a device, a pipe or a socket)"


def fail(message: str, code: int) -> int:
    """The one line an error gets: a line break in it (a file's name may hold one) is shown as
    \\n, so that scripts reading the first line read all of it."""
    one_line = message.replace("\r", "\\r").replace("\n", "\\n")
    print(f"{PROG}: error: {one_line}", file=sys.stderr)
    return code


def progress_line(verb: str) -> Callable[[int, int], None]:
    """A progress line on a terminal's stderr, written over in place ("taking changes: 40/120")
    and ended when `done` reaches `total`; nothing when stderr is not a terminal, so that a
    script's log holds only the result."""

    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(
                f"\r\x1b[K{verb}: {done}/{total}",
                end="" if done < total else "\n",
                file=sys.stderr,
                flush=True,
            )

    return show


def window_holds(data_dir: Path) -> bool:
    """Whether a window is open on this data folder (it holds the folder's lock file)."""
    from PySide6.QtCore import QLockFile

    from studytracker.paths import LOCK_NAME

    lock = QLockFile(str(data_dir / LOCK_NAME))
    if lock.tryLock(0):
        lock.unlock()
        return False
    # Only a lock another process holds means a window; a lock file that cannot be written (a full
    # disk, a read-only folder) says nothing of one, and the command's own write says what is wrong.
    return lock.error() == QLockFile.LockError.LockFailedError


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
