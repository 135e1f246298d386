"""Data safety in the window: one window per folder, outside changes, backups, damage on start."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME
from studytracker.store.safety import Backups, check_database
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.instance import SingleInstance
from studytracker.ui.shell.main_window import MainWindow


def test_a_second_window_on_the_same_folder_is_refused_and_raises_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.listen()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    assert second.holder_pid() == os.getpid()  # named in the message to the learner
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert second.ask_running_to_raise()
    assert first.server is not None
    socket = Path(first.server.fullServerName())
    assert socket.is_absolute() and socket.parent != Path("/tmp")  # not a name anyone can predict in /tmp
    assert stat.S_IMODE(socket.stat().st_mode) & 0o077 == 0  # the learner's alone
    first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()
    third.release()


def test_the_window_shows_what_the_command_line_wrote(
    window: MainWindow, data_dir: Path, clock: FixedClock
) -> None:
    assert not window.data_watcher.poll()
    other = Tracker.open(data_dir, clock=clock)  # the command line, writing while the window is open
    try:
        other.progress.set_status("sql/basics-select-insert-update-delete", "done")
        other.study.start("sql")
    finally:
        other.close()
    assert window.data_watcher.poll()
    row = window.step_model.row_of("sql")
    assert window.step_model.step_at(row).progress.done == 1  # type: ignore[union-attr]
    assert window.timer_bar.running is not None and window.timer_bar.running.step_id == "sql"


def test_closing_backs_up_what_changed(qtbot, tracker: Tracker, settings: QSettings, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings=settings, open_url=lambda _u: True)
    qtbot.addWidget(window)
    window.attach(tracker)
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    window.close()
    [backup] = Backups(data_dir).newest_first()
    with sqlite3.connect(backup.path) as connection:
        assert connection.execute("SELECT count(*) FROM study_session").fetchone() == (1,)


def test_restore_from_the_window(qtbot, window: MainWindow, tracker: Tracker, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    task = window.backups.back_up_in_background("now")  # File → Back up now: off the event loop
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000) as made_signal:
        pass
    made = made_signal.args[0]
    assert made is not None and made.is_file()
    assert f"Backed up to {made}" in window.statusBar().currentMessage()
    window.tracker.study.log("sql", 45, day=date(2026, 11, 21))  # type: ignore[union-attr]
    assert window.backups.restore(made)
    assert [s.minutes for s in window.tracker.reads.sessions.log()] == [30]  # type: ignore[union-attr]
    assert window.step_model.step_at(window.step_model.row_of("sql")).minutes == 30  # type: ignore[union-attr]


def test_a_damaged_database_on_start_offers_the_newest_good_backup(
    qtbot,
    data_dir: Path,
    clock: FixedClock,
    settings: QSettings,  # type: ignore[no-untyped-def]
) -> None:
    tracker = Tracker.open(data_dir, clock=clock)
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    Backups(data_dir).create()
    tracker.close()
    database = data_dir / DATABASE_NAME
    for suffix in ("-wal", "-shm"):
        (data_dir / (DATABASE_NAME + suffix)).unlink(missing_ok=True)
    database.write_bytes(b"not a database any more" * 500)
    window = MainWindow(settings=settings, open_url=lambda _u: True)
    qtbot.addWidget(window)
    asked = []
    data_folder = window.use_data_folder(data_dir, clock)
    window.questions.restore_after_damage = lambda problem, when: asked.append(problem) or False  # type: ignore[method-assign]
    assert not data_folder.recover_damaged(check_database(database, quick=True))
    assert asked and "damaged" in asked[0]
    assert database.read_bytes() == b"not a database any more" * 500  # declined: nothing written
    window.questions.restore_after_damage = lambda problem, when: True  # type: ignore[method-assign]
    assert data_folder.recover_damaged(check_database(database, quick=True))
    assert check_database(database).ok
    kept = list(data_dir.glob("studytracker-damaged-*.sqlite3"))
    assert kept and kept[0].read_bytes() == b"not a database any more" * 500


def test_the_automatic_backup_runs_in_the_background_on_the_learners_clock(
    qtbot, window: MainWindow, tracker: Tracker, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window.set_topic_status("sql/basics-select-insert-update-delete", "done")  # something to back up
    task = window.backups.back_up_in_background("timer")  # type: ignore[union-attr]
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000) as made:
        pass
    # the clock of the tests says Tuesday 24 November 2026, 18:00: the backup is named for it
    assert made.args[0] == data_dir / "backups" / "studytracker-20261124-180000.sqlite3"
    again = window.backups.back_up_in_background("timer")  # type: ignore[union-attr]
    assert again is not None
    with qtbot.waitSignal(again.finished, timeout=20000) as second:
        pass
    assert second.args[0] is None  # nothing changed since: no second backup
