"""Colour helpers shared by the charts, the window's sidebar and its themes (kept apart from the
charts so the sidebar does not load them on the way to the first paint), with WCAG 2.1's contrast
ratio: text at 4.5:1, the boundaries of controls and the marks of charts at 3:1."""

from __future__ import annotations

from PySide6.QtGui import QColor


def with_alpha(color: QColor, alpha: float) -> QColor:
    """A see-through version of a colour (a new QColor; the one given is left as it is)."""
    return QColor.fromRgbF(color.redF(), color.greenF(), color.blueF(), alpha)


def luminance(colour: QColor) -> float:
    """WCAG 2.1's relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2.1's contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mixed(top: QColor, under: QColor, share: float) -> QColor:
    """`top` laid over `under` at `share` opacity, as one opaque colour."""
    return QColor(
        round(top.red() * share + under.red() * (1 - share)),
        round(top.green() * share + under.green() * (1 - share)),
        round(top.blue() * share + under.blue() * (1 - share)),
    )


def standing_out(colour: QColor, background: QColor, ratio: float = 3.0) -> QColor:
    """`colour`, or the nearest shade of it toward the far end from `background` (white on a dark
    one, black on a light one), that stands at `ratio` against the background."""
    far = QColor("#ffffff") if luminance(background) < 0.18 else QColor("#000000")
    for step in range(0, 101, 5):
        shade = mixed(far, colour, step / 100)
        if contrast(shade, background) >= ratio:
            return shade
    return far
