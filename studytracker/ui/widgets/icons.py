"""Icons from resources/icons (SVG), loaded once each."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from studytracker.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def resource_icon(kind: str) -> QIcon:
    return icon(kind) if resource_path(f"icons/{kind}.svg").is_file() else icon("link")


def file_icon(suffix: str) -> QIcon:
    if suffix == "pdf":
        return icon("pdf")
    if suffix in ("png", "jpg", "jpeg", "gif", "bmp", "webp", "svg"):
        return icon("image")
    if suffix in ("md", "markdown"):
        return icon("note")
    return icon("file")
