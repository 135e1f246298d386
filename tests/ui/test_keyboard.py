"""Keyboard use: Tab moves through the window in layout order, and shows where it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from studytracker.ui.shell.main_window import MainWindow


def tab_chain(window: MainWindow, start: QWidget, steps: int) -> list[str]:
    """The object names focus visits, pressing Tab `steps` times from `start`."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in range(steps):
        window.focusNextChild()
        focused = QApplication.focusWidget()
        visited.append(focused.objectName() if focused is not None else "")
    return visited


def test_tab_follows_the_layout_from_the_timer_to_the_steps_and_the_checklist(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    visited = tab_chain(window, window.roadmap_box, 6)
    assert visited[:3] == ["timerStart", "pomodoroToggle", "stepSidebar"]  # pause and stop wait for a session
    assert visited[3] == "topicChecklist"


def test_tab_in_the_notes_editor_moves_on_instead_of_typing_a_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.viewer.show_view("notes")
    editor = window.viewer.notes.step_note.editor
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "NumPy")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert "\t" not in editor.toPlainText()
    assert not editor.hasFocus()


def edge_colour(widget: QWidget) -> str:
    """The colour of the view's left frame, half-way down."""
    image: QImage = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2).name()


def test_the_step_list_and_the_checklist_show_when_they_have_the_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for view in (window.sidebar, window.checklist):
        window.roadmap_box.setFocus()
        qtbot.waitUntil(lambda view=view: not view.hasFocus())
        highlight = view.palette().highlight().color().name()
        assert edge_colour(view) != highlight, view.objectName()
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        assert edge_colour(view) == highlight, view.objectName()


def test_tab_moves_from_date_to_date_in_the_export_dialog_and_every_option_has_its_letter(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import Qt

    from studytracker.ui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog(date(2026, 11, 1), date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.from_edit.setFocus()
    qtbot.waitUntil(dialog.from_edit.hasFocus)
    qtbot.keyClick(dialog.from_edit, Qt.Key.Key_Tab)
    assert dialog.to_edit.hasFocus()  # not the month of the same date
    qtbot.keyClick(dialog.to_edit, Qt.Key.Key_Tab)
    assert dialog.notes.hasFocus()
    assert "&" in dialog.notes.text()
