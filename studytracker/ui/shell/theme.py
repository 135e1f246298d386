"""The window's theme: the desktop's own colours (System), or Light or Dark whatever the desktop
says. Kept with the window's layout in QSettings: it is this computer's look, not study data.

Light and Dark meet WCAG 2.1 AA: text at 4.5:1 against what it is drawn on, the boundaries of
controls (a check box's outline) at 3:1. Fusion outlines check boxes and radio buttons in a shade
of the window's colour (1.3:1 on a dark base, 2.3:1 on a white one): the widgets that show them
get a palette of their own that puts the outline at 3:1 (`outline_check_boxes`)."""

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
#: Scroll bars' names for screen readers (`scroll_bar_names`).
SCROLL_BAR_NAMES = (
    QT_TRANSLATE_NOOP("Theme", "Vertical scroll bar"),
    QT_TRANSLATE_NOOP("Theme", "Horizontal scroll bar"),
)
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
    outline_check_boxes(app)
    if app.styleSheet():  # the application's style sheet takes palette colours when it is set
        app.setStyleSheet(app.styleSheet())


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


def scroll_bar_names() -> str:
    """Style sheet rules that name every scroll bar for screen readers, in the window's language
    (a style sheet sets them as each bar is made, at no cost to painting)."""
    from studytracker.i18n import translate

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    vertical = quoted(translate("Theme", "Vertical scroll bar"))
    horizontal = quoted(translate("Theme", "Horizontal scroll bar"))
    # (a property's rule takes no pseudo-state: the orientation is matched as Qt.Orientation's value)
    return (
        f'QScrollBar[orientation="2"] {{ qproperty-accessibleName: {vertical}; }}\n'
        f'QScrollBar[orientation="1"] {{ qproperty-accessibleName: {horizontal}; }}\n'
    )


#: The widgets whose check boxes or radio buttons Fusion outlines in its `outline` colour.
OUTLINED_CLASSES = ("QCheckBox", "QRadioButton", "QAbstractItemView")


def outlined_palette(palette: QPalette) -> QPalette:
    """The palette for widgets that show check boxes: Fusion outlines a box in its palette's
    window colour made darker (×1/1.4) then lighter (×1.1), so that colour is set here to put the
    outline at `boundary_colour`. (Those widgets never fill their background with it: a check
    box and a radio button draw on their parent, a view on its base.)"""
    outlined = QPalette(palette)
    boundary = boundary_colour(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        outlined.setColor(group, QPalette.ColorRole.Window, boundary.lighter(140).darker(110))
    return outlined


def outline_check_boxes(app: QApplication) -> None:
    """Check boxes and radio buttons outlined at 3:1 against what they sit on, in any theme:
    by class palette, so nothing is added to their painting (a style sheet for them took a
    step switch's 100 check boxes 3 ms more, 10 ms at the worst)."""
    if not _drawn_by_fusion(app):
        return  # the platform's own style draws its controls to its own contrast
    outlined = outlined_palette(app.palette())
    for class_name in OUTLINED_CLASSES:
        app.setPalette(outlined, class_name)  # type: ignore[arg-type]  # (the stubs say bytes; PySide6 takes str)


_platform_style: list[str] = []  # the application's own style's name, read before any style sheet


def _drawn_by_fusion(app: QApplication) -> bool:
    """Whether the application's style is Fusion (under a style sheet, the style is the sheet's
    own and names no other: the name read before the first sheet was set stands)."""
    if not _platform_style and not app.styleSheet():
        _platform_style.append(app.style().name().lower())
    return _platform_style[:1] == ["fusion"]


def style_focus_frame(view: QWidget) -> None:
    """A frame round a list that says when it has the keyboard. Set again after a theme change:
    a style sheet takes the palette's colours when it is set."""
    name = view.objectName()
    view.setStyleSheet(
        f"#{name} {{ border: 1px solid palette(mid); }}"
        f"#{name}:focus {{ border: 2px solid palette(highlight); }}"
    )
