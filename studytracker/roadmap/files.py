"""Reading a roadmap file: `.json` in our schema or `.md` in the roadmap markdown family."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from studytracker.roadmap.model import Roadmap, RoadmapError

if TYPE_CHECKING:
    from studytracker.roadmap.markdown_import import ImportOptions, MarkdownImport


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
    raise RoadmapError.of("file-unknown-type", path=path, suffix=repr(suffix or "(none)"))


def read_roadmap_file(path: Path, options: ImportOptions | None = None) -> MarkdownImport:
    """A roadmap file with what reading it decided: `.md` with the learner's overrides
    (`options`), `.json` as it is (overrides apply to markdown only)."""
    from studytracker.roadmap.markdown_import import MarkdownImport, read_markdown_file

    if path.suffix.lower() in (".md", ".markdown"):
        return read_markdown_file(path, options)
    return MarkdownImport(roadmap=load_roadmap_file(path))
