"""The desktop entry and its AppStream metadata agree with the app: the launcher's file name, the
command, the version; `.ci/run` also checks the metadata with appstreamcli."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET

from studytracker import __version__
from tests.conftest import PROJECT_DIR

RESOURCES = PROJECT_DIR / "resources"


def test_the_metainfo_names_the_launcher_the_command_and_this_version() -> None:
    component = ET.parse(RESOURCES / "studytracker.metainfo.xml").getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("launchable") == "studytracker.desktop"  # app.setDesktopFileName
    scripts = (PROJECT_DIR / "pyproject.toml").read_text(encoding="utf-8").split("[project.scripts]")[1]
    binary = component.findtext("provides/binary") or ""
    assert re.search(rf"^{re.escape(binary)} = ", scripts, re.MULTILINE), binary
    assert [r.get("version") for r in component.iter("release")][0] == __version__
    for tag in ("name", "summary", "metadata_license", "project_license", "description"):
        assert component.find(tag) is not None, tag


def test_the_desktop_entry_is_an_application_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(RESOURCES / "studytracker.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "studytracker"
    assert (RESOURCES / "icons" / "studytracker.svg").is_file()
