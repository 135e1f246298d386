"""A step's particulars written as list items ("- **Duration:** 3-4 weeks") are read in its text,
not ticked as topics."""

from __future__ import annotations

from studytracker.roadmap.markdown_import import read_markdown


def test_a_step_s_particulars_are_read_in_its_text_not_ticked_as_topics() -> None:
    text = (
        "# Plan\n\n## Module 1: Python\n\n- Content\n  - Variables\n  - Loops\n- **Duration:** 3-4 weeks\n"
        "- **Prerequisites:** Module 0\n- **Project:** a calculator\n\n## Module 2: SQL\n\n- Joins\n"
        "- **Duración:** 2 semanas\n"
    )
    steps = read_markdown(text, "plan.md").roadmap.steps
    assert [t.title for t in steps[0].topics] == [
        "Content",
        "Project",
    ]  # "Project" is to do, not a particular
    assert "- **Duration:** 3-4 weeks" in steps[0].why and "- **Prerequisites:** Module 0" in steps[0].why
    assert [t.title for t in steps[1].topics] == ["Joins"]
    assert "Duración" in steps[1].why
