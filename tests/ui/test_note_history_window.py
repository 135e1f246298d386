"""Note history in the window: typing, switching, and restoring a version from the history dialog."""

from __future__ import annotations

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow
from studytracker.ui.step_pane.note_history import NoteHistoryDialog, difference_html


def test_edit_switch_and_restore_from_the_history(
    qtbot, window: MainWindow, tracker: Tracker, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    window.viewer.show_view("notes")
    editor = window.viewer.notes.step_note
    qtbot.keyClicks(editor.editor, "joins: inner and left")
    assert editor.flush()
    qtbot.keyClicks(editor.editor, ", then outer")  # the same burst of typing
    assert editor.flush()
    window.select_step("sql")  # leaving the note ends the burst
    window.select_step("python-libraries")
    editor.editor.selectAll()
    qtbot.keyClicks(editor.editor, "pasted over by mistake")
    assert editor.flush()
    history = tracker.reads.notes.history(step_id="python-libraries")
    assert [r.body for r in history] == ["joins: inner and left, then outer", "pasted over by mistake"]

    editor.history_button.click()
    dialog = window.findChild(NoteHistoryDialog)
    assert isinstance(dialog, NoteHistoryDialog) and dialog.isVisible()
    assert dialog.list.count() == 2
    assert dialog.list.currentItem().text().startswith("1. ")  # the version before the current one
    for row in range(dialog.list.count()):  # every figure whole within the list's width
        rect = dialog.list.visualItemRect(dialog.list.item(row))
        lines = dialog.list.item(row).text().splitlines()
        widest = max(dialog.list.fontMetrics().horizontalAdvance(line) for line in lines)
        assert len(lines) == 2 and widest <= rect.width(), lines
    shown = dialog.difference.toPlainText()
    assert "− pasted over by mistake" in shown and "+ joins: inner and left, then outer" in shown
    with qtbot.waitSignal(dialog.restored_version):
        dialog.restore_button.click()
    assert dialog.list.count() == 3
    dialog.close()
    assert editor.editor.toPlainText() == "joins: inner and left, then outer"  # the editor shows it
    history = tracker.reads.notes.history(step_id="python-libraries")
    assert [r.source for r in history] == ["window", "window", "restore"]
    assert history[-1].body == history[0].body


def test_the_difference_is_escaped_and_marks_lines() -> None:
    shown = difference_html("a\n<b>b</b>\nc", "a\nc\nd")
    assert "&lt;b&gt;b&lt;/b&gt;" in shown and "<b>b</b>" not in shown
    assert "− &lt;b&gt;" in shown and "+ d" in shown
    assert "The same as the note now" in difference_html("x", "x")


def test_a_note_without_versions_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.viewer.show_view("notes")
    dialog = window.step_pane.notes_tab.show_history("step", "python-libraries")
    assert dialog.list.count() == 0 and "no saved versions" in dialog.summary.text()
    assert not dialog.restore_button.isEnabled()
    dialog.close()
