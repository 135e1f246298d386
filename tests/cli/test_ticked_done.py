"""`roadmap import --ticked-done`: a task list's ticked items are imported as done, on request only."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli

TASKS = """# Interview checklist

## Arrays
- [x] Two pointers
- [ ] Sliding window

## Graphs
- [x] Breadth-first search
- [X] Depth-first search
- [ ] Dijkstra
"""


def test_ticked_task_items_are_imported_as_done_only_on_request(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "checklist.md"
    path.write_text(TASKS, encoding="utf-8")
    code, out, err = cli("roadmap", "import", str(path), "--ticked-done")
    assert code == 0, err
    assert "marked 3 ticked topics done" in out
    assert cli("roadmap", "use", "interview-checklist")[0] == 0
    status = cli.json("status")
    assert status["overall"]["done"] == 3 and status["overall"]["total"] == 5
    assert [(s["title"], s["done"], s["total"]) for s in status["steps"]] == [
        ("Arrays", 1, 2),
        ("Graphs", 2, 3),
    ]
    code, _, err = cli("roadmap", "import", str(path), "--as-new")
    assert code == 0, err
    assert cli("roadmap", "use", "interview-checklist-2")[0] == 0
    assert cli.json("status")["overall"]["done"] == 0


def test_a_dry_run_says_how_many_items_are_ticked_and_how_to_import_them_done(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "checklist.md"
    path.write_text(TASKS, encoding="utf-8")
    code, out, err = cli("roadmap", "import", str(path), "--dry-run")
    assert code == 0, err
    assert "3 items ticked [x] in the file (--ticked-done imports them as done)" in out
    code, out, err = cli("roadmap", "import", str(path), "--dry-run", "--ticked-done")
    assert code == 0 and "ticked [x]" not in out
