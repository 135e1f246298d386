"""Curricula whose structure is outside plain headings, each as a minimal file and the tree a
learner expects from it (not what the code happens to give)."""

from __future__ import annotations

from studytracker.roadmap.markdown_import import read_markdown
from studytracker.roadmap.model import Roadmap


def tree(roadmap: Roadmap) -> list[tuple[str | None, str, list[str], int]]:
    """Each step as (group, title, topic titles, resources)."""
    return [
        (step.group, step.title, [topic.title for topic in step.topics], len(step.resources))
        for step in roadmap.steps
    ]


def test_sections_of_mixed_depth_group_their_subsections_and_keep_the_rest() -> None:
    found = read_markdown(
        "# Interview Study Plan\n\n## Data Structures\n### Arrays\n- [ ] [Arrays (video)](https://example.org/a)\n"
        "### Linked lists\n- [ ] [Singly linked lists](https://example.org/l)\n"
        "## Sorting\n- [ ] [Quick sort](https://example.org/q)\n## Graphs\n- [ ] [BFS and DFS](https://example.org/g)\n"
    )
    assert tree(found.roadmap) == [
        ("Data Structures", "Arrays", ["Arrays (video)"], 1),
        ("Data Structures", "Linked lists", ["Singly linked lists"], 1),
        (None, "Sorting", ["Quick sort"], 1),
        (None, "Graphs", ["BFS and DFS"], 1),
    ]
    assert found.left_out == ()
    assert not any(step.optional for step in found.roadmap.steps)


def test_bold_paragraphs_are_units_with_their_links() -> None:
    found = read_markdown(
        "# Neural Networks: Zero to Hero\n\nA course on building neural networks from scratch.\n\n"
        "**Lecture 1: Building micrograd**\n\nWe build a tiny autograd engine. [Video](https://example.org/v1)"
        " and [notebook](https://example.org/n1).\n\n"
        "**Lecture 2: Building makemore**\n\nA bigram language model. [Video](https://example.org/v2)\n"
    )
    steps = found.roadmap.steps
    assert [(step.number, step.title) for step in steps] == [
        (1, "Lecture 1: Building micrograd"),
        (2, "Lecture 2: Building makemore"),
    ]
    assert [r.url for r in steps[0].resources] == ["https://example.org/v1", "https://example.org/n1"]
    assert [r.url for r in steps[1].resources] == ["https://example.org/v2"]


def test_list_items_holding_tasks_are_units() -> None:
    found = read_markdown(
        "# Deep Learning Course\n\n- __week01__ Intro to deep learning\n  - [ ] Lecture: backprop\n"
        "  - [ ] Seminar: numpy\n- __week02__ Convolutional networks\n  - [ ] Lecture: convolutions\n"
    )
    assert tree(found.roadmap) == [
        (None, "Week 1: Intro to deep learning", ["Lecture: backprop", "Seminar: numpy"], 0),
        (None, "Week 2: Convolutional networks", ["Lecture: convolutions"], 0),
    ]


def test_a_nested_list_of_plain_topics_stays_a_list() -> None:
    """Items over items that name no phase are topics with subtopics, not units."""
    found = read_markdown("# Python\n\n## Basics\n\n- Data types\n  - int\n  - str\n- Control flow\n  - if\n")
    assert tree(found.roadmap) == [(None, "Basics", ["Data types", "Control flow"], 0)]


def test_numbered_paragraphs_wrapped_in_html_are_units() -> None:
    found = read_markdown(
        "# ML Course 2025\n\n"
        '1- <span style="color:red">Week 1 (2025-08-26): **Intro**</span>\n   - [Slides](https://example.org/w1)\n\n'
        '2- <span style="color:red">Week 2 (2025-09-02): **Regression**</span>\n   - [Slides](https://example.org/w2)\n'
    )
    assert [step.title for step in found.roadmap.steps] == [
        "Week 1 (2025-08-26): Intro",
        "Week 2 (2025-09-02): Regression",
    ]


def test_table_rows_naming_chapters_are_the_syllabus_even_under_table_of_contents() -> None:
    found = read_markdown(
        "# Build a Large Language Model\n\n## Table of Contents\n\n| Chapter Title | Main Code |\n|---|---|\n"
        "| Ch 1: Understanding Large Language Models | No code |\n"
        "| Ch 2: Working with Text Data | - [ch02.ipynb](https://example.org/ch02.ipynb) |\n"
        "| Ch 3: Coding Attention Mechanisms | - [ch03.ipynb](https://example.org/ch03.ipynb) |\n"
    )
    assert tree(found.roadmap) == [
        (None, "Ch 1: Understanding Large Language Models", [], 0),
        (None, "Ch 2: Working with Text Data", [], 1),
        (None, "Ch 3: Coding Attention Mechanisms", [], 1),
    ]


def test_months_group_weeks_with_ids_unique_under_their_month() -> None:
    found = read_markdown(
        "# Learn_Machine_Learning_in_3_Months\n\n# Month 1\n## Week 1 Linear Algebra\nhttps://example.org/la\n"
        "## Week 2 Calculus\nhttps://example.org/calc\n# Month 2\n## Week 1\nhttps://example.org/stats\n"
        "## Week 3-4\nhttps://example.org/proj\n"
    )
    roadmap = found.roadmap
    assert roadmap.title == "Learn Machine Learning in 3 Months"
    assert [(step.group, step.title, step.id) for step in roadmap.steps] == [
        ("Month 1", "Week 1: Linear Algebra", "week-1-linear-algebra"),
        ("Month 1", "Week 2: Calculus", "week-2-calculus"),
        ("Month 2", "Week 1", "week-1"),
        ("Month 2", "Week 3–4", "week-3-4"),
    ]
    assert found.left_out == ()


def test_a_repeated_week_is_named_by_its_month() -> None:
    found = read_markdown(
        "# Plan\n\n# Month 1\n## Week 1\n- a\n# Month 2\n## Week 1\n- b\n# Month 3\n## Week 1\n- c\n"
    )
    assert [step.id for step in found.roadmap.steps] == ["week-1", "month-2-week-1", "month-3-week-1"]


def test_day_lists_lose_their_decoration() -> None:
    found = read_markdown(
        "# 90 Days of DevOps\n\n## Progress\n\n- [✔️] 🐧 1 > [Introduction](https://example.org/day01)\n"
        "- [✔️] 🐧 2 > [Linux commands](https://example.org/day02)\n- [ ] 🐧 3 > [Networking](https://example.org/day03)\n"
    )
    (step,) = found.roadmap.steps
    assert [(topic.title, topic.detail) for topic in step.topics] == [
        ("Introduction", "Day 1"),
        ("Linux commands", "Day 2"),
        ("Networking", "Day 3"),
    ]


def test_the_title_is_never_a_contents_heading() -> None:
    found = read_markdown(
        "# Contents\n- [A](#a)\n\n# Deep Learning Notes\n\n## Week 1 Basics\n- x\n## Week 2 More\n- y\n"
    )
    assert found.roadmap.title == "Deep Learning Notes"
    assert found.left_out == (("Contents", "table of contents"),)  # left out, and said so


def test_what_is_not_study_content_is_left_out_and_listed() -> None:
    found = read_markdown(
        "# CS 231n\n\n## Announcements\n\n- 2025-01-05: Assignment 1 is out\n- 2025-01-12: Office hours move\n"
        "- 2025-01-19: Midterm room\n\n## Coordinates\n\n- Lectures: Tue/Thu [map](https://example.org/map)\n\n"
        "## IMPORTANT NOTE ON PRs\n\n- Read [this](https://example.org/prs) first\n\n"
        "## Contents\n\n- [Week 1](https://github.com/o/r#week-1)\n- [Week 2](https://github.com/o/r#week-2)\n\n"
        "## Week 1: Image classification\n\n- [kNN](https://example.org/knn)\n\n"
        "## Week 2: Loss functions\n\n- [SVM](https://example.org/svm)\n\n## Stuff\n\n- [Cool link](https://example.org/c)\n"
    )
    assert [step.title for step in found.roadmap.steps] == [
        "Week 1: Image classification",
        "Week 2: Loss functions",
    ]
    reasons = dict(found.left_out)
    assert reasons["Announcements"] == "announcements"
    assert reasons["Coordinates"] == "course logistics"
    assert reasons["IMPORTANT NOTE ON PRs"] == "how to contribute"
    assert reasons["Contents"] == "table of contents"
    assert reasons["Stuff"] == "page chrome"


def test_a_dated_log_under_any_title_is_announcements() -> None:
    found = read_markdown(
        "# Course\n\n## What's happening\n\n- Jan 5: first lecture\n- Jan 12: second\n- Feb 2: quiz\n\n"
        "## Week 1: Intro\n\n- [a](https://example.org/a)\n\n## Week 2: More\n\n- [b](https://example.org/b)\n"
    )
    assert dict(found.left_out)["What's happening"] == "announcements"


def test_link_titles_come_from_their_sentence_and_dotted_words_are_no_links() -> None:
    found = read_markdown(
        "# T\n\n## Week 1: Basics\n\n- Take MIT 6.006 and 6.xxx first. Then the classic lecture notes: https://example.org/notes\n"
        "- Before it all. The classic lecture notes are a good start and the best single reference on the subject for"
        " most learners: https://example.org/long and more after it.\n\n"
        "| Course | Badge |\n|---|---|\n| [Intro ![stars](https://img.shields.io/x.svg)](https://example.org/c) |"
        " ![b](https://img.shields.io/y.svg) |\n\n## Week 2: X\n\n- y\n"
    )
    step = found.roadmap.steps[0]
    assert [(r.title, r.url) for r in step.resources] == [
        ("Then the classic lecture notes", "https://example.org/notes"),
        ("The classic lecture notes are a good start and the best single", "https://example.org/long"),
        ("Intro", "https://example.org/c"),
    ]
    assert not any("6.xxx" in r.url or "6.006" in r.url for r in found.roadmap.all_resources())
    assert all("![" not in t.title for t in step.topics)


def test_a_step_s_parts_named_on_a_line_of_their_own_read_as_their_headings() -> None:
    """ "Resources:" or "**Resources:**" under a "Step N" heading: its links are resources, not
    topics to tick."""
    found = read_markdown(
        "# Web Course Roadmap\n\n## Step 1: Reading\n\n- [ ] Basics\n- [ ] More basics\n\nResources:\n\n"
        "- [Gradient descent](https://example.org/gd)\n- [Docs](https://example.org/docs)\n\n"
        "## Step 2: Writing\n\n**What to learn**\n\n- Essays\n\n**Resources:**\n\n- [Style guide](https://example.org/style)\n"
    )
    assert tree(found.roadmap) == [
        (None, "Reading", ["Basics", "More basics"], 2),
        (None, "Writing", ["Essays"], 1),
    ]


#: Days listed directly under a week, and the week's later days as headings of their own.
DAYS_UNDER_WEEKS = (
    "# 30 Days of Linux\n\nLearn Linux in a month.\n\n"
    "## Week 1\n\n- [Day 1: the shell](https://example.org/day1)\n- [Day 2: files](https://example.org/day2)\n\n"
    "### Day 3: permissions\n\n- chmod and chown\n\n### Day 4: processes\n\n- ps and top\n\n"
    "## Week 2\n\n### Day 8: networking\n\n- ip and ss\n\n"
    "## Glossary\n\n- shell: the program that reads commands\n"
)


def test_days_directly_under_a_week_are_a_step_of_that_week_not_dropped() -> None:
    from studytracker.roadmap.import_types import ImportOptions

    expected = [
        ("Week 1", "Week 1", ["Day 1: the shell", "Day 2: files"], 2),
        ("Week 1", "Day 3: permissions", ["chmod and chown"], 0),
        ("Week 1", "Day 4: processes", ["ps and top"], 0),
        ("Week 2", "Day 8: networking", ["ip and ss"], 0),
    ]
    # as read by itself, and with the day headings chosen as the steps
    assert tree(read_markdown(DAYS_UNDER_WEEKS).roadmap)[:4] == expected
    chosen = read_markdown(DAYS_UNDER_WEEKS, options=ImportOptions(step_level=3))
    assert tree(chosen.roadmap) == expected
    # a section above the chosen level that holds no step is left out with a word, not silently
    assert ("Glossary", "above the chosen step level, with no step in it") in chosen.left_out


#: Bold lines that name no phase, mid-file, and list items holding tasks that name no phase:
#: a reader guessing would take neither for units; the learner can say they are.
UNITS_NAMED_BY_THE_LEARNER = (
    "# Reading group\n\nWe meet weekly.\n\n## Sessions\n\n**Foundations**\n\n- [Chapter 1](https://example.org/c1)\n\n"
    "**Probability**\n\n- [Chapter 2](https://example.org/c2)\n\n"
    "## Projects\n\n- Build a classifier\n  - [ ] Pick a dataset\n  - [ ] Train it\n- Write it up\n  - [ ] A blog post\n"
)


def test_the_learner_says_what_a_unit_is() -> None:
    from studytracker.roadmap.import_types import ImportOptions

    def read(units: str) -> list[tuple[str | None, str, list[str], int]]:
        return tree(read_markdown(UNITS_NAMED_BY_THE_LEARNER, options=ImportOptions(units=units)).roadmap)

    guessed = [
        (None, "Sessions", ["Chapter 1", "Chapter 2"], 2),
        (None, "Projects", ["Build a classifier", "Write it up"], 0),
    ]
    assert read("") == read("headings") == guessed
    assert read("bold") == [
        ("Sessions", "Foundations", ["Chapter 1"], 1),
        ("Sessions", "Probability", ["Chapter 2"], 1),
        (None, "Projects", ["Build a classifier", "Write it up"], 0),
    ]
    assert read("items") == [
        (None, "Sessions", ["Chapter 1", "Chapter 2"], 2),
        ("Projects", "Build a classifier", ["Pick a dataset", "Train it"], 0),
        ("Projects", "Write it up", ["A blog post"], 0),
    ]


def test_headings_only_takes_no_bold_line_for_a_unit() -> None:
    import pytest

    from studytracker.roadmap.drafts import MarkdownRoadmapError
    from studytracker.roadmap.import_types import ImportOptions

    lectures = (
        "# Zero to Hero\n\n**Lecture 1: micrograd**\n\n[Video](https://example.org/v1)\n\n"
        "**Lecture 2: makemore**\n\n[Video](https://example.org/v2)\n"
    )
    assert len(read_markdown(lectures).roadmap.steps) == 2  # guessed: two lectures
    with pytest.raises(MarkdownRoadmapError, match="no steps found"):  # a file of no headings
        read_markdown(lectures, options=ImportOptions(units="headings"))
