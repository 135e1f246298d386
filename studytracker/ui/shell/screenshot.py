"""`studytracker screenshot`: render the main window to a PNG with no screen needed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.store.errors import StoreError
from studytracker.store.whole_files import write_bytes_whole

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from studytracker.store.tracker import Tracker

MIN_SIZE, MAX_SIZE = (640, 400), (7680, 4320)
IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}


def render_screenshot(
    tracker: Tracker,
    out: Path,
    step_id: str | None = None,
    view: str = "overview",
    size: tuple[int, int] | None = None,
    theme: str | None = None,
    language: str | None = None,
) -> None:
    """The window at `size` pixels (None: the size it opens at on a screen with room), in
    `theme` ("light" or "dark"; None: the platform's) and in
    `language` ("en", "es", "system"; None: the language setting, else the system's)."""
    # Offscreen unless the caller chose a platform: a screenshot never pops a window up.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studytracker.i18n import application_language, install_translator, remove_translator, saved_language
    from studytracker.ui.shell.app import make_application
    from studytracker.ui.step_pane.viewer import VIEWS

    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}")
    image_format = IMAGE_FORMATS.get(out.suffix.lower())
    if image_format is None:
        raise ValueError(f"{out}: name a .png or .jpg file (the picture's format follows its name)")
    if size is None:
        from studytracker.ui.shell.window_layout import PREFERRED_SIZE

        size = PREFERRED_SIZE
    if not (MIN_SIZE[0] <= size[0] <= MAX_SIZE[0] and MIN_SIZE[1] <= size[1] <= MAX_SIZE[1]):
        smallest, largest = "x".join(map(str, MIN_SIZE)), "x".join(map(str, MAX_SIZE))
        raise ValueError(f"size {size[0]}x{size[1]}: give a size from {smallest} to {largest} pixels")
    app = make_application()
    before = application_language()
    install_translator(app, language or saved_language())
    try:
        _render(app, tracker, out, step_id, view, size, theme, image_format)
    finally:  # a process that goes on (the tests) keeps its own language
        if before is None:
            remove_translator(app)
        else:
            install_translator(app, before)


def _render(
    app: QApplication,
    tracker: Tracker,
    out: Path,
    step_id: str | None,
    view: str,
    size: tuple[int, int],
    theme: str | None,
    image_format: str,
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from studytracker.ui.shell.app import use_flat_scroll_bars
    from studytracker.ui.shell.main_window import MainWindow

    use_flat_scroll_bars(app)  # as the running window looks
    if theme is not None:
        from studytracker.ui.shell.theme import apply_theme

        apply_theme(app, theme)
    with tempfile.TemporaryDirectory() as scratch:
        # A throw-away settings file: the learner's window layout is neither used nor changed.
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, open_url=lambda _url: None)
        window.resize(*size)
        window.attach(tracker, interactive=False)
        if step_id:
            window.select_step(step_id)
        window.viewer.show_view(view)
        window.show()
        QApplication.processEvents()
        pixmap = window.grab()
        window.timer_bar.tick_timer.stop()
        window.timer_bar.heartbeat_timer.stop()
        window.hide()  # not close(): closing would stop a running session
        window.deleteLater()
    # Encoded in memory, then written whole by Python: a full disk is then our one-line error,
    # not an image library's complaint on stderr and half a file.
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    encoded = QByteArray()
    buffer = QBuffer(encoded)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, image_format):
        raise StoreError(f"{out}: could not encode the {image_format} image")
    buffer.close()
    write_bytes_whole(out, bytes(encoded.data()))
