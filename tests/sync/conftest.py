"""Devices for sync tests: data folders of their own, each with its own clock, syncing through
one folder or one real PostgreSQL server started on a loopback port for the session.

The server is Debian's PostgreSQL (`.ci/run` installs it), run by a user other than root, as
`initdb` refuses root. A test that needs it fails when it cannot start; it never skips.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.sync.service import SyncService
from studytracker.store.tracker import Tracker
from studytracker.store.transfer import export_all
from tests.conftest import BERLIN
from tools.local_postgres import ServerError, local_postgres

HUB_USER, HUB_PASSWORD = "hubadmin", "s3cret:with\\odd chars"


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


@dataclass(frozen=True)
class PostgresServer:
    port: int

    def url(self, database: str = "postgres", password: bool = True) -> str:
        from urllib.parse import quote

        secret = f":{quote(HUB_PASSWORD, safe='')}" if password else ""
        return f"postgresql://{HUB_USER}{secret}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=HUB_USER,
            password=HUB_PASSWORD,
            dbname=database,
            autocommit=True,
        ) as connection:
            connection.execute(statement)  # type: ignore[arg-type]

    def new_database(self) -> str:
        name = f"hub_{os.urandom(4).hex()}"
        self.sql(f"CREATE DATABASE {name}")
        return name


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server of its own on 127.0.0.1, password-protected (scram), for the session."""
    try:
        with local_postgres(HUB_USER, HUB_PASSWORD) as port:
            yield PostgresServer(port)
    except ServerError as error:
        pytest.fail(f"the PostgreSQL server for the hub tests did not start: {error}")
