"""A Qt GUI application for drawing (fonts need one) when no window is shown: the report."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one; never a window."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    app.setOrganizationName("StudyTracker")
    app.setApplicationName("StudyTracker")
    return app
