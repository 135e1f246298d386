"""What a sync needs of the place operations travel through: a small interface, and the
folder a learner already syncs (Syncthing, Nextcloud, Dropbox, a USB stick).

In the folder, each device writes only its own append-only segment files, under a folder of its
own: written to a temporary name, flushed to disk, then put in place under a name no other
file has (never over one), so a sync tool only ever sees whole files. A segment ends with the
digest of what precedes it: one cut short or damaged is skipped, never half applied. Copies a
sync tool made of a segment in a conflict (`*.sync-conflict-*`, "conflicted copy") are read as
the segments they are.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from studytracker.store.errors import StoreError
from studytracker.store.sync.operations import DEVICE_ID, DamagedOperation, Operation

SEGMENT_FORMAT = "studytracker-sync-segment"
#: The folder's own subfolder: a learner may point the sync at a folder that holds other things.
FOLDER_NAME = "StudyTracker sync"
SEGMENT_NAME = re.compile(r"(\d{12})-(\d{12})")
#: A segment holds at most this many operations; a larger file is not one of ours.
OPERATIONS_PER_SEGMENT = 5000
MAX_SEGMENT_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class DeviceSeen:
    """Another device, as the transport knows it: how far its operations go, and when it last
    wrote (ISO 8601, or None)."""

    device: str
    last_seq: int
    name: str = ""
    last_seen: str | None = None


@dataclass
class Fetched:
    """A device's operations after a point, in order and with no gap; and the segments that
    had to be skipped, each as its one-line message."""

    operations: list[Operation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Transport(Protocol):
    """Where operations travel: list what is there, get a device's operations, put ours if
    absent (an operation, once there, never changes)."""

    def devices(self) -> list[DeviceSeen]: ...

    def fetch(self, device: str, after_seq: int, limit: int) -> Fetched: ...

    def put(self, device: str, device_name: str, operations: list[Operation], written_at: str) -> None: ...

    def close(self) -> None: ...


class FolderTransport:
    """Segments in `DIR/StudyTracker sync/DEVICE_ID/FIRST-LAST.jsonl`."""

    def __init__(self, folder: Path) -> None:
        self.root = folder / FOLDER_NAME
        try:
            if not folder.is_dir():
                raise StoreError(
                    f"{folder}: the sync folder is not there (is the drive or the share mounted?)"
                )
            self.root.mkdir(mode=0o700, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{self.root}: cannot use the sync folder ({error.strerror})") from None

    def close(self) -> None:
        pass

    # -- listing and reading -------------------------------------------------------------------

    def _segments(self, device: str) -> list[tuple[int, int, Path]]:
        folder = self.root / device
        found = []
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            return []
        except OSError as error:
            raise StoreError(f"{folder}: cannot read the sync folder ({error.strerror})") from None
        for entry in entries:
            match = SEGMENT_NAME.match(entry.name)
            if match and not entry.name.startswith("."):
                found.append((int(match[1]), int(match[2]), Path(entry.path)))
        return sorted(found)

    def devices(self) -> list[DeviceSeen]:
        try:
            entries = [entry for entry in os.scandir(self.root) if DEVICE_ID.fullmatch(entry.name)]
        except OSError as error:
            raise StoreError(f"{self.root}: cannot read the sync folder ({error.strerror})") from None
        seen = []
        for entry in entries:
            segments = self._segments(entry.name)
            if segments:
                last_seq = max(last for _first, last, _path in segments)
                name, written = self._header_facts(max(segments, key=lambda s: s[1])[2])
                seen.append(DeviceSeen(entry.name, last_seq, name, written))
        return seen

    @staticmethod
    def _header_facts(path: Path) -> tuple[str, str | None]:
        """The device's name and the segment's time, from its first line (or nothing)."""
        try:
            with _open_regular(path) as handle:
                header = json.loads(handle.readline(64 * 1024))
            return str(header.get("name", ""))[:100], str(header.get("written_at")) or None
        except (OSError, ValueError, AttributeError, StoreError):
            return "", None

    def fetch(self, device: str, after_seq: int, limit: int) -> Fetched:
        fetched = Fetched()
        by_seq: dict[int, Operation] = {}
        for first, last, path in self._segments(device):
            if last <= after_seq or first > after_seq + limit:
                continue
            try:
                operations = read_segment(path, device)
            except DamagedOperation as error:
                fetched.problems.append(f"{error}; skipped (nothing of it was applied)")
                continue
            for op in operations:
                if op.seq > after_seq:
                    by_seq.setdefault(op.seq, op)
        seq = after_seq + 1
        while seq in by_seq and len(fetched.operations) < limit:
            fetched.operations.append(by_seq[seq])
            seq += 1
        return fetched

    # -- writing -------------------------------------------------------------------------------

    def put(self, device: str, device_name: str, operations: list[Operation], written_at: str) -> None:
        if not operations:
            return
        first, last = operations[0].seq, operations[-1].seq
        folder = self.root / device
        final = folder / f"{first:012d}-{last:012d}.jsonl"
        partial = folder / f".{final.name}.{os.getpid()}.partial"
        if final.exists():
            return  # there already (a sync killed before it noted the push): never written over
        header = {
            "format": SEGMENT_FORMAT,
            "version": 1,
            "device": device,
            "name": device_name,
            "first": first,
            "last": last,
            "written_at": written_at,
        }
        lines = [json.dumps(header, ensure_ascii=False)]
        lines += [json.dumps(op.to_json(), ensure_ascii=False, separators=(",", ":")) for op in operations]
        body = ("\n".join(lines) + "\n").encode("utf-8")
        trailer = json.dumps({"sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n"
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            # the learner's notes are in it: readable by them alone, as the data folder is
            with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
                handle.write(body + trailer)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(partial, final)  # fails if the name is taken: never over another file
            except FileExistsError:
                pass
            except OSError:  # a file system without links (FAT on a USB stick)
                if not final.exists():
                    os.replace(partial, final)
            _sync_folder(folder)
        except OSError as error:
            raise StoreError(f"{final}: cannot write to the sync folder ({error.strerror})") from None
        finally:
            partial.unlink(missing_ok=True)


def read_segment(path: Path, device: str) -> list[Operation]:
    """A segment's operations, checked whole: its digest, its header, every operation."""
    try:
        with _open_regular(path) as handle:
            raw = handle.read(MAX_SEGMENT_BYTES + 1)
    except OSError as error:
        raise DamagedOperation(f"{path}: cannot be read ({error.strerror})") from None
    except StoreError as error:
        raise DamagedOperation(str(error)) from None
    if len(raw) > MAX_SEGMENT_BYTES:
        raise DamagedOperation(f"{path}: larger than any segment ({MAX_SEGMENT_BYTES // 2**20} MiB)")
    body, _sep, trailer = raw.rstrip(b"\n").rpartition(b"\n")
    body += b"\n"
    try:
        digest = json.loads(trailer)["sha256"]
    except (ValueError, KeyError, TypeError):
        raise DamagedOperation(f"{path}: cut short or damaged (no digest at its end)") from None
    if digest != hashlib.sha256(body).hexdigest():
        raise DamagedOperation(f"{path}: damaged (its digest does not match what it holds)")
    try:
        lines = body.decode("utf-8").splitlines()
        header = json.loads(lines[0])
        items = [json.loads(line) for line in lines[1:]]
    except (UnicodeDecodeError, ValueError, RecursionError, IndexError):
        raise DamagedOperation(f"{path}: damaged (not the JSON lines of a segment)") from None
    if (
        not isinstance(header, dict)
        or header.get("format") != SEGMENT_FORMAT
        or header.get("device") != device
    ):
        raise DamagedOperation(f"{path}: not a segment of device {device}")
    operations = [Operation.from_json(item, f"{path}: line {index + 2}") for index, item in enumerate(items)]
    seqs = [op.seq for op in operations]
    if any(op.device != device for op in operations) or seqs != list(
        range(header.get("first", 0), header.get("last", -1) + 1)
    ):
        raise DamagedOperation(f"{path}: its operations are not the ones its header names")
    return operations


def _open_regular(path: Path):  # type: ignore[no-untyped-def]
    """Open a file for reading only if it is a regular file: never a FIFO (which would wait
    forever) or a device, and never through a link."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise StoreError(f"{path}: not a regular file")
    return os.fdopen(descriptor, "rb")


def _sync_folder(folder: Path) -> None:
    """Make a new name in the folder durable (where the system allows it)."""
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
