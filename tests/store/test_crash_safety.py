"""A process killed with SIGKILL in the middle of writes leaves every committed row readable."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from studytracker.store.database import DATABASE_NAME

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, time, timedelta
    from pathlib import Path
    from studytracker.store.tracker import Tracker

    tracker = Tracker.open(Path(sys.argv[1]))
    topics = ["python-libraries/libraries/numpy", "python-libraries/libraries/pandas-polars"]
    day = date(2020, 1, 1)
    for index in range(100000):
        session = tracker.study.log("python-libraries", 30, day=day + timedelta(days=index),
                                      at=time(9, 0), note=f"n{index}").session
        tracker.progress.set_status(topics[index % 2], "done" if index % 3 else "in-progress")
        print(session.id, flush=True)  # said only after the commit returned
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_writes_loses_no_committed_session(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    committed = []
    for line in process.stdout:
        committed.append(int(line))
        if len(committed) >= 60:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    committed.extend(int(line) for line in process.stdout.read().split())

    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in connection.execute("SELECT id FROM study_session")}
        notes = {row[0] for row in connection.execute("SELECT note FROM study_session")}
    assert set(committed) <= stored
    assert {f"n{i}" for i in range(len(committed))} <= notes
