"""Colour helpers shared by the charts and the window's sidebar (kept apart from the charts so
the sidebar does not load them on the way to the first paint)."""

from __future__ import annotations

from PySide6.QtGui import QColor


def with_alpha(color: QColor, alpha: float) -> QColor:
    """A see-through version of a colour (a new QColor; the one given is left as it is)."""
    return QColor.fromRgbF(color.redF(), color.greenF(), color.blueF(), alpha)
