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
from dataclasses import dataclass, field
from pathlib import Path

from studytracker.roadmap.drafts import MarkdownRoadmapError, guess_resource_kind
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


@dataclass(frozen=True)
class ImportOptions:
    """The learner's overrides: the heading level of the steps, sections to leave out, the
    address relative links resolve against, and whether ticked task items count as done."""

    step_level: int | None = None
    exclude: tuple[str, ...] = ()
    base_url: str = ""
    ticked_done: bool = False


@dataclass(frozen=True)
class MarkdownImport:
    """A roadmap read from markdown and what the reader decided on the way."""

    roadmap: Roadmap
    left_out: tuple[tuple[str, str], ...] = ()  # (section title, why)
    unresolved: tuple[str, ...] = ()  # relative links that point nowhere known
    step_level: int | None = None  # the heading level the steps are at (None: the family's rules)
    levels: tuple[int, ...] = ()  # the heading levels there are to choose from
    done_topics: tuple[str, ...] = ()  # ids of ticked task items, when asked to import them as done
    ticked_topics: tuple[str, ...] = ()  # ids of the task items ticked [x] in the file, asked or not
    sections: tuple[str, ...] = field(default=())  # the top sections, which the learner may leave out


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
    from studytracker.roadmap.markdown_outline import OutlineReader, _Options

    options = options or ImportOptions()
    if not text.strip():
        raise MarkdownRoadmapError(f"{source}: file is empty")
    try:
        document = parse_blocks(repair_mojibake(text))
    except RecursionError:
        raise MarkdownRoadmapError(f"{source}: markup nested too deeply to read") from None
    resolver = LinkResolver(folder, options.base_url, source)
    family = options.step_level is None and not options.exclude and has_step_headings(document.blocks)
    if family:
        found = parse_family_markdown(document.blocks, source, resolver)
        return MarkdownImport(
            roadmap=found.roadmap,
            unresolved=tuple(resolver.unresolved),
            done_topics=found.ticked_topics if options.ticked_done else (),
            ticked_topics=found.ticked_topics,
            sections=tuple(s.title for s in found.roadmap.steps),
        )
    reader = OutlineReader(
        document, source, resolver, _Options(options.step_level, options.exclude, options.ticked_done)
    )
    outline = reader.read()
    return MarkdownImport(
        roadmap=_titled(outline.roadmap, source),
        left_out=tuple(outline.left_out),
        unresolved=tuple(outline.unresolved),
        step_level=outline.step_level,
        levels=tuple(outline.levels),
        done_topics=tuple(outline.done_topics),
        ticked_topics=tuple(outline.ticked_topics),
        sections=tuple(outline.sections),
    )


def _titled(roadmap: Roadmap, source: str) -> Roadmap:
    """A roadmap whose title was all symbols (emoji, punctuation) is named after its file."""
    if roadmap.title.strip():
        return roadmap
    from dataclasses import replace

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
