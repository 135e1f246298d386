"""The one build step pyproject.toml cannot say: a wheel carries what the app reads at run time.

- `resources/` (the bundled roadmap, its schema, the guide, the icons, the desktop entry) goes into
  the package as `studytracker/bundled/`, where `studytracker.resources` finds it;
- the `.qm` translations are compiled from the `.ts` sources (pyside6-lrelease, a build
  requirement) into `studytracker/translations/`, where `studytracker.i18n` loads them.

An editable install reads both in place instead: `resources/` beside the package, and the `.qm`
files `make` (or the tests) compile beside their sources.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
#: resources/roadmaps holds the markdown the bundled roadmap is built from: not read at run time.
BUILD_ONLY = {"roadmaps"}


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "studytracker"
        bundled = package / "bundled"
        shutil.rmtree(bundled, ignore_errors=True)
        bundled.mkdir(parents=True)
        for item in RESOURCES.iterdir():
            if item.name in BUILD_ONLY:
                continue
            if item.is_dir():
                shutil.copytree(item, bundled / item.name)
            else:
                shutil.copy2(item, bundled / item.name)
        sys.path.insert(0, str(ROOT / "tools"))
        from translations import compile_ts, ts_files

        for ts in ts_files(ROOT / "studytracker" / "translations"):
            compile_ts(ts, package / "translations" / f"{ts.stem}.qm")


setup(cmdclass={"build_py": BuildWithResources})
