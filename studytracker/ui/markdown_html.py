"""Markdown to the HTML subset QTextBrowser renders, with the `markdown` package."""

from __future__ import annotations

import html
from functools import lru_cache


@lru_cache(maxsize=256)
def markdown_to_html(text: str) -> str:
    if not text.strip():
        return ""  # an empty note needs no parser (and the first paint no import of it)
    import markdown  # imported on first use: not needed for the window's first paint

    return markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")


def escape(text: str) -> str:
    return html.escape(text, quote=True)
