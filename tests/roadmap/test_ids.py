"""Ids the markdown importer makes always fit the schema's limit, stay unique and readable."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studytracker.roadmap.markdown_import import parse_roadmap_markdown
from studytracker.roadmap.model import MAX_ID_LENGTH, MAX_TOPIC_DEPTH, Roadmap
from studytracker.roadmap.schema import roadmap_schema, validate_roadmap_json
from studytracker.roadmap.text import shorten_id
from tests.conftest import examples

LONG_TITLES = [
    "Understanding Distributed Systems Consensus Algorithms",
    "Implementing Replicated Statemachines Practically Everywhere",
    "Evaluating Linearizability Guarantees Under Partitions",
    "Benchmarking Throughput Characteristics Across Deployments",
    "Diagnosing Performance Bottlenecks Systematically Together",
]


def nested(step_title: str, topic_titles: list[str]) -> str:
    lines = ["# Systems Roadmap 2026", "", f"## Step 1: {step_title}", ""]
    lines += [f"{'  ' * depth}- {title}" for depth, title in enumerate(topic_titles)]
    return "\n".join(lines) + "\n"


def all_ids(roadmap: Roadmap) -> list[str]:
    ids = [roadmap.id]
    for step in roadmap.steps:
        ids += [step.id, *(r.id for r in step.resources), *(t.id for t in step.all_topics())]
    return ids + [r.id for r in roadmap.resources]


def test_the_limit_is_the_schemas() -> None:
    assert roadmap_schema()["$defs"]["id"]["maxLength"] == MAX_ID_LENGTH == 200


def test_four_levels_of_ordinary_long_titles_fit_and_export_back() -> None:
    roadmap = parse_roadmap_markdown(nested(LONG_TITLES[0], LONG_TITLES[1:]), "x.md")
    ids = [topic.id for topic in roadmap.steps[0].all_topics()]
    assert len(ids) == 4
    assert max(len(i) for i in ids) <= MAX_ID_LENGTH
    assert validate_roadmap_json(roadmap.to_json()) == roadmap
    # short enough ids are kept as they are
    assert ids[0] == (
        "understanding-distributed-systems-consensus-algorithms/"
        "implementing-replicated-statemachines-practically-everywhere"
    )
    # a shortened one still reads as the path to its topic: each part starts with its title's word
    deepest = ids[-1].split("/")
    assert [part.split("-")[0] for part in deepest] == [
        "understanding",
        "implementing",
        "evaluating",
        "benchmarking",
        "diagnosing",
    ]
    assert deepest[-1].startswith("diagnosing-performance")


def test_ids_fit_at_the_deepest_level_and_stay_unique() -> None:
    titles = [f"{LONG_TITLES[depth % 5]} Level{depth}" for depth in range(MAX_TOPIC_DEPTH)]
    # two deepest siblings that differ only past what the id can hold
    text = nested(LONG_TITLES[0], titles) + "  " * (MAX_TOPIC_DEPTH - 1) + f"- {titles[-1]} again\n"
    roadmap = parse_roadmap_markdown(text, "x.md")
    ids = all_ids(roadmap)
    assert max(len(i) for i in ids) <= MAX_ID_LENGTH
    assert len(set(ids)) == len(ids)
    assert validate_roadmap_json(roadmap.to_json()) == roadmap


def test_single_words_longer_than_the_limit_are_cut() -> None:
    word = "x" * 500
    text = f"# {word} Roadmap\n\n## Step 1: {word}\n\n- {word}\n  - {word}\n- [{word}](https://example.org/{word})\n"
    roadmap = parse_roadmap_markdown(text, "x.md")
    assert max(len(i) for i in all_ids(roadmap)) <= MAX_ID_LENGTH
    assert validate_roadmap_json(roadmap.to_json()) == roadmap


def test_shorten_id_drops_words_from_the_longest_part_first() -> None:
    assert shorten_id("a-b/c", 200) == "a-b/c"
    assert shorten_id("step/alpha-beta-gamma/delta", 22) == "step/alpha-beta/delta"
    assert shorten_id("step/alpha-beta-gamma/delta", 16) == "step/alpha/delta"
    assert shorten_id("abcdefghij", 4) == "abcd"
    shortened = shorten_id("/".join(["word-" * 9 + "end"] * 21), 200)
    assert len(shortened) <= 200 and shortened.count("/") == 20


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=60)
TITLE = st.lists(WORD, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, MAX_TOPIC_DEPTH - 1), TITLE), min_size=1, max_size=40), TITLE)
def test_any_titles_at_any_depth_give_ids_that_export_back(
    items: list[tuple[int, str]], step_title: str
) -> None:
    lines, depth = [], -1
    for wanted, title in items:
        depth = min(wanted, depth + 1)  # a list item nests at most one level below the one before
        lines.append(f"{'  ' * depth}- {title}")
    roadmap = parse_roadmap_markdown(f"# T Roadmap\n\n## Step 1: {step_title}\n\n" + "\n".join(lines), "x.md")
    ids = all_ids(roadmap)
    assert max(len(i) for i in ids) <= MAX_ID_LENGTH
    assert validate_roadmap_json(roadmap.to_json()) == roadmap
