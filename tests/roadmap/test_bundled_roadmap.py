"""The bundled Machine Learning Engineer roadmap: complete, valid, and in step with its markdown."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from studytracker.resources import BUNDLED_ROADMAP, resource_path
from studytracker.roadmap.model import RESOURCE_KINDS, Roadmap
from studytracker.roadmap.schema import load_roadmap_json, validate_roadmap_json


@pytest.fixture(scope="module")
def bundled() -> Roadmap:
    return load_roadmap_json(resource_path(BUNDLED_ROADMAP))


def test_bundled_roadmap_has_the_nine_numbered_steps_in_order(bundled: Roadmap) -> None:
    numbered = [(s.number, s.title) for s in bundled.steps if s.number is not None]
    assert [n for n, _ in numbered] == list(range(1, 10))
    titles = " | ".join(t for _, t in numbered)
    for word in (
        "Python",
        "SQL",
        "Mathematics",
        "Statistical Machine Learning",
        "Deep Learning",
        "Reinforcement Learning",
        "MLOps",
        "Scalable Data",
        "Projects",
    ):
        assert word in titles
    reinforcement = next(s for s in bundled.steps if s.number == 6)
    assert reinforcement.optional and "(Optional)" not in reinforcement.title
    assert all(not s.optional for s in bundled.steps if s.number not in (None, 6))


def test_bundled_roadmap_has_the_unnumbered_sections_as_optional_steps(bundled: Roadmap) -> None:
    unnumbered = {s.title: s for s in bundled.steps if s.number is None}
    assert set(unnumbered) == {
        "Additional Language",
        "Additional Skills (Mandatory for GenAI-LLMs Domain)",
        "Additional Skills (Mandatory for Computer Vision Domain)",
        "Final Note: Workflow Integration",
    }
    assert all(s.optional for s in unnumbered.values())
    assert [t.title for t in unnumbered["Additional Language"].topics] == ["Java", "C++"]
    assert len(unnumbered["Final Note: Workflow Integration"].topics) == 5


def test_bundled_topics_nest_where_the_roadmap_nests(bundled: Roadmap) -> None:
    python = next(s for s in bundled.steps if s.number == 1)
    libraries = next(t for t in python.topics if t.title == "Libraries")
    assert [c.title for c in libraries.children] == [
        "NumPy",
        "Pandas & Polars",
        "Matplotlib/Seaborn",
    ]
    statistical = next(s for s in bundled.steps if s.number == 4)
    boosting = next(t for _, t in bundled.all_topics() if t.title.startswith("Gradient Boosting"))
    assert boosting.title == "Gradient Boosting (XGBoost, LightGBM, CatBoost)"
    assert [c.title for c in boosting.children] == ["XGBoost", "LightGBM", "CatBoost"]
    assert boosting in list(statistical.all_topics())
    projects = next(s for s in bundled.steps if s.number == 9)
    assert [t.title for t in projects.topics] == ["Machine Learning", "Deep Learning", "MLOps"]


def _study_links(markdown: str) -> set[str]:
    """Every link in the seed roadmap but the author's profile pages and the job search."""
    links = set(re.findall(r"\]\((https?://[^)\s]+)\)", markdown))
    author_part = markdown[markdown.index("# About the Author") : markdown.index("# Other Roadmaps")]
    author_links = set(re.findall(r"\]\((https?://[^)\s]+)\)", author_part))
    return {link for link in links - author_links if "google.com/search" not in link}


def test_bundled_roadmap_holds_every_study_link(bundled: Roadmap, sample_roadmaps: dict[str, Path]) -> None:
    markdown = sample_roadmaps["machine-learning-engineer-2025-26"].read_text(encoding="utf-8")
    expected = _study_links(markdown)
    assert len(expected) == 33
    urls = {r.url for r in bundled.all_resources()}
    assert expected - urls == set()
    assert not any("linkedin.com" in u or "google.com/search" in u for u in urls)
    assert {r.kind for r in bundled.all_resources()} <= set(RESOURCE_KINDS)
    where_data = next(s for s in bundled.steps if s.number == 9).resources
    assert {r.kind for r in where_data} == {"dataset"}


def test_bundled_text_is_repaired_and_summarised(bundled: Roadmap) -> None:
    text = json.dumps(bundled.to_json(), ensure_ascii=False)
    assert "‚Ä" not in text and "‚âà" not in text
    assert "≈" in bundled.summary
    assert "Responsibilities" in bundled.summary
    assert bundled.id == "machine-learning-engineer" and bundled.edition == "2025/26"


def test_bundled_json_is_what_the_build_script_makes_from_the_markdown() -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "tools" / "build_bundled_roadmap.py"
    spec = importlib.util.spec_from_file_location("build_bundled_roadmap", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from studytracker.roadmap.markdown_import import load_roadmap_markdown

    markdown = module.MARKDOWN  # what the tool builds from when given no file
    assert markdown == resource_path("roadmaps") / "machine-learning-engineer-2025-26.md"
    rebuilt = module.curate(load_roadmap_markdown(markdown))
    on_disk = json.loads(resource_path(BUNDLED_ROADMAP).read_text(encoding="utf-8"))
    assert rebuilt.to_json() == on_disk
    validate_roadmap_json(on_disk)
