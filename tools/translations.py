"""The translations' build steps, run by `make` and studytracker.spec: `update` extracts every marked
string of the package into the `.ts` sources (pyside6-lupdate; English keeps only the plural forms),
`compile` turns the `.ts` sources into the `.qm` files the app loads (pyside6-lrelease).

    python tools/translations.py update   # after changing strings; then translate the new entries
    python tools/translations.py update de  # a new language: studytracker_de.ts, to translate
    python tools/translations.py compile  # what `make` does before the tests, the app and the bundle
    python tools/translations.py compile studytracker/translations/studytracker_es.ts out.qm  # one
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "studytracker"
TRANSLATIONS = PACKAGE / "translations"
#: The source language: its `.ts` holds only the plural forms ("%n day(s)" -> "1 day", "4 days").
SOURCE_LANGUAGE = "en"


def tool(name: str) -> list[str]:
    """A Qt Linguist tool from the PySide6 installed beside this Python."""
    return [
        sys.executable,
        "-c",
        f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())",
    ]


def sources(package: Path = PACKAGE) -> list[Path]:
    """The package's Python files, where the marked strings are (migrations have none)."""
    return sorted(p for p in package.rglob("*.py") if "migrations" not in p.relative_to(package).parts)


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob("studytracker_*.ts"))


def update(ts: Path, package: Path = PACKAGE) -> None:
    """Merge the package's marked strings into one `.ts` file, dropping those no longer in the code."""
    plural_only = ["-pluralonly"] if ts.stem.endswith(f"_{SOURCE_LANGUAGE}") else []
    subprocess.run(
        [
            *tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "relative",
            *plural_only,
            *map(str, sources(package)),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ts.parent,
    )


def compile_ts(ts: Path, qm: Path | None = None) -> Path:
    """Compile one `.ts` file into its `.qm` (beside it unless `qm` is given). The new file is
    written under another name and renamed over the old: a running app maps its `.qm` files,
    and one rewritten in place under it crashes it."""
    target = qm or ts.with_suffix(".qm")
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        subprocess.run([*tool("lrelease"), "-silent", str(ts), "-qm", str(partial)], check=True)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def main(argv: list[str]) -> int:
    if argv[1:2] == ["update"]:
        new = [TRANSLATIONS / f"studytracker_{code}.ts" for code in argv[2:]]
        for ts in sorted({*ts_files(), *new}):
            update(ts)
        return 0
    if argv[1:] == ["compile"]:
        for ts in ts_files():
            compile_ts(ts)
        return 0
    if argv[1:2] == ["compile"] and len(argv) == 4:  # one file, as `make` asks: compile TS QM
        compile_ts(Path(argv[2]), Path(argv[3]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
