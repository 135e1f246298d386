"""The schema check names the JSON path of the first problem; files that are not JSON are refused."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from studytracker.roadmap.model import RoadmapError
from studytracker.roadmap.schema import load_roadmap_json, validate_roadmap_json

MINIMAL: dict[str, Any] = {
    "schema_version": 1,
    "id": "tiny",
    "title": "Tiny Roadmap",
    "steps": [
        {
            "id": "one",
            "number": 1,
            "title": "One",
            "optional": False,
            "topics": [{"id": "one/a", "title": "A", "children": [{"id": "one/a/b", "title": "B"}]}],
            "resources": [{"id": "one/r", "title": "Docs", "url": "https://example.org", "kind": "docs"}],
        }
    ],
}


def broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(MINIMAL)
    change(data)
    return data


def test_minimal_roadmap_is_accepted_and_read() -> None:
    roadmap = validate_roadmap_json(copy.deepcopy(MINIMAL))
    assert roadmap.steps[0].topics[0].children[0].id == "one/a/b"
    assert roadmap.counts() == (1, 2, 1)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("steps"), "$: missing required key 'steps'"),
        (lambda d: d.update(steps=[]), "$.steps: needs at least 1 item"),
        (lambda d: d["steps"][0].update(number="1"), "$.steps[0].number: expected integer or null"),
        (lambda d: d["steps"][0].update(optional=1), "$.steps[0].optional: expected boolean"),
        (
            lambda d: d["steps"][0]["topics"][0]["children"][0].update(title=""),
            "$.steps[0].topics[0].children[0].title: must not be empty",
        ),
        (
            lambda d: d["steps"][0]["resources"][0].update(kind="podcast"),
            '$.steps[0].resources[0].kind: "podcast" is not one of',
        ),
        (
            lambda d: d["steps"][0]["resources"][0].update(url="example.org"),
            '$.steps[0].resources[0].url: "example.org" does not match',
        ),
        (lambda d: d.update(id="Has Spaces"), '$.id: "Has Spaces" does not match'),
        (lambda d: d.update(schema_version=2), "$.schema_version: 2 is not one of 1"),
        (
            lambda d: d["steps"][0]["topics"][0]["children"][0].update(id="one/a"),
            "$.steps[0].topics[0].children[0].id: duplicate id 'one/a' (first at $.steps[0].topics[0].id)",
        ),
        (
            lambda d: d["steps"][0]["resources"][0].update(id="one"),
            "$.steps[0].resources[0].id: duplicate id 'one'",
        ),
    ],
)
def test_broken_roadmap_is_refused_naming_the_json_path(change: Any, message: str) -> None:
    with pytest.raises(RoadmapError) as error:
        validate_roadmap_json(broken(change))
    assert str(error.value).startswith(message)


def test_not_an_object_is_refused() -> None:
    with pytest.raises(RoadmapError, match=r"^\$: expected object, found array"):
        validate_roadmap_json([])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"  \n", "file is empty"),
        (b'{"id": ', "broken JSON at line 1, column 8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is a binary file"),
        (b'{"title": "caf\xe9"}', "not UTF-8 text (bad byte at offset 14)"),
    ],
)
def test_unreadable_files_are_refused_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "roadmap.json"
    path.write_bytes(content)
    with pytest.raises(RoadmapError) as error:
        load_roadmap_json(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


def test_a_file_over_the_json_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024 + 1)
    with pytest.raises(RoadmapError, match="over the 200 MB limit"):
        load_roadmap_json(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RoadmapError, match="no such file"):
        load_roadmap_json(tmp_path / "nope.json")


def test_schema_problem_in_a_file_names_file_and_path(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(broken(lambda d: d["steps"][0].pop("title"))), encoding="utf-8")
    with pytest.raises(RoadmapError, match=r"r\.json: \$\.steps\[0\]: missing required key 'title'"):
        load_roadmap_json(path)
