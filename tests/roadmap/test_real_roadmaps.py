"""Eleven real curricula from public repositories (tests/data/roadmaps/real, licences in its
SOURCES.md), each imported as its SOURCES.md line says a faithful import gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studytracker.roadmap.markdown_import import ImportOptions, MarkdownImport, read_markdown_file
from studytracker.roadmap.model import Roadmap
from studytracker.roadmap.schema import validate_roadmap_json

REAL = Path(__file__).resolve().parents[1] / "data" / "roadmaps" / "real"
NAMES = sorted(path.stem for path in REAL.glob("*.md") if path.stem != "SOURCES")
_MARKUP = re.compile(r"\[ \]|\[x\]|^#|\]\(|<a\b|!\[|https?://", re.IGNORECASE)
_CHROME = re.compile(r"shields\.io|badge|sponsor|star-history|trendshift|google\.com/search|t\.me/", re.I)


def read(name: str, **options: object) -> MarkdownImport:
    return read_markdown_file(REAL / f"{name}.md", ImportOptions(**options))  # type: ignore[arg-type]


def numbered(roadmap: Roadmap) -> list[int | None]:
    return [step.number for step in roadmap.steps if step.number is not None]


def test_all_eleven_files_are_here_with_their_sources() -> None:
    assert len(NAMES) == 11
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"| {name} |" in sources for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_no_markup_in_titles_and_no_badge_or_sponsor_resources(name: str) -> None:
    roadmap = read(name).roadmap
    assert validate_roadmap_json(roadmap.to_json()) == roadmap
    titles = [roadmap.title] + [s.title for s in roadmap.steps] + [t.title for _, t in roadmap.all_topics()]
    titles += [r.title for r in roadmap.all_resources()]
    assert [t for t in titles if _MARKUP.search(t)] == []
    assert [r.url for r in roadmap.all_resources() if _CHROME.search(r.url)] == []
    assert not any(re.fullmatch(r"item(-\d+)?", s.id) for s in roadmap.steps)


def test_techtonica_has_sixteen_weeks_and_leaves_out_the_table_of_contents() -> None:
    found = read("techtonica-bootcamp-weeks")
    weeks = [s for s in found.roadmap.steps if s.number is not None]
    assert len(weeks) == 16
    assert weeks[0].title == "Week 0: Pre-Work" and weeks[-1].title == "Weeks 14+: Final Project"
    week11 = weeks[11]
    assert [t.title for t in week11.topics] == ["Data Structures", "Algorithms"]
    assert all(s.optional for s in found.roadmap.steps if s.number is None)
    assert ("Table of Contents", "table of contents") in found.left_out
    assert any(reason == "licence" for _, reason in found.left_out)
    assert len(found.unresolved) > 150  # repo-relative lesson links, listed rather than dropped


def test_techtonica_lesson_links_resolve_against_a_base_url() -> None:
    roadmap = read(
        "techtonica-bootcamp-weeks", base_url="https://github.com/Techtonica/curriculum/blob/main/"
    ).roadmap
    urls = {r.url for r in roadmap.all_resources()}
    assert "https://github.com/Techtonica/curriculum/blob/main/onboarding/tech-industry-tips.md" in urls
    assert len(urls) > 150


def test_lesson_plan_has_three_phases_grouping_eight_modules() -> None:
    found = read("lesson-plan-phases-modules")
    roadmap = found.roadmap
    assert roadmap.title == "Programming Learning Resources"
    assert numbered(roadmap) == list(range(1, 9))
    assert [s.group for s in roadmap.steps] == ["Phase 1: Foundation"] * 3 + ["Phase 2: Development"] * 3 + [
        "Phase 3: Specialization"
    ] * 2
    assert roadmap.steps[6].title == "Module 7: Backend Development"
    assert [t.title for t in roadmap.steps[6].topics][:2] == [
        "Option A: Java Backend",
        "Option B: PHP Backend",
    ]
    assert ("Contact & Support", "community and contact") in found.left_out
    assert "/INTRODUCTION" in found.unresolved


def test_devops_has_twelve_numbered_steps_and_a_bonus() -> None:
    found = read("devops-roadmap-numbered")
    roadmap = found.roadmap
    assert numbered(roadmap) == list(range(1, 13))
    assert roadmap.steps[0].title == "GIT"
    assert any(s.title.startswith("Bonus") and s.optional for s in roadmap.steps)
    assert sum(1 for _ in roadmap.all_resources()) >= 150
    assert not any("FREE" in r.title for r in roadmap.all_resources())
    reasons = dict(found.left_out)
    assert {"Support My Work", "Disclaimer", "License"} <= set(reasons)


def test_awesome_datascience_is_sections_of_links_without_sponsors() -> None:
    found = read("awesome-datascience")
    roadmap = found.roadmap
    assert 15 <= len(roadmap.steps) <= 45
    assert sum(1 for _ in roadmap.all_resources()) >= 600
    assert {"Sponsors", "Table of Contents", "Socialize"} <= {title for title, _ in found.left_out}
    assert "MOOC's" in [s.title for s in roadmap.steps]


def test_agentic_course_has_ten_parts_with_their_relative_links() -> None:
    found = read("agentic-ai-crash-course-parts")
    roadmap = found.roadmap
    assert numbered(roadmap) == list(range(1, 11))
    assert roadmap.steps[0].title == "Part 1: What Are AI Agents Anyway?"
    assert roadmap.steps[0].why  # its one-line description
    assert "./part1_what_are_ai_agents_anyway.md" in found.unresolved
    assert len([r for r in roadmap.resources if "maven" in r.url]) == 12


def test_hpw_russian_course_has_two_modules_of_lectures() -> None:
    roadmap = read("hpw-fundamentals-ru").roadmap
    groups = [s.group for s in roadmap.steps]
    assert set(groups) == {"Модуль SEF1", "Модуль SEF2"}
    assert 60 <= len(roadmap.steps) <= 80
    assert roadmap.steps[0].title == "Введение в программирование"
    assert roadmap.steps[0].resources[0].kind == "video"
    assert "https://www.slideshare.net/tshemsedinov/1-168855278" in {
        r.url for r in roadmap.steps[0].resources
    }
    assert roadmap.id == "osnovy-programmirovaniya"
    assert not any("t.me" in r.url for r in roadmap.all_resources())


def test_hundred_days_has_fifty_four_days_in_order() -> None:
    roadmap = read("100-days-of-ml-code").roadmap
    assert numbered(roadmap) == list(range(1, 55))
    assert roadmap.steps[1].title == "Day 2: Simple Linear Regression"
    assert len({s.id for s in roadmap.steps}) == 54  # repeated topics get their own ids


def test_visual_slam_has_eleven_levels_with_topic_groups_and_tables() -> None:
    roadmap = read("visual-slam-levels").roadmap
    assert numbered(roadmap) == list(range(1, 12))
    level3 = roadmap.steps[2]
    assert "Feature-based SLAM" in [t.title for t in level3.topics]
    assert sum(1 for _ in roadmap.all_resources()) >= 200
    assert "Table of Contents" not in [s.title for s in roadmap.steps]


def test_learn_to_cloud_portuguese_phase_reads_tables_without_outer_pipes() -> None:
    roadmap = read("learn-to-cloud-fase1-pt").roadmap
    titles = [s.title for s in roadmap.steps]
    assert "Projetos" in titles and "Fontes" in titles
    projects = roadmap.steps[titles.index("Projetos")]
    assert len(projects.topics) == 5
    sources = roadmap.steps[titles.index("Fontes")]
    assert len(sources.topics) == 7
    plan = roadmap.steps[0]
    assert len(plan.topics) == 3


def test_ml_for_swe_task_list_has_its_sections_and_no_markers() -> None:
    found = read("ml-for-swe-tasklist", ticked_done=True)
    roadmap = found.roadmap
    titles = [s.title for s in roadmap.steps]
    assert "Prerequisite Knowledge" in titles and "Interview Questions" in titles
    assert "Follow me" not in titles and "My admired companies" not in titles
    assert 18 <= len(roadmap.steps) <= 30
    assert sum(1 for _ in roadmap.all_resources()) >= 200


def test_cicf_weeks_come_from_a_table_with_reference_links() -> None:
    found = read("cicf-reference-links", base_url="https://github.com/ci-compass/cicf/tree/main/")
    roadmap = found.roadmap
    assert [s.title for s in roadmap.steps][:2] == ["Getting Started", "Week 1: The Command Line"]
    assert len(roadmap.steps) == 12
    assert "Week 9" not in " ".join(s.title for s in roadmap.steps)
    assert (
        roadmap.steps[1].resources[0].url
        == "https://github.com/ci-compass/cicf/tree/main/week01-command-line"
    )


def test_a_section_can_be_left_out_and_the_step_level_chosen() -> None:
    found = read("devops-roadmap-numbered", exclude=("1. GIT",))
    assert "GIT" not in [s.title for s in found.roadmap.steps]
    assert ("1. GIT", "excluded on request") in found.left_out
    found = read("lesson-plan-phases-modules", step_level=3)
    assert len(found.roadmap.steps) >= 3 and found.step_level == 3
