"""Markdown as a flat list of blocks (headings, paragraphs, list items, table rows, rules).

The tokens come from markdown-it-py (`markdown_parser`: CommonMark with GitHub's tables, bare
URLs and YAML front matter; task-list boxes are read here); each block keeps its plain text, its links and its
markdown source, so the importers above it never look at markdown syntax themselves.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from studytracker.roadmap.markdown_parser import SECTION_CHARS, markdown_parser, references, sections

if TYPE_CHECKING:
    from markdown_it.token import Token

#: Characters that never show and only get in the way of matching titles.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# An element's text runs to its closing tag but never past the next opening one: from each of a
# run of unclosed tags a lazy ".*?" would scan to the end of the block (quadratic time).
_HTML_HEADING = re.compile(r"<h([1-6])\b[^<>]*>((?:[^<]|<(?!h[1-6]\b))*?)</h\1\s*>", re.IGNORECASE)
_HTML_LINK = re.compile(
    r"<a\b[^<>]*?\bhref\s*=\s*[\"']([^\"']*)[\"'][^<>]*>((?:[^<]|<(?!a\b))*?)</a\s*>", re.IGNORECASE
)
_HTML_HREF = re.compile(r"<a\b[^<>]*?\bhref\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]*>")  # not "<[^>]*>": from each of a run of "<" it scanned to the end
_ANCHOR = re.compile(r"<a\b")  # not "<abbr>" or "<article>"
_ANCHOR_END = re.compile(r"</a\b")
_HTML_IMAGE = re.compile(r"<img\b", re.IGNORECASE)
_CHECKED = re.compile(r"\bchecked\b")
#: How deep <a> tags are read inside each other; deeper ones (only a hostile file has them) are
#: text, so closing each does not join the whole line again.
MAX_OPEN_ANCHORS = 4
TASK_BOX = re.compile(r"^\[([ xX])\](?:[ \t]+|$)")
_SPACES = re.compile(r"\s+")
#: A bare name that linkify-it reads as a domain but that names a product ("ASP.NET",
#: "Socket.IO"): no scheme, no "www.", no path, and a top-level part not in lower case.
_PRODUCT_NAME = re.compile(r"[^/:@]*\.[A-Za-z]*[A-Z][A-Za-z]*")
_DOTTED_NUMBER = re.compile(r"\d+(\.[A-Za-z0-9]+)+")


@dataclass(frozen=True, slots=True)
class Link:
    """A link as written: its text, its address, and whether it only wraps an image (a badge)."""

    text: str
    url: str
    image: bool = False


@dataclass(slots=True)
class Inline:
    """One run of inline markdown: its plain text, its links and its source."""

    text: str = ""
    #: (a tuple when empty: one shared empty value, not a list for each of 100,000 blocks)
    links: Sequence[Link] = ()
    source: str = ""
    #: the text of a leading **bold** part ("**Duration:** 1-2 weeks" -> "Duration:")
    bold_lead: str = ""
    #: a task-list item's tick: True for "[x]", False for "[ ]", None for no box
    tick: bool | None = None


#: The inline of a block that has none (a rule): shared, never changed.
_NO_INLINE = Inline()


@dataclass(slots=True)
class Block:
    """A heading, paragraph, list item, table row, HTML block or rule, with its line (1-based).

    `level` is the heading level (1-6); `depth` the nesting of a list item (0 outermost);
    `checked` a task item's tick (None for a plain item); `cells`/`header` a table row's
    cells and its table's header cells.
    """

    kind: str  # "heading", "paragraph", "item", "row", "html", "rule"
    line: int
    inline: Inline = field(default_factory=lambda: _NO_INLINE)
    level: int = 0
    depth: int = 0
    ordered: bool = False
    checked: bool | None = None
    cells: Sequence[Inline] = ()
    header: Sequence[str] = ()
    in_quote: bool = False
    #: extra paragraphs of a list item, after its first
    more: Sequence[Inline] = ()

    @property
    def text(self) -> str:
        return self.inline.text

    @property
    def links(self) -> Sequence[Link]:
        return self.inline.links


@dataclass
class Document:
    blocks: list[Block]
    front_matter: str = ""


def clean_source(text: str) -> str:
    """The text with invisible characters gone and line ends made one kind."""
    return _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def plain(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def parse_blocks(text: str, section_chars: int = SECTION_CHARS) -> Document:
    """The blocks of markdown `text`, in document order. A long text is parsed a section at a
    time (`markdown_parser.sections`), so that only one section's tokens are held at once."""
    parser = markdown_parser()
    source = clean_source(text)
    parts = sections(source, section_chars)
    walker = _BlockWalker()
    if len(parts) == 1:
        walker.walk(parser.parse(source))
        return walker.document()
    env = {"references": references(parser, source, parts)}
    for first_line, start, end in parts:
        walker.walk(parser.parse(source[start:end], env), first_line)
    return walker.document()


class _BlockWalker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.front_matter = ""
        self.list_depth = -1
        self.ordered: list[bool] = []
        self.items: list[Block | None] = []  # the open list items, innermost last
        self.quote = 0
        self.row: list[Inline] | None = None
        self.header: list[str] = []
        self.in_head = False
        self.row_line = 0

    def document(self) -> Document:
        return Document(self.blocks, self.front_matter)

    def walk(self, tokens: list[Token], first_line: int = 0) -> None:
        """Read the tokens of a text (or of a part of one starting at line index `first_line`)."""
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.map:
                line = first_line + token.map[0] + 1
            else:
                line = self.blocks[-1].line if self.blocks else first_line + 1
            kind = token.type
            if kind == "front_matter":
                self.front_matter = token.content
            elif kind == "heading_open":
                inline = _inline(tokens[index + 1])
                self.blocks.append(Block("heading", line, inline, level=int(token.tag[1])))
                index += 2
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.list_depth += 1
                self.ordered.append(kind == "ordered_list_open")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.list_depth -= 1
                self.ordered.pop()
            elif kind == "list_item_open":
                self.items.append(None)
            elif kind == "list_item_close":
                self.items.pop()
            elif kind == "blockquote_open":
                self.quote += 1
            elif kind == "blockquote_close":
                self.quote -= 1
            elif kind == "hr":
                self.blocks.append(Block("rule", line))
            elif kind == "thead_open":
                self.in_head, self.header = True, []
            elif kind == "thead_close":
                self.in_head = False
            elif kind == "tr_open":
                self.row = []
                self.row_line = line
            elif kind == "tr_close":
                if self.row is not None and not self.in_head:
                    self.blocks.append(Block("row", self.row_line, cells=self.row, header=self.header))
                elif self.row is not None:
                    self.header = [cell.text for cell in self.row]
                    if any(cell.links for cell in self.row):  # a header row of data: read it too
                        self.blocks.append(Block("row", self.row_line, cells=self.row, header=[]))
                self.row = None
            elif kind == "inline" and self.row is not None:
                self.row.append(_inline(token))
            elif kind == "inline":
                starts_item = bool(self.items) and self.items[-1] is None
                self._inline_block(_inline(token, task_box=starts_item), line)
            elif kind == "html_block":
                self._html_block(token.content, line)
            index += 1

    def _inline_block(self, inline: Inline, line: int) -> None:
        if self.items and self.items[-1] is None:
            item = Block(
                "item",
                line,
                inline,
                depth=self.list_depth,
                ordered=self.ordered[-1] if self.ordered else False,
                checked=inline.tick,
                in_quote=self.quote > 0,
            )
            self.items[-1] = item
            self.blocks.append(item)
        elif self.items and self.items[-1] is not None:
            item = self.items[-1]
            item.more = [*item.more, inline]
        else:
            self.blocks.append(Block("paragraph", line, inline, in_quote=self.quote > 0))

    def _html_block(self, content: str, line: int) -> None:
        headings = list(_HTML_HEADING.finditer(content))
        for match in headings:
            text = plain(html.unescape(_HTML_TAG.sub(" ", match.group(2))))
            if text:
                self.blocks.append(
                    Block("heading", line, Inline(text=text, source=text), level=int(match.group(1)))
                )
        rest = _HTML_HEADING.sub(" ", content)
        links = [
            Link(
                plain(html.unescape(_HTML_TAG.sub(" ", m.group(2)))),
                html.unescape(m.group(1)),
                _is_image_html(m.group(2)),
            )
            for m in _HTML_LINK.finditer(rest)
        ]
        text = plain(html.unescape(_HTML_TAG.sub(" ", rest)))
        if links or text:
            self.blocks.append(Block("html", line, Inline(text=text, links=links, source=content)))


def _is_image_html(inner: str) -> bool:
    return bool(_HTML_IMAGE.search(inner)) and not plain(_HTML_TAG.sub(" ", inner))


def _inline(token: Token, task_box: bool = False) -> Inline:
    """Plain text and links of an inline token; images, badges, <sup> notes and tags left out."""
    parts: list[str] = []
    links: list[Link] = []
    open_links: list[tuple[str, int, bool]] = []  # (url, where its text starts, from html)
    image_inside: list[bool] = []
    hidden = 0  # inside <sup>…</sup>
    bold_lead = ""
    bold_start: int | None = None
    lead_possible = True
    unread_anchors = 0  # <a> tags nested past MAX_OPEN_ANCHORS, read as text
    tick: bool | None = None
    children = token.children or []
    if task_box and children and children[0].type == "text":
        # A GitHub task item, "[ ] read" or "[x] done": the box is read here, in one look at
        # the item's start (mdit-py-plugins' task lists walk back through every token for each
        # item: a list of twenty thousand took a minute).
        box = TASK_BOX.match(children[0].content)
        if box:
            tick = box.group(1) != " "
            children[0].content = children[0].content[box.end() :]
    for position, child in enumerate(children):
        kind = child.type
        if kind == "html_inline":
            tag = child.content.lower()
            if position == 0 and "task-list-item-checkbox" in tag:
                tick = bool(_CHECKED.search(tag))
            elif tag.startswith("<sup"):
                hidden += 1
            elif tag.startswith("</sup"):
                hidden = max(0, hidden - 1)
            elif _ANCHOR.match(tag) and len(open_links) >= MAX_OPEN_ANCHORS:
                unread_anchors += 1
            elif _ANCHOR.match(tag):
                href = _HTML_HREF.search(child.content)
                open_links.append((html.unescape(href.group(1)) if href else "", len(parts), True))
                image_inside.append(False)
            elif _ANCHOR_END.match(tag) and unread_anchors:
                unread_anchors -= 1
            elif _ANCHOR_END.match(tag) and open_links:
                _close_link(parts, links, open_links, image_inside)
            elif tag.startswith("<img") and image_inside:
                image_inside[-1] = True
            elif tag.startswith("<br"):
                parts.append(" ")
            continue
        if hidden:
            continue
        if kind == "text" or kind == "code_inline":
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif kind == "link_open":
            address = str(child.attrs.get("href", ""))
            if child.markup == "linkify" and _is_product_name(children, position):
                address = ""  # kept as text, not as a link
            open_links.append((address, len(parts), False))
            image_inside.append(False)
        elif kind == "link_close" and open_links:
            _close_link(parts, links, open_links, image_inside)
        elif kind == "image":
            if image_inside:
                image_inside[-1] = True
        elif kind == "strong_open" and lead_possible and bold_start is None:
            if plain("".join(parts)):
                lead_possible = False  # text came first (and no more joins for each "**" after it)
            else:
                bold_start = len(parts)
        elif kind == "strong_close" and bold_start is not None and not bold_lead:
            bold_lead = plain("".join(parts[bold_start:])) or " "
    return Inline(plain("".join(parts)), links or (), token.content, bold_lead.strip(), tick)


def _is_product_name(children: list[Token], position: int) -> bool:
    """Whether the bare address opening at `position` is a product's name ("ASP.NET") or a
    dotted number ("6.xxx", a course's code), not a site."""
    text = children[position + 1].content if position + 1 < len(children) else ""
    if text.lower().startswith("www."):
        return False
    return bool(_PRODUCT_NAME.fullmatch(text) or _DOTTED_NUMBER.fullmatch(text))


def _close_link(
    parts: list[str], links: list[Link], open_links: list[tuple[str, int, bool]], image_inside: list[bool]
) -> None:
    url, start, _ = open_links.pop()
    image = image_inside.pop()
    text = plain("".join(parts[start:]))
    if url:
        links.append(Link(text, url.strip(), image and not text))
