"""Start-up: the window fills from the folder opened read-only, then the Tracker takes over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.app import load_store
from studytracker.ui.shell.main_window import MainWindow

TOPIC = "sql/basics-select-insert-update-delete"


def _new_window(qtbot, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings=settings, open_url=lambda _url: True)
    window.questions.close_while_running = lambda: "save"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    return window


def test_first_view_is_read_only_until_the_tracker_takes_over(
    qtbot, settings: QSettings, data_dir: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    tracker = Tracker.open(data_dir, clock=clock)
    tracker.progress.set_status(TOPIC, "done")
    tracker.study.log("sql", 50)
    clock.advance(hours=1)
    tracker.study.start("sql")  # on the command line, still running
    tracker.close()
    settings.setValue("lastStep/machine-learning-engineer", "sql")
    window = _new_window(qtbot, settings)

    window.show_first_view(data_dir, clock)
    assert window.tracker is None and window.reads is not None
    assert window.step_id == "sql"  # the step shown last time
    assert "1 of 69 topics done" in window.progress_label.text()
    assert window.topic_model.topic_at(window.topic_model.index_of(TOPIC)).status == "done"  # type: ignore[union-attr]
    assert "Step 2: SQL" in window.viewer.overview.toPlainText()
    assert not window.find_action.isEnabled() and not window.roadmap_box.isEnabled()
    assert window.timer_bar.what.text() == "SQL"  # the running session, shown but not yet controlled
    assert not window.timer_bar.stop_button.isEnabled()
    window.viewer.show_view("statistics")  # figures come from the plain reads as well
    assert window.viewer.statistics.canvas.stats.minutes_by_day == {clock.now().date(): 50}  # type: ignore[union-attr]
    window.viewer.show_view("notes")  # notes wait for the Tracker: nothing to edit yet
    assert "notes" in window.step_pane.stale_tabs
    window.viewer.show_view("overview")
    window.set_topic_status(TOPIC, "todo")  # a tick before the store is there changes nothing
    assert "nothing was changed" in window.statusBar().currentMessage()

    window.show()
    window.checklist.setCurrentIndex(window.topic_model.index_of(TOPIC))  # the learner looks at a topic
    failures: list[str] = []
    load_store(window, data_dir, could_not_open=lambda: failures.append("could not open"), clock=clock)
    qtbot.waitUntil(lambda: window.tracker is not None, timeout=20_000)
    assert not failures
    assert (
        window.step_pane.current_topic() is not None and window.step_pane.current_topic().id == TOPIC
    )  # still there  # type: ignore[union-attr]
    assert window.tracker is not None and window.reads is window.tracker.reads
    assert window.find_action.isEnabled() and window.roadmap_box.isEnabled()
    assert window.timer_bar.stop_button.isEnabled()  # the Tracker times it now
    assert window.tracker.reads.progress.status().overall.done == 1  # the early tick was not saved
    window.set_topic_status(TOPIC, "todo")
    assert "0 of 69 topics done" in window.progress_label.text()
    window.tracker.close()


def test_a_new_folder_has_no_first_view_and_opens_with_the_tracker(
    qtbot, settings: QSettings, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _new_window(qtbot, settings)
    window.show_first_view(data_dir)
    assert window.reads is None
    window.show()
    load_store(window, data_dir, could_not_open=lambda: None)
    assert window.statusBar().currentMessage() == "Opening your data…"
    qtbot.waitUntil(lambda: window.tracker is not None, timeout=20_000)
    assert (data_dir / DATABASE_NAME).is_file()
    assert window.step_model.rowCount() > 0
    window.tracker.close()


def test_a_damaged_file_is_not_opened_and_says_so(
    qtbot, settings: QSettings, data_dir: Path, clock: FixedClock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    Tracker.open(data_dir, clock=clock).close()
    database = data_dir / DATABASE_NAME
    with open(database, "r+b") as handle:  # the middle of the file overwritten, as a failing disk would
        handle.seek(database.stat().st_size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)
    before = database.read_bytes()
    window = _new_window(qtbot, settings)
    asked: list[str] = []
    monkeypatch.setattr(window.questions, "restore_after_damage", lambda problem, when: asked.append(problem))
    monkeypatch.setattr(window.questions, "critical", lambda title, message: asked.append(message))
    window.show_first_view(data_dir)
    window.show()
    failures: list[str] = []
    load_store(window, data_dir, could_not_open=lambda: failures.append("could not open"))
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert window.tracker is None and window.reads is None
    assert len(asked) == 1 and "no good backup" in asked[0]  # the learner was told why
    assert database.read_bytes() == before  # and nothing was written


def test_closing_before_the_store_is_attached_still_backs_up_what_changed(
    qtbot, settings: QSettings, data_dir: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    from studytracker.store.safety import Backups

    tracker = Tracker.open(data_dir, clock=clock)
    tracker.study.log("sql", 50)  # written on the command line, never backed up
    tracker.close()
    window = _new_window(qtbot, settings)
    assert window.show_first_view(data_dir, clock)
    window.show()
    window.close()  # Ctrl+Q before the Tracker takes over
    [backup] = Backups(data_dir).newest_first()
    assert backup.made_at == clock.now().replace(tzinfo=None)
    window.data_folder.release()  # type: ignore[union-attr]


def test_the_window_settings_file_is_the_learners_alone(tmp_path: Path) -> None:
    """It holds the roadmap and the step being studied: 0600 in a 0700 folder, as the data is."""
    import os
    import stat
    import subprocess
    import sys

    script = (
        "from studytracker.ui.shell.app import make_application, private_settings\n"
        "make_application()\n"
        "settings = private_settings()\n"
        "settings.setValue('lastStep/machine-learning-engineer', 'sql')\n"
        "settings.sync()\n"
        "print(settings.fileName())\n"
    )
    config = tmp_path / "config"
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    written = Path(run.stdout.strip().splitlines()[-1])
    assert written.is_relative_to(config) and "sql" in written.read_text()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700
    written.chmod(0o644)  # an older version's file, readable by others
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
