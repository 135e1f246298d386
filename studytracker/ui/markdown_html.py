"""Markdown for display. Learners' notes go through the `markdown` package (its "extra"
extensions: tables, footnotes, definition lists…) to HTML; the roadmap's own short texts are
handed to Qt's renderer as markdown (`escape_markdown`), which needs no import on the first paint."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def markdown_to_html(text: str) -> str:
    if not text.strip():
        return ""  # an empty note needs no parser (and the first paint no import of it)
    import markdown  # imported on first use: not needed for the window's first paint

    return markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")


def escape(text: str) -> str:
    """Text for Qt's rich text (dialogs). `html` is imported on first use: its table of entities
    is not needed for the first paint."""
    import html

    return html.escape(text, quote=True)


#: ASCII punctuation markdown may read as markup; a backslash before any of it is always allowed.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&])")


def escape_markdown(text: str) -> str:
    """Plain text that markdown shows as it is (one line: line breaks become spaces)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown_link_target(url: str) -> str:
    """A URL as a link target in markdown: in angle brackets, which it must not contain itself."""
    return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"
