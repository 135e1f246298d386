"""What the markdown importers gather before a roadmap exists (drafts), and turning drafts into
the frozen model with readable ids that are unique and fit the schema."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studytracker.roadmap.model import MAX_ID_LENGTH, MAX_TOPIC_DEPTH, Resource, RoadmapError, Step, Topic
from studytracker.roadmap.text import shorten_id, slugify, tidy_title


class MarkdownRoadmapError(RoadmapError):
    """The markdown could not be read as a roadmap."""


_PAREN_LIST = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*\.?$")
_EDITION_REACH = 60  # characters from the end of a title its edition is looked for in
EDITION = re.compile(r"\s*(?:\bin\s+)?\(?\b((?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?)\)?\s*\.?$", re.IGNORECASE)


def guess_resource_kind(url: str, context: str = "") -> str:
    """A resource kind from its address, and from the section it was listed in."""
    address = url.lower()
    if any(host in address for host in ("youtube.com", "youtu.be", "vimeo.com")):
        return "video"
    if context == "datasets" or any(
        part in address
        for part in ("/datasets", "dataset", "archive.ics.uci.edu", "data.gov", "data.worldbank")
    ):
        return "dataset"
    if any(part in address for part in ("/course", "coursera.org", "udemy.com", "edx.org")):
        return "course"
    if any(part in address for part in ("kaggle.com", "leetcode.com", "hackerrank.com")):
        return "practice"
    if context == "tools":
        return "tool"
    if any(
        part in address
        for part in ("docs.", "/docs", "readthedocs", "/tutorial", "/reference", "/stable", "/manual")
    ):
        return "docs"
    if address.startswith("file://") or address.endswith((".md", ".pdf", ".ipynb")):
        return "article"
    return "link"


@dataclass(slots=True)
class TopicDraft:
    title: str
    detail: str = ""
    indent: int = -1
    children: list[TopicDraft] = field(default_factory=list)
    is_group: bool = False
    done: bool = False


@dataclass(slots=True)
class ResourceDraft:
    title: str
    url: str
    kind: str
    note: str = ""


@dataclass(slots=True)
class SectionDraft:
    title: str
    number: int | None
    optional: bool
    line: int
    why: list[str] = field(default_factory=list)
    topics: list[TopicDraft] = field(default_factory=list)
    resources: list[ResourceDraft] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)
    group: str | None = None


class IdMaker:
    """Hands out ids unique within one roadmap and within the schema's length, adding -2, -3…
    on a clash; a topic's id is its parent's id and its own slug, shortened to fit."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        #: The counter to try next for each wanted id: ten thousand items of one title take
        #: one try each, not ten thousand.
        self._next: dict[str, int] = {}

    def claim(self, wanted: str) -> str:
        # counted by the id as shortened: long titles that shorten alike share one counter
        candidate = shorten_id(wanted, MAX_ID_LENGTH)
        counter = self._next.get(candidate, 2)
        first = candidate
        while candidate in self.used:
            suffix = f"-{counter}"
            candidate = shorten_id(wanted, MAX_ID_LENGTH - len(suffix)) + suffix
            counter += 1
        self._next[first] = counter
        self.used.add(candidate)
        return candidate


def split_parenthesised_list(draft: TopicDraft) -> None:
    """ "Gradient Boosting (XGBoost, LightGBM, CatBoost)" becomes a topic with three children."""
    if draft.children:
        return
    match = _PAREN_LIST.match(draft.title)
    if not match:
        return
    # Only after a short name ("Clustering (K-means, DBSCAN)"), not a sentence with an aside.
    if len(match.group(1).split()) > 2:
        return
    parts = [part.strip() for part in re.split(r",\s*|\s+and\s+", match.group(2)) if part.strip()]
    if len(parts) >= 2 and all(len(part) <= 40 for part in parts):
        draft.children = [TopicDraft(title=tidy_title(part)) for part in parts]


#: The longest title a step or topic keeps; a longer one (a paragraph written as a heading, a
#: hostile file's megabyte line) is cut at a word, and the text kept as its detail, up to a
#: length the window still lays out at once.
MAX_TITLE_LENGTH = 300
MAX_KEPT_TITLE_TEXT = 2000


def short_title(text: str) -> tuple[str, str]:
    """(the title, the text it was cut from (up to MAX_KEPT_TITLE_TEXT), or "" if it was not)."""
    if len(text) <= MAX_TITLE_LENGTH:
        return text, ""
    cut = text[: MAX_TITLE_LENGTH - 1]
    if " " in cut[MAX_TITLE_LENGTH // 2 :]:
        cut = cut[: cut.rindex(" ")]
    kept = text if len(text) <= MAX_KEPT_TITLE_TEXT else text[: MAX_KEPT_TITLE_TEXT - 1] + "…"
    return cut.rstrip() + "…", kept


def build_topic(draft: TopicDraft, parent_id: str, ids: IdMaker, depth: int, split: bool = True) -> Topic:
    if split and depth < MAX_TOPIC_DEPTH:  # its parts would be a level deeper
        split_parenthesised_list(draft)
    title, whole = short_title(draft.title)
    topic_id = ids.claim(f"{parent_id}/{slugify(title, 5)}")
    return Topic(
        id=topic_id,
        title=title,
        detail="\n\n".join(part for part in (whole, draft.detail) if part),
        children=tuple(build_topic(child, topic_id, ids, depth + 1, split) for child in draft.children),
    )


def build_resources(drafts: list[ResourceDraft], prefix: str, ids: IdMaker) -> tuple[Resource, ...]:
    resources: list[Resource] = []
    seen_urls: set[str] = set()
    for draft in drafts:
        if draft.url in seen_urls:  # the same link listed twice in one place is one resource
            continue
        seen_urls.add(draft.url)
        resources.append(
            Resource(
                id=ids.claim(f"{prefix}/{slugify(draft.title, 5)}"),
                title=draft.title,
                url=draft.url,
                kind=draft.kind,
                note=draft.note,
            )
        )
    return tuple(resources)


def ticked_topic_ids(drafts: list[TopicDraft], topics: tuple[Topic, ...]) -> list[str]:
    """The ids of the topics built from drafts ticked in the file ("- [x] …"), depth first."""
    ticked: list[str] = []
    for draft, topic in zip(drafts, topics, strict=False):
        if draft.done:
            ticked.append(topic.id)
        ticked.extend(ticked_topic_ids(draft.children, topic.children))
    return ticked


#: A step whose heading holds nothing but symbols (every one of them stripped as decoration).
UNTITLED_STEP = "Untitled section"


def build_step(section: SectionDraft, topics: list[TopicDraft], ids: IdMaker, split: bool = True) -> Step:
    title, whole = short_title(
        section.title.strip() or (f"Step {section.number}" if section.number is not None else UNTITLED_STEP)
    )
    wanted = slugify(title, 5)
    if wanted in ids.used and section.group:  # "Week 1" of Month 2: named by its month, not "-2"
        wanted = f"{slugify(section.group, 3)}-{wanted}"
    step_id = ids.claim(wanted)
    return Step(
        id=step_id,
        number=section.number,
        title=title,
        optional=section.optional,
        why="\n\n".join(part for part in (whole, "\n".join(section.why).strip()) if part),
        topics=tuple(build_topic(t, step_id, ids, 1, split) for t in topics),
        resources=build_resources(section.resources, f"{step_id}/r", ids),
        tips=tuple(section.tips),
        group=section.group,
    )


def split_edition(title: str) -> tuple[str, str]:
    """(the title without its edition, the edition): "X Roadmap 2025/26" -> ("X Roadmap", "2025/26")."""
    # Looked for in the title's end only: from every place of a long run of spaces the pattern
    # would try its leading spaces again (quadratic time).
    match = EDITION.search(title, max(0, len(title) - _EDITION_REACH))
    if not match or match.start() == 0:
        return title, ""
    return title[: match.start()].rstrip(), match.group(1).replace(" ", "")


def roadmap_id(title: str) -> str:
    base, _ = split_edition(title)
    return shorten_id(slugify(re.sub(r"\broad\s*map\b", "", base, flags=re.IGNORECASE), 8), MAX_ID_LENGTH)
