"""The sections of a curriculum as its headings nest them, and the steps a chosen heading level
makes of them (`roadmap import --step-level N`, the preview's "Steps are")."""

from __future__ import annotations

from dataclasses import dataclass, field

from studytracker.roadmap.markdown_blocks import Block
from studytracker.roadmap.phases import PhaseMatch


@dataclass
class Section:
    title: str
    level: int
    line: int
    heading: Block | None = None
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    parent: Section | None = None
    phase: PhaseMatch | None = None
    #: what a wrapping section holds itself, before its sub-sections, as a step of its own
    own_part: bool = False

    def walk(self) -> list[Section]:
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    def has_items(self) -> bool:
        """Whether there is something to learn here: items, rows, links, or a heading that links
        to the part's own material ("### [01 - Prerequisites](./01-prerequisites)")."""
        heading_links = self.heading is not None and bool(self.heading.links)
        return heading_links or self.has_own_items()

    def has_content(self) -> bool:
        return any(s.has_items() for s in self.walk())

    def has_own_items(self) -> bool:
        """Whether the section itself, before any sub-section, has something to learn."""
        return any(b.kind in ("item", "row") or b.links for b in self.blocks)


def steps_at_level(sections: list[Section], level: int) -> tuple[list[Section], dict[int, str], list[str]]:
    """The steps when the learner chose the headings at `level` (in document order), the step
    groups (by the wrapping section's id: a heading above that level holding steps is their
    group), and the titles of sections above that level with content but no step in them,
    which the reading leaves out and says so."""
    steps: list[Section] = []
    groups: dict[int, str] = {}
    outside: list[str] = []
    for section in sections:
        if section.level == level:
            steps.append(section)
        elif section.level < level:
            if any(inner.level == level for inner in section.walk()[1:]):
                groups[id(section)] = section.title
            elif section.has_own_items():
                outside.append(section.title)
    return with_own_steps(sections, steps, level), groups, outside


def with_own_steps(sections: list[Section], steps: list[Section], level: int) -> list[Section]:
    """`steps`, with a step of its own for what a heading above `level` holds itself, before its
    sub-sections (days listed directly under "Week 1", whose days 3 to 7 are headings), placed
    before the first step it holds and grouped with them, rather than dropped."""
    chosen = {id(step) for step in steps}
    found: list[Section] = []
    for section in sections:
        if id(section) in chosen:
            found.append(section)
        elif (
            section.level < level
            and section.has_own_items()
            and any(id(inner) in chosen for inner in section.walk()[1:])
        ):
            found.append(
                Section(section.title, section.level, section.line, section.heading, section.blocks,
                        parent=section, phase=section.phase, own_part=True)
            )  # fmt: skip
    return found
