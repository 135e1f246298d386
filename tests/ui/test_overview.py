"""The step overview is markdown for Qt's renderer: the roadmap's own words must come out as written."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from studytracker.store.records import ResourceView, StepDetail, TopicView
from studytracker.ui.step_pane.viewer import overview_markdown


def _rendered(markdown: str) -> str:
    document = QTextDocument()
    document.setMarkdown(markdown)
    return document.toPlainText()


def test_titles_with_markdown_characters_come_out_as_written(qapp) -> None:  # type: ignore[no-untyped-def]
    detail = StepDetail(
        id="s",
        number=3,
        title="C++ & *args_kwargs* [draft]",
        optional=True,
        why="Learn **why** it matters.",
        tips=("1. Not a list", "#hashtag <b>not bold</b>"),
        resources=(ResourceView("r", "Docs (v2) | `code`", "https://example.org/a b>c", "docs", "note_one"),),
    )
    topics = [
        TopicView(
            "t",
            "- dash first",
            "detail with _under_scores_",
            "done",
            children=(TopicView("c", "2) two", "", "todo"),),
        ),
    ]
    text = _rendered(overview_markdown(detail, topics))
    for literal in (
        "Step 3: C++ & *args_kwargs* [draft]",
        "Optional",
        "✔ - dash first — detail with _under_scores_",
        "2) two",
        "1. Not a list",
        "#hashtag <b>not bold</b>",
        "Docs (v2) | `code`",
        "note_one",
    ):
        assert literal in text, literal
    assert "Learn why it matters." in text  # the roadmap's own text is markdown, and renders as such
    document = QTextDocument()
    document.setMarkdown(overview_markdown(detail, topics))
    assert "https://example.org/a%20b%3Ec" in document.toHtml()  # the link survives, quoted
