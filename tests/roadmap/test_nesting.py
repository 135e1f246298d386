"""Deep nesting is refused with one line naming the limit, never a RecursionError."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from studytracker.roadmap.files import load_roadmap_file
from studytracker.roadmap.markdown_import import MarkdownRoadmapError, parse_roadmap_markdown
from studytracker.roadmap.model import MAX_TOPIC_DEPTH, RoadmapError
from studytracker.roadmap.reading import MAX_JSON_DEPTH, read_json_file
from studytracker.roadmap.schema import validate_roadmap_json

ROADMAP: dict[str, Any] = {
    "schema_version": 1,
    "id": "deep",
    "title": "Deep Roadmap",
    "steps": [{"id": "s", "number": 1, "title": "S", "optional": False, "topics": [], "resources": []}],
}


def nested_list_markdown(levels: int, item: str = "level") -> str:
    lines = ["# Deep Roadmap 2026", "", "## Step 1: Deep", ""]
    lines += [f"{'  ' * depth}- {item} {depth + 1}" for depth in range(levels)]
    return "\n".join(lines) + "\n"


def nested_topics(levels: int) -> dict[str, Any]:
    """A roadmap whose first step holds `levels` topics, each the only child of the one before."""
    data = copy.deepcopy(ROADMAP)
    children = data["steps"][0]["topics"]
    for depth in range(levels):
        topic = {"id": f"t{depth}", "title": f"T{depth}", "children": []}
        children.append(topic)
        children = topic["children"]
    return data


def nested_topics_text(levels: int) -> str:
    """The same as JSON text, built without json.dumps (which would itself recurse)."""
    head, _, tail = json.dumps(ROADMAP).partition('"topics": []')
    opening = "".join(f'{{"id": "t{depth}", "title": "T{depth}", "children": [' for depth in range(levels))
    return f'{head}"topics": [{opening}{"]}" * levels}]{tail}'


def test_the_limits_are_what_the_messages_say() -> None:
    assert (MAX_TOPIC_DEPTH, MAX_JSON_DEPTH) == (20, 100)


def test_a_thousand_level_markdown_list_is_refused_naming_the_limit_and_the_line() -> None:
    with pytest.raises(MarkdownRoadmapError) as error:
        parse_roadmap_markdown(nested_list_markdown(1000), "deep.md")
    # lines 1-4 are the title and the step; the 21st level is on line 25
    assert str(error.value) == "deep.md: line 25: topics nested more than 20 levels deep"


def test_twenty_levels_of_markdown_list_are_read_and_pass_the_schema() -> None:
    roadmap = parse_roadmap_markdown(nested_list_markdown(20), "deep.md")
    topic = roadmap.steps[0].topics[0]
    for _ in range(19):
        (topic,) = topic.children
    assert topic.title == "level 20" and not topic.children
    assert validate_roadmap_json(roadmap.to_json()) == roadmap


def test_a_parenthesised_list_at_the_deepest_level_stays_one_topic() -> None:
    text = nested_list_markdown(19) + f"{'  ' * 19}- Clustering (K-means, DBSCAN)\n"
    roadmap = parse_roadmap_markdown(text, "deep.md")
    topic = roadmap.steps[0].topics[0]
    for _ in range(19):
        (topic,) = topic.children
    assert (topic.title, topic.children) == ("Clustering (K-means, DBSCAN)", ())
    assert validate_roadmap_json(roadmap.to_json()) == roadmap


def test_topics_under_a_tools_heading_count_the_heading_as_a_level() -> None:
    lines = ["# Deep Roadmap 2026", "", "## Step 1: Deep", "", "### Tools", ""]
    lines += [f"{'  ' * depth}- tool {depth + 1}" for depth in range(20)]
    with pytest.raises(MarkdownRoadmapError, match=r"^deep\.md: line 26: topics nested more than 20"):
        parse_roadmap_markdown("\n".join(lines), "deep.md")


@pytest.mark.parametrize("levels", [21, 45])
def test_json_topics_nested_past_the_limit_are_refused_at_their_path(levels: int) -> None:
    with pytest.raises(RoadmapError) as error:
        validate_roadmap_json(nested_topics(levels))
    path = "$.steps[0].topics[0]" + ".children[0]" * 20
    assert str(error.value) == f"{path}: topics nested more than 20 levels deep"


def test_twenty_levels_of_json_topics_are_accepted() -> None:
    roadmap = validate_roadmap_json(nested_topics(20))
    assert len(list(roadmap.all_topics())) == 20


@pytest.mark.parametrize("levels", [300, 2000])
def test_a_deep_json_roadmap_file_is_refused_with_one_line(tmp_path: Path, levels: int) -> None:
    path = tmp_path / "deep.json"
    path.write_text(nested_topics_text(levels), encoding="utf-8")
    with pytest.raises(RoadmapError) as error:
        load_roadmap_file(path)
    assert str(error.value) == f"{path}: JSON nested more than 100 levels deep"


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,  # past the recursion limit of json.loads itself
        '{"a": ' * 5_000 + "1" + "}" * 5_000,
        "[" * 101 + "]" * 101,
        '{"notes": [' + "[" * 200 + "]" * 200 + "]}",
    ],
    ids=["arrays-100000", "objects-5000", "arrays-101", "inside-an-export"],
)
def test_deeply_nested_json_is_refused_with_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RoadmapError) as error:
        read_json_file(path)
    assert str(error.value) == f"{path}: JSON nested more than 100 levels deep"


def test_json_at_the_depth_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text("[" * 100 + "]" * 100, encoding="utf-8")
    value = read_json_file(path)
    for _ in range(99):
        (value,) = value
    assert value == []


def test_deep_values_handed_to_the_validator_are_refused_with_one_line() -> None:
    deep: Any = []
    for _ in range(5_000):
        deep = [deep]
    data = copy.deepcopy(ROADMAP)
    data["steps"][0]["topics"] = deep
    with pytest.raises(RoadmapError, match=r"^\$: JSON nested more than 100 levels deep$"):
        validate_roadmap_json(data)
