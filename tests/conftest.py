"""Shared fixtures. Qt runs offscreen; set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker

ROADMAPS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "roadmaps"
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
def sample_roadmaps() -> dict[str, Path]:
    if not ROADMAPS_DIR.is_dir():
        pytest.skip(f"sample roadmaps not found at {ROADMAPS_DIR}")
    return {path.stem: path for path in sorted(ROADMAPS_DIR.glob("*.md"))}
