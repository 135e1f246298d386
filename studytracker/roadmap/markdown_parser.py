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
