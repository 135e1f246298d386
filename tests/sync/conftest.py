"""Devices for sync tests: data folders of their own, each with its own clock, syncing through
one folder or one real PostgreSQL server started on a loopback port for the session.

The server is Debian's PostgreSQL (`.ci/run` installs it), run by a user other than root, as
`initdb` refuses root. A test that needs it fails when it cannot start; it never skips.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.sync.service import SyncService
from studytracker.store.tracker import Tracker
from studytracker.store.transfer import export_all
from tests.conftest import BERLIN, HUB_PASSWORD, HUB_USER, PostgresServer  # noqa: F401 - the hub tests import them here


@dataclass
class Device:
    name: str
    tracker: Tracker
    clock: FixedClock

    @property
    def sync(self) -> SyncService:
        return SyncService(self.tracker)

    def status_of(self, topic: str) -> str:
        found = [p["status"] for p in export_all(self.tracker)["progress"] if p["topic"] == topic]
        return found[0] if found else "todo"

    def note(self, step: str) -> str:
        view = self.tracker.reads.notes.get(step_id=step)
        return view.body if view else ""

    def minutes(self) -> int:
        return self.tracker.reads.progress.status().minutes_total

    def state(self) -> dict[str, object]:
        """What the learner has here, as `export` writes it, without the moment of export and
        with lists in one order (devices learn of things in different orders)."""
        data = export_all(self.tracker)
        del data["exported_at"]
        for key, value in data.items():
            if isinstance(value, list) and key != "roadmaps":
                value.sort(key=lambda item: sorted((k, str(v)) for k, v in item.items()))
        for session in data["sessions"]:
            session.pop("id", None)
        return data


@pytest.fixture
def make_device(tmp_path: Path) -> Iterator[object]:
    opened: list[Tracker] = []

    def make(name: str, start: datetime = datetime(2026, 11, 24, 18, 0)) -> Device:
        clock = FixedClock(start, tz=BERLIN)
        tracker = Tracker.open(tmp_path / f"device-{name}", clock=clock)
        opened.append(tracker)
        return Device(name, tracker, clock)

    yield make
    for tracker in opened:
        tracker.close()


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync # 100% ?shared"  # names a URL would misread
    folder.mkdir()
    return folder
