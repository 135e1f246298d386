"""A long import tells how far it is: on a terminal, a line written over in place; in a script's
log, nothing but the result."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from studytracker.store import transfer
from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from studytracker.store.transfer import export_all, merge_all


def an_export(data_dir: Path, clock: FixedClock, sessions: int) -> dict[str, object]:
    tracker = Tracker.open(data_dir, clock=clock)
    try:
        first = date(2020, 1, 1)
        for day in range(sessions):
            tracker.study.log("sql", 20, day=first + timedelta(days=day), note=f"day {day}")
        tracker.notes.save("joins first", step_id="sql", source="cli")
        return export_all(tracker)
    finally:
        tracker.close()


def test_an_import_hears_its_progress_up_to_the_whole(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "PROGRESS_EVERY", 5)
    data = an_export(tmp_path / "from", clock, sessions=12)
    heard: list[tuple[int, int]] = []
    fresh = Tracker.open(tmp_path / "into", clock=clock)
    try:
        merge_all(fresh, data, source="x.json", progress=lambda done, total: heard.append((done, total)))
    finally:
        fresh.close()
    whole = 12 + 1 + 1  # the sessions, the note, its revision
    assert heard == [(0, whole), (5, whole), (10, whole), (whole, whole)]


def test_import_on_a_terminal_shows_a_progress_line_and_in_a_log_only_the_result(
    tmp_path: Path, clock: FixedClock
) -> None:
    export = tmp_path / "all.json"
    export.write_text(json.dumps(an_export(tmp_path / "from", clock, sessions=3)))
    command = [sys.executable, "-m", "studytracker", "import", str(export)]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    logged = subprocess.run(
        [*command[:3], "--data-dir", str(tmp_path / "one"), *command[3:]],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert logged.returncode == 0 and logged.stderr == "", logged.stderr

    leader, follower = pty.openpty()
    try:
        on_terminal = subprocess.run(
            [*command[:3], "--data-dir", str(tmp_path / "two"), *command[3:]],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=environment,
            timeout=120,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other end is closed: all was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert on_terminal.returncode == 0
    assert b"merging: 0/5" in shown and b"merging: 5/5\r\n" in shown, shown
