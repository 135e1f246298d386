"""Step groups (Phase > Module, Month > Week) kept from the markdown import to the database, the
roadmap export and the learner's export and import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from tests.cli.conftest import Cli
from tests.conftest import TEST_DATA

PHASES_AND_MODULES = TEST_DATA / "roadmaps" / "real" / "lesson-plan-phases-modules.md"
#: What the file's SOURCES.md line says: 3 phases holding 8 modules.
GROUPS = ["Phase 1: Foundation"] * 3 + ["Phase 2: Development"] * 3 + ["Phase 3: Specialization"] * 2


def import_phases(cli: Cli) -> str:
    code, out, err = cli("roadmap", "import", str(PHASES_AND_MODULES))
    assert code == 0, err
    [roadmap_id] = [
        line.split()[0] for line in cli("roadmap", "list")[1].splitlines() if "Programming" in line
    ]
    return roadmap_id


def test_groups_are_stored_and_read_back_with_each_step(cli: Cli, data_dir: Path, clock: FixedClock) -> None:
    roadmap_id = import_phases(cli)
    tracker = Tracker.open(data_dir, clock=clock)
    try:
        status = tracker.reads.progress.status(roadmap_id)
        assert [s.group for s in status.steps] == GROUPS
        assert tracker.reads.roadmaps.step_detail(status.steps[3].id, roadmap_id).group == (
            "Phase 2: Development"
        )
        # the bundled roadmap has no groups
        assert {s.group for s in tracker.reads.progress.status().steps} == {None}
    finally:
        tracker.close()


def test_roadmap_export_keeps_the_groups(cli: Cli, tmp_path: Path) -> None:
    roadmap_id = import_phases(cli)
    out_file = tmp_path / "phases.json"
    assert cli("roadmap", "export", roadmap_id, "--out", str(out_file))[0] == 0
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert [step.get("group") for step in exported["steps"]] == GROUPS
    # and importing the export again (a newer edition) keeps them
    code, _, err = cli("roadmap", "import", str(out_file), "--replace")
    assert code == 0, err
    assert cli("roadmap", "export", roadmap_id, "--out", str(tmp_path / "again.json"))[0] == 0
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert [step.get("group") for step in again["steps"]] == GROUPS


def test_the_learners_export_and_import_keep_the_groups(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roadmap_id = import_phases(cli)
    export = tmp_path / "all.json"
    assert cli("export", "--out", str(export))[0] == 0
    [roadmap] = [
        r for r in json.loads(export.read_text(encoding="utf-8"))["roadmaps"] if r["id"] == roadmap_id
    ]
    assert [step.get("group") for step in roadmap["steps"]] == GROUPS
    other = Cli(tmp_path / "other", capsys)
    code, _, err = other("import", str(export))
    assert code == 0, err
    assert other("roadmap", "export", roadmap_id, "--out", str(tmp_path / "other.json"))[0] == 0
    merged = json.loads((tmp_path / "other.json").read_text(encoding="utf-8"))
    assert [step.get("group") for step in merged["steps"]] == GROUPS


def test_as_new_never_takes_the_id_of_a_removed_roadmap(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "plan.md"
    source.write_text("# Plan\n\n## Week 1: Start\n\n- One\n", encoding="utf-8")
    assert cli("roadmap", "import", str(source))[0] == 0
    assert cli("roadmap", "import", str(source), "--as-new")[0] == 0  # plan-2
    assert cli("roadmap", "remove", "plan-2", "--yes", "--keep-sessions")[0] == 0
    code, out, _err = cli("roadmap", "import", str(source), "--as-new")
    assert code == 0
    listed = cli("roadmap", "list")[1]
    assert "plan-3" in listed and "plan-2" not in listed


def test_status_shows_each_step_under_its_group(cli: Cli) -> None:
    roadmap_id = import_phases(cli)
    assert cli("roadmap", "use", roadmap_id)[0] == 0
    code, out, err = cli("status", "--json")
    assert code == 0, err
    assert [step["group"] for step in json.loads(out)["steps"]] == GROUPS
    code, out, _ = cli("status")
    lines = out.splitlines()
    for group in dict.fromkeys(GROUPS):
        at = lines.index(f"  {group}")
        assert lines[at + 1].startswith("   ") and group not in lines[at + 1]
