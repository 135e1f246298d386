"""The window's theme: the desktop's own colours (System), or Light or Dark whatever the desktop
says. Kept with the window's layout in QSettings: it is this computer's look, not study data.

Light and Dark meet WCAG 2.1 AA: text at 4.5:1 against what it is drawn on, the boundaries of
controls (a check box's outline) at 3:1. The application's style sheet draws check boxes and radio
buttons outlined in a colour computed to that contrast (`boundary_colour`): the platform style
outlines them in a shade of the window's colour, 1.3:1 on a dark base."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from studytracker.i18n import QT_TRANSLATE_NOOP
from studytracker.report.colors import contrast, mixed

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
        role.PlaceholderText: "#a3a6ab",
        role.Text: "#e8e8e8",
        role.Button: "#35373b",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4d52",
        role.Midlight: "#3e4146",
        role.Mid: "#5a5e64",
        role.Dark: "#17181a",
        role.Shadow: "#000000",
        role.Highlight: "#2f65d4",
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


def light_palette(app: QApplication) -> QPalette:
    """The style's own light colours, with a selection, visited links and placeholders dark enough
    for white text and for the white page (Fusion's own are at 3.7:1, 3.1:1 and 4:1)."""
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1f66b0"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#7a1fa2"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b6b6b"))
    return palette


def boundary_colour(palette: QPalette) -> QColor:
    """The outline of check boxes and radio buttons: the text colour over the base, as faint as
    it can be while it stays at 3:1 against both the base and the window."""
    text, base, window = (
        palette.color(r)
        for r in (QPalette.ColorRole.Text, QPalette.ColorRole.Base, QPalette.ColorRole.Window)
    )
    for step in range(40, 101, 5):
        colour = mixed(text, base, step / 100)
        if contrast(colour, base) >= 3 and contrast(colour, window) >= 3:
            return colour
    return text


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
        app.setPalette(light_palette(app))
    else:
        app.setPalette(QPalette())  # back to the platform's own
    if app.styleSheet():  # the application's style sheet takes palette colours when it is set
        app.setStyleSheet(application_style_sheet(app.palette()))


#: Flat scroll bars in the palette's colours. Fusion's own are drawn with gradients on every
#: repaint, a millisecond or two each: a third of the time a step switch takes.
SCROLL_BARS = """
QScrollBar:vertical { width: 12px; background: palette(base); margin: 0; }
QScrollBar:horizontal { height: 12px; background: palette(base); margin: 0; }
QScrollBar::handle { background: palette(mid); border-radius: 4px; margin: 2px; }
QScrollBar::handle:vertical { min-height: 28px; }
QScrollBar::handle:horizontal { min-width: 28px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(dark); }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""

#: Check boxes (alone and in lists) and radio buttons outlined at 3:1, ticked or not; ticked ones
#: filled with the selection's colour and a white mark. {outline} and the images are filled in.
INDICATORS = """
QCheckBox::indicator, QTreeView::indicator, QListView::indicator, QTableView::indicator,
QGroupBox::indicator, QRadioButton::indicator {
    width: 12px; height: 12px; border: 1px solid {outline}; border-radius: 2px;
    background: palette(base);
}
QRadioButton::indicator { border-radius: 7px; }
QCheckBox::indicator:checked, QTreeView::indicator:checked, QListView::indicator:checked,
QTableView::indicator:checked, QGroupBox::indicator:checked {
    background: palette(highlight); image: url("{check}");
}
QCheckBox::indicator:indeterminate, QTreeView::indicator:indeterminate,
QListView::indicator:indeterminate, QTableView::indicator:indeterminate {
    background: palette(highlight); image: url("{partial}");
}
QRadioButton::indicator:checked { background: palette(highlight); image: url("{dot}"); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled, QTreeView::indicator:disabled {
    border-color: palette(mid);
}
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border: 2px solid palette(highlight); }
"""


def application_style_sheet(palette: QPalette) -> str:
    """The application's style sheet for a palette: flat scroll bars, outlined check boxes."""
    from studytracker.resources import resource_path

    images = {name: resource_path(f"icons/{name}.svg").as_posix() for name in ("check", "partial", "dot")}
    indicators = INDICATORS.replace("{outline}", boundary_colour(palette).name())
    for name, path in images.items():
        indicators = indicators.replace("{" + name + "}", path.replace('"', '\\"'))
    return SCROLL_BARS + indicators


def style_focus_frame(view: QWidget) -> None:
    """A frame round a list that says when it has the keyboard. Set again after a theme change:
    a style sheet takes the palette's colours when it is set."""
    name = view.objectName()
    view.setStyleSheet(
        f"#{name} {{ border: 1px solid palette(mid); }}"
        f"#{name}:focus {{ border: 2px solid palette(highlight); }}"
    )
