"""Starting the window: paint it first, then open the database and fill it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studytracker import __version__
from studytracker.ui.icons import icon

if TYPE_CHECKING:
    from studytracker.ui.main_window import MainWindow

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

    def could_not_open() -> None:
        exit_code["code"] = 1
        app.quit()

    # The data comes after the first paint: the window is up at once.
    QTimer.singleShot(0, lambda: open_data_folder(window, data_dir, could_not_open))
    code = app.exec()
    if window.tracker is not None:
        window.tracker.close()
    window.close_first_view()
    instance.release()
    return exit_code.get("code", code)


def _import_store() -> None:
    import studytracker.store.tracker  # noqa: F401  (SQLAlchemy and the models, the slow part)


def open_data_folder(window: MainWindow, data_dir: Path, could_not_open: Callable[[], None]) -> None:
    """Fill the window from a data folder: after the quick integrity check, the first view at
    once from the folder opened read-only (plain sqlite3), then the Tracker, for which SQLAlchemy
    is imported off the event loop so the window answers meanwhile."""
    from studytracker.resources import BUNDLED_ROADMAP, resource_path
    from studytracker.store.reads import open_read_only
    from studytracker.ui.tasks import BackgroundWork

    if not window.recover_damaged_database(data_dir):
        could_not_open()
        return
    first_view = open_read_only(data_dir, resource_path(BUNDLED_ROADMAP))
    if first_view is not None:
        window.show_first_view(first_view)
        window.repaint()  # painted now, before the import below competes for the interpreter
    else:
        window.statusBar().showMessage("Opening your data…")

    def attach_tracker() -> None:
        from studytracker.store.errors import StoreError
        from studytracker.store.tracker import Tracker

        try:
            tracker = Tracker.open(data_dir)
        except StoreError as error:
            QMessageBox.critical(window, "StudyTracker cannot open your data", str(error))
            could_not_open()
            return
        window.attach(tracker)

    def import_failed(message: str) -> None:
        QMessageBox.critical(window, "StudyTracker cannot start", f"cannot load the data store: {message}")
        could_not_open()

    loading = BackgroundWork(window, _import_store)
    loading.finished.connect(lambda _result: attach_tracker())
    loading.failed.connect(import_failed)
    loading.start()
