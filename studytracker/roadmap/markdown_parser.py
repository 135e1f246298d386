"""markdown-it-py set up for reading roadmaps, with quick answers where its pure Python is slow.

CommonMark with GitHub's tables and bare URLs (linkify-it-py) and YAML front matter. A 1 MB
curriculum is tens of thousands of links and lines; three of markdown-it's steps walk them a
character or an expression at a time, so each gets a quick answer for the common case and falls
back to markdown-it's own function otherwise. The answers are the same either way
(tests/roadmap/test_import_options.py compares them on generated input).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

#: An address markdown-it's link normalising leaves as it is; most study links are such. Only
#: characters it never encodes (and escapes already made), in one of two shapes whose parsing
#: (mdurl's) gives back the same text: a web address with a plain host (and port), or a relative
#: one with no colon or "@" (either may make mdurl read a scheme, a user or a port, and drop
#: an empty one: "a:::" becomes "a::").
_NORMAL_CHARACTER = r"(?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]|%[0-9A-Fa-f]{2})"
NORMAL_URL = re.compile(
    rf"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#]{_NORMAL_CHARACTER}*)?"
    r"|(?!//)(?:[A-Za-z0-9;/?&=+$,\-_.!~*'()#]|%[0-9A-Fa-f]{2})*"
)
#: What any bare address has somewhere (a scheme's colon, "//", an e-mail's "@", a dot before a
#: domain's next label, "localhost"): text without it skips linkify-it's own test, a large
#: expression that took a tenth of a big file's parse.
MAY_HOLD_ADDRESS = re.compile(r"[:@]|//|\.\w|localhost", re.IGNORECASE)
#: The start of a link destination up to the first character markdown-it's scan has to look at
#: (a space or control character ends it, a parenthesis or backslash needs its rules).
_PLAIN_DESTINATION = re.compile(r"[^\x00-\x20\x7f\\()<]*")


@cache
def markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    from studytracker.roadmap.model import MAX_TOPIC_DEPTH

    parser = MarkdownIt("gfm-like").use(front_matter_plugin)
    parser.normalizeLink = quick_normalize_link(parser.normalizeLink)  # type: ignore[method-assign,assignment]
    linkify = parser.linkify
    assert linkify is not None  # linkify-it-py is a dependency
    full_pretest = linkify.pretest
    linkify.pretest = lambda text: bool(MAY_HOLD_ADDRESS.search(text)) and full_pretest(text)
    # The helpers are markdown-it's module, shared by every parser: this one gets its own copy.
    helpers = parser.helpers
    parser.helpers = SimpleNamespace(  # type: ignore[assignment]
        parseLinkLabel=helpers.parseLinkLabel,
        parseLinkDestination=quick_link_destination(helpers.parseLinkDestination),
        parseLinkTitle=helpers.parseLinkTitle,
    )
    # A list level is two (the list and its item): a few levels past the deepest topic, so a
    # reader sees the level that is too deep, while the parser's own recursion stays shallow.
    parser.options["maxNesting"] = 2 * (MAX_TOPIC_DEPTH + 3)
    return parser


def quick_normalize_link(normalize: Callable[[str], str]) -> Callable[[str], str]:
    """markdown-it's link normalising, with a quick answer for an address it would not change."""

    def normalize_link(url: str) -> str:
        return url if NORMAL_URL.fullmatch(url) else normalize(url)

    return normalize_link


class _Destination:
    """A link destination as markdown-it's link rules read it: found or not, where it ends, its text."""

    __slots__ = ("ok", "pos", "str")

    def __init__(self, end: int, text: str) -> None:
        self.ok = True
        self.pos = end
        self.str = text


def quick_link_destination(parse: Callable[[str, int, int], Any]) -> Callable[[str, int, int], Any]:
    """markdown-it's link destination scan, with a quick answer for a destination with no
    parenthesis, backslash or angle bracket (nearly every one): it ends at the first space,
    control character or closing parenthesis, and markdown-it's scan would only have stepped
    over the characters before it one at a time."""

    def parse_link_destination(string: str, pos: int, maximum: int) -> Any:
        end = _PLAIN_DESTINATION.match(string, pos, maximum).end()  # type: ignore[union-attr]
        if end == pos or (end < maximum and string[end] in "\\(<"):
            return parse(string, pos, maximum)
        if "&" in string[pos:end]:
            return parse(string, pos, maximum)  # an entity to unescape: markdown-it's own way
        return _Destination(end, string[pos:end])

    return parse_link_destination


# --- a long text, a section at a time -----------------------------------------------------------

#: Texts longer than this (in characters) are parsed a part at a time: markdown-it's tokens take
#: about 35 times the text's size, and a 9.6 MB curriculum's held at once came to 330 MB.
SECTION_CHARS = 512_000
#: A line where a new part may start: an ATX heading at the margin, after a blank line. Nothing
#: open before it (a list, a table, a quote, a paragraph, an HTML block of the kinds a blank line
#: ends) reaches past it.
_PART_START = re.compile(r"#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")
#: HTML that runs past blank lines (a comment, <pre>, <script>, <style>, <textarea>, <?…?>,
#: <![CDATA[…]]>), and what closes each; a line that opens one and does not close it holds the
#: parts together until one that does.
_LONG_HTML = re.compile(r"<!--|<(?:pre|script|style|textarea)\b|<\?|<!\[CDATA\[", re.IGNORECASE)
_LONG_HTML_END = {"<!--": "-->", "<?": "?>", "<![cdata[": "]]>"}
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.MULTILINE)


def _html_end(opening: str) -> str:
    lowered = opening.lower()
    return _LONG_HTML_END.get(lowered, f"</{lowered[1:]}>")


def sections(text: str, size: int = SECTION_CHARS) -> list[tuple[int, int, int]]:
    """Where to cut `text` into parts of about `size` characters, each starting at a heading
    that nothing before it reaches past: the parts parse to the blocks the whole text does.
    (first line's index, start, end) of each part, sliced only when parsed; one part for a short
    text, or for one with no such heading.

    A line scan proposes a heading at the margin after a blank line: nothing but a fenced code
    block, a long HTML block or front matter can hold such a line (a blank line ends paragraphs,
    tables and the other HTML blocks, and a line at the margin ends lists and quotes). Where the
    part has one of those, markdown-it's block rules confirm the proposal: read from the part's
    start, the line opens a heading at the top level. (A fence in a list item that the heading
    closes fools the scan, never the confirmation.)"""
    if len(text) <= size:
        return [(0, 0, len(text))]
    parser = markdown_parser()
    parts: list[tuple[int, int, int]] = []
    start = start_line = line_number = position = 0
    retry_from = 0  # after a proposal is refused, the next is looked for a little further on
    risky = text.startswith("---")  # a fence, a long HTML block or front matter in this part
    fence = ""  # the open fence's marker
    html_end = ""  # what closes the open long HTML block
    blank_before = True
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end + 1
        if fence:
            found = _FENCE.match(text, position, end)
            if found and found.group(1)[0] == fence[0] and len(found.group(1)) >= len(fence):
                fence = ""
        elif html_end:
            if html_end in text[position:end].lower():
                html_end = ""
        else:
            if (
                blank_before
                and position - start >= size
                and position >= retry_from
                and _PART_START.match(text, position, end)
            ):
                if not risky or _opens_a_top_heading(parser, text[start:end], line_number - start_line):
                    parts.append((start_line, start, position))
                    start, start_line, risky = position, line_number, False
                else:
                    retry_from = position + size // 4
            found = _FENCE.match(text, position, end)
            if found:
                fence, risky = found.group(1), True
            else:
                opened = _LONG_HTML.search(text, position, end)
                risky = risky or opened is not None
                if opened and _html_end(opened.group(0)) not in text[opened.end() : end].lower():
                    html_end = _html_end(opened.group(0))
        blank_before = not text[position:end].strip()
        position, line_number = end, line_number + 1
    parts.append((start_line, start, len(text)))
    return parts


def _opens_a_top_heading(parser: MarkdownIt, part: str, line: int) -> bool:
    """Whether line `line` (from 0) of `part`, its last, opens a heading at the top level, read
    by the block rules alone from the part's start, where nothing is open."""
    tokens: list[Any] = []
    parser.block.parse(part, parser, {}, tokens)
    return any(t.type == "heading_open" and t.level == 0 and t.map and t.map[0] == line for t in tokens)


def references(parser: MarkdownIt, text: str, parts: list[tuple[int, int, int]]) -> dict[str, Any]:
    """The link reference definitions ("[label]: address") of every part of `text`, as
    markdown-it keeps them (the first of a label wins): a link in one part may use a definition
    in another. Only the parts that may hold one are read, and only by the block rules."""
    env: dict[str, Any] = {"references": {}}
    for _line, start, end in parts:
        if _REFERENCE_DEFINITION.search(text, start, end):
            parser.block.parse(text[start:end].replace("\0", "\ufffd"), parser, env, [])
    return dict(env["references"])
