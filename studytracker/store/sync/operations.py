"""One operation of a device's journal, how it travels as JSON, and the clock that orders them.

An operation says what one thing is now: a topic's status, a setting, a session, a revision of
a note, a review, a roadmap. It carries the device that made it and its place in that device's
journal (`seq`), and a hybrid logical clock (`hlc`): milliseconds of the wall clock, but never
behind anything the device has made or seen, so a device whose clock is hours behind still
orders its later edits after what it synced.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

#: The operations' format. A device refuses operations of a newer one ("update StudyTracker").
OPERATION_FORMAT = 1
KINDS = ("roadmap", "setting", "progress", "session", "revision", "review")
DEVICE_ID = re.compile(r"[0-9a-f]{32}")
MAX_DEVICE_NAME = 100
#: Larger than any clock in milliseconds until 2200, small enough for SQLite and PostgreSQL.
MAX_HLC = 2**62


class DamagedOperation(ValueError):
    """An operation that is not one (a damaged or forged segment): its path says where."""


def new_device_id() -> str:
    return secrets.token_hex(16)


def next_hlc(last_hlc: int, now_ms: int) -> int:
    """The clock of a new operation: the wall clock, unless something made or seen is later."""
    return max(now_ms, last_hlc + 1)


@dataclass(frozen=True)
class Operation:
    device: str
    seq: int
    hlc: int
    kind: str
    key: str
    #: What the thing is now (None: it was deleted).
    data: dict[str, Any] | None
    schema: int = OPERATION_FORMAT

    def stamp(self) -> tuple[int, str]:
        """What orders two operations on one thing: the clock, then the device (never equal)."""
        return self.hlc, self.device

    def to_json(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "seq": self.seq,
            "hlc": self.hlc,
            "schema": self.schema,
            "kind": self.kind,
            "key": self.key,
            "data": self.data,
        }

    @classmethod
    def from_json(cls, item: Any, where: str) -> Operation:
        """An operation read from a transport, checked field by field. One of a newer format
        is kept as it is (its kind and data unchecked): applying refuses it by its `schema`."""
        if not isinstance(item, dict):
            raise DamagedOperation(f"{where}: not an object")

        def whole(key: str, low: int, high: int) -> int:
            value = item.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise DamagedOperation(f"{where}.{key}: not a whole number from {low} to {high}")
            return value

        schema = whole("schema", 1, 1_000_000)
        device = item.get("device")
        if not isinstance(device, str) or not DEVICE_ID.fullmatch(device):
            raise DamagedOperation(f"{where}.device: not a device id")
        kind, key, data = item.get("kind"), item.get("key"), item.get("data")
        if schema <= OPERATION_FORMAT and kind not in KINDS:
            raise DamagedOperation(f"{where}.kind: {kind!r} is not one of {', '.join(KINDS)}")
        if not isinstance(kind, str) or not isinstance(key, str) or not 0 < len(key) <= 1000:
            raise DamagedOperation(f"{where}.key: not a text of 1 to 1000 characters")
        if data is not None and not isinstance(data, dict):
            raise DamagedOperation(f"{where}.data: not an object or null")
        return cls(device, whole("seq", 1, MAX_HLC), whole("hlc", 0, MAX_HLC), kind, key, data, schema)


def progress_key(roadmap: str, topic: str) -> str:
    """The key of a topic's status: ids never hold a space (the roadmap schema's pattern)."""
    return f"{roadmap} {topic}"
