"""Starting the window: filled from the data folder opened read-only and painted at once; the
full store (SQLAlchemy, the Tracker) loads behind it and takes over."""

from __future__ import annotations

import gc
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from studytracker import __version__
from studytracker.i18n import Context, install_translator, saved_language
from studytracker.ui.shell.theme import (
    SCROLL_BARS,
    apply_theme,
    outline_check_boxes,
    saved_theme,
    scroll_bar_names,
)
from studytracker.ui.widgets.icons import icon

if TYPE_CHECKING:
    from studytracker.store.clock import Clock
    from studytracker.ui.shell.main_window import MainWindow

Start = Context("Start")

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


def private_settings() -> QSettings:
    """The window's settings (its layout, the roadmap and step last shown), readable by the
    learner alone: the file is made 0600 in a 0700 folder before Qt first writes it (Qt keeps a
    file's permissions when it writes it again), and one readable by others is made private."""
    settings = QSettings()
    path = Path(settings.fileName())
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if stat.S_IMODE(path.parent.stat().st_mode) & 0o077:
            path.parent.chmod(0o700)
        if path.is_symlink():
            return settings  # not ours to change; Qt reads it as it is
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600))
        elif stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(0o600)
    except OSError:
        pass  # a read-only home, say: the window still works, and keeps no settings
    return settings


def use_flat_scroll_bars(app: QApplication) -> None:
    """The app's flat scroll bars (`theme.SCROLL_BARS`), named for screen readers, and its check
    boxes outlined at 3:1 (`theme.outline_check_boxes`). Every widget is polished again for
    them, a few ms: the window does this once it is on screen, not on the way to its first
    paint."""
    outline_check_boxes(app)  # first: it reads the style's name, which a style sheet hides
    app.setStyleSheet(SCROLL_BARS + scroll_bar_names())


def run_window(data_dir: Path) -> int:
    """Open the main window on a data folder; returns the process exit code."""
    app = make_application()
    settings = private_settings()
    install_translator(app, saved_language(settings))  # before any text is made
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        QMessageBox.critical(
            None,
            "StudyTracker",
            Start.tr("{folder}: cannot create the data folder ({reason})").format(
                folder=data_dir, reason=error.strerror
            ),
        )
        return 1
    from studytracker.ui.shell.instance import SingleInstance

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.ask_running_to_raise():
            print(f"StudyTracker is already open on {data_dir}; brought its window to the front.")
            return 0
        pid = instance.holder_pid()
        QMessageBox.information(
            None,
            "StudyTracker",
            Start.tr("StudyTracker is already open on {folder} (process {pid}).").format(
                folder=data_dir, pid=pid
            ),
        )
        return 1
    from studytracker.ui.shell import crash
    from studytracker.ui.shell.main_window import MainWindow

    crash.install(data_dir)  # the outermost boundary: a bug becomes a crash report, logged here
    theme = saved_theme(settings)
    if theme != "system":
        apply_theme(app, theme)
    window = MainWindow(settings)
    instance.raise_requested.connect(window.bring_to_front)
    window.show_first_view(data_dir)
    window.show()
    exit_code: dict[str, int] = {}  # set when the data cannot be opened

    def could_not_open() -> None:
        exit_code["code"] = 1
        app.quit()

    load_store(window, data_dir, could_not_open)
    if window.data_folder is not None:
        window.data_folder.attached.connect(lambda _took_over: window.offer_welcome())

    def window_on_screen() -> None:
        instance.listen()
        use_flat_scroll_bars(app)

    after_first_paint(window, window_on_screen)
    code = app.exec()
    if window.data_folder is not None:
        window.data_folder.release()
    instance.release()
    # The window goes now, while the application and its translators stand. Left to the
    # interpreter's exit (collection is frozen), it went after them, and its undo stack's last
    # signals ("Undo" back to its plain text) reached a translator already deleted.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return exit_code.get("code", code)


def load_store(
    window: MainWindow, data_dir: Path, could_not_open: Callable[[], None], clock: Clock | None = None
) -> None:
    """Once the window is on screen: the data folder's opening sequence goes on off the event
    loop (check, SQLAlchemy), then the Tracker takes over. The window answers all the while."""
    data_folder = window.data_folder or window.use_data_folder(data_dir, clock)
    if window.reads is None:  # no first view: say why the window is empty for a moment
        window.statusBar().showMessage(Start.tr("Opening your data…"))
    data_folder.could_not_open.connect(could_not_open)
    data_folder.attached.connect(lambda _took_over: settle_memory())  # the store's modules, set aside too

    def window_on_screen() -> None:
        settle_memory()
        data_folder.load_store()

    after_first_paint(window, window_on_screen)


def settle_memory() -> None:
    """Collection back on (`__main__` turned it off for the start-up), with what is alive now
    set aside as permanent: later collections, while the learner works, need not walk it."""
    gc.freeze()
    gc.enable()


#: How long the store waits for the window to be on screen before it loads anyway (a window
#: started minimised, say, is never exposed).
FIRST_PAINT_WAIT_MS = 1000


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Run `then` once the window is on screen: work started earlier would compete with the
    first paint for the interpreter lock. (Exposure is polled rather than watched with an event
    filter: that would load QEvent's enums into Python on the way to the first paint.)"""
    waited_ms = 0

    def check() -> None:
        nonlocal waited_ms
        handle = window.windowHandle()
        if handle is None or handle.isExposed() or waited_ms >= FIRST_PAINT_WAIT_MS:
            then()  # an exposed window has been painted: Qt paints it on the expose itself
            return
        waited_ms += 10
        QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
