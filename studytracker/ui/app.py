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
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        QMessageBox.critical(
            None, "StudyTracker", f"{data_dir}: cannot create the data folder ({error.strerror})"
        )
        return 1
    from studytracker.ui.instance import SingleInstance

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.ask_running_to_raise():
            print(f"StudyTracker is already open on {data_dir}; brought its window to the front.")
            return 0
        pid = instance.holder_pid()
        QMessageBox.information(
            None, "StudyTracker", f"StudyTracker is already open on {data_dir} (process {pid})."
        )
        return 1
    from studytracker.ui.main_window import MainWindow

    window = MainWindow()
    instance.raise_requested.connect(window.bring_to_front)
    window.show()
    exit_code: dict[str, int] = {}  # set when the data cannot be opened

    def open_data() -> None:
        # SQLAlchemy and the database come after the first paint: the window is up at once.
        from studytracker.store.errors import StoreError
        from studytracker.store.tracker import Tracker

        if not window.recover_damaged_database(data_dir):
            exit_code["code"] = 1
            app.quit()
            return
        try:
            tracker = Tracker.open(data_dir)
        except StoreError as error:
            QMessageBox.critical(window, "StudyTracker cannot open your data", str(error))
            exit_code["code"] = 1
            app.quit()
            return
        window.attach(tracker)

    QTimer.singleShot(0, open_data)
    code = app.exec()
    if window.tracker is not None:
        window.tracker.close()
    instance.release()
    return exit_code.get("code", code)
