"""The package's shape: imports point inwards, no module imports itself back at run time, and no
module grows past what one reader can hold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parent.parent / "studytracker"
#: Inner layers first: each may import only those before it.
LAYERS = ("roadmap", "store", "i18n", "report")


def _graph() -> grimp.ImportGraph:
    # Imports made only for type checking never run; lazy imports inside functions do count.
    return grimp.build_graph("studytracker", exclude_type_checking_imports=True)


def test_no_module_imports_itself_back() -> None:
    graph = _graph()
    cycles = sorted(
        {
            tuple(sorted((importer, imported)))
            for importer in graph.modules
            for imported in graph.find_modules_directly_imported_by(importer)
            if graph.chain_exists(importer=imported, imported=importer)
        }
    )
    assert cycles == []


def test_imports_point_inwards() -> None:
    graph = grimp.build_graph("studytracker")  # type-checking imports too: they name the layers
    outward = []
    for index, layer in enumerate(LAYERS):
        for outer in (*LAYERS[index + 1 :], "ui", "cli"):
            if graph.chain_exists(
                importer=f"studytracker.{layer}", imported=f"studytracker.{outer}", as_packages=True
            ):
                outward.append(f"{layer} -> {outer}")
    for side, other in (("ui", "cli"), ("cli", "ui")):
        if graph.chain_exists(
            importer=f"studytracker.{side}", imported=f"studytracker.{other}", as_packages=True
        ):
            outward.append(f"{side} -> {other}")
    assert outward == []


def test_no_module_is_over_600_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert long == {}


def test_no_window_class_is_over_300_lines() -> None:
    """The window's classes stay small enough to read at once: a class that grows past this
    splits by area (as the step pane did into its checklist, notes and files)."""
    import ast

    long = {}
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and (size := node.end_lineno - node.lineno + 1) > 300:  # type: ignore[operator]
                long[f"{path.relative_to(PACKAGE)}:{node.name}"] = size
    assert long == {}


def test_every_room_of_the_window_says_what_lives_there() -> None:
    import ast

    rooms = sorted(p for p in (PACKAGE / "ui").iterdir() if (p / "__init__.py").is_file())
    assert {p.name for p in rooms} >= {"shell", "controllers", "step_pane", "dialogs", "models", "widgets"}
    for room in rooms:
        assert ast.get_docstring(ast.parse((room / "__init__.py").read_text(encoding="utf-8"))), room.name
    loose = sorted(p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py")
    assert loose == []  # every module of the window is in a room


def test_the_window_s_start_loads_neither_the_commands_nor_the_sync_dialog() -> None:
    """What the window's first frame waits for: reading `--data-dir` loads no command's module,
    and the window's modules load no dialog that opens only when asked."""
    script = (
        "import sys\n"
        "from studytracker.cli.common import window_data_dir\n"
        "import studytracker.ui.shell.main_window\n"
        "print(sorted(m for m in sys.modules if m in ("
        "'studytracker.cli.main', 'studytracker.cli.parser', 'studytracker.ui.dialogs.sync_dialog',"
        " 'studytracker.ui.widgets.sharing_box')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
