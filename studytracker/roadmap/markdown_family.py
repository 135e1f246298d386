"""The roadmap family's own format (the bundled roadmap and its siblings): "Step N" headings with
Why…, What to learn, Resources, Tools and Where-to-find-data parts, read from markdown blocks.

- the first heading is the title ("Machine Learning Engineer Roadmap 2025/26"): the id is its slug
  without the word "roadmap" and the edition, the edition is the trailing year ("2025/26");
- everything before the first "Step N" heading is the summary (its links are roadmap resources);
- "Step N" headings (any level, bold or not, "Step 01" too) start numbered steps;
- under a step, headings such as Why…, What to learn, Resources, Tools/Frameworks, Ideas for
  projects, Where to find data are sections of that step;
- other headings after a horizontal rule, or no deeper than the step headings, start unnumbered
  sections (optional languages, additional skills, final notes): optional steps with no number;
  sections that only list links (recommended courses, other roadmaps) become roadmap resources,
  and "About the author" sections are left out;
- nested bullets are nested topics, links are resources with a kind guessed from the address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from studytracker.roadmap.drafts import (
    IdMaker,
    MarkdownRoadmapError,
    ResourceDraft,
    SectionDraft,
    TopicDraft,
    build_resources,
    build_step,
    guess_resource_kind,
    roadmap_id,
    split_edition,
    ticked_topic_ids,
)
from studytracker.roadmap.import_types import MarkdownImport
from studytracker.roadmap.links import LinkResolver, not_study_material
from studytracker.roadmap.markdown_blocks import TASK_BOX, Block, Inline
from studytracker.roadmap.model import MAX_TOPIC_DEPTH, Roadmap, Step
from studytracker.roadmap.text import MARKDOWN_LINK, strip_markup, tidy_title

# The lines are pieces of blocks markdown-it has already read, and a hostile one may hold long
# runs of anything: a pattern here either runs on a tidied title (one space between words) or
# can fail at only a bounded number of places from each start, so a line costs linear time.
_BOLD_LINE = re.compile(r"\s*\*\*(.+)\*\*[\s:]*")  # fullmatch
#: matched against a tidied title (whitespace runs are one space there)
_STEP = re.compile(r"^step\s*[-#]?\s*0*(\d{1,3})\b\s*[:.)\-–—]?\s*(.*)$", re.IGNORECASE)
_OPTIONAL_MARK = re.compile(r"\s*\((?:optional)\)\s*:?", re.IGNORECASE)
_LEAD_SEPARATOR = re.compile(r"^\s*(?::|→|->|–|—|-)?\s*")
_NOTE_LEAD = re.compile(r"[\s:.,;]*")


def _opens_with_link(inline: Inline | None) -> bool:
    """Whether an item's text is its first link's and then a note: "[Title](url): note"."""
    if inline is None or not inline.links or not inline.source.lstrip().startswith(("[", "<")):
        return False
    return inline.text.startswith(inline.links[0].text)


def _heading_kind(title: str) -> str:
    """What a heading inside a step introduces."""
    lowered = title.lower()
    if lowered.startswith("why"):
        return "why"
    if "find data" in lowered or lowered.startswith("datasets"):
        return "datasets"
    if "resource" in lowered or "repos" in lowered or "further reading" in lowered:
        return "resources"
    if "framework" in lowered or lowered.startswith("tools"):
        return "tools"
    if "what to learn" in lowered or "ideas" in lowered or lowered.startswith(("topics", "learn")):
        return "learn"
    return ""


def _part_label(line: _Line) -> str:
    """A step's part named on a line of its own rather than by a heading ("Resources:",
    "**Why it matters**"), or ""."""
    if line.inline is None:  # a block's second line and after: never a label alone
        return ""
    text = line.inline.text.strip()
    whole_bold = line.inline.bold_lead.strip().rstrip(":") == text.rstrip(":")
    if len(text) > 40 or not (text.endswith(":") or whole_bold):
        return ""
    label = text.rstrip(":").strip()
    return label if _heading_kind(label) in ("why", "learn", "resources", "datasets", "tools") else ""


def _drop_skipped_links(text: str) -> str:
    return MARKDOWN_LINK.sub(lambda m: "" if not_study_material(m.group(2)) else m.group(0), text)


def _is_about_author(title: str) -> bool:
    lowered = title.lower()
    return lowered.startswith("about") or "author" in lowered


def _is_link_list_title(title: str) -> bool:
    lowered = title.lower()
    return any(word in lowered for word in ("course", "roadmap", "resource", "reading", "links"))


@dataclass(frozen=True)
class _Line:
    """A line of the markdown this format is read from, with the block it is part of.

    `kind` is the block's ("heading", "rule", "item", "paragraph", "row"); an item's first line
    is its bullet, its other lines are text. `inline` is given on the first line of a block's
    text only: its links (parsed by markdown-it, so reference-style links and bare addresses
    too) are read there, once.
    """

    number: int
    kind: str
    text: str
    level: int = 0
    depth: int = 0
    ticked: bool = False
    inline: Inline | None = None

    @property
    def body(self) -> str:
        """The text without an item's bullet ("  - ")."""
        return self.text.strip()[2:].strip() if self.kind == "item" else self.text.strip()


class _Parser:
    def __init__(self, blocks: list[Block], source: str, resolver: LinkResolver, ticked_done: bool) -> None:
        self.source = source
        self.resolver = resolver
        self.ticked_done = ticked_done
        self.lines = _lines(blocks)
        self.title = ""
        self.summary: list[str] = []
        self.roadmap_resources: list[ResourceDraft] = []
        self.sections: list[SectionDraft] = []
        self.current: SectionDraft | None = None
        self.skipping = False  # inside an "About the author" section
        self.part = "body"  # which part of the current section lines go to
        self.group: TopicDraft | None = None  # the topic a Tools/other heading's items hang under
        self.stack: list[TopicDraft] = []  # open topics by indentation
        self.step_level: int | None = None
        self.after_rule = False
        self.line = 0  # the number of the line being read, for messages

    # --- the walk -----------------------------------------------------------------------

    def parse(self) -> MarkdownImport:
        for line in self.lines:
            self.line = line.number
            if not line.text.strip():
                continue
            if line.kind == "rule":
                self.after_rule = True
                self.stack = []
                continue
            bold = _BOLD_LINE.fullmatch(line.text) if line.kind == "paragraph" else None
            if line.kind == "heading":
                self._heading(line.level, line.text, line.number)
            elif bold and _STEP.match(tidy_title(bold.group(1))):
                self._heading(7, bold.group(1), line.number)
            else:
                self._content(line)
                self.after_rule = False
        return self._finish()

    def _heading(self, level: int, raw_title: str, number: int) -> None:
        title = tidy_title(raw_title)
        if not title:
            return
        if not self.title:
            self.title = title
            self.after_rule = False
            return
        step = _STEP.match(title)
        if step:
            if self.step_level is None:
                self.step_level = level
            self._open_section(
                tidy_title(step.group(2)) or f"Step {step.group(1)}", int(step.group(1)), number
            )
        elif self.step_level is None:
            self.summary.append(f"{'#' * min(level + 1, 6)} {title}")
        else:
            kind = _heading_kind(title)
            kept_inside = kind in ("why", "learn", "resources", "datasets") and level > self.step_level
            starts_section = (
                _is_about_author(title)
                or (self.after_rule and not kept_inside)
                or (not kind and level <= self.step_level)
                or self.current is None
            )
            if starts_section:
                self._open_section(title, None, number)
            else:
                self._open_part(kind or "group", title)
        self.after_rule = False

    def _open_section(self, title: str, number: int | None, line: int) -> None:
        self.skipping = number is None and _is_about_author(title)
        optional = number is None or bool(
            re.search(r"\b(optional|extra skill|bonus)\b", title, re.IGNORECASE)
        )
        title = _OPTIONAL_MARK.sub("", title).strip() or title
        self.current = SectionDraft(title=title, number=number, optional=optional, line=line)
        if not self.skipping:
            self.sections.append(self.current)
        # "Recommended courses", "Other roadmaps": a list of links, read as resources.
        links_only = number is None and _is_link_list_title(title)
        self.part, self.group, self.stack = ("resources" if links_only else "body"), None, []

    def _open_part(self, kind: str, title: str) -> None:
        self.part, self.group, self.stack = kind, None, []
        if kind in ("tools", "group") and self.current is not None:
            self.group = TopicDraft(title=title, is_group=True)
            self.current.topics.append(self.group)

    def _content(self, line: _Line) -> None:
        if self.skipping:
            return
        links = self._links(line.inline)
        if self.current is None:
            self.summary.append(line.text)
            for title, url, _ in links:
                self.roadmap_resources.append(
                    ResourceDraft(title, url, guess_resource_kind(url, "resources"))
                )
            return
        section = self.current
        bullet = line.kind == "item"
        label = _part_label(line) if not bullet and not links else ""
        if label:  # "Resources:" or "**What to learn**" on a line of its own: a part, as its heading
            self._open_part(_heading_kind(label), label)
            return
        text = line.body
        link_only = self._link_only(line.inline) if bullet and _opens_with_link(line.inline) else None
        if self.after_rule and self.part == "body" and link_only is not None:
            # A lone link after a rule belongs to the roadmap, not to the section above it.
            title, url, note = link_only
            if url:
                self.roadmap_resources.append(ResourceDraft(title, url, guess_resource_kind(url), note))
            return
        if self.part == "why" or not bullet:
            for title, url, _ in links:
                section.resources.append(ResourceDraft(title, url, guess_resource_kind(url)))
            text = _drop_skipped_links(line.text)
            if self.part != "why":
                text = MARKDOWN_LINK.sub(lambda m: m.group(1), text)
            if strip_markup(text).strip() and self.part != "resources":
                section.why.append(text)
            return
        if self.part in ("resources", "datasets", "tools") or (link_only is not None and self.part == "body"):
            if link_only is not None:
                title, url, note = link_only
                if url:
                    kind = guess_resource_kind(url, self.part)
                    section.resources.append(ResourceDraft(title, url, kind, note))
                    if self.part == "body":
                        section.topics.append(TopicDraft(title=title, detail=note, done=line.ticked))
                return
            if self.part in ("resources", "datasets"):
                # "Practice SQL on [LeetCode](…) or [HackerRank](…)": a tip, and its links resources
                for title, url, _ in links:
                    section.resources.append(ResourceDraft(title, url, guess_resource_kind(url, self.part)))
                section.tips.append(strip_markup(text))
                return
        for title, url, _ in links:
            section.resources.append(ResourceDraft(title, url, guess_resource_kind(url, self.part)))
        self._add_topic(2 * line.depth, text, line.ticked, line.inline)

    def _add_topic(self, indent: int, text: str, ticked: bool, inline: Inline | None) -> None:
        """A topic from an item: its title and, after a bold lead ("**NumPy**: for arrays"), its
        detail, from the text markdown-it read (links, images, entities and escapes resolved)."""
        assert self.current is not None
        plain_text = inline.text if inline is not None and "\n" not in inline.source else strip_markup(text)
        lead = inline.bold_lead if inline is not None else ""
        rest = plain_text[len(lead) :] if lead and plain_text.startswith(lead) else ""
        rest = _LEAD_SEPARATOR.sub("", rest, count=1).strip()
        if lead and rest:
            topic = TopicDraft(tidy_title(lead), rest, indent, done=ticked)
        else:
            topic = TopicDraft(tidy_title(plain_text), indent=indent, done=ticked)
        if not topic.title:
            return
        while self.stack and self.stack[-1].indent >= indent:
            self.stack.pop()
        # the topics under a Tools or other grouping heading hang under that heading's topic
        depth = len(self.stack) + 1 + (self.group is not None)
        if depth > MAX_TOPIC_DEPTH:
            raise MarkdownRoadmapError(
                f"{self.source}: line {self.line}: topics nested more than {MAX_TOPIC_DEPTH} levels deep"
            )
        if self.stack:
            self.stack[-1].children.append(topic)
        elif self.group is not None:
            self.group.children.append(topic)
        else:
            self.current.topics.append(topic)
        self.stack.append(topic)

    def _links(self, inline: Inline | None) -> list[tuple[str, str, str]]:
        """The study links of a block's text: (title, address as stored, "")."""
        found = []
        for link in inline.links if inline is not None else ():
            url = None if link.image else self.resolver.resolve(link.url)
            if url is not None:
                found.append((tidy_title(link.text) or url, url, ""))
        return found

    def _link_only(self, inline: Inline | None) -> tuple[str, str, str]:
        """An item that opens with its link, "[Title](url): note": (title, address, note), or
        empty strings for a link that is not study material."""
        assert inline is not None and inline.links
        link = inline.links[0]
        url = None if link.image else self.resolver.resolve(link.url)
        if url is None:
            return "", "", ""
        rest = inline.text[len(link.text) :] if inline.text.startswith(link.text) else ""
        note = rest[_NOTE_LEAD.match(rest).end() :].strip()  # type: ignore[union-attr]
        return tidy_title(link.text) or url, url, note

    # --- building the roadmap -----------------------------------------------------------

    def _finish(self) -> MarkdownImport:
        if not self.title:
            raise MarkdownRoadmapError.of("markdown-no-title", path=self.source)
        if not any(section.number is not None for section in self.sections):
            raise MarkdownRoadmapError.of("markdown-no-numbered-steps", path=self.source)
        ids = IdMaker()
        _, edition = split_edition(self.title)
        roadmap_resources = list(self.roadmap_resources)
        steps: list[Step] = []
        ticked: list[str] = []
        for section in self.sections:
            # A heading that groups topics ("Tools and Frameworks") but listed only links adds none.
            topics = [t for t in section.topics if not (t.is_group and not t.children)]
            if section.number is None and not topics:
                # A section of links alone belongs to the roadmap as a whole; an empty one to nobody.
                roadmap_resources.extend(section.resources)
                continue
            steps.append(build_step(section, topics, ids))
            ticked.extend(ticked_topic_ids(topics, steps[-1].topics))
        roadmap = Roadmap(
            id=roadmap_id(self.title),
            title=self.title,
            edition=edition,
            summary="\n".join(self.summary).strip(),
            steps=tuple(steps),
            resources=build_resources(roadmap_resources, "r", ids),
            source=self.source,
        )
        return MarkdownImport(
            roadmap=roadmap,
            unresolved=tuple(self.resolver.unresolved),
            done_topics=tuple(ticked) if self.ticked_done else (),
            ticked_topics=tuple(ticked),
            sections=tuple(step.title for step in roadmap.steps),
        )


def _lines(blocks: list[Block]) -> list[_Line]:
    """The blocks as the lines of markdown this format is read from: headings, rules, one line
    per list item (its bullet) and per line of a paragraph, an item's other lines as text."""
    lines: list[_Line] = []
    for block in blocks:
        source = block.inline.source
        if block.kind == "heading":
            # a heading's title is its text as markdown-it read it (links and entities resolved)
            lines.append(_Line(block.line, "heading", block.text, level=block.level))
        elif block.kind == "rule":
            lines.append(_Line(block.line, "rule", "---"))
        elif block.kind == "item":
            first, *rest = source.split("\n")
            ticked = bool(block.checked)
            if block.checked is not None:
                first = TASK_BOX.sub("", first.strip(), count=1)
            bullet = f"{'  ' * block.depth}- {first.strip()}"
            lines.append(
                _Line(block.line, "item", bullet, depth=block.depth, ticked=ticked, inline=block.inline)
            )
            lines.extend(_Line(block.line + at, "paragraph", text) for at, text in enumerate(rest, start=1))
            for more in block.more:
                first_more, *rest_more = more.source.split("\n")
                lines.append(_Line(block.line, "paragraph", first_more, inline=more))
                lines.extend(_Line(block.line, "paragraph", text) for text in rest_more)
        elif block.kind == "paragraph":
            first, *rest = source.split("\n")
            lines.append(_Line(block.line, "paragraph", first, inline=block.inline))
            lines.extend(_Line(block.line + at, "paragraph", text) for at, text in enumerate(rest, start=1))
        elif block.kind == "row":
            text = "| " + " | ".join(cell.source for cell in block.cells) + " |"
            row_links = Inline(links=[link for cell in block.cells for link in cell.links])
            lines.append(_Line(block.line, "paragraph", text, inline=row_links))
    return [replace(line, text=line.text.rstrip()) for line in lines]


def has_step_headings(blocks: list[Block]) -> bool:
    """Whether the markdown is of this family: a heading (or a bold line) "Step N"."""
    for block in blocks:
        if block.kind == "heading" and _STEP.match(tidy_title(block.text)):
            return True
        if block.kind == "paragraph":
            bold = _BOLD_LINE.fullmatch(block.inline.source.split("\n", 1)[0].rstrip())
            if bold and _STEP.match(tidy_title(bold.group(1))):
                return True
    return False


def parse_family_markdown(
    blocks: list[Block], source: str, resolver: LinkResolver, ticked_done: bool = False
) -> MarkdownImport:
    """The roadmap, with its topics ticked in the file (done too when `ticked_done`); links
    resolve through `resolver`."""
    return _Parser(blocks, source, resolver, ticked_done).parse()
