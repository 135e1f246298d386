"""The markdown reader's own guarantees: no markdown makes it raise anything but its own error,
and its quick link normalising answers as markdown-it's does."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from studytracker.roadmap.markdown_import import ImportOptions, MarkdownRoadmapError, read_markdown
from studytracker.roadmap.markdown_parser import NORMAL_URL, markdown_parser
from tests.conftest import examples

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


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=MARKDOWN,
    level=st.one_of(st.none(), st.integers(1, 6)),
    group=st.one_of(st.none(), st.integers(0, 6)),
    exclude=st.lists(st.text(max_size=8)),
)
def test_no_markdown_makes_the_reader_raise_anything_but_its_own_error(
    text: str, level: int | None, group: int | None, exclude: list[str]
) -> None:
    options = ImportOptions(
        step_level=level, group_level=group, exclude=tuple(exclude), base_url="https://example.org/"
    )
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
@example(url="a:@")  # an empty user, dropped by markdown-it's own normalising
@example(url="a:::")  # an empty port, dropped the same way
@example(url="//host:/x")
def test_the_quick_link_normalising_answers_as_markdown_it_does(url: str) -> None:
    from markdown_it.common.normalize_url import normalizeLink

    assert markdown_parser().normalizeLink(url) == normalizeLink(url)
    if NORMAL_URL.fullmatch(url):
        assert normalizeLink(url) == url


DESTINATIONS = st.lists(
    st.sampled_from([*"aZ09/.:-_?=&#%()<>\\ \t\n\x01\x7f", "&amp;", "&#41;", "\\)", "é", "https://x.org/"]),
    max_size=25,
).map("".join)


@given(text=DESTINATIONS, start=st.integers(0, 3))
def test_the_quick_link_destination_scan_answers_as_markdown_it_does(text: str, start: int) -> None:
    from markdown_it.helpers import parseLinkDestination

    start = min(start, len(text))
    quick = markdown_parser().helpers.parseLinkDestination(text, start, len(text))
    full = parseLinkDestination(text, start, len(text))
    assert (quick.ok, quick.pos, quick.str) == (full.ok, full.pos, full.str)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=MARKDOWN)
def test_the_tuned_parser_makes_the_tokens_markdown_it_makes(text: str) -> None:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    plain_parser = MarkdownIt("gfm-like").use(front_matter_plugin)
    plain_parser.options["maxNesting"] = markdown_parser().options["maxNesting"]

    def tree(tokens: list) -> list:
        return [(t.type, t.content, t.attrs, t.map, tree(t.children or [])) for t in tokens]

    assert tree(markdown_parser().parse(text)) == tree(plain_parser.parse(text))


@given(text=st.text(max_size=40) | URLS)
def test_text_that_skips_linkify_s_test_holds_no_address_it_would_find(text: str) -> None:
    from studytracker.roadmap.markdown_parser import MAY_HOLD_ADDRESS

    linkify = markdown_parser().linkify
    if not MAY_HOLD_ADDRESS.search(text):
        assert not linkify.test(text)
