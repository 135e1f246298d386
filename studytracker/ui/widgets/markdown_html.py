"""Markdown and HTML for display, made safe in this one place.

Learners' notes and attached documents go through the `markdown` package (its "extra"
extensions: tables, footnotes, definition lists…) to HTML, and every HTML the window shows from
someone's text passes `sanitise_html`: nh3 (the Ammonia sanitiser) keeps an allow-list of tags
and attributes, so scripts, event handlers, styles (`display: none`), forms, frames and comments
go. The roadmap's own short texts are handed to Qt's renderer as markdown (`escape_markdown`,
`roadmap_markdown`), which needs no import on the first paint.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

#: What sanitised HTML may hold: what markdown makes, and the plain formatting of an HTML page.
_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
    "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
    "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "tt", "u", "ul", "var",
}  # fmt: skip
#: No style, class or size attributes: nothing that hides text or asks Qt for a huge image.
_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
}
#: Where a link or an image may point; an image loads only from the attachments folder anyway
#: (`text_browser.TextBrowser`), and a link opens in the browser only when it is a web link.
_URL_SCHEMES = {"http", "https", "mailto", "file"}

#: Qt lays out nested elements in time that grows with their depth (nested tables: fourfold
#: every two levels, a minute at 20); what nests deeper than this is shown as plain text.
MAX_NESTING = 64
MAX_TABLE_NESTING = 4
#: The sanitiser's parser takes time that grows with the square of the nesting (100,000 nested
#: elements: a minute): deeper raw HTML is shown as plain text without being parsed.
MAX_RAW_NESTING = 1000

#: Elements that never hold others, and those whose end may be left out (`<p>`, `<li>`…): a
#: nesting count leaves both out.
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_OPTIONAL_END = {
    "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p",
    "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
}  # fmt: skip
#: Elements whose content is text up to their end tag.
_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"}


@cache
def _tag_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A tag's start, and what ends a stretch inside a tag (its end, or a quoted value's start)."""
    return re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)"), re.compile(r"[>\"']")


def _raw_nesting_exceeds(html: str, limit: int) -> bool:
    """Whether elements in raw (perhaps broken) HTML nest deeper than `limit`, found in one pass
    that skips comments, quoted attribute values and script text, so it takes time in step with
    the length of the HTML whatever it holds."""
    tag_start, tag_stop = _tag_patterns()
    lowered = html.lower()
    open_names: list[str] = []
    open_counts: dict[str, int] = {}
    position = html.find("<")
    while position != -1:
        if html.startswith("<!--", position):
            end = html.find("-->", position + 4)
            position = -1 if end == -1 else html.find("<", end + 3)
            continue
        tag = tag_start.match(html, position)
        if tag is None:
            position = html.find("<", position + 1)
            continue
        end = tag.end()
        while True:  # to the tag's ">", past quoted attribute values
            stop = tag_stop.search(html, end)
            if stop is None:
                return False  # the rest is one unfinished tag
            if stop.group() == ">":
                end = stop.end()
                break
            closing_quote = html.find(stop.group(), stop.end())
            if closing_quote == -1:
                return False
            end = closing_quote + 1
        closing, name = tag.group(1), tag.group(2).lower()
        if closing:
            if open_counts.get(name):
                while open_names:  # the end tag closes what was opened since its start tag
                    closed = open_names.pop()
                    open_counts[closed] -= 1
                    if closed == name:
                        break
        elif name in _RAW_TEXT:
            end_tag = lowered.find(f"</{name}", end)
            if end_tag == -1:
                return False
            end = end_tag
        elif name not in _VOID and name not in _OPTIONAL_END:
            open_names.append(name)
            open_counts[name] = open_counts.get(name, 0) + 1
            if len(open_names) > limit:
                return True
        position = html.find("<", end)
    return False


class _NestingTooDeep(Exception):
    pass


@cache
def _nesting_check() -> type[Any]:
    """A parser that walks sanitised (well-formed) HTML and stops at the first element nested
    past MAX_NESTING or a table nested past MAX_TABLE_NESTING. Made on first use: `html.parser`
    brings the table of entities with it."""
    from html.parser import HTMLParser

    class NestingCheck(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=False)
            self.open: list[str] = []
            self.tables = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _VOID:
                return
            self.open.append(tag)
            self.tables += tag == "table"
            if len(self.open) > MAX_NESTING or self.tables > MAX_TABLE_NESTING:
                raise _NestingTooDeep

        def handle_endtag(self, tag: str) -> None:
            if self.open and self.open[-1] == tag:  # sanitised HTML closes what it opens, in order
                self.tables -= self.open.pop() == "table"

    return NestingCheck


def _nested_too_deep(clean_html: str) -> bool:
    check = _nesting_check()()
    try:
        check.feed(clean_html)
        check.close()
    except _NestingTooDeep:
        return True
    return False


#: A list item or quote this far in (four columns a level) nests past what is shown: the
#: markdown parser recurses once a level and slows with the square of the depth.
_DEEPEST_INDENT = 4 * MAX_NESTING


def _markdown_nests_too_deep(text: str) -> bool:
    for line in text.splitlines():
        prefix = line[: len(line) - len(line.lstrip(" \t>"))]
        if len(prefix.expandtabs(4)) > _DEEPEST_INDENT:
            return True
    return False


def plain_text_html(text: str) -> str:
    """Text shown as it is, every character escaped, its lines as they are: not wrapped, as Qt
    takes time that grows with the square of a line's length to wrap one without spaces."""
    return f"<pre>{escape(text)}</pre>"


def sanitise_html(html: str, source_text: str | None = None) -> str:
    """HTML with only the allowed tags and attributes (nh3), well formed; when it nests deeper
    than Qt can lay out in good time, `source_text` (else the HTML itself) as plain text."""
    if _raw_nesting_exceeds(html, MAX_RAW_NESTING):
        return plain_text_html(html if source_text is None else source_text)
    import nh3  # imported on first use: not needed for the window's first paint

    clean = nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        strip_comments=True,
        link_rel=None,
    )
    if _nested_too_deep(clean):
        return plain_text_html(html if source_text is None else source_text)
    return clean


@lru_cache(maxsize=256)
def markdown_to_html(text: str) -> str:
    """A learner's markdown (a note, an attached document) as sanitised HTML."""
    if not text.strip():
        return ""  # an empty note needs no parser (and the first paint no import of it)
    if _markdown_nests_too_deep(text):
        return plain_text_html(text)
    import markdown  # imported on first use: not needed for the window's first paint

    try:
        html = markdown.markdown(
            _lists_interrupt_paragraphs(text), extensions=["extra", "sane_lists"], output_format="html"
        )
    except RecursionError:  # the parser recurses once a level: a list nested a thousand deep
        return plain_text_html(text)
    return _dressed(sanitise_html(html, source_text=text))


_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|1[.)])[ \t]+\S")
_FENCE = re.compile(r" {0,3}(?:```|~~~)")


def _lists_interrupt_paragraphs(text: str) -> str:
    """A list may start right under a paragraph's line, as in CommonMark (the report's renderer,
    Qt's, reads it so): a blank line is put before it for the `markdown` package, which would
    run "- item" into the paragraph. Code blocks are left as they are."""
    lines, fenced, in_list, after_blank = [], False, False, True
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            if _LIST_ITEM.match(line):
                if not after_blank and not in_list:
                    lines.append("")
                in_list = True
            elif line.strip() and after_blank and not line[:1].isspace():
                in_list = False  # a new paragraph after the list
        lines.append(line)
        after_blank = not line.strip()
    return "\n".join(lines)


_TASK_ITEM = re.compile(r"<li>(\s*<p>)?\s*\[([ xX])\]\s")
_TABLE_START = re.compile(r"<table>")


def _dressed(clean_html: str) -> str:
    """Sanitised HTML as Qt should draw it: tables with a grid (Qt draws none unless asked), and
    GitHub-style task items ("- [ ] read", "- [x] done") with boxes instead of brackets. Done after
    sanitising: these are the app's own attributes, not the text's."""
    html = _TABLE_START.sub('<table border="1" cellspacing="0" cellpadding="4">', clean_html)
    return _TASK_ITEM.sub(lambda m: f"<li>{m.group(1) or ''}{'☑' if m.group(2) != ' ' else '☐'} ", html)


def roadmap_markdown(text: str) -> str:
    """A roadmap's own markdown (a step's why) for Qt's markdown renderer, its raw HTML made safe.

    Text with no "<" holds no HTML and is passed as it is (no parser is imported on the first
    paint). Other text becomes sanitised HTML on one line, one HTML block for Qt's renderer, so
    nothing in it (an unclosed tag, a comment, a script) can take in the text that follows.
    """
    if "<" not in text:
        return text
    html = markdown_to_html(text)
    return "<div>" + html.replace("\r", "").replace("\n", "&#10;") + "</div>"


def escape(text: str) -> str:
    """Text for Qt's rich text (dialogs). `html` is imported on first use: its table of entities
    is not needed for the first paint."""
    import html

    return html.escape(text, quote=True)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is: Qt reads a tooltip that looks like HTML as HTML."""
    return "<p style='white-space: pre-wrap'>" + escape(text) + "</p>"


#: ASCII punctuation markdown may read as markup; a backslash before any of it is always allowed.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&])")


def escape_markdown(text: str) -> str:
    """Plain text that markdown shows as it is (one line: line breaks become spaces)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown_link_target(url: str) -> str:
    """A URL as a link target in markdown: in angle brackets, which it must not contain itself."""
    return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"
