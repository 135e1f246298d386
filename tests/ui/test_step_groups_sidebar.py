"""The sidebar shows a step group's title above its first step, the keyboard and `select_step`
move between steps only, and every row's progress bar has the same length."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from studytracker.roadmap.files import load_roadmap_file
from studytracker.store.tracker import Tracker
from studytracker.ui.models.step_list import GroupHeaderRole, StepIdRole, StepRole
from studytracker.ui.shell.main_window import MainWindow
from studytracker.ui.shell.step_delegate import HEADER_HEIGHT, ROW_HEIGHT, TITLE_LINE
from tests.conftest import TEST_DATA

PHASES_AND_MODULES = TEST_DATA / "roadmaps" / "real" / "lesson-plan-phases-modules.md"


def show_phases(window: MainWindow, other_program: Tracker) -> str:
    roadmap = load_roadmap_file(PHASES_AND_MODULES)
    other_program.roadmaps.import_roadmap(roadmap)
    other_program.roadmaps.use(roadmap.id)
    assert window.data_watcher.poll()  # another program imported it: the window notices
    assert window.step_model.rowCount() == 8
    return roadmap.id


def title_lines(window: MainWindow, row: int) -> int:
    """How many lines the sidebar gives a row's title at its width."""
    sidebar = window.sidebar
    step = window.step_model.index(row).data(StepRole)
    delegate = sidebar.delegate
    title = delegate.shown_title(step)
    return len(delegate.title_lines(title, sidebar.font(), delegate.title_width(sidebar.viewport().width())))


def test_a_group_title_is_drawn_above_the_first_step_of_each_group(
    window: MainWindow, other_program: Tracker
) -> None:
    show_phases(window, other_program)
    model = window.step_model
    headers = [model.index(row).data(GroupHeaderRole) for row in range(model.rowCount())]
    assert headers == [
        "Phase 1: Foundation",
        None,
        None,
        "Phase 2: Development",
        None,
        None,
        "Phase 3: Specialization",
        None,
    ]
    heights = [window.sidebar.visualRect(model.index(row)).height() for row in range(8)]
    extra = [(title_lines(window, row) - 1) * TITLE_LINE for row in range(8)]  # a title on two lines
    assert heights == [
        (ROW_HEIGHT + HEADER_HEIGHT if h else ROW_HEIGHT) + more
        for h, more in zip(headers, extra, strict=True)
    ]
    tip = model.index(4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Phase 2: Development — Module 5: Data Structures")  # no doubled "Step 5: "


def test_keys_and_select_step_move_between_steps_only(
    qtbot: QtBot, window: MainWindow, other_program: Tracker
) -> None:
    show_phases(window, other_program)
    model = window.step_model
    ids = model.step_ids()
    assert len(ids) == 8 and [model.row_of(step_id) for step_id in ids] == list(range(8))
    window.select_step(ids[2])
    assert window.step_id == ids[2]
    window.actions_by_name["next_step"].trigger()  # Ctrl+PgDown
    # past the "Phase 2" title to the step it is drawn above
    assert window.step_id == ids[3]
    window.actions_by_name["previous_step"].trigger()  # Ctrl+PgUp
    assert window.step_id == ids[2]
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.step_id == ids[3]
    window.select_step(ids[6])
    assert window.sidebar.currentIndex().row() == 6 and window.step_id == ids[6]


def bar_lengths(image: QImage, rows: list[tuple[int, int, int]], background: QColor) -> list[int]:
    """The length of the run of non-background pixels that starts at each row's bar."""
    lengths = []
    for left, y, right in rows:
        x = left
        while x < right and image.pixelColor(x, y) != background:
            x += 1
        lengths.append(x - left)
    return lengths


def test_every_progress_bar_has_the_same_length(window: MainWindow, other_program: Tracker) -> None:
    # figures of different widths: "0/3 · 0 min" beside "1/3 · 2 h 05 min"
    other_program.study.log("python-libraries", minutes=125)
    other_program.progress.set_status("python-libraries/libraries/numpy", "done")
    assert window.data_watcher.poll()
    window.sidebar.setCurrentIndex(QModelIndex())  # no row drawn as selected
    image = window.sidebar.viewport().grab().toImage()
    background = image.pixelColor(2, 2)
    model = window.step_model
    rows = []
    for row in range(4):
        rect = window.sidebar.visualRect(model.index(row))
        # the bar: from right of the number badge, 28 px below the row's padded top, 8 px high
        below_title = (title_lines(window, row) - 1) * TITLE_LINE
        rows.append((rect.left() + 8 + 26 + 8 + 2, rect.top() + 4 + 28 + 4 + below_title, rect.right()))
    assert model.index(0).data(StepIdRole) == "python-libraries"
    lengths = bar_lengths(image, rows, background)
    assert lengths[0] > 40
    assert len(set(lengths)) == 1, lengths
