"""Reading roadmaps from markdown: the three samples, other writing styles, and any text at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studytracker.roadmap.markdown_import import (
    MarkdownRoadmapError,
    guess_resource_kind,
    load_roadmap_markdown,
    parse_roadmap_markdown,
)
from studytracker.roadmap.model import RoadmapError
from studytracker.roadmap.schema import validate_roadmap_json
from tests.conftest import examples


def test_every_sample_imports_and_passes_the_schema(sample_roadmaps: dict[str, Path]) -> None:
    assert len(sample_roadmaps) >= 3
    for path in sample_roadmaps.values():
        roadmap = load_roadmap_markdown(path)
        assert validate_roadmap_json(roadmap.to_json()) == roadmap
        assert roadmap.summary and roadmap.edition


def test_ai_agent_roadmap_reads_steps_under_level_three_headings(
    sample_roadmaps: dict[str, Path],
) -> None:
    roadmap = load_roadmap_markdown(sample_roadmaps["ai-agent-developer-2025-26"])
    assert (roadmap.id, roadmap.edition) == ("ai-agent-developer", "2025/26")
    numbered = [s for s in roadmap.steps if s.number is not None]
    assert [s.number for s in numbered] == list(range(1, 8))
    assert numbered[0].title == "Core Programming Skills"
    # "## Resources:" sits at a higher level than "### Step 1", yet belongs to it
    assert [r.title for r in numbered[0].resources][:2] == ["Python Docs", "Python Tutorial"]
    assert [r.kind for r in numbered[0].resources][:2] == ["docs", "video"]
    unnumbered = {s.title: s for s in roadmap.steps if s.number is None}
    assert set(unnumbered) == {
        "Project Ideas",
        "Collaboration & Portfolio",
        "Final Workflow for AI Agent Developer",
    }
    ideas = unnumbered["Project Ideas"].topics
    assert (ideas[0].title, ideas[0].detail) == (
        "AI Researcher Agent",
        "AutoGPT-style web research assistant.",
    )
    # the lone link after the final workflow belongs to the roadmap, the author's profile to nobody
    assert [r.title for r in roadmap.resources] == ["Agentic AI with LLMs"]
    assert not any("linkedin" in r.url for r in roadmap.all_resources())


def test_data_analyst_roadmap_reads_zero_padded_steps_and_optional_language(
    sample_roadmaps: dict[str, Path],
) -> None:
    roadmap = load_roadmap_markdown(sample_roadmaps["data-analyst-2026"])
    numbered = [s for s in roadmap.steps if s.number is not None]
    assert [s.number for s in numbered] == list(range(1, 9))
    tableau = numbered[3]
    assert tableau.optional and "extra skill" in tableau.title
    r_language = next(s for s in roadmap.steps if s.title == "R Language")
    assert r_language.number is None and r_language.optional and r_language.why.startswith("- Excellent")
    projects = numbered[7]
    assert len(projects.topics) == 15  # "Ideas for Projects" and "More Project Ideas" both
    assert {r.kind for r in projects.resources} == {"dataset"}
    assert "Must Watch This Video!" in [r.title for r in roadmap.resources]
    assert {"SQL, Statistics & Data Analysis Tools", "Read Now"} <= {r.title for r in roadmap.resources}
    assert not any(s.title.startswith("About") for s in roadmap.steps)


def test_ml_roadmap_repairs_garbled_characters(sample_roadmaps: dict[str, Path]) -> None:
    roadmap = load_roadmap_markdown(sample_roadmaps["machine-learning-engineer-2025-26"])
    assert "≈" in roadmap.summary and "‚âà" not in roadmap.summary
    final = next(s for s in roadmap.steps if s.title.startswith("Final Note"))
    assert "you’d like" in final.why
    assert "Search Machine Learning Engineer Jobs" not in final.why


OTHER_STYLE = """\
Intro before the title is ignored? No: the first heading is the title.

# Cloud Engineer Roadmap (2027)

Learn the cloud. See [the overview](https://example.org/overview).

#### **STEP 01 — Linux**
* Shell
    * Pipes and redirection
    * Processes (ps, top, kill)
* Networking basics

#### Step 2: Containers (Optional)
**Why?** Because everything ships in one.

##### Resources
1. [Docker docs](https://docs.docker.com/get-started/)
2. [Kubernetes course](https://example.org/courses/k8s) – free
- Practise on a spare laptop.

## Bonus: Certifications
- AWS Solutions Architect
"""


def test_other_writing_styles_are_read_too() -> None:
    roadmap = parse_roadmap_markdown(OTHER_STYLE, "cloud.md")
    assert (roadmap.id, roadmap.title, roadmap.edition) == (
        "cloud-engineer",
        "Cloud Engineer Roadmap (2027)",
        "2027",
    )
    linux, containers, bonus = roadmap.steps
    assert (linux.number, linux.title) == (1, "Linux")
    shell = linux.topics[0]
    assert [c.title for c in shell.children] == [
        "Pipes and redirection",
        "Processes (ps, top, kill)",
    ]
    assert [c.title for c in shell.children[1].children] == ["ps", "top", "kill"]
    assert containers.optional and containers.title == "Containers"
    assert [(r.title, r.kind) for r in containers.resources] == [
        ("Docker docs", "docs"),
        ("Kubernetes course", "course"),
    ]
    assert containers.tips == ("Practise on a spare laptop.",)
    assert (bonus.number, bonus.optional, bonus.topics[0].title) == (
        None,
        True,
        "AWS Solutions Architect",
    )
    assert [r.url for r in roadmap.resources] == ["https://example.org/overview"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "file is empty"),
        ("just words, no headings", "no title heading found"),
        ("# A Roadmap\n\n- a topic\n", "no steps found \\(looked for headings like '## Step 1"),
        ("# A Roadmap\n\n## Licence\n\nMIT\n", "no steps found"),
    ],
)
def test_markdown_without_a_roadmap_is_refused(text: str, message: str) -> None:
    with pytest.raises(MarkdownRoadmapError, match=message):
        parse_roadmap_markdown(text, "x.md")


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://www.youtube.com/playlist?list=x", "video"),
        ("https://youtu.be/abc", "video"),
        ("https://www.kaggle.com/datasets", "dataset"),
        ("https://aiquest.org/courses/x/", "course"),
        ("https://docs.python.org/3/tutorial/index.html", "docs"),
        ("https://example.org/", "link"),
    ],
)
def test_resource_kind_is_guessed_from_the_address(url: str, kind: str) -> None:
    assert guess_resource_kind(url) == kind


MARKDOWN_PIECES = st.sampled_from(
    [
        "# Title 2025",
        "## Step 1: A",
        "### Step 02 - B",
        "**Step 3: C**",
        "### Why?",
        "### Resources",
        "#### What to Learn?",
        "## About the Author",
        "---",
        "- item",
        "  - nested",
        "    - deeper",
        "1. **Bold:** detail",
        "- [link](https://example.org/x)",
        "- [bad](not a url)",
        "[x](",
        "> quote",
        "- **A** → b",
        "- Thing (a, b, c)",
        "## Other Roadmaps",
        "‚âà",
        "",
        "   ",
        "\t- tab",
    ]
)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKDOWN_PIECES, st.text(max_size=40)), max_size=40))
def test_parser_raises_only_its_own_error_on_any_text(lines: list[str]) -> None:
    try:
        roadmap = parse_roadmap_markdown("\n".join(lines), "fuzz.md")
    except MarkdownRoadmapError as error:
        assert str(error).startswith("fuzz.md: ")  # the one-line error names the file
        return
    assert roadmap.steps  # numbered steps, or plain sections when nothing numbers the path
    assert validate_roadmap_json(roadmap.to_json()) == roadmap  # what it returns is a valid roadmap


@settings(max_examples=examples(200), deadline=None)
@given(st.text())
def test_parser_never_crashes_on_arbitrary_unicode(text: str) -> None:
    try:
        roadmap = parse_roadmap_markdown(text, "fuzz.md")
    except RoadmapError as error:  # anything else fails the test
        assert str(error).startswith("fuzz.md: ")
        return
    assert roadmap.steps


def test_sections_that_merely_mention_community_or_chat_are_content() -> None:
    from studytracker.roadmap.phases import not_content_reason

    for title in (
        "Community Detection",
        "Chat models and prompting",
        "Contact-rich manipulation",
        "Slack bots",
    ):
        assert not_content_reason(title) == "", title
    for title in ("Community", "Join our Discord", "Contact & Support", "Follow me"):
        assert not_content_reason(title) == "community and contact", title


def test_a_heading_of_nothing_but_symbols_still_gives_a_titled_step() -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    [step] = read_markdown("# Title 2025\n‚âà\n---\n- item\n").roadmap.steps
    assert step.title == "Untitled section" and step.id == "untitled-section"


def test_a_roadmap_added_as_new_gets_a_free_id_that_fits() -> None:
    from studytracker.roadmap.model import MAX_ID_LENGTH, free_roadmap_id

    assert free_roadmap_id("x", "", {"x"}) == "x-2"
    assert free_roadmap_id("x", "", {"x", "x-2"}) == "x-3"
    assert free_roadmap_id("x", "2025", {"x"}) == "x-2025"
    assert free_roadmap_id("x", "2025", {"x", "x-2025"}) == "x-2025-2"
    assert free_roadmap_id("x", "!!!", {"x"}) == "x-2"  # an edition with nothing to slug
    long_id = "a" * MAX_ID_LENGTH
    first = free_roadmap_id(long_id, "", {long_id})
    second = free_roadmap_id(long_id, "", {long_id, first})
    assert len(first) == len(second) == MAX_ID_LENGTH and first != second


def test_hostile_shapes_read_in_linear_time_and_stay_usable() -> None:
    """Each of these took minutes before (a line of "[", ten thousand items of one title); a
    megabyte title is cut so the window can lay it out, its text kept as the detail."""
    import time

    from studytracker.roadmap.drafts import MAX_KEPT_TITLE_TEXT, MAX_TITLE_LENGTH
    from studytracker.roadmap.markdown_import import read_markdown

    started = time.perf_counter()
    brackets = read_markdown("# R\n\n## Step 1: A\n\n- " + "[" * 20_000 + "\n")
    same = read_markdown("# R\n\n## Week 1: A\n\n" + "- same\n" * 5_000)
    elapsed = time.perf_counter() - started
    assert brackets.roadmap.steps[0].topics and len(same.roadmap.steps[0].topics) == 5_000
    assert len({t.id for t in same.roadmap.steps[0].topics}) == 5_000  # unique ids
    assert elapsed < 60  # generous: the point is not quadratic (it was minutes at these sizes)
    [topic] = read_markdown("# R\n\n## Week 1: A\n\n- " + "word " * 100_000 + "\n").roadmap.steps[0].topics
    assert len(topic.title) <= MAX_TITLE_LENGTH and topic.title.endswith("…")
    assert len(topic.detail) == MAX_KEPT_TITLE_TEXT and topic.detail.startswith("word word")


def test_a_roadmap_titled_in_symbols_only_is_named_after_its_file() -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    found = read_markdown("# 🎉🔥\n\n## Week 1: Start\n\n- One\n", source="/tmp/my_study-plan.md")
    assert (found.roadmap.title, found.roadmap.id) == ("my study plan", "my-study-plan")


def test_task_boxes_are_read_at_each_item_s_start_in_linear_time() -> None:
    import time

    from studytracker.roadmap.markdown_import import ImportOptions, read_markdown

    text = "# R\n\n## Week 1: A\n\n- [x] Done one\n- [ ] Open one\n- [X]\n- plain [x] not a box\n"
    found = read_markdown(text, options=ImportOptions(ticked_done=True))
    titles = [t.title for t in found.roadmap.steps[0].topics]
    assert titles[:2] == ["Done one", "Open one"] and "plain [x] not a box" in titles
    assert [t.split("/")[-1] for t in found.done_topics] == ["done-one"]
    started = time.perf_counter()
    many = read_markdown("# R\n\n## Week 1: A\n\n" + "- [ ] item\n" * 20_000)
    assert len(many.roadmap.steps[0].topics) == 20_000
    assert time.perf_counter() - started < 60  # a minute and more when each item walked back


def test_a_section_to_learn_before_the_first_week_is_a_step_not_lost() -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    text = (
        "# Plan\n\n## Prerequisites\n\n- install python\n- [Python docs](https://docs.python.org)\n\n"
        "## Links\n\n- Author: https://example.org/me\n\n## Week 1\n\n- b\n\n## Week 2\n\n- c\n"
    )
    steps = read_markdown(text).roadmap.steps
    assert [s.title for s in steps] == ["Prerequisites", "Week 1", "Week 2"]
    assert steps[0].optional and "install python" in [t.title for t in steps[0].topics]


def test_product_names_that_look_like_domains_are_not_links_but_bare_addresses_are() -> None:
    text = (
        "# Web roadmap\n\n## Backend\n\n"
        "- Learn ASP.NET Core, Socket.IO and Node.js\n"
        "- Read docs.python.org/3/tutorial\n"
        "- Practise on kaggle.com and www.w3schools.com\n"
    )
    [step] = parse_roadmap_markdown(text).steps
    assert [r.url for r in step.resources] == [
        "http://docs.python.org/3/tutorial",
        "http://kaggle.com",
        "http://www.w3schools.com",
    ]
    assert step.topics[0].title == "Learn ASP.NET Core, Socket.IO and Node.js"


def test_a_step_n_roadmap_reads_reference_links_relative_links_and_ticked_items(tmp_path: Path) -> None:
    from studytracker.roadmap.markdown_import import ImportOptions, read_markdown_file

    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "sql.md").write_text("# SQL notes\n", encoding="utf-8")
    roadmap_file = tmp_path / "data-roadmap.md"
    roadmap_file.write_text(
        "# Data Roadmap 2026\n\n"
        "## Step 1: SQL\n\n"
        "- [x] [Joins][joins]: inner and outer\n"
        "- [ ] Window functions, see [my notes](notes/sql.md)\n"
        "- [Exercises](exercises/week1.md)\n"
        "- [![badge](https://img.shields.io/x.svg)](https://img.shields.io/y)\n\n"
        "## Step 2: Python\n\n"
        "- [x] Pandas\n\n"
        "[joins]: https://example.org/joins\n",
        encoding="utf-8",
    )
    found = read_markdown_file(
        roadmap_file, ImportOptions(base_url="https://example.org/course/", ticked_done=True)
    )
    sql, python = found.roadmap.steps
    assert [(r.title, r.url) for r in sql.resources] == [
        ("Joins", "https://example.org/joins"),
        ("my notes", (tmp_path / "notes" / "sql.md").resolve().as_uri()),
        ("Exercises", "https://example.org/course/exercises/week1.md"),
    ]
    assert [t.title for t in sql.topics] == ["Joins", "Window functions, see my notes", "Exercises"]
    assert found.done_topics == (sql.topics[0].id, python.topics[0].id)
    assert found.ticked_topics == found.done_topics

    unasked = read_markdown_file(roadmap_file)
    assert unasked.done_topics == () and unasked.ticked_topics == found.ticked_topics
    assert unasked.unresolved == ("exercises/week1.md",)
    assert "https://example.org/course/exercises/week1.md" not in [
        r.url for r in unasked.roadmap.steps[0].resources
    ]


def test_hostile_runs_of_spaces_and_dashes_in_titles_read_in_linear_time() -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    # each of these took minutes (a cubic or quadratic pattern) at this length
    for text in (
        "# T\n\n## Step 1: a" + "\u00a0" * 20_000 + "x\n\n- x\n",
        "# T\n\n## A" + "-" * 100_000 + "b\n\n- x\n",
        "# T\n\n## A\n\n- a" + " :" * 50_000 + "b\n",
        "---\nhero:\n" + "  x: y\n" * 20_000 + "---\n# T\n\n## A\n\n- x\n",
        "---\ntitle: 'a" + " " * 50_000 + "b'\n---\n# T\n\n## A\n\n- x\n",
    ):
        roadmap = read_markdown(text, "hostile.md").roadmap
        assert roadmap.steps and all(len(step.title) <= 300 for step in roadmap.steps)


def test_the_title_comes_from_front_matter_title_or_a_home_page_s_hero_name() -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    body = "# Contents\n\n## Basics\n\n- Variables\n"
    titled = "---\nlayout: home\ntitle: 'Learn Go in 30 Days'\n---\n" + body
    assert read_markdown(titled).roadmap.title == "Learn Go in 30 Days"
    hero = '---\nlayout: home\nhero:\n  tagline: "Daily"\n  name: "Rust Course"\nfeatures: x\n---\n' + body
    assert read_markdown(hero).roadmap.title == "Rust Course"
    # a contents heading names no roadmap: its file does
    assert read_markdown(body, "Learn_Go.md").roadmap.title == "Learn Go"


@pytest.mark.parametrize(
    "text",
    [
        "# T\n\n## Step 1: A\n\n" + "[](a" * 20_000 + "\n\n- x\n",
        "# T\n\n## " + "[](a" * 20_000 + "\n\n- x [a](http://e.com)\n",
        "# T\n\n## W\n\n<div>\n" + "<h1>" * 20_000 + "\n\n- x [a](http://e.com)\n",
        "# T\n\n## W\n\n<div>\n" + "<a href='x'>" * 20_000 + "\n\n- x [a](http://e.com)\n",
        "# T\n\n## W\n\n<div>\n" + "<" * 200_000 + "\n\n- x [a](http://e.com)\n",
        "# T\n\n## W\n\n- x" + " **a**" * 20_000 + "\n",
        "# T\n\n## W\n\n- x " + "<a href='http://e.com'>t" * 20_000 + "</a>" * 20_000 + "\n",
        "# T\n\n## W\n\n- see " + " ".join(f"http://e.com/{i}" for i in range(10_000)) + "\n",
        "# T\n\n## Week 1: B\n\n" + "".join(f"- {'x' * 100} {'y' * 100} {i}\n" for i in range(3_000)),
    ],
    ids=["family-links", "heading-links", "h1", "anchors", "angles", "bold", "nested", "bare", "ids"],
)
def test_hostile_repetitions_read_in_linear_time(text: str) -> None:
    """Each took from tens of seconds to many minutes (a pattern or a loop quadratic in the line)."""
    roadmap = parse_roadmap_markdown(text)
    assert roadmap.steps and all(len(topic.id) <= 200 for _, topic in roadmap.all_topics())


def test_names_no_file_can_have_and_odd_numerals_are_read_not_raised(tmp_path: Path) -> None:
    from studytracker.roadmap.markdown_import import read_markdown, read_markdown_file

    assert [s.title for s in read_markdown("# T\n\n## Week ı\n\n- a\n\n## Week 2\n\n- b\n").roadmap.steps]
    html_link = '# T\n\n## A\n\n<div>\n<a href="http://[x"></a>\n</div>\n\n- a\n'
    assert read_markdown(html_link).roadmap.steps[0].title == "A"
    for link in ("a" * 300 + ".md", "x%00y.md"):
        for heading in ("## A", "## Step 1: A"):
            roadmap_file = tmp_path / "r.md"
            roadmap_file.write_text(f"# T\n\n{heading}\n\n- [a]({link})\n", encoding="utf-8")
            assert read_markdown_file(roadmap_file).unresolved == (link,)


def test_step_n_titles_read_as_markdown_renders_them() -> None:
    text = (
        "# T\n\n## Step 1: A\n\n- [Pandas][pd]\n- ![pic](http://e.com/p.png) Picture\n- Fish &amp; chips\n"
        "- **NumPy**: for arrays\n\n## Step 2: <a href='http://x.com/t'>Two</a>\n\n- x\n\n"
        "[pd]: https://pandas.pydata.org\n"
    )
    first, second = parse_roadmap_markdown(text).steps
    assert (first.id, second.title) == ("a", "Two")
    assert [(t.title, t.detail) for t in first.topics] == [
        ("Pandas", ""),
        ("Picture", ""),
        ("Fish & chips", ""),
        ("NumPy", "for arrays"),
    ]


def test_sponsor_and_badge_sites_are_not_resources() -> None:
    text = "# T\n\n## A\n\n- [p](https://polar.sh/me) [d](https://donate.stripe.com/a) [b](https://forthebadge.com) [k](https://kaggle.com/learn)\n"
    assert [r.url for r in parse_roadmap_markdown(text).steps[0].resources] == ["https://kaggle.com/learn"]


def test_shapes_seen_in_curricula_the_importer_had_not_met() -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    # phases that only link to their folder and say what they hold are steps, not dropped
    phases = (
        "# AI Roadmap\n\n## Roadmap\n\n### [01 - Prerequisites](./01-prerequisites)\nPython, SQL, maths.\n\n"
        "### [02 - Machine Learning](./02-ml)\nAlgorithms and projects.\n\n"
        "### [03 - ML Track](./03-track)\n\n- **[Design](./03-track/design)**\n- **[MLOps](./03-track/ops)**\n"
    )
    found = read_markdown(phases, "ai.md")
    assert [s.title for s in found.roadmap.steps] == ["Prerequisites", "Machine Learning", "ML Track"]
    assert found.roadmap.steps[0].why == "Python, SQL, maths."
    # a table of days: the day and its subject, not "Day 01" alone
    days = "# Plan\n\n## Month 1\n\n| Day | Topic | Status |\n|---|---|---|\n| Day 01 | Fine-tuning | done |\n| Day 02 | RAG | - |\n"
    [step] = read_markdown(days, "days.md").roadmap.steps
    assert [(t.title, t.detail) for t in step.topics] == [
        ("Day 01: Fine-tuning", "Status: done"),
        ("Day 02: RAG", "Status: -"),
    ]
    # a bare address inside brackets leaves no half bracket in the title; how-to-use sections go
    guide = (
        "# Course\n\n## Who this is for\n\n- Developers\n\n## Setup\n\n"
        "- Install OpenTofu (compatible release, see https://opentofu.org/docs)\n- Install Git\n"
    )
    found = read_markdown(guide, "guide.md")
    assert [t.title for t in found.roadmap.steps[0].topics] == ["Install OpenTofu", "Install Git"]
    assert found.left_out == (("Who this is for", "about this guide"),)


def test_emoji_garbled_through_windows_1252_are_repaired_and_trailing_emoji_dropped() -> None:
    from studytracker.roadmap.text import repair_mojibake

    garbled = "".join(
        chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252")
        for byte in "🗺️ Roadmap 🤝 Team — done".encode()
    )
    assert "\x8f" in garbled and repair_mojibake(garbled) == "🗺️ Roadmap 🤝 Team — done"
    text = "# 30 Days of OpenTofu 🧊\n\n## Week 1 🚀\n\n| # | Lesson |\n|---|---|\n| 1 | State files |\n"
    roadmap = parse_roadmap_markdown(text)
    assert (roadmap.title, roadmap.steps[0].title) == ("30 Days of OpenTofu", "Week 1")
    assert [(t.title, t.detail) for t in roadmap.steps[0].topics] == [("State files", "")]


def test_a_section_with_things_to_learn_beside_the_chosen_steps_is_reported_not_lost() -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    text = (
        "# Journey\n\n## Progress\n\n### Month 1: Basics\n\n- Python\n\n### Month 2: Models\n\n- RAG\n\n"
        "## DSA practice\n\n- Union-find\n- Backtracking\n"
    )
    found = read_markdown(text, "journey.md")
    assert [s.title for s in found.roadmap.steps] == ["Month 1: Basics", "Month 2: Models"]
    assert found.left_out == (("DSA practice", "outside the learning path"),)


def test_phases_written_newest_first_are_studied_from_the_first() -> None:
    text = "# Log\n\n## Month 03: Systems\n\n- RAG\n\n## Month 02: Production\n\n- Docker\n\n## Month 01: Basics\n\n- Python\n"
    assert [s.title for s in parse_roadmap_markdown(text).steps] == [
        "Month 01: Basics",
        "Month 02: Production",
        "Month 03: Systems",
    ]
    # numbers out of order otherwise are kept as written
    mixed = "# Plan\n\n## Week 2: B\n\n- b\n\n## Week 1: A\n\n- a\n\n## Week 3: C\n\n- c\n"
    assert [s.number for s in parse_roadmap_markdown(mixed).steps] == [2, 1, 3]
