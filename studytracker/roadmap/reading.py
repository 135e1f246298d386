"""Reading the files the app takes as input (roadmaps, exports) as bytes, text or JSON.

A regular file only (a FIFO, a device or a socket would hang or never end), and never more than
a limit, counted while reading rather than taken from the size the file system reports.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from pathlib import Path
from typing import Any

from studytracker.roadmap.model import RoadmapError

#: The largest roadmap in markdown (and text file) read.
MAX_ROADMAP_BYTES = 10 * 1024 * 1024
#: The largest JSON read, a roadmap or a whole export: a writer of JSON the app reads back
#: refuses to write more (`check_json_size`), so whatever the app exports imports back.
MAX_JSON_BYTES = 200 * 1024 * 1024
#: How deep lists and objects may nest in a JSON file: an export needs under 50 levels, and the
#: code that walks what was read stays far from Python's recursion limit.
MAX_JSON_DEPTH = 100

_CHUNK_BYTES = 1024 * 1024


def _limit_text(limit: int) -> str:
    return f"{limit // 1048576} MB" if limit >= 1048576 else f"{limit} bytes"


def _refuse_unless_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise RoadmapError.of("file-folder", path=path)
    if not stat.S_ISREG(mode):
        raise RoadmapError.of("file-not-regular", path=path)


def read_file_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises RoadmapError, one line naming the path, for a missing or unreadable file, anything
    that is not a regular file, and a file that holds (or grows to) more than `limit` bytes.
    """
    try:
        mode = os.stat(path).st_mode  # stat never blocks, even on a FIFO
    except FileNotFoundError:
        raise RoadmapError.of("file-missing", path=path) from None
    except OSError as error:
        raise RoadmapError.of("file-unreadable", path=path, reason=error.strerror or error) from None
    _refuse_unless_regular(path, mode)
    # O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait
    # for a writer; the fstat below then refuses it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise RoadmapError.of("file-unreadable", path=path, reason=error.strerror or error) from None
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        try:
            status = os.fstat(descriptor)
            _refuse_unless_regular(path, status.st_mode)
            if status.st_size > limit:
                raise RoadmapError(
                    f"{path}: file is {status.st_size / 1048576:.1f} MB, over the {_limit_text(limit)} limit"
                )
            chunks: list[bytes] = []
            total = 0
            while total <= limit:
                chunk = handle.read(min(_CHUNK_BYTES, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError as error:
            raise RoadmapError.of("file-unreadable", path=path, reason=error.strerror or error) from None
    if total > limit:
        raise RoadmapError.of("file-too-big", path=path, limit=_limit_text(limit))
    return b"".join(chunks)


#: Byte-order marks of UTF-16 text (what Windows' Notepad and PowerShell write as "Unicode").
UTF16_MARKS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def read_text_file(path: Path, limit: int | None = None) -> str:
    """Read a roadmap file as text (at most `limit` bytes, MAX_ROADMAP_BYTES unless given): UTF-8,
    or UTF-16 that says so with its byte-order mark; refusing what is clearly not text."""
    raw = read_file_bytes(path, MAX_ROADMAP_BYTES if limit is None else limit)
    for mark, encoding in UTF16_MARKS:
        if raw.startswith(mark):
            try:
                text = raw[len(mark) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise RoadmapError.of("file-bad-utf16", path=path, offset=error.start + len(mark)) from None
            if not text.strip():
                raise RoadmapError.of("file-empty", path=path)
            if "\x00" in text:
                raise RoadmapError.of("file-binary", path=path)
            return text
    if not raw.strip():
        raise RoadmapError.of("file-empty", path=path)
    if b"\x00" in raw:
        raise RoadmapError.of("file-binary", path=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RoadmapError.of("file-not-utf8", path=path, offset=error.start) from None


def read_json_file(path: Path, limit: int | None = None) -> Any:
    """Read a JSON file (at most `limit` bytes, MAX_JSON_BYTES unless given), refusing what is
    not text or not JSON with the file, line and column, and JSON nested more than
    MAX_JSON_DEPTH levels."""
    text = read_text_file(path, MAX_JSON_BYTES if limit is None else limit)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise RoadmapError(
            f"{path}: broken JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:  # the decoder itself recurses, one level a frame
        raise RoadmapError(f"{path}: JSON nested more than {MAX_JSON_DEPTH} levels deep") from None
    check_json_depth(value, str(path))
    return value


def check_json_size(size: int, where: str) -> None:
    """For a writer of JSON the app reads back (an export): refuse `size` bytes when
    `read_json_file` would refuse them, with the one-line error starting with `where`."""
    if size > MAX_JSON_BYTES:
        raise RoadmapError(
            f"{where}: the JSON would be {size / 1048576:.1f} MB, over the "
            f"{_limit_text(MAX_JSON_BYTES)} limit of what can be read back"
        )


def check_json_depth(value: Any, where: str) -> None:
    """Refuse lists and objects nested more than MAX_JSON_DEPTH levels (a RoadmapError starting
    with `where`); walked without recursion, so any depth is safe to check."""
    stack: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise RoadmapError(f"{where}: JSON nested more than {MAX_JSON_DEPTH} levels deep")
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
