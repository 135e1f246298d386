"""The one way to find bundled files (roadmap, schema, icons), from source and when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding `roadmap.json`, its schema and `icons/`.

    PyInstaller unpacks data files under `sys._MEIPASS`; from a source checkout (or an
    editable install) they sit in `resources/` beside the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name


BUNDLED_ROADMAP = "roadmap.json"
ROADMAP_SCHEMA = "roadmap.schema.json"
