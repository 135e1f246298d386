"""A Qt GUI application for drawing (fonts need one) when no window is shown: the report."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication


def _command_line_messages(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own notes (the offscreen platform's, libpng's on a failed write) are not the command's
    to print: its stderr holds the app's one-line errors. Qt's critical messages still show."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(message, file=sys.stderr)


def quiet_qt_messages() -> None:
    """Keep Qt's notes out of a command's output (the report, the screenshot)."""
    qInstallMessageHandler(_command_line_messages)


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one; never a window."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    quiet_qt_messages()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    app.setOrganizationName("StudyTracker")
    app.setApplicationName("StudyTracker")
    return app
