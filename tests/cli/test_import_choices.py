"""The preview's choices on the command line: the roadmap's title and steps marked optional or
required, whatever the file says; a step id the reading does not have is the one-line error."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli

PLAN = "# Plan\n\n## Week 1: Basics\n\n- a\n\n## Week 2: Extras (optional)\n\n- b\n\n## Week 3: More\n\n- c\n"


def test_title_optional_and_required_steps(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN, encoding="utf-8")
    code, out, err = cli(
        "roadmap", "import", str(plan), "--title", "My plan", "--optional", "week-3-more",
        "--required", "week-2-extras-optional",
    )  # fmt: skip
    assert code == 0, err
    assert cli("roadmap", "use", "plan")[0] == 0
    steps = {step["id"]: step["optional"] for step in cli.json("status")["steps"]}
    assert steps == {"week-1-basics": False, "week-2-extras-optional": False, "week-3-more": True}
    code, out, _ = cli("roadmap", "list")
    assert "My plan" in out


def test_a_step_the_reading_does_not_have_is_refused(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN, encoding="utf-8")
    code, _, err = cli("roadmap", "import", str(plan), "--optional", "week-9")
    assert code == 2 and "no step 'week-9' in this reading (its steps: week-1-basics" in err
    code, _, err = cli(
        "roadmap", "import", str(plan), "--optional", "week-3-more", "--required", "week-3-more"
    )
    assert code == 2 and "do not go together" in err


def test_units_named_on_the_command_line_and_in_the_preview_s_command(cli: Cli, tmp_path: Path) -> None:
    from studytracker.roadmap.import_types import ImportOptions

    course = tmp_path / "course.md"
    course.write_text(
        "# Course\n\n## Projects\n\n- Build it\n  - [ ] Plan\n  - [ ] Code\n- Ship it\n  - [ ] Deploy\n",
        encoding="utf-8",
    )
    code, out, err = cli("roadmap", "import", str(course), "--units", "items", "--dry-run")
    assert code == 0, err
    assert "2 steps, 3 topics" in out and "Build it [build-it]" in out
    code, _out, err = cli("roadmap", "import", str(course), "--units", "lines")
    assert code == 2 and "--units" in err and "items" in err and "\n" not in err.strip()
    assert (
        ImportOptions(units="bold").command_line("course.md")
        == "studytracker roadmap import course.md --units bold"
    )
