"""The markdown reader's own guarantees: no markdown makes it raise anything but its own error,
and its quick link normalising answers as markdown-it's does."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studytracker.roadmap.markdown_blocks import _NORMAL_URL, _markdown
from studytracker.roadmap.markdown_import import ImportOptions, MarkdownRoadmapError, read_markdown

#: Pieces of the markup curricula are written in, for the generator to combine.
MARKUP = st.sampled_from(
    [
        "# ", "## ", "### Week 1", "#### Module 2: ", "- ", "  - ", "    * ", "1. ", "- [ ] ", "- [x] ",
        "| a | b |\n|---|---|\n| c | d |\n", "[t](http://e.org)", "[t][r]\n\n[r]: ./x.md", "<a href='x'>y</a>",
        "<h1>T</h1>", "![b](https://img.shields.io/x)", "---\ntitle: x\n---\n", "```\ncode\n```", "> ",
        "**Duration:** ", "https://example.org/a", "\r\n", "\ufeff", "\u200b", "第1周", "Семана", "\n", "\n\n",
        "[", "]", "(", ")", "<", ">", "|", "`", "*", "_", "#", "\\", "&amp;", "%41",
    ]
)  # fmt: skip
MARKDOWN = st.lists(st.one_of(MARKUP, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=MARKDOWN, level=st.one_of(st.none(), st.integers(1, 6)), exclude=st.lists(st.text(max_size=8)))
def test_no_markdown_makes_the_reader_raise_anything_but_its_own_error(
    text: str, level: int | None, exclude: list[str]
) -> None:
    options = ImportOptions(step_level=level, exclude=tuple(exclude), base_url="https://example.org/")
    try:
        found = read_markdown(text, "fuzz.md", options)
    except MarkdownRoadmapError as error:
        message = str(error)
        assert message.startswith("fuzz.md") and "\n" not in message
    else:
        assert found.roadmap.steps


URLS = st.lists(
    st.sampled_from([*"aZ09;/?:@&=+$,-_.!~*'()#%[]{} é\\^|\"<>`", "%2F", "%zz", "http://", "xn--"]),
    max_size=30,
).map("".join)


@given(url=st.one_of(URLS, URLS.map(lambda u: "https://Example.ORG/" + u)))
def test_the_quick_link_normalising_answers_as_markdown_it_does(url: str) -> None:
    from markdown_it.common.normalize_url import normalizeLink

    assert _markdown().normalizeLink(url) == normalizeLink(url)
    if _NORMAL_URL.fullmatch(url):
        assert normalizeLink(url) == url
