"""The package's shape: imports point inwards, no module imports itself back at run time, and no
module grows past what one reader can hold."""

from __future__ import annotations

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
