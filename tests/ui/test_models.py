"""The item models over a real Tracker, checked by Qt's model tester (pytest-qt's `qtmodeltester`).

A tester stays connected to its model, so every change below is checked as it is signalled, and
each model is checked in full again afterwards. Any fault it reports fails the test. Each test runs
with Qt's own tester (QAbstractItemModelTester) and with pytest-qt's Python one, which also checks
the types of the values each role returns.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studytracker.roadmap.markdown_import import load_roadmap_markdown
from studytracker.store.tracker import Tracker
from studytracker.ui.models.step_list import StepIdRole, StepListModel
from studytracker.ui.models.topic_tree import StatusRole, TopicIdRole, TopicTreeModel
from studytracker.ui.shell.main_window import MainWindow

# Step 1 of the bundled roadmap: "Libraries" holds three topics, NumPy the first of them.
STEP = "python-libraries"
PARENT = "python-libraries/libraries"
TOPIC = "python-libraries/libraries/numpy"

TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])


def check_again(qtmodeltester: ModelTester, model: QAbstractItemModel, force_py: bool) -> None:
    """Every check once more, on the model as it is now.

    A new Qt tester runs them all when it is made. The Python tester already ran them all on each of
    the model's signals since it was connected (and a second `check` would connect it twice).
    """
    if not force_py:
        qtmodeltester.check(model)


@TESTERS
def test_step_list_model_passes_the_model_tester_before_and_after_its_rows_change(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    tracker: Tracker,
    sample_roadmaps: dict[str, Path],
    force_py: bool,
) -> None:
    model = StepListModel()
    model.set_steps(tracker.reads.progress.status().steps)
    qtmodeltester.check(model, force_py=force_py)
    assert model.rowCount() == 13
    assert model.index(0, 0).data(StepIdRole) == STEP

    tracker.progress.set_status(TOPIC, "done")
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_steps(tracker.reads.progress.status().steps)
    assert changed.args is not None and changed.args[0].row() == 0
    assert (
        model.index(0, 0)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Step 1: Python & Python Libraries — 1 of 4 topics done")
    )
    check_again(qtmodeltester, model, force_py)

    analyst = load_roadmap_markdown(sample_roadmaps["data-analyst-2026"])
    tracker.roadmaps.import_roadmap(analyst)
    with qtbot.waitSignal(model.modelReset):
        model.set_steps(tracker.reads.progress.status(analyst.id).steps)
    assert model.rowCount() == 10
    check_again(qtmodeltester, model, force_py)


@TESTERS
def test_topic_tree_model_passes_the_model_tester_before_and_after_its_rows_change(
    qtbot: QtBot, qtmodeltester: ModelTester, tracker: Tracker, force_py: bool
) -> None:
    model = TopicTreeModel()
    model.set_topics(STEP, tracker.reads.progress.topic_tree(STEP))
    qtmodeltester.check(model, force_py=force_py)
    parent = model.index_of(PARENT)
    assert model.rowCount() == 2 and model.rowCount(parent) == 3
    assert model.index_of(TOPIC) == model.index(0, 0, parent)

    changed: list[tuple[str, int, int]] = []
    model.dataChanged.connect(
        lambda left, right, _roles=(): changed.append((left.data(TopicIdRole), left.column(), right.column()))
    )
    tracker.progress.set_status(TOPIC, "done")
    model.update_statuses(tracker.reads.progress.topic_tree(STEP))
    assert sorted(changed) == [(PARENT, 0, 2), (TOPIC, 0, 2)]
    topic = model.index_of(TOPIC)
    assert topic.data(StatusRole) == "done"
    assert topic.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index_of(PARENT).data(StatusRole) == "in-progress"
    check_again(qtmodeltester, model, force_py)

    with qtbot.waitSignal(model.modelReset):
        model.set_topics("sql", tracker.reads.progress.topic_tree("sql"))
    assert model.rowCount() == 3 and model.index_of(TOPIC) == QModelIndex()
    check_again(qtmodeltester, model, force_py)


@TESTERS
def test_session_table_model_passes_the_model_tester_as_the_log_follows_the_window(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, tracker: Tracker, force_py: bool
) -> None:
    tracker.study.log("sql", 30, day=date(2026, 11, 23), note="joins")
    log = window.study.open_session_log()
    qtmodeltester.check(log.model, force_py=force_py)
    assert log.model.rowCount() == 1 and log.model.columnCount() == 7

    window.select_step("python-libraries")
    window.timer_bar.start()
    clock = window.tracker.clock  # type: ignore[union-attr]
    clock.advance(minutes=25)  # type: ignore[attr-defined]
    with qtbot.waitSignal(log.model.modelReset):  # the open log hears of the timer's session
        window.timer_bar.stop()
    assert [s.minutes for s in log.model.sessions] == [25, 30]
    check_again(qtmodeltester, log.model, force_py)

    log.table.selectRow(0)
    assert log.delete_selected()
    assert log.model.rowCount() == 1
    log.undo_stack.undo()  # through the runner: the sidebar's time comes back with it
    assert log.model.rowCount() == 2
    row = window.step_model.row_of("python-libraries")
    assert window.step_model.step_at(row).minutes == 25  # type: ignore[union-attr]
    check_again(qtmodeltester, log.model, force_py)
