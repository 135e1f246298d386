"""Shared fixtures. Qt runs offscreen; set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from tools.local_postgres import ServerError, local_postgres

# Property tests draw the same examples on every run in CI (a run passes or fails on the code
# alone, not on the draw), and keep no example database in the clone; a developer's run draws
# anew each time. Examples found failing once are pinned in the tests with @example.

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev", database=None)
# `make fuzz`: the long random search, its finds kept (the example database) to pin with @example
settings.register_profile("fuzz", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))
#: How many times more examples each property test draws (`make fuzz` sets it).
FUZZ_FACTOR = max(1, int(os.environ.get("STUDYTRACKER_FUZZ_FACTOR", "1") or "1"))


def examples(count: int) -> int:
    """A property test's number of examples: `count` in CI and a developer's run, many times
    that in `make fuzz`."""
    return count * FUZZ_FACTOR


def pytest_sessionstart(session: pytest.Session) -> None:
    """The compiled translations the tests load, made from the `.ts` sources when `make` has not
    made them (a fresh clone run with `python -m pytest`) or a source is newer."""
    from tools.translations import compile_ts, ts_files

    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            compile_ts(ts)


PROJECT_DIR = Path(__file__).resolve().parent.parent
TEST_DATA = PROJECT_DIR / "tests" / "data"
#: The markdown resources/roadmap.json is built from (tools/build_bundled_roadmap.py).
BUNDLED_MARKDOWN = PROJECT_DIR / "resources" / "roadmaps" / "machine-learning-engineer-2025-26.md"
#: The roadmap markdown family: the bundled roadmap's source and two more roadmaps in its style.
SAMPLE_ROADMAPS = (
    BUNDLED_MARKDOWN,
    TEST_DATA / "roadmaps" / "ai-agent-developer-2025-26.md",
    TEST_DATA / "roadmaps" / "data-analyst-2026.md",
)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FixedClock:
    """Tuesday 2026-11-24 18:00 in Berlin; tests move it by hand."""
    return FixedClock(datetime(2026, 11, 24, 18, 0), tz=BERLIN)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def tracker(data_dir: Path, clock: FixedClock) -> Iterator[Tracker]:
    opened = Tracker.open(data_dir, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def other_program(tracker: Tracker, data_dir: Path, clock: FixedClock) -> Iterator[Tracker]:
    """Another program writing to the same data folder (the command line, a sync): its commits
    are outside changes to a window attached to `tracker`."""
    opened = Tracker.open(data_dir, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def sample_roadmaps() -> dict[str, Path]:
    """The sample roadmaps by name ("data-analyst-2026"); a missing one fails the test."""
    missing = [str(path) for path in SAMPLE_ROADMAPS if not path.is_file()]
    assert not missing, f"sample roadmaps missing from the project: {missing}"
    return {path.stem: path for path in SAMPLE_ROADMAPS}


# --- a real PostgreSQL server for the hub's tests (sync, cohorts, the command line's hub) ---------

HUB_USER, HUB_PASSWORD = "hubadmin", "s3cret:with\\odd chars"


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
