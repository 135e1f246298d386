"""Units of a curriculum written outside headings, made headings before the outline is read:
bold paragraphs ("**Lecture 1: Building micrograd**"), numbered paragraphs wrapped in HTML
("1- <span>Week 1 (2025-08-26): **Intro**</span>") and list items that hold their tasks
("- __week01__ Intro to deep learning" over "  - [ ] Lecture: backprop").

A run of such blocks becomes headings one level below the section they are in, each holding
what follows it up to the next; the outline reader then finds them as it finds any phase. Only
runs of two or more are units, and each must have something under it. Outside the file's top
part a unit must name a phase (Week, Lecture, Module…): a bold line inside a section is more
often emphasis than a unit.

The learner may say what a unit is (`ImportOptions.units`): "headings" alone (nothing is made a
heading), "bold" paragraphs or list "items" holding others, each then taken as it is, with no
phase name asked for and however few there are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studytracker.roadmap.markdown_blocks import Block
from studytracker.roadmap.phases import match_phase

#: A paragraph numbered as a list it is not ("1- Week 1", "2) Week 2").
_NUMBER_LEAD = re.compile(r"^\d{1,3}\s*[-.)]\s+")
#: A unit's title is a line, not a paragraph.
_LONGEST_UNIT = 150


def promote_units(blocks: list[Block], title_block: Block | None, kind: str = "") -> list[Block]:
    """`blocks` with each run of units made headings (see the module's docstring); `kind` is the
    learner's word on what a unit is ("" to guess)."""
    if kind == "headings":
        return blocks
    out: list[Block] = []
    region: list[Block] = []
    level = title_block.level if title_block is not None else 1
    top = True  # before any heading but the title's
    for block in blocks:
        if block.kind == "heading":
            out.extend(_promoted(region, level, top, kind))
            region = []
            if block is not title_block:
                top = False
                level = block.level
            out.append(block)
        else:
            region.append(block)
    out.extend(_promoted(region, level, top, kind))
    return out


def _names_phase(text: str) -> bool:
    phase = match_phase(text)
    return phase is not None and phase.kind != "#"


def _unit_text(block: Block, top: bool, told: bool = False) -> str | None:
    """The title of a paragraph that is a unit, or None (`told`: the learner said bold
    paragraphs are the units, so no phase name is asked of one)."""
    if block.kind != "paragraph" or block.in_quote:
        return None
    text = block.inline.text.strip()
    if not text or len(text) > _LONGEST_UNIT or block.inline.links:
        return None
    whole_bold = block.inline.bold_lead.strip() == text
    unnumbered = _NUMBER_LEAD.sub("", text)
    if unnumbered != text and _names_phase(unnumbered):
        return unnumbered
    if whole_bold and (top or told or _names_phase(text)):
        return text
    return None


def _promoted(region: list[Block], level: int, top: bool, kind: str = "") -> list[Block]:
    if kind == "items":
        return _promoted_items(region, level, told=True)
    told = kind == "bold"
    units = {index: text for index, block in enumerate(region) if (text := _unit_text(block, top, told))}
    if (told and units) or (len(units) >= 2 and _each_holds_something(sorted(units), len(region))):
        return [
            _heading(block, units[index], level) if index in units else block
            for index, block in enumerate(region)
        ]
    return region if told else _promoted_items(region, level)


def _promoted_items(region: list[Block], level: int, told: bool = False) -> list[Block]:
    """List items that name phases and hold nested items: headings over those items (`told`:
    the learner said such items are the units, named as phases or not)."""
    starts = [
        index
        for index, block in enumerate(region)
        if block.kind == "item"
        and block.depth == 0
        and index + 1 < len(region)
        and region[index + 1].kind == "item"
        and region[index + 1].depth > 0
        and len(block.inline.text) <= _LONGEST_UNIT
        and (told or _names_phase(block.inline.text))
    ]
    if len(starts) < (1 if told else 2):
        return region
    out: list[Block] = []
    inside = False
    for index, block in enumerate(region):
        if index in starts:
            out.append(_heading(block, block.inline.text, level))
            inside = True
        elif inside and block.kind == "item" and block.depth > 0:
            out.append(replace(block, depth=block.depth - 1))  # the unit's tasks: its own items now
        else:
            inside = inside and block.kind != "item"
            out.append(block)
    return out


def _each_holds_something(indexes: list[int], end: int) -> bool:
    bounds = [*indexes, end]
    return all(following - start > 1 for start, following in zip(bounds, bounds[1:], strict=False))


def _heading(block: Block, text: str, level: int) -> Block:
    return Block(
        kind="heading",
        line=block.line,
        inline=replace(block.inline, text=text, bold_lead=""),
        level=min(level + 1, 6),
    )
