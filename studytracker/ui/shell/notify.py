"""Telling the learner something while they look elsewhere (a tray message, or the window
itself)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from studytracker.ui.widgets.icons import icon


class Notifier:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.sent: list[tuple[str, str]] = []  # every message, in order (shown in the window too)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("studytracker"), window)
            self.tray.setToolTip("StudyTracker")
            self.tray.show()

    def notify(self, title: str, message: str) -> None:
        self.sent.append((title, message))
        self.window.statusBar().showMessage(f"{title}: {message}", 15000)
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10000)
        else:
            QApplication.alert(self.window)  # flashes the task bar entry where there is one
