"""A session left running for days (the timer forgotten) is not a dead end on the command line:
`stop` says how to end it, and `stop --at`, `--keep-until-last-heartbeat` and `--discard` do."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from tests.cli.conftest import Cli

WAYS = ("stop --at", "stop --keep-until-last-heartbeat", "stop --discard")


@pytest.fixture
def forgotten(tracker: Tracker, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tracker]:
    """A session started on 2026-11-24 at 18:00 in Berlin whose last heartbeat was at 18:20; the
    command line's clock (the system's, in Berlin too) is days later."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    tracker.study.start("sql", source="timer")
    clock.advance(minutes=20)
    tracker.study.heartbeat()
    yield tracker
    monkeypatch.undo()
    time.tzset()


def test_stop_and_start_name_the_ways_out(cli: Cli, forgotten: Tracker) -> None:
    for command in (("stop",), ("start", "--step", "sql")):
        code, _out, err = cli(*command)
        assert code == 2 and err.count("\n") == 1, err
        assert all(way in err for way in WAYS), err
    assert forgotten.reads.sessions.running() is not None  # nothing changed


@pytest.mark.parametrize(
    ("option", "minutes"),
    [(("--at", "2026-11-24 19:30"), 90), (("--at", "19:30"), 90), (("--keep-until-last-heartbeat",), 20)],
    ids=["at a date and time", "at a time after the start", "until the last heartbeat"],
)
def test_a_forgotten_session_ends_where_the_learner_says(
    cli: Cli, forgotten: Tracker, option: tuple[str, ...], minutes: int
) -> None:
    code, out, err = cli("stop", *option)
    assert code == 0, err
    assert out.startswith("stopped ")
    (session,) = forgotten.reads.sessions.log()
    assert session.end is not None and session.minutes == minutes
    assert cli("start", "--step", "sql")[0] == 0  # free again


def test_a_forgotten_session_can_be_dropped(cli: Cli, forgotten: Tracker) -> None:
    code, out, err = cli("stop", "--discard")
    assert code == 0 and out.startswith("discarded the running session"), err
    assert forgotten.reads.sessions.running() is None and forgotten.reads.sessions.log() == []


def test_stop_at_a_moment_outside_the_session_is_refused(cli: Cli, forgotten: Tracker) -> None:
    code, _out, err = cli("stop", "--at", "2026-11-24 17:00")  # before it started
    assert code == 2 and "between the session's start" in err
    code, _out, err = cli("stop", "--at", "2026-11-26 19:00")  # two days of study: over 24 hours
    assert code == 2 and "over 24 hours" in err
    code, _out, err = cli("stop", "--at", "25:00")
    assert code == 2 and "HH:MM" in err
    assert forgotten.reads.sessions.running() is not None
    assert timedelta(0) < forgotten.clock.now() - forgotten.reads.sessions.running().start  # type: ignore[union-attr]
