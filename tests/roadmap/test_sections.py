"""A long curriculum is parsed a section at a time (`markdown_parser.sections`), so that a
9.6 MB file never holds its 400,000 tokens at once: the parts must give exactly the blocks the
whole text gives, whatever is open where a part would start."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from studytracker.roadmap.markdown_blocks import parse_blocks
from studytracker.roadmap.markdown_parser import sections
from tests.conftest import examples

DATA = Path(__file__).resolve().parent.parent / "data"
CURRICULA = sorted(DATA.rglob("*.md"))


@pytest.mark.parametrize("path", CURRICULA, ids=lambda p: p.name)
def test_every_curriculum_parses_the_same_in_parts(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    whole = parse_blocks(text)
    assert len(sections(text, 400)) > 1  # (every one has headings far enough apart)
    for size in (400, 4000):
        assert parse_blocks(text, size) == whole


def test_a_part_never_starts_inside_code_a_comment_or_a_pre_block() -> None:
    text = "\n".join(
        [
            "# Course",
            "",
            "```",
            "",
            "# not a heading: code",
            "```",
            "",
            "<!-- a comment",
            "",
            "## not a heading: commented out",
            "-->",
            "",
            "<pre>",
            "",
            "# not a heading: preformatted",
            "</pre>",
            "",
            "## Week 1",
            "",
            "- [Lists](https://example.org/lists)",
        ]
    )
    starts = [text[start:end].split("\n", 1)[0] for _line, start, end in sections(text, 1)]
    assert starts == ["# Course", "## Week 1"]
    assert parse_blocks(text, 1) == parse_blocks(text)


def test_a_link_in_one_part_uses_a_definition_in_another() -> None:
    text = "# Course\n\n## Week 1\n\n- [Lists][lists] and [tuples][]\n\n## Links\n\n[lists]: https://example.org/lists\n[tuples]: https://example.org/tuples\n"
    blocks = parse_blocks(text, 10).blocks
    assert [link.url for link in blocks[2].links] == [
        "https://example.org/lists",
        "https://example.org/tuples",
    ]
    assert [b.line for b in blocks] == [b.line for b in parse_blocks(text).blocks]


LINES = st.sampled_from(
    [
        "", "", "", "# Title", "## Week 1", "### Day 2", "#### Part", "- item", "  - nested item",
        "1. first", "- [x] done", "> quoted", "> # quoted heading", "```", "~~~", "    ```", "<!--", "-->",
        "<pre>", "</pre>", "<details>", "</details>", "| a | b |", "|---|---|", "| [x](https://e.org/x) | 2 |",
        "[ref]: https://example.org/ref", "[Ref][ref] and [x](https://e.org/y)", "text with https://e.org/z",
        "Setext", "===", "---", "    indented code", "<div>", "# heading after", "\t# tabbed",
    ]
)  # fmt: skip


@given(st.lists(LINES, max_size=80), st.integers(min_value=1, max_value=200))
@example(["```", "", "# x", "```", "", "# y"], 1)
@example(["<!--", "", "# x", "-->", "", "# y"], 1)
@example(["- item", "  ```", "", "# x", "  ```", "", "# y"], 1)
@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_parses_the_same_in_parts(lines: list[str], size: int) -> None:
    text = "\n".join(lines)
    assert parse_blocks(text, size) == parse_blocks(text)
