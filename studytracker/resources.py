"""The one way to find bundled files (roadmap, schema, guide, icons): installed, packaged or from source."""

from __future__ import annotations

from pathlib import Path

#: Where an installed package (a wheel, the packaged app) carries `resources/` (setup.py, the spec).
PACKAGED = Path(__file__).resolve().parent / "bundled"


def resources_dir() -> Path:
    """The folder holding `roadmap.json`, its schema, the guide and `icons/`: inside the package
    when it is installed from a wheel or packaged with PyInstaller, else `resources/` beside the
    package (a source checkout, an editable install)."""
    if PACKAGED.is_dir():
        return PACKAGED
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name


BUNDLED_ROADMAP = "roadmap.json"
ROADMAP_SCHEMA = "roadmap.schema.json"
