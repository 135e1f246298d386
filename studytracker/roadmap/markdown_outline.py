"""Any curriculum in markdown read as a roadmap: the sections its headings make, the level that
names the learning path's phases (Week/Module/Day/Part… N, numbered headings, a table of weeks,
or else the plain sections), the outer level that groups them, and topics and resources from
lists, tables and links. Sections that are not content are left out, and the summary says why."""

from __future__ import annotations

import re
from collections import Counter

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
from studytracker.roadmap.import_types import ImportOptions, MarkdownImport
from studytracker.roadmap.links import LinkResolver
from studytracker.roadmap.markdown_blocks import Block, Document, Inline, Link
from studytracker.roadmap.model import MAX_TOPIC_DEPTH, Roadmap, Step
from studytracker.roadmap.outline_sections import Section, steps_at_level, with_own_steps
from studytracker.roadmap.phases import (
    is_contents_title,
    is_dated_log,
    is_intro_title,
    match_phase,
    not_content_reason,
)
from studytracker.roadmap.titles import (
    URL,
    cell_title,
    clean_title,
    front_matter_title,
    heading_title,
    is_particular,
    item_title,
    label_before,
    url_name,
    words_around,
)
from studytracker.roadmap.units import promote_units

_OPTIONAL = re.compile(r"\b(optional|bonus|elective|extra|opcional|facultatif)\b", re.IGNORECASE)
#: Up to how many links a line's text names them ("Slides: https://…"); a line of more is read for
#: each link's own address only (looking through the line for each of them took quadratic time).
_LABELLED_LINKS = 4
_WELCOME = re.compile(r"^welcome to (the )?", re.IGNORECASE)


class OutlineReader:
    def __init__(
        self, document: Document, source: str, resolver: LinkResolver, options: ImportOptions
    ) -> None:
        self.document = document
        self.source = source
        self.resolver = resolver
        self.options = options
        self.left_out: list[tuple[str, str]] = []
        self.ticked_ids: list[str] = []  # task items ticked [x] in the file
        self.phase_steps = 0
        self.levels: list[int] = []
        self.group_level: int | None = None  # the level of the sections grouping the steps

    # --- the section tree ----------------------------------------------------------------

    def read(self) -> MarkdownImport:
        title, title_block = self._title(self.document.blocks)
        blocks = promote_units(self.document.blocks, title_block, self.options.units)
        root = Section(title, 0, 1)
        stack = [root]
        # a heading as high as the title's (a stray "# Motivation") is a section below it; when
        # such headings name phases ("# Month 1" over "## Week 1"), every heading moves one level
        # down, so that the phases keep what they hold
        lowest = 2 if title_block is not None and title_block.level == 1 else 1
        shift = 1 if lowest == 2 and self._phases_beside_title(blocks, title_block) else 0
        for block in blocks:
            if block is title_block:
                continue
            if block.kind == "heading":
                level = max(block.level + shift, lowest)
                section = Section(
                    heading_title(block), level, block.line, block, phase=match_phase(block.text)
                )
                while stack[-1] is not root and stack[-1].level >= level:
                    stack.pop()
                section.parent = stack[-1]
                stack[-1].children.append(section)
                stack.append(section)
            else:
                stack[-1].blocks.append(block)
        self.document = Document([], self.document.front_matter)  # the sections hold the blocks now,
        del blocks  # and let each step's go once it is drafted (a big file's are 80 MB)
        self._drop_not_content(root)
        steps, groups, step_level = self._choose_steps(root)
        if self.options.group_level is not None:
            groups = self._chosen_groups(root, step_level)
        self.group_level = max((s.level for s in root.walk()[1:] if id(s) in groups), default=None)
        self._note_sections_outside(root, steps)
        return self._build(title, root, steps, groups, step_level)

    @staticmethod
    def _phases_beside_title(blocks: list[Block], title_block: Block | None) -> bool:
        """Whether two or more other top-level headings name phases of one kind ("# Month 1",
        "# Month 2" after the "# Title")."""
        kinds = Counter(
            phase.kind
            for block in blocks
            if block.kind == "heading" and block.level == 1 and block is not title_block
            if (phase := match_phase(block.text)) is not None and phase.kind != "#"
        )
        return bool(kinds) and kinds.most_common(1)[0][1] >= 2

    def _note_sections_outside(self, root: Section, steps: list[Section]) -> None:
        """Top sections with something to learn that hold no step ("Java DSA progress" beside a
        plan of months) are not imported: the summary says so, so the learner can pick another
        heading level instead of missing them."""
        chosen = {id(step) for step in steps}
        reported = {title for title, _ in self.left_out}
        for section in root.children:
            if section.title in reported or not section.has_content():
                continue
            if not any(id(inner) in chosen for inner in section.walk()):
                self.left_out.append((section.title, "outside the learning path"))

    def _title(self, blocks: list[Block]) -> tuple[str, Block | None]:
        front_title = front_matter_title(self.document.front_matter)
        if front_title:
            return front_title, None
        headings = [b for b in blocks if b.kind == "heading" and b.text]
        # a contents list's heading ("Contents", "Notebooks", "はじめに") names no roadmap
        titles = [b for b in headings if not is_contents_title(heading_title(b))]
        first_h1 = next((b for b in titles if b.level == 1), None)
        contents_h1 = next((b for b in headings if b.level == 1 and b not in titles), None)
        if first_h1 is None and contents_h1 is not None:
            return "", contents_h1  # named after its file (`markdown_import._titled`)
        chosen = first_h1 or (titles[0] if titles else None)
        if chosen is None:
            raise MarkdownRoadmapError(f"{self.source}: no title heading found (a line like '# … Roadmap')")
        title = heading_title(chosen)
        if "_" in title and " " not in title.strip():  # a repository's name: "Learn_ML_in_3_Months"
            title = " ".join(title.replace("_", " ").split())
        return _WELCOME.sub("", title).rstrip("!") or title, chosen

    def _drop_not_content(self, root: Section) -> None:
        excluded = {title.casefold() for title in self.options.exclude}

        def visit(section: Section) -> None:
            kept: list[Section] = []
            pending = list(section.children)
            while pending:
                child = pending.pop(0)
                reason = not_content_reason(child.title)
                if child.title.casefold() in excluded or (
                    child.phase and child.phase.title.casefold() in excluded
                ):
                    reason = "excluded on request"
                elif not reason and _is_table_of_contents(child):
                    reason = "table of contents (links within the file)"
                elif not reason and not child.children and is_dated_log(_item_texts(child)):
                    reason = "announcements"
                elif reason.startswith("table of contents") and _is_syllabus_table(child):
                    reason = ""  # a table of chapters with their material is the syllabus itself
                if reason and not (child.phase and reason != "excluded on request"):
                    self.left_out.append((child.title, reason))
                    if reason.startswith("table of contents"):  # what follows it is not its content
                        for grandchild in child.children:
                            grandchild.parent = section
                        pending[:0] = child.children
                    continue
                kept.append(child)
                visit(child)
            section.children = kept

        visit(root)

    # --- which level is the path --------------------------------------------------------

    def _choose_steps(self, root: Section) -> tuple[list[Section], dict[int, str], int | None]:
        sections = root.walk()[1:]
        levels = sorted({s.level for s in sections})
        self.levels = levels
        if self.options.step_level is not None:
            wanted = self.options.step_level
            if wanted not in levels:
                shown = ", ".join(str(level) for level in levels) or "none"
                raise MarkdownRoadmapError(
                    f"{self.source}: no sections at heading level {wanted} (levels found: {shown})"
                )
            chosen, wrapping, outside = steps_at_level(sections, wanted)
            self.left_out.extend(
                (title, "above the chosen step level, with no step in it") for title in outside
            )
            return chosen, wrapping, wanted
        counts: dict[int, Counter[str]] = {}
        for section in sections:
            if section.phase is not None:
                counts.setdefault(section.level, Counter())[section.phase.kind] += 1
        phase_levels = [
            level for level, counter in sorted(counts.items()) if counter.most_common(1)[0][1] >= 2
        ]
        if phase_levels:
            step_level = phase_levels[-1]
            kind = counts[step_level].most_common(1)[0][0]
            for section in sections:  # the other kinds at that level are not phases
                if section.level == step_level and section.phase and section.phase.kind != kind:
                    section.phase = None
            group_level = phase_levels[-2] if len(phase_levels) > 1 else None
            if group_level is not None and not _nests(sections, group_level, step_level):
                step_level, group_level = group_level, None
                kind = counts[step_level].most_common(1)[0][0]
                for section in sections:
                    if section.level == step_level and section.phase and section.phase.kind != kind:
                        section.phase = None
            phase_groups: dict[int, str] = {}
            if group_level is not None:
                group_kind = counts[group_level].most_common(1)[0][0]
                phase_groups = {
                    id(s): s.phase.title
                    for s in sections
                    if s.level == group_level and s.phase and s.phase.kind == group_kind
                }
            at_level = [s for s in sections if s.level == step_level]
            return with_own_steps(sections, at_level, step_level), phase_groups, step_level
        content = [s for s in sections if s.has_content()]
        if not content:
            return [], {}, None
        top = min(s.level for s in content)
        for section in sections:
            if section.level == top and not section.has_content():
                self.left_out.append((section.title, "no topics or links"))
        steps: list[Section] = []
        groups: dict[int, str] = {}
        for section in content:
            if section.level != top:
                continue
            inner = [c for c in section.children if c.has_content()]
            if len(inner) >= 2 and not any(b.kind in ("item", "row") for b in section.blocks):
                groups[id(section)] = section.title
                steps.extend(inner)
            else:
                steps.append(section)
        return steps, groups, top

    def _chosen_groups(self, root: Section, step_level: int | None) -> dict[int, str]:
        """The learner's choice of the heading level whose sections group the steps (0: none)."""
        wanted = self.options.group_level
        if not wanted:
            return {}
        above = [level for level in self.levels if step_level is not None and level < step_level]
        if wanted not in above:
            shown = ", ".join(str(level) for level in above) or "none"
            raise MarkdownRoadmapError(
                f"{self.source}: no headings at level {wanted} above the steps (levels above them: {shown})"
            )
        return {id(s): s.phase.title if s.phase else s.title for s in root.walk()[1:] if s.level == wanted}

    # --- building -----------------------------------------------------------------------

    def _build(
        self, title: str, root: Section, steps: list[Section], groups: dict[int, str], level: int | None
    ) -> MarkdownImport:
        summary: list[str] = [b.inline.source for b in root.blocks if b.kind == "paragraph"]
        roadmap_links: list[ResourceDraft] = self._resources(root.blocks)
        drafts: list[tuple[SectionDraft, list[TopicDraft]]] = []
        phased = any(s.phase for s in steps)
        self.phase_steps = sum(1 for s in steps if s.phase)
        first_step_line = min(
            (s.line for s in steps if s.phase or (not phased and not is_intro_title(s.title))), default=0
        )
        table_steps = [] if phased and self.options.units != "rows" else self._table_steps(root)
        if table_steps:
            drafts = table_steps
            steps = []
        for section in steps:
            if phased and section.phase is None:
                if not section.has_content():
                    self.left_out.append((section.title, "no topics or links"))
                    continue
                # items that are more than link lines (an author, a chat): things to learn
                has_items = any(b.kind == "item" and not b.inline.links for b in section.blocks)
                if section.line < first_step_line and (is_intro_title(section.title) or not has_items):
                    summary.extend(b.inline.source for b in section.blocks if b.kind == "paragraph")
                    roadmap_links.extend(self._resources(section.blocks))
                    continue
                # otherwise a section of its own before the first week (Prerequisites, Setup):
                # a step, unnumbered, rather than its items lost
            if not phased and section.line <= first_step_line and is_intro_title(section.title):
                summary.extend(b.inline.source for b in section.blocks if b.kind == "paragraph")
                continue
            if not section.has_content() and not section.phase:
                self.left_out.append((section.title, "no topics or links"))
                continue
            draft, topics = self._step(section, groups)
            if section.own_part and not topics and not draft.resources:
                continue  # only links that lead nowhere known (listed as unresolved)
            extra = section.phase is None and not _OPTIONAL.search(section.title)
            if extra and _links_only(topics, draft) and phased:
                roadmap_links.extend(draft.resources)
                continue
            drafts.extend(self._split_items(draft, topics, section))
            for drafted in section.walk():
                drafted.blocks = []
        numbers = [draft.number for draft, _ in drafts]
        if len(numbers) >= 2 and all(
            later is not None and earlier is not None and later < earlier
            for earlier, later in zip(numbers, numbers[1:], strict=False)
        ):
            drafts.reverse()  # a log written newest first ("Month 03", "Month 02", "Month 01")
        if not drafts:
            raise MarkdownRoadmapError.of("markdown-no-steps", path=self.source)
        ids = IdMaker()
        built: list[Step] = []
        for draft, topics in drafts:
            step = build_step(draft, topics, ids, split=False)
            built.append(step)
            self.ticked_ids.extend(ticked_topic_ids(topics, step.topics))
        _, edition = split_edition(title)
        roadmap = Roadmap(
            id=roadmap_id(title),
            title=title,
            edition=edition,
            summary="\n\n".join(part for part in summary if part.strip()).strip(),
            steps=tuple(built),
            resources=build_resources(roadmap_links, "r", ids),
            source=self.source,
        )
        return MarkdownImport(
            roadmap=roadmap,
            left_out=tuple(self.left_out),
            unresolved=tuple(self.resolver.unresolved),
            step_level=level,
            levels=tuple(self.levels),
            group_level=self.group_level,
            done_topics=tuple(self.ticked_ids) if self.options.ticked_done else (),
            ticked_topics=tuple(self.ticked_ids),
            sections=tuple(s.title for s in root.children),
        )

    def _step(self, section: Section, groups: dict[int, str]) -> tuple[SectionDraft, list[TopicDraft]]:
        phase = section.phase
        title = phase.title if phase else section.title
        group = None
        ancestor = section.parent
        while ancestor is not None:
            if id(ancestor) in groups:
                group = groups[id(ancestor)]
                break
            ancestor = ancestor.parent
        draft = SectionDraft(
            title=title or section.title,
            number=phase.number if phase else None,
            optional=False,
            line=section.line,
            group=group,
        )
        draft.optional = bool(_OPTIONAL.search(section.title)) or (phase is None and self.phase_steps > 0)
        if section.heading is not None:
            draft.resources.extend(self._resources([section.heading]))
        topics = self._topics(section.blocks, draft)
        for child in section.children:
            topics.append(self._topic_group(child, draft, 2))
        return draft, [t for t in topics if t.title]

    def _topic_group(self, section: Section, draft: SectionDraft, depth: int) -> TopicDraft:
        group = TopicDraft(title=section.title, is_group=True)
        if section.heading is not None:
            draft.resources.extend(self._resources([section.heading]))
        group.children = self._topics(section.blocks, draft, depth)
        for child in section.children:
            if depth < MAX_TOPIC_DEPTH:
                group.children.append(self._topic_group(child, draft, depth + 1))
            else:
                group.children.extend(self._topics(child.blocks, draft, depth))
        group.children = [c for c in group.children if c.title]
        return group

    def _topics(self, blocks: list[Block], draft: SectionDraft, depth: int = 1) -> list[TopicDraft]:
        topics: list[TopicDraft] = []
        stack: list[tuple[int, TopicDraft]] = []
        for block in blocks:
            draft.resources.extend(self._resources([block]))
            if block.kind == "paragraph":
                text = block.inline.source.strip()
                if text and (block.inline.text or not block.links) and not _navigation_only(block):
                    draft.why.append(text)
                continue
            if block.kind == "row":
                topic = self._row_topic(block)
                if topic is not None:
                    topics.append(topic)
                stack = []
                continue
            if block.kind != "item":
                continue
            particular = is_particular(block.inline)  # "**Duration:** 1-2 weeks": read, not ticked
            if particular:
                draft.why.append("- " + block.inline.source.strip())
            topic = None if particular else self._item_topic(block)
            while stack and stack[-1][0] >= block.depth:
                stack.pop()
            if topic is None:
                continue
            if stack and depth + len(stack) < MAX_TOPIC_DEPTH:
                stack[-1][1].children.append(topic)
            elif stack:
                stack[-1][1].children.append(topic)
                continue
            else:
                topics.append(topic)
            stack.append((block.depth, topic))
        return topics

    def _item_topic(self, block: Block) -> TopicDraft | None:
        inline = block.inline
        title, detail = item_title(inline)
        if not title:
            return None
        return TopicDraft(title=title, detail=detail, done=bool(block.checked))

    def _row_topic(self, block: Block) -> TopicDraft | None:
        cells = block.cells
        titles = [cell_title(cell) for cell in cells]
        titled = [position for position, title in enumerate(titles) if title]
        if not titled:
            return None
        index = titled[0]
        title = titles[index]
        used = {index}
        if len(titled) > 1 and (len(title) <= 4 or match_phase(title)):
            # "Day 01 | LLM fine-tuning", "P1 | Basic syntax": the label and what it is about
            subject = titled[1]
            title = f"{title}: {titles[subject]}"
            used.add(subject)
        notes = []
        for position, cell in enumerate(cells):
            if position in used or not cell.text:
                continue
            header = block.header[position] if position < len(block.header) else ""
            if cell.text.strip().isdigit() and len(header.strip(" .")) <= 3:
                continue  # a row number ("# | 1"), nothing to read
            notes.append(f"{header}: {cell.text}" if header else cell.text)
        return TopicDraft(title=title, detail="; ".join(notes))

    def _resources(self, blocks: list[Block]) -> list[ResourceDraft]:
        found: list[ResourceDraft] = []
        for block in blocks:
            inlines = block.cells if block.kind == "row" else [block.inline, *block.more]
            for inline in inlines:
                for link in inline.links:
                    resource = self._resource(link, inline)
                    if resource is not None:
                        found.append(resource)
        return found

    def _resource(self, link: Link, inline: Inline) -> ResourceDraft | None:
        if link.image:
            return None
        url = self.resolver.resolve(link.url)
        if url is None:
            return None
        title = link.text
        if (not title or URL.fullmatch(title) or title == link.url) and len(inline.links) <= _LABELLED_LINKS:
            label = label_before(inline, link)
            if len(label.split()) > 12:  # a paragraph before a colon, not a label
                label = ""
            title = label or words_around(inline, link) or link.url
        title = clean_title(title[:1000])[:300]
        if not title or URL.search(title):
            title = url_name(url)
        return ResourceDraft(title, url, guess_resource_kind(url))

    # --- steps from table rows and list items --------------------------------------------

    def _table_steps(self, root: Section) -> list[tuple[SectionDraft, list[TopicDraft]]]:
        """A table whose rows name weeks ("[Week 1][w] | The Command Line"): a step per linked row;
        the first table's, named so or not, when the learner said table rows are the units."""
        told = self.options.units == "rows"
        for section in root.walk():
            rows = [b for b in section.blocks if b.kind == "row"]
            phased = [b for b in rows if b.cells and match_phase(b.cells[0].text)]
            if not rows or (not told and (len(phased) < 3 or len(phased) * 2 < len(rows))):
                continue
            drafts: list[tuple[SectionDraft, list[TopicDraft]]] = []
            for row in rows:
                phase = match_phase(row.cells[0].text) if row.cells else None
                if not any(cell.links for cell in row.cells) and not (phase and phase.rest):
                    # a row that names its chapter is one to study, link or not
                    self.left_out.append((" ".join(c.text for c in row.cells), "a row with no link"))
                    continue
                rest = " ".join(c.text for c in row.cells[1:] if c.text)
                if phase and phase.rest:  # the first cell names it whole: "Ch 2: Working with Text"
                    title = phase.title
                else:
                    title = f"{phase.label}: {rest}" if phase and rest else row.cells[0].text or rest
                draft = SectionDraft(
                    title=title, number=phase.number if phase else None, optional=False, line=row.line
                )
                draft.resources.extend(self._resources([row]))
                drafts.append((draft, []))
            return drafts
        return []

    def _split_items(
        self, draft: SectionDraft, topics: list[TopicDraft], section: Section
    ) -> list[tuple[SectionDraft, list[TopicDraft]]]:
        """A phase holding only a long list of linked lectures: the phase groups, the lectures are steps."""
        items = [b for b in section.blocks if b.kind == "item" and b.depth == 0]
        if (
            self.options.step_level is not None
            or self.phase_steps > 3
            or not section.phase
            or section.children
            or len(items) < 12
            or sum(1 for b in items if b.links) * 4 < len(items) * 3
        ):
            return [(draft, topics)]
        group = draft.title
        steps = []
        topic_iter = iter(topics)
        starts = [
            index for index, block in enumerate(section.blocks) if block.kind == "item" and block.depth == 0
        ]
        for number, start in enumerate(starts):
            item = section.blocks[start]
            topic = next(topic_iter, None)
            if topic is None:
                break
            end = starts[number + 1] if number + 1 < len(starts) else len(section.blocks)
            below = [b for b in section.blocks[start:end] if b.kind == "item"]
            step = SectionDraft(title=topic.title, number=None, optional=False, line=item.line, group=group)
            step.resources = self._resources(below)
            if topic.detail:
                step.why.append(topic.detail)
            steps.append((step, topic.children))
        return steps


def _nests(sections: list[Section], outer: int, inner: int) -> bool:
    """Whether the phases at level `outer` hold those at `inner` (Phase > Module), at least two
    outer ones holding some and the inner ones outnumbering them."""
    holders = [s for s in sections if s.level == outer and s.phase]
    holding = [s for s in holders if any(c.phase for c in s.walk()[1:] if c.level == inner)]
    inner_count = sum(1 for s in sections if s.level == inner and s.phase)
    return len(holding) >= 2 and inner_count >= len(holders)


def _links_only(topics: list[TopicDraft], draft: SectionDraft) -> bool:
    if not draft.resources:
        return False
    titles = {r.title for r in draft.resources}
    return all(t.title in titles and not t.children for t in topics)


def _is_syllabus_table(section: Section) -> bool:
    """A table whose rows name phases ("Ch 2: Working with Text Data") and link to material
    outside the file (notebooks, videos), not to the file's own headings."""
    rows = [b for b in section.blocks if b.kind == "row" and b.cells]
    phased = [row for row in rows if match_phase(row.cells[0].text)]
    outside = [
        row
        for row in phased
        if any(not link.url.startswith("#") for cell in row.cells for link in cell.links)
    ]
    return len(phased) >= 2 and len(outside) >= 2


def _item_texts(section: Section) -> list[str]:
    return [b.inline.text for b in section.blocks if b.kind == "item" and b.depth == 0]


def _is_table_of_contents(section: Section) -> bool:
    """A list of links to the file's own headings: by anchor ("#setup"), or by the file's full
    web address and an anchor ("https://github.com/o/r#setup", every link the same page)."""
    links = [link for b in section.blocks for link in b.links]
    if section.children or len(links) < 2:
        return False
    if all(link.url.startswith("#") for link in links):
        return True
    pages = {link.url.split("#", 1)[0] for link in links if "#" in link.url}
    return len(pages) == 1 and all("#" in link.url for link in links)


def _navigation_only(block: Block) -> bool:
    """A paragraph that only takes the reader elsewhere in the file ("^ back to top ^", "Table of
    contents"): links to the file's own anchors and nothing else to read. Not a step's text."""
    links = block.inline.links
    if not links or not all(link.url.startswith("#") for link in links):
        return False
    rest = block.inline.text
    for link in links:
        rest = rest.replace(link.text, "", 1)
    return not any(char.isalnum() for char in rest)
