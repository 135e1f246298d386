"""Ticking a parent topic and unticking it gives its sub-topics back their statuses; every status
change of the checklist can be undone (Ctrl+Z, Edit → Undo naming it) and redone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow

LIBRARIES = "python-libraries/libraries"
NUMPY = f"{LIBRARIES}/numpy"
PANDAS = f"{LIBRARIES}/pandas-polars"
PLOTS = f"{LIBRARIES}/matplotlib-seaborn"


def _statuses(tracker: Tracker) -> dict[str, str]:
    [_basics, libraries] = tracker.reads.progress.topic_tree("python-libraries")
    return {child.id: child.status for child in libraries.children}


def _press(qtbot, window: MainWindow, topic_id: str, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    window.checklist.setCurrentIndex(window.topic_model.index_of(topic_id))
    qtbot.keyClick(window.checklist, key)


def test_unticking_a_parent_gives_its_sub_topics_back_their_statuses(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    _press(qtbot, window, NUMPY, Qt.Key.Key_D)
    _press(qtbot, window, PANDAS, Qt.Key.Key_I)
    mixed = {NUMPY: "done", PANDAS: "in-progress", PLOTS: "todo"}
    assert _statuses(tracker) == mixed
    _press(qtbot, window, LIBRARIES, Qt.Key.Key_Space)  # tick the parent: all done
    assert set(_statuses(tracker).values()) == {"done"}
    _press(qtbot, window, LIBRARIES, Qt.Key.Key_Space)  # untick it: back as they were
    assert _statuses(tracker) == mixed
    assert window.topic_model.index_of(PANDAS).siblingAtColumn(1).data() == "in progress"


def test_status_changes_undo_and_redo_from_the_edit_menu(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert not undo.isEnabled()
    _press(qtbot, window, NUMPY, Qt.Key.Key_D)
    _press(qtbot, window, LIBRARIES, Qt.Key.Key_Space)
    assert undo.isEnabled() and undo.text() == "&Undo: mark Libraries done"
    undo.trigger()
    assert _statuses(tracker) == {NUMPY: "done", PANDAS: "todo", PLOTS: "todo"}
    assert undo.text() == "&Undo: mark NumPy done" and redo.text() == "&Redo: mark Libraries done"
    qtbot.keyClick(window.checklist, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert _statuses(tracker) == {NUMPY: "todo", PANDAS: "todo", PLOTS: "todo"}
    assert window.topic_model.index_of(NUMPY).siblingAtColumn(1).data() == ""  # the checklist follows
    redo.trigger()
    redo.trigger()
    assert set(_statuses(tracker).values()) == {"done"}
    assert "3 of 69 topics done" in window.progress_label.text()


def test_a_topic_named_with_an_ampersand_reads_whole_in_the_edit_menu(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    _press(qtbot, window, PANDAS, Qt.Key.Key_D)  # "Pandas & Polars"
    undo = window.actions_by_name["undo"]
    assert undo.text() == "&Undo: mark Pandas && Polars done"  # shown as "Undo: mark Pandas & Polars done"
