"""Starting the window: paint it first, then open the database and fill it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studytracker import __version__
from studytracker.ui.icons import icon

APP_NAME = "StudyTracker"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("studytracker")
    app.setWindowIcon(icon("studytracker"))
    return app


def run_window(data_dir: Path) -> int:
    """Open the main window on a data folder; returns the process exit code."""
    app = make_application()
    from studytracker.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    state: dict[str, object] = {}

    def open_data() -> None:
        # SQLAlchemy and the database come after the first paint: the window is up at once.
        from studytracker.store.errors import StoreError
        from studytracker.store.tracker import Tracker

        try:
            tracker = Tracker.open(data_dir)
        except StoreError as error:
            QMessageBox.critical(window, "StudyTracker cannot open your data", str(error))
            state["code"] = 1
            app.quit()
            return
        state["tracker"] = tracker
        window.attach(tracker)

    QTimer.singleShot(0, open_data)
    code = app.exec()
    tracker = state.get("tracker")
    if tracker is not None:
        tracker.close()  # type: ignore[attr-defined]
    return int(state.get("code", code))  # type: ignore[call-overload]
