"""Quitting the app as a learner does, in a process of its own (the whole start and end of
`run_window`): nothing may reach the crash log on the way out."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

#: The app started as `studytracker` starts it (its entry point, which holds collection back); once its data is attached it ticks two topics (so
#: Undo and Redo have texts), undoes one, and quits through File → Quit.
LEARNER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from studytracker.__main__ import main
    from studytracker.ui.shell.main_window import MainWindow

    def after_attach(window):
        window.set_topic_status("python-libraries/libraries/numpy", "done")
        window.set_topic_status("python-libraries/libraries/pandas-polars", "done")
        window.step_pane.editing.undo_stack.undo()
        QTimer.singleShot(100, window.actions_by_name["quit"].trigger)

    MainWindow.offer_welcome = after_attach
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def test_quitting_after_ticks_and_an_undo_writes_nothing_to_the_crash_log(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", LEARNER, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert done.returncode == 0, done.stderr
    crash_log = data_dir / "crash.log"
    assert not crash_log.exists(), crash_log.read_text(encoding="utf-8")
    assert "Traceback" not in done.stderr
