"""Read a roadmap written in markdown into a Roadmap.

The text is parsed once into blocks (markdown_blocks, markdown-it-py underneath). A file of the
bundled roadmap's family ("Step N" headings with Why/Resources parts) is read by its own rules
(markdown_family); any other curriculum by the outline reader (markdown_outline), which finds
the phases of its learning path and says what it left out.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from studytracker.roadmap.drafts import MarkdownRoadmapError, guess_resource_kind
from studytracker.roadmap.import_types import ImportOptions, MarkdownImport, with_overrides
from studytracker.roadmap.model import Roadmap
from studytracker.roadmap.reading import read_text_file
from studytracker.roadmap.text import repair_mojibake

__all__ = [
    "ImportOptions",
    "MarkdownImport",
    "MarkdownRoadmapError",
    "guess_resource_kind",
    "load_roadmap_markdown",
    "parse_roadmap_markdown",
    "read_markdown",
]


def read_markdown(
    text: str, source: str = "<markdown>", options: ImportOptions | None = None, folder: Path | None = None
) -> MarkdownImport:
    """Parse roadmap markdown; any problem is a MarkdownRoadmapError naming the source."""
    with _cycle_collector_paused():
        return _read_markdown(text, source, options, folder)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector held off: a big file's tokens are hundreds of thousands of new
    objects in no cycle, and the collections they would set off, each walking every object the
    app holds, took a sixth of a 1 MB file's read."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_markdown(
    text: str, source: str, options: ImportOptions | None, folder: Path | None
) -> MarkdownImport:
    from studytracker.roadmap.links import LinkResolver
    from studytracker.roadmap.markdown_blocks import parse_blocks
    from studytracker.roadmap.markdown_family import has_step_headings, parse_family_markdown
    from studytracker.roadmap.markdown_outline import OutlineReader

    options = options or ImportOptions()
    if not text.strip():
        raise MarkdownRoadmapError(f"{source}: file is empty")
    try:
        document = parse_blocks(repair_mojibake(text))
    except RecursionError:
        raise MarkdownRoadmapError(f"{source}: markup nested too deeply to read") from None
    resolver = LinkResolver(folder, options.base_url, source)
    family = (
        options.step_level is None
        and not options.exclude
        and not options.units
        and options.group_level is None
        and has_step_headings(document.blocks)
    )
    if family:
        found = parse_family_markdown(document.blocks, source, resolver, options.ticked_done)
    else:
        reader = OutlineReader(document, source, resolver, options)
        del document  # the reader lets a big file's blocks go as it drafts its steps
        found = reader.read()
        found = replace(found, roadmap=_titled(found.roadmap, source))
    return with_overrides(found, options, source)


def _titled(roadmap: Roadmap, source: str) -> Roadmap:
    """A roadmap whose title was all symbols (emoji, punctuation) is named after its file."""
    if roadmap.title.strip():
        return roadmap
    from studytracker.roadmap.text import slugify

    name = Path(source).stem.replace("_", " ").replace("-", " ").strip()
    title = name if any(c.isalnum() for c in name) else "Untitled roadmap"
    return replace(roadmap, title=title, id=slugify(title))


def parse_roadmap_markdown(text: str, source: str = "<markdown>") -> Roadmap:
    """Parse roadmap markdown; any problem is a MarkdownRoadmapError naming the source."""
    return read_markdown(text, source).roadmap


def read_markdown_file(path: Path, options: ImportOptions | None = None) -> MarkdownImport:
    return read_markdown(read_text_file(path), path.name, options, folder=path.parent)


def load_roadmap_markdown(path: Path) -> Roadmap:
    return read_markdown_file(path).roadmap
