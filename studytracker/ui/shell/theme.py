"""The window's theme: the desktop's own colours (System), or Light or Dark whatever the desktop
says. Kept with the window's layout in QSettings: it is this computer's look, not study data."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from studytracker.i18n import QT_TRANSLATE_NOOP

#: The choices, with their labels (translated where shown, in the "Theme" context).
THEMES = {
    "system": QT_TRANSLATE_NOOP("Theme", "System"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
}
THEME_KEY = "appearance/theme"


def dark_palette() -> QPalette:
    """Dark colours with the contrast of the light ones: text 10:1 on the base, links and the
    highlight readable on it, check boxes outlined. (Built when asked for: the colour roles are
    not loaded on the way to the first paint.)"""
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e8e8e8",
        # lighter than the window: Fusion outlines a check box in a darker shade of the window's
        # colour, which would vanish on a darker base
        role.Base: "#35373c",
        role.AlternateBase: "#3a3c41",
        role.ToolTipBase: "#3a3d41",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8c8f94",
        role.Text: "#e8e8e8",
        role.Button: "#35373b",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4d52",
        role.Midlight: "#3e4146",
        role.Mid: "#5a5e64",
        role.Dark: "#17181a",
        role.Shadow: "#000000",
        role.Highlight: "#3574f0",
        role.HighlightedText: "#ffffff",
        role.Link: "#7aa7ff",
        role.LinkVisited: "#b59cff",
    }
    palette = QPalette()
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor("#7c7f85"))
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
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later: native dialogs and the platform follow
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
            theme, Qt.ColorScheme.Unknown
        )
        hints.setColorScheme(scheme)
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())  # back to the platform's own
    if app.styleSheet():  # the application's style sheet takes palette colours when it is set
        app.setStyleSheet(app.styleSheet())


def style_focus_frame(view: QWidget) -> None:
    """A frame round a list that says when it has the keyboard. Set again after a theme change:
    a style sheet takes the palette's colours when it is set."""
    name = view.objectName()
    view.setStyleSheet(
        f"#{name} {{ border: 1px solid palette(mid); }}"
        f"#{name}:focus {{ border: 2px solid palette(highlight); }}"
    )
