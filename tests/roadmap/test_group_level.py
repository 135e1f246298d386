"""The learner chooses which headings group the steps, or none: the reader's guess corrected."""

from __future__ import annotations

import pytest

from studytracker.roadmap.markdown_import import ImportOptions, MarkdownRoadmapError, read_markdown

PARTS_MODULES_LESSONS = """\
# The course
## Part A: Foundations
### Module 1: Python
#### Lesson 1: Variables
- names and values
#### Lesson 2: Loops
- for and while
### Module 2: Data
#### Lesson 3: Tables
- rows and columns
## Part B: Models
### Module 3: Regression
#### Lesson 4: Lines
- least squares
"""

MONTHS_WEEKS = """\
# A year of machine learning
## Month 1: Foundations
### Week 1: Python
- Variables
### Week 2: SQL
- Joins
## Month 2: Models
### Week 3: Regression
- Linear models
"""


def _groups(text: str, **options: int) -> list[tuple[str, str | None]]:
    found = read_markdown(text, "course.md", ImportOptions(**options))  # type: ignore[arg-type]
    return [(step.title, step.group) for step in found.roadmap.steps]


def test_the_reader_says_which_level_its_groups_are_at() -> None:
    assert read_markdown(MONTHS_WEEKS, "course.md").group_level == 2
    chosen = read_markdown(PARTS_MODULES_LESSONS, "course.md", ImportOptions(step_level=4))
    assert chosen.group_level == 3  # a lesson's nearest section above: its module


def test_a_level_further_up_groups_the_steps() -> None:
    grouped = _groups(PARTS_MODULES_LESSONS, step_level=4, group_level=2)
    assert [group for _title, group in grouped] == ["Part A: Foundations"] * 3 + ["Part B: Models"]


def test_no_groups_on_request() -> None:
    assert {group for _title, group in _groups(MONTHS_WEEKS, group_level=0)} == {None}
    assert {group for _t, group in _groups(PARTS_MODULES_LESSONS, step_level=4, group_level=0)} == {None}
    assert len(_groups(MONTHS_WEEKS, group_level=0)) == 3  # the steps themselves stay


def test_a_group_level_at_or_below_the_steps_is_the_one_line_error() -> None:
    with pytest.raises(MarkdownRoadmapError) as refused:
        read_markdown(PARTS_MODULES_LESSONS, "course.md", ImportOptions(step_level=4, group_level=4))
    assert str(refused.value) == "course.md: no headings at level 4 above the steps (levels above them: 2, 3)"


def test_the_command_line_gives_the_same_import() -> None:
    options = ImportOptions(step_level=4, group_level=0)
    assert (
        options.command_line("course.md")
        == "studytracker roadmap import course.md --step-level 4 --group-level 0"
    )
