"""The schema check names the JSON path of the first problem; files that are not JSON are refused."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studytracker.roadmap.model import RoadmapError
from studytracker.roadmap.schema import load_roadmap_json, validate_roadmap_json
from tests.conftest import examples

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


# --- any JSON at all: the loader and the validator raise only their own error -----------------

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=25,
)
IDS = st.from_regex(r"[a-z0-9][a-z0-9._/-]{0,12}", fullmatch=True)


def either(plausible: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A value that fits the schema (mostly, so that the check gets past it), or any JSON value."""
    return st.sampled_from([True, True, True, True, True, False]).flatmap(
        lambda fits: plausible if fits else ANY_JSON
    )


def topic_chain(levels: int) -> list[dict[str, Any]]:
    """Topics nested `levels` deep, each the only child of the one before (as a file may hold)."""
    topics: list[dict[str, Any]] = []
    children = topics
    for depth in range(levels):
        topic: dict[str, Any] = {"id": f"c{depth}", "title": "C", "children": []}
        children.append(topic)
        children = topic["children"]
    return topics


RESOURCES = st.lists(
    st.fixed_dictionaries(
        {
            "id": either(IDS),
            "title": either(st.text(min_size=1, max_size=8)),
            "url": either(st.sampled_from(["https://example.org/a", "file:///tmp/x", "example.org", ""])),
            "kind": either(st.sampled_from(["docs", "video", "link", "podcast"])),
        },
        optional={"note": either(st.text(max_size=8))},
    ),
    max_size=3,
)
TOPICS = st.recursive(
    st.just([]),
    lambda inner: st.lists(
        st.fixed_dictionaries(
            {"id": either(IDS), "title": either(st.text(min_size=1, max_size=8))},
            optional={"detail": either(st.text(max_size=8)), "children": either(inner)},
        ),
        max_size=3,
    ),
    max_leaves=12,
)


def roadmaps(deepest_chain: int) -> st.SearchStrategy[dict[str, Any]]:
    """Roadmap-shaped JSON with any value in any place, and topics up to `deepest_chain` deep."""
    steps = st.lists(
        st.fixed_dictionaries(
            {
                "id": either(IDS),
                "number": either(st.none() | st.integers(-2, 12)),
                "title": either(st.text(min_size=1, max_size=8)),
                "optional": either(st.booleans()),
                "topics": st.one_of(
                    TOPICS,
                    st.one_of(st.integers(0, 25), st.integers(deepest_chain // 2, deepest_chain)).map(
                        topic_chain
                    ),
                    ANY_JSON,
                ),
                "resources": either(RESOURCES),
            },
            optional={"why": either(st.text(max_size=8)), "tips": either(st.lists(st.text(max_size=8)))},
        ),
        max_size=3,
    )
    return st.fixed_dictionaries(
        {
            "schema_version": either(st.just(1)),
            "id": either(IDS),
            "title": either(st.text(min_size=1, max_size=8)),
            "steps": either(steps),
        },
        optional={
            "edition": either(st.text(max_size=8)),
            "summary": either(st.text(max_size=8)),
            "resources": either(RESOURCES),
            "extra": ANY_JSON,
        },
    )


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(roadmaps(deepest_chain=1500), ANY_JSON))
def test_the_validator_raises_only_its_own_error_on_any_json(data: Any) -> None:
    try:
        roadmap = validate_roadmap_json(data)
    except RoadmapError as error:
        assert str(error).startswith("$") and "\n" not in str(error)
        return
    assert validate_roadmap_json(roadmap.to_json()) == roadmap  # what it accepts it can export


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(roadmaps(deepest_chain=400), ANY_JSON), st.integers(0, 3))  # json.dumps recurses too
def test_the_file_loader_raises_only_its_own_error_on_any_json(
    tmp_path_factory: pytest.TempPathFactory, data: Any, wrapping: int
) -> None:
    text = json.dumps(data)
    text = "[" * (wrapping * 1000) + text + "]" * (wrapping * 1000)  # deeper than json.loads can go
    path = tmp_path_factory.mktemp("fuzz") / "roadmap.json"
    path.write_text(text, encoding="utf-8")
    try:
        load_roadmap_json(path)
    except RoadmapError as error:
        assert str(error).startswith(f"{path}: ") and "\n" not in str(error)


def test_values_the_database_cannot_hold_are_refused_by_the_schema() -> None:
    import copy
    import json

    from studytracker.resources import BUNDLED_ROADMAP, resource_path
    from studytracker.roadmap.model import RoadmapError
    from studytracker.roadmap.schema import validate_roadmap_json as validate_roadmap

    good = json.loads(resource_path(BUNDLED_ROADMAP).read_text(encoding="utf-8"))
    too_big = copy.deepcopy(good)
    too_big["steps"][0]["number"] = 2**63
    with pytest.raises(RoadmapError, match=r"\$\.steps\[0\]\.number: 9223372036854775808 is too large"):
        validate_roadmap(too_big)
    surrogate = copy.deepcopy(good)
    surrogate["title"] = "\ud800"
    with pytest.raises(RoadmapError, match=r"\$\.title: not valid Unicode"):
        validate_roadmap(surrogate)
