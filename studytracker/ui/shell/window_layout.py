"""The window's size, position and splitters, kept in QSettings between starts: restored where
they fit the screen the window opens on, else a size that fits it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QObject, QRect, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter

#: The size the window opens at on a screen with room for it.
PREFERRED_SIZE = (1280, 800)
#: Room left for the window's title bar and frame, which the window's own geometry leaves out.
FRAME_ALLOWANCE = (16, 48)


def fitted_geometry(available: QRect) -> QRect:
    """The preferred size, or the screen's available area less the frame if that is smaller,
    centred on it: the window never opens larger than the screen."""
    width = min(PREFERRED_SIZE[0], available.width() - FRAME_ALLOWANCE[0])
    height = min(PREFERRED_SIZE[1], available.height() - FRAME_ALLOWANCE[1])
    geometry = QRect(0, 0, width, height)
    geometry.moveCenter(available.center())
    return geometry


class WindowLayout:
    """Saves and restores a main window's geometry and state and its named splitters."""

    def __init__(self, settings: QSettings, window: QMainWindow, splitters: Mapping[str, QSplitter]) -> None:
        self.settings = settings
        self.window = window
        self.splitters = splitters  # settings key under "window/" -> splitter

    def _screen_size(self) -> list[int]:
        available = self.window.screen().availableGeometry()
        return [available.width(), available.height()]

    def restore(self) -> None:
        """The layout as the learner left it; the window's size and place only when it was left
        on a screen of this size (a layout from a small screen does not come back on a big one,
        nor one from a big screen on a small one)."""
        saved_on = self.settings.value("window/screen")
        same_screen = isinstance(saved_on, list) and [str(v) for v in saved_on] == [
            str(v) for v in self._screen_size()
        ]
        geometry = self.settings.value("window/geometry")
        if same_screen and isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        else:
            self.window.setGeometry(fitted_geometry(self.window.screen().availableGeometry()))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.window.restoreState(state)
        for key, splitter in self.splitters.items():
            value = self.settings.value(f"window/{key}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def save(self) -> None:
        self.settings.setValue("window/screen", self._screen_size())
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        for key, splitter in self.splitters.items():
            self.settings.setValue(f"window/{key}", splitter.saveState())
        self.settings.sync()


class LastStep:
    """The step shown last on each roadmap, kept in QSettings so that the next start opens it.
    Written a moment after a step is chosen, once: QSettings writes its file after every change,
    and a learner runs through the steps with the arrow keys."""

    def __init__(self, settings: QSettings, parent: QObject) -> None:
        self.settings = settings
        self._pending: tuple[str, str] | None = None  # (roadmap id, step id) not written yet
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.save)

    def of(self, roadmap_id: str) -> str:
        if self._pending is not None and self._pending[0] == roadmap_id:
            return self._pending[1]
        return str(self.settings.value(f"lastStep/{roadmap_id}", "") or "")

    def remember(self, roadmap_id: str, step_id: str) -> None:
        self._pending = (roadmap_id, step_id)
        self._timer.start()

    def save(self) -> None:
        self._timer.stop()
        if self._pending is not None:
            roadmap_id, step_id = self._pending
            self.settings.setValue(f"lastStep/{roadmap_id}", step_id)
            self._pending = None
