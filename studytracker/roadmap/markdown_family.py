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
)
from studytracker.roadmap.markdown_blocks import Block
from studytracker.roadmap.model import MAX_TOPIC_DEPTH, Roadmap, Step
from studytracker.roadmap.text import strip_markup, tidy_title

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_BOLD_LINE = re.compile(r"^\s*\*\*(.+)\*\*\s*:?\s*$")
_STEP = re.compile(r"^step\s*[-#]?\s*0*(\d{1,3})\b\s*[:.)\-–—]?\s*(.*)$", re.IGNORECASE)
_LINK = re.compile(r"\[([^\[\]]*)\]\((\S+?)\)")  # no "[" in a label: linear on a line of "["
_LINK_ONLY = re.compile(r"^\[([^\[\]]*)\]\((\S+?)\)\s*[:.,;]?\s*(.*)$")
_BOLD_LEAD = re.compile(r"^\*\*(.+?)\*\*\s*(?::|→|->|–|—|-)?\s*(.*)$")
_OPTIONAL_MARK = re.compile(r"\s*\((?:optional)\)\s*:?", re.IGNORECASE)

# Links that are not study material: search result pages and personal profiles.
_SKIPPED_LINK = re.compile(
    r"(google|bing|duckduckgo)\.[a-z.]+/(search|\?q=)|linkedin\.com/in/|//(www\.)?(twitter|x)\.com/",
    re.IGNORECASE,
)


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


def _drop_skipped_links(text: str) -> str:
    return _LINK.sub(lambda m: "" if _SKIPPED_LINK.search(m.group(2)) else m.group(0), text)


def _is_about_author(title: str) -> bool:
    lowered = title.lower()
    return lowered.startswith("about") or "author" in lowered


def _is_link_list_title(title: str) -> bool:
    lowered = title.lower()
    return any(word in lowered for word in ("course", "roadmap", "resource", "reading", "links"))


class _Parser:
    def __init__(self, blocks: list[Block], source: str) -> None:
        self.source = source
        self.lines = list(_lines(blocks))
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

    def parse(self) -> Roadmap:
        for number, line in self.lines:
            self.line = number
            if not line.strip():
                continue
            if _RULE.match(line):
                self.after_rule = True
                self.stack = []
                continue
            heading = _HEADING.match(line)
            bold = _BOLD_LINE.match(line)
            if heading:
                self._heading(len(heading.group(1)), heading.group(2), number)
            elif bold and _STEP.match(tidy_title(bold.group(1))):
                self._heading(7, bold.group(1), number)
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

    def _content(self, line: str) -> None:
        if self.skipping:
            return
        if self.current is None:
            self.summary.append(line)
            for title, url, _ in self._links(line):
                self.roadmap_resources.append(
                    ResourceDraft(title, url, guess_resource_kind(url, "resources"))
                )
            return
        section = self.current
        bullet = _BULLET.match(line)
        if self.after_rule and self.part == "body" and bullet and _LINK_ONLY.match(bullet.group(2)):
            # A lone link after a rule belongs to the roadmap, not to the section above it.
            title, url, note = self._link_only(bullet.group(2))
            if url:
                self.roadmap_resources.append(ResourceDraft(title, url, guess_resource_kind(url), note))
            return
        if self.part == "why" or not bullet:
            for title, url, _ in self._links(line):
                section.resources.append(ResourceDraft(title, url, guess_resource_kind(url)))
            text = _drop_skipped_links(line)
            if self.part != "why":
                text = _LINK.sub(lambda m: m.group(1), text)
            if strip_markup(text).strip() and self.part != "resources":
                section.why.append(text)
            return
        indent, text = len(bullet.group(1).expandtabs(4)), bullet.group(2).strip()
        link_only = _LINK_ONLY.match(text)
        if self.part in ("resources", "datasets", "tools") or (link_only and self.part == "body"):
            if link_only:
                title, url, note = self._link_only(text)
                if url:
                    kind = guess_resource_kind(url, self.part)
                    section.resources.append(ResourceDraft(title, url, kind, note))
                    if self.part == "body":
                        section.topics.append(TopicDraft(title=title, detail=note))
                return
            if self.part in ("resources", "datasets"):
                # "Practice SQL on [LeetCode](…) or [HackerRank](…)": a tip, and its links resources
                for title, url, _ in self._links(text):
                    section.resources.append(ResourceDraft(title, url, guess_resource_kind(url, self.part)))
                section.tips.append(strip_markup(text))
                return
        for title, url, _ in self._links(text):
            section.resources.append(ResourceDraft(title, url, guess_resource_kind(url, self.part)))
        self._add_topic(indent, text)

    def _add_topic(self, indent: int, text: str) -> None:
        assert self.current is not None
        bold = _BOLD_LEAD.match(text)
        if bold and bold.group(2).strip():
            topic = TopicDraft(tidy_title(bold.group(1)), strip_markup(bold.group(2)), indent)
        else:
            topic = TopicDraft(tidy_title(text), indent=indent)
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

    def _links(self, text: str) -> list[tuple[str, str, str]]:
        found = []
        for match in _LINK.finditer(text):
            title, url = tidy_title(match.group(1)), match.group(2)
            if url.startswith(("http://", "https://")) and not _SKIPPED_LINK.search(url):
                found.append((title or url, url, ""))
        return found

    def _link_only(self, text: str) -> tuple[str, str, str]:
        match = _LINK_ONLY.match(text)
        assert match is not None
        url = match.group(2)
        if not url.startswith(("http://", "https://")) or _SKIPPED_LINK.search(url):
            return "", "", ""
        note = strip_markup(match.group(3)).strip()
        return tidy_title(match.group(1)) or url, url, note

    # --- building the roadmap -----------------------------------------------------------

    def _finish(self) -> Roadmap:
        if not self.title:
            raise MarkdownRoadmapError(f"{self.source}: no title heading found (a line like '# … Roadmap')")
        if not any(section.number is not None for section in self.sections):
            raise MarkdownRoadmapError(
                f"{self.source}: no steps found (expected headings like '## Step 1: …')"
            )
        ids = IdMaker()
        _, edition = split_edition(self.title)
        roadmap_resources = list(self.roadmap_resources)
        steps: list[Step] = []
        for section in self.sections:
            # A heading that groups topics ("Tools and Frameworks") but listed only links adds none.
            topics = [t for t in section.topics if not (t.is_group and not t.children)]
            if section.number is None and not topics:
                # A section of links alone belongs to the roadmap as a whole; an empty one to nobody.
                roadmap_resources.extend(section.resources)
                continue
            steps.append(build_step(section, topics, ids))
        return Roadmap(
            id=roadmap_id(self.title),
            title=self.title,
            edition=edition,
            summary="\n".join(self.summary).strip(),
            steps=tuple(steps),
            resources=build_resources(roadmap_resources, "r", ids),
            source=self.source,
        )


def _lines(blocks: list[Block]) -> list[tuple[int, str]]:
    """The blocks as the lines of markdown this format is read from: headings, rules, one line
    per list item (indented two spaces a level) and per line of a paragraph."""
    lines: list[tuple[int, str]] = []
    for block in blocks:
        source = block.inline.source
        if block.kind == "heading":
            lines.append((block.line, f"{'#' * block.level} {source}"))
        elif block.kind == "rule":
            lines.append((block.line, "---"))
        elif block.kind == "item":
            first, *rest = source.split("\n") or [""]
            lines.append((block.line, f"{'  ' * block.depth}- {first.strip()}"))
            lines.extend((block.line + offset, text) for offset, text in enumerate(rest, start=1))
            for more in block.more:
                lines.extend((block.line, text) for text in more.source.split("\n"))
        elif block.kind == "paragraph":
            lines.extend((block.line + offset, text) for offset, text in enumerate(source.split("\n")))
        elif block.kind == "row":
            lines.append((block.line, "| " + " | ".join(cell.source for cell in block.cells) + " |"))
    return [(number, text.rstrip()) for number, text in lines]


def has_step_headings(blocks: list[Block]) -> bool:
    """Whether the markdown is of this family: a heading (or a bold line) "Step N"."""
    for block in blocks:
        if block.kind == "heading" and _STEP.match(tidy_title(block.inline.source)):
            return True
        if block.kind == "paragraph":
            bold = _BOLD_LINE.match(block.inline.source)
            if bold and _STEP.match(tidy_title(bold.group(1))):
                return True
    return False


def parse_family_markdown(blocks: list[Block], source: str) -> Roadmap:
    return _Parser(blocks, source).parse()
