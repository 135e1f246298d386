"""Reading a roadmap file: `.json` in our schema or `.md` in the roadmap markdown family."""

from __future__ import annotations

from pathlib import Path

from studytracker.roadmap.model import Roadmap, RoadmapError


def load_roadmap_file(path: Path) -> Roadmap:
    """A roadmap from `.json` (our schema) or `.md` (the roadmap markdown family).

    Raises RoadmapError for a file that is not a usable roadmap, including an unknown file type.
    """
    suffix = path.suffix.lower()
    if suffix == ".json":
        from studytracker.roadmap.schema import load_roadmap_json

        return load_roadmap_json(path)
    if suffix in (".md", ".markdown"):
        from studytracker.roadmap.markdown_import import load_roadmap_markdown

        return load_roadmap_markdown(path)
    raise RoadmapError(f"{path}: unknown roadmap file type {suffix or '(none)'!r}; use .json or .md")
