"""Writing a file for the learner whole or not at all (a report, a screenshot, an export, a
backup): into a temporary file beside the target, checked (not empty, and ending as its format
ends), synced to disk, made the learner's alone, and only then renamed over the target. On any
failure the target is left as it was and the temporary file is removed.

Every temporary file is named for the process writing it (`.NAME.PID.partial`), so that a later
write to the same folder removes what a killed one left behind.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from studytracker.store.errors import StoreError

#: How a file of each kind ends when it was written whole.
END_MARKERS = {
    ".pdf": b"%%EOF",
    ".png": b"IEND\xaeB`\x82",
}
#: A temporary file of a write (or of a backup copy, and the journal SQLite keeps beside it): the
#: writing process's id is in its name.
_PARTIAL = re.compile(r"\.(\d+)(?:\.[0-9a-z_]+)?\.partial(?:-journal|-wal|-shm)?$")


def write_whole(target: Path, write: Callable[[Path], object], end_marker: bytes | None = None) -> Path:
    """Have `write` write the file at the path it is given, then put it in place as `target`.
    `end_marker` (by default the one of the target's suffix, if any) must be in the file's last
    kilobyte. The store's one-line error when anything fails; `target` is untouched then."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise StoreError(f"{target}: the folder {folder} does not exist")
    if target.is_dir():
        raise StoreError(f"{target}: is a folder; name a file to write")
    remove_partial_files(folder)
    marker = end_marker if end_marker is not None else END_MARKERS.get(target.suffix.lower())
    try:
        prefix = f".{target.name}.{os.getpid()}."
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=".partial", dir=folder)
    except OSError as error:
        raise StoreError(f"{target}: cannot write there ({error.strerror})") from None
    os.close(handle)
    partial = Path(name)
    try:
        write(partial)
        _check_whole(partial, target, marker)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, target)
        _sync_folder(folder)
    except OSError as error:
        reason = error.strerror or error
        raise StoreError(f"{target}: cannot write it ({reason}); nothing was replaced") from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def write_bytes_whole(target: Path, data: bytes) -> Path:
    """`data` as the file `target`, whole or not at all."""

    def write(path: Path) -> None:
        with open(path, "wb") as out:
            out.write(data)
            out.flush()

    return write_whole(target, write, end_marker=data[-64:] if data else b"")


def _check_whole(partial: Path, target: Path, marker: bytes | None) -> None:
    size = partial.stat().st_size
    if size == 0:
        raise StoreError(f"{target}: nothing could be written (is the disk full?); nothing was replaced")
    if marker:
        with open(partial, "rb") as written:
            written.seek(max(0, size - 1024 - len(marker)))
            if marker not in written.read():
                raise StoreError(
                    f"{target}: the file came out incomplete (is the disk full?); nothing was replaced"
                )


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk too (best effort: not every file system syncs a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def remove_partial_files(folder: Path) -> list[Path]:
    """Temporary files in `folder` left by a write whose process is gone (killed mid-way)."""
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder) if ".partial" in entry.name]
    except OSError:
        return removed
    for name in names:
        match = _PARTIAL.search(name)
        if match and not process_alive(int(match.group(1))):
            path = folder / name
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (another user's counts as running)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
