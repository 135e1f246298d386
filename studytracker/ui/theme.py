"""The window's theme: the desktop's own colours (System), or Light or Dark whatever the desktop
says. Kept with the window's layout in QSettings: it is this computer's look, not study data."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from studytracker.i18n import QT_TRANSLATE_NOOP

#: The choices, with their labels (translated where shown, in the "Theme" context).
THEMES = {
    "system": QT_TRANSLATE_NOOP("Theme", "System"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
}
THEME_KEY = "appearance/theme"

_ROLE = QPalette.ColorRole
_DISABLED = QPalette.ColorGroup.Disabled
#: Dark colours with the contrast of the light ones: text 10:1 on the base, links and the
#: highlight readable on it, check boxes outlined.
_DARK = {
    _ROLE.Window: "#2b2d30",
    _ROLE.WindowText: "#e8e8e8",
    # lighter than the window: Fusion outlines a check box in a darker shade of the window's
    # colour, which would vanish on a darker base
    _ROLE.Base: "#35373c",
    _ROLE.AlternateBase: "#3a3c41",
    _ROLE.ToolTipBase: "#3a3d41",
    _ROLE.ToolTipText: "#f0f0f0",
    _ROLE.PlaceholderText: "#8c8f94",
    _ROLE.Text: "#e8e8e8",
    _ROLE.Button: "#35373b",
    _ROLE.ButtonText: "#e8e8e8",
    _ROLE.BrightText: "#ff6b6b",
    _ROLE.Light: "#4a4d52",
    _ROLE.Midlight: "#3e4146",
    _ROLE.Mid: "#5a5e64",
    _ROLE.Dark: "#17181a",
    _ROLE.Shadow: "#000000",
    _ROLE.Highlight: "#3574f0",
    _ROLE.HighlightedText: "#ffffff",
    _ROLE.Link: "#7aa7ff",
    _ROLE.LinkVisited: "#b59cff",
}
_DARK_DISABLED = {_ROLE.WindowText: "#7c7f85", _ROLE.Text: "#7c7f85", _ROLE.ButtonText: "#7c7f85"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(_DISABLED, role, QColor(colour))
    return palette


def saved_theme(settings: QSettings) -> str:
    value = str(settings.value(THEME_KEY, "system") or "system")
    return value if value in THEMES else "system"


def apply_theme(app: QApplication, theme: str) -> None:
    """Colour the whole application: Light and Dark with their own palettes (the same on every
    platform), System with the platform's, following its colour scheme where it has one."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}: use one of {', '.join(THEMES)}")
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    hints.setColorScheme(scheme)  # native dialogs and the platform follow, where they can
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())  # back to the platform's own
    if app.styleSheet():  # the application's style sheet takes palette colours when it is set
        app.setStyleSheet(app.styleSheet())
