"""Every control a screen reader meets has a name: the main window and its dialogs are walked
through QAccessible (what AT-SPI reads), and each interactive element without a name is listed.
Empty cells say what they hold ("no topic"); decorative ones are left out of the tree."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from studytracker.roadmap.files import read_roadmap_file
from studytracker.roadmap.import_types import ImportOptions
from studytracker.store.records import Preferences
from studytracker.store.tracker import Tracker
from studytracker.ui.dialogs.import_preview import ImportPreview
from studytracker.ui.dialogs.preferences import PreferencesDialog
from studytracker.ui.dialogs.report_dialog import ReportDialog
from studytracker.ui.shell.main_window import MainWindow
from tests.conftest import TEST_DATA

R = QAccessible.Role
#: What a learner acts on or reads as an item: each needs a name.
INTERACTIVE = {
    R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox, R.Slider,
    R.ScrollBar, R.PageTab, R.Cell, R.ListItem, R.TreeItem, R.Link, R.ButtonMenu, R.ButtonDropDown,
    R.List, R.Tree, R.Table, R.PageTabList,
}  # fmt: skip


def elements(interface: QAccessibleInterface | None, depth: int = 0) -> Iterator[QAccessibleInterface]:
    if interface is None or not interface.isValid() or depth > 40:
        return
    yield interface
    for index in range(min(interface.childCount(), 500)):
        yield from elements(interface.child(index), depth + 1)


def unnamed(widget: QWidget) -> list[str]:
    """Each visible interactive element of the widget's tree without a name, as role/parent's name."""
    found = []
    for element in elements(QAccessible.queryAccessibleInterface(widget)):
        if element.role() not in INTERACTIVE or element.state().invisible:
            continue
        if not (element.text(QAccessible.Text.Name) or "").strip():
            parent = element.parent()
            where = parent.text(QAccessible.Text.Name) if parent is not None else ""
            found.append(f"{element.role().name} in {parent.role().name if parent else '?'} {where!r}")
    return found


@pytest.fixture(autouse=True)
def as_on_screen(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The application's style sheet, as the running window sets it once on screen."""
    from studytracker.ui.shell.app import use_flat_scroll_bars

    use_flat_scroll_bars(qapp)
    yield
    qapp.setStyleSheet("")


def test_the_main_window_names_every_control(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    tracker.study.log("sql", 30)
    for view in ("overview", "resources", "notes", "statistics", "review"):
        window.viewer.show_view(view)
        qtbot.wait(5)
        assert unnamed(window) == [], view


def test_the_session_log_names_every_cell(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    tracker.study.log("sql", 30)  # no topic, no note: empty cells
    tracker.study.log("python-libraries", 20, topic_id="python-libraries/libraries/numpy", note="arrays")
    log = window.study.open_session_log()
    qtbot.waitUntil(log.isVisible)
    assert unnamed(log) == []
    log.close()


def test_the_dialogs_name_every_control(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    found = read_roadmap_file(TEST_DATA / "roadmaps" / "real" / "techtonica-bootcamp-weeks.md")
    dialogs = {
        "import preview": ImportPreview(found, ImportOptions()),
        "preferences": PreferencesDialog(Preferences(), None, date(2026, 11, 24)),
        "report": ReportDialog(date(2026, 11, 1), date(2026, 11, 24)),
        "sync": window.sync.open_dialog(),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(5)
        assert unnamed(dialog) == [], name
