"""What a markdown import is asked (the learner's ImportOptions) and what it found (MarkdownImport),
whichever reader read the file: the roadmap family's (`markdown_family`) or any curriculum's
(`markdown_outline`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from studytracker.roadmap.model import Roadmap


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
