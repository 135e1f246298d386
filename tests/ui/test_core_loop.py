"""The core loop undisturbed: typing a note while the timer beats and the note autosaves keeps
every key where it was typed, the window's own writes are not taken for another program's, and a
note changed elsewhere while it is edited is asked about, never overwritten."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from studytracker.store.clock import FixedClock
from studytracker.store.reads import Reads
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow
from studytracker.ui.step_pane.notes import NoteEditor

TOPIC = "sql/basics-select-insert-update-delete"
OTHER_TOPIC = "sql/intermediate-joins-inner-left-right"

#: Typed a few words at a time; between the pieces the heartbeat, the autosave and the data
#: watcher all get their turn.
PIECES = [
    "SELECT picks columns, ",
    "WHERE filters rows; ",
    "JOIN matches keys.\n",
    "GROUP BY folds rows, ",
    "HAVING filters groups. ",
    "Ünïcode too: ∑ and 学习.",
]


def type_keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Real key events for each character: a press and a release, with the character's text
    (QTest knows keys for ASCII only)."""
    for character in text:
        if character == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif character.isascii():
            qtbot.keyClicks(widget, character)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def topic_note_editor(window: MainWindow, topic_id: str) -> NoteEditor:
    window.select_step(topic_id.split("/")[0])
    assert window.step_pane.select_topic(topic_id)
    window.viewer.show_view("notes")
    editor = window.viewer.notes.topic_note
    assert editor.target == ("topic", topic_id)
    return editor


def give_keyboard_to(qtbot: QtBot, window: MainWindow, editor: NoteEditor) -> None:
    """The note editor has the keyboard, as when the learner clicks into it."""
    window.activateWindow()
    editor.editor.setFocus()
    qtbot.waitUntil(editor.editor.hasFocus)


def fast_beats(window: MainWindow, editor: NoteEditor) -> None:
    """The heartbeat, the autosave and the watcher every few milliseconds (30 s, 0.8 s and 2 s
    in use), so that a test types through many of each."""
    window.timer_bar.heartbeat_timer.setInterval(40)
    editor._timer.setInterval(25)
    window.data_watcher.timer.setInterval(15)


def test_typing_through_heartbeats_autosaves_and_outside_writes_loses_nothing(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, other_program: Tracker
) -> None:
    editor = topic_note_editor(window, TOPIC)
    window.timer_bar.start()
    assert window.timer_bar.running is not None
    fast_beats(window, editor)
    beats = saves = refreshes = 0

    def count_beat() -> None:
        nonlocal beats
        beats += 1

    def count_refresh() -> None:
        nonlocal refreshes
        refreshes += 1

    window.timer_bar.heartbeat_timer.timeout.connect(count_beat)
    window.data_watcher.outside_change.connect(count_refresh)
    real_save = editor._save

    def counting_save(save):  # type: ignore[no-untyped-def]
        nonlocal saves
        saves += 1
        real_save(save)

    editor._save = counting_save
    editor.editor.setFocus()
    typed = ""
    for index, piece in enumerate(PIECES):
        type_keys(qtbot, editor.editor, piece)
        typed += piece
        assert editor.editor.textCursor().position() == len(typed)  # the cursor never jumped
        if index == 2:  # another program writes meanwhile: the window refreshes, the editor stays
            other_program.progress.set_status(OTHER_TOPIC, "done")
        qtbot.wait(120)
        assert editor.editor.toPlainText() == typed
        assert editor.editor.textCursor().position() == len(typed)
    qtbot.waitUntil(lambda: editor.state.text() == "Saved")
    assert beats >= 2 and saves >= 2 and refreshes >= 1
    assert editor.editor.document().isUndoAvailable()  # the editor's undo stack was never reset
    assert tracker.reads.notes.get(topic_id=TOPIC).body == typed  # type: ignore[union-attr]
    history = tracker.reads.notes.history(topic_id=TOPIC)
    assert [revision.body for revision in history] == [typed]  # one sitting, one revision


def test_the_windows_own_writes_are_not_outside_changes(
    qtbot: QtBot, window: MainWindow, tracker: Tracker
) -> None:
    editor = topic_note_editor(window, TOPIC)
    assert not window.data_watcher.poll()
    window.set_topic_status(OTHER_TOPIC, "done")
    window.timer_bar.start()
    window.timer_bar.beat()
    qtbot.keyClicks(editor.editor, "a note")
    assert editor.flush()
    window.step_pane.editing.undo_stack.undo()
    window.timer_bar.stop()
    assert tracker.reads.notes.get(topic_id=TOPIC).body == "a note"  # type: ignore[union-attr]
    assert not window.data_watcher.poll()


def test_a_command_line_write_shows_within_two_seconds(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    window.select_step("sql")
    index = window.topic_model.index_of(TOPIC)
    assert index.siblingAtColumn(1).data() != "done"
    with qtbot.waitSignal(window.data_watcher.outside_change, timeout=3000):
        subprocess.run(
            [sys.executable, "-m", "studytracker", "--data-dir", str(data_dir), "mark", TOPIC, "done"],
            check=True,
            capture_output=True,
        )
    qtbot.waitUntil(
        lambda: window.topic_model.index_of(TOPIC).siblingAtColumn(1).data() == "done", timeout=2000
    )


def test_a_note_changed_elsewhere_while_edited_is_asked_about(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, other_program: Tracker
) -> None:
    editor = topic_note_editor(window, TOPIC)
    qtbot.keyClicks(editor.editor, "mine")
    assert editor.flush()
    qtbot.keyClicks(editor.editor, ", and more")  # typed, not saved yet
    other_program.notes.save("theirs", topic_id=TOPIC)
    assert window.data_watcher.poll()
    assert editor.editor.toPlainText() == "mine, and more"  # nothing overwritten
    assert editor.in_conflict and editor.conflict_bar.isVisibleTo(editor)
    assert not editor.flush()  # the autosave waits for the learner's choice
    assert tracker.reads.notes.get(topic_id=TOPIC).body == "theirs"  # type: ignore[union-attr]

    editor.conflict_bar.findChild(QPushButton, "takeTheirs").click()
    assert editor.editor.toPlainText() == "theirs" and not editor.in_conflict
    bodies = [revision.body for revision in tracker.reads.notes.history(topic_id=TOPIC)]
    assert bodies == ["mine", "theirs", "mine, and more", "theirs"]  # both kept
    qtbot.keyClick(editor.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.editor.toPlainText() == "mine, and more"  # taking theirs can be undone


def test_keeping_mine_saves_it_over_theirs_and_keeps_theirs_in_the_history(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, other_program: Tracker
) -> None:
    editor = topic_note_editor(window, TOPIC)
    qtbot.keyClicks(editor.editor, "mine")
    other_program.notes.save("theirs", topic_id=TOPIC)
    assert not editor.flush()  # the store refused to save over theirs: the bar asks
    assert editor.in_conflict
    editor.conflict_bar.findChild(QPushButton, "keepMine").click()
    assert not editor.in_conflict
    assert tracker.reads.notes.get(topic_id=TOPIC).body == "mine"  # type: ignore[union-attr]
    assert [r.body for r in tracker.reads.notes.history(topic_id=TOPIC)] == ["theirs", "mine"]


def test_a_note_changed_elsewhere_while_not_edited_is_shown_quietly(
    window: MainWindow, tracker: Tracker, other_program: Tracker
) -> None:
    editor = topic_note_editor(window, TOPIC)
    window.checklist.setFocus()  # the learner is in the checklist, not the note
    other_program.notes.save("written on the command line", topic_id=TOPIC)
    assert window.data_watcher.poll()
    assert editor.editor.toPlainText() == "written on the command line"
    assert not editor.in_conflict


def test_a_toggle_reads_only_what_it_changed(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tracker: Tracker
) -> None:
    window.select_step("sql")
    statements: list[str] = []
    real_rows = Reads.rows

    def recording_rows(reads: Reads, sql: str, **parameters: object) -> list[tuple[object, ...]]:
        statements.append(" ".join(sql.split()))
        return real_rows(reads, sql, **parameters)

    monkeypatch.setattr(Reads, "rows", recording_rows)
    window.set_topic_status(TOPIC, "done")
    assert window.topic_model.index_of(TOPIC).siblingAtColumn(1).data() == "done"
    assert window.step_model.step_at(window.step_model.row_of("sql")).progress.done == 1  # type: ignore[union-attr]
    whole_roadmap = [
        s
        for s in statements
        if s.endswith("FROM step WHERE roadmap_id = :roadmap AND NOT archived ORDER BY position")
    ]
    assert whole_roadmap == []  # the sidebar read the toggled step's summary alone
    assert sum("FROM topic t" in s and "t.step_pk = :step" in s for s in statements) == 1  # one topic tree
    assert len(statements) <= 30, statements  # 25 today: the write's own reads included


def test_a_focused_note_not_typed_into_takes_the_other_text_quietly(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, other_program: Tracker
) -> None:
    editor = topic_note_editor(window, TOPIC)
    give_keyboard_to(qtbot, window, editor)
    other_program.notes.save("written on the command line", topic_id=TOPIC)
    assert window.data_watcher.poll()
    assert editor.editor.toPlainText() == "written on the command line"
    assert not editor.in_conflict and editor.state.text() == ""


def test_take_theirs_with_nothing_typed_since_the_save_leaves_no_stale_state(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, other_program: Tracker
) -> None:
    editor = topic_note_editor(window, TOPIC)
    give_keyboard_to(qtbot, window, editor)
    type_keys(qtbot, editor.editor, "mine")
    assert editor.flush()  # saved: nothing unsaved, but typed here and still in the editor
    other_program.notes.save("theirs", topic_id=TOPIC)
    assert window.data_watcher.poll()
    assert editor.in_conflict
    editor.conflict_bar.findChild(QPushButton, "takeTheirs").click()
    assert editor.editor.toPlainText() == "theirs" and not editor.in_conflict
    assert editor.state.text() == ""  # not "Not saved yet: choose …" any more


def test_quitting_with_a_choice_left_open_keeps_both_texts_and_the_timer_until_the_answer(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, other_program: Tracker, clock: FixedClock
) -> None:
    editor = topic_note_editor(window, TOPIC)
    window.timer_bar.start()
    clock.advance(minutes=5)
    type_keys(qtbot, editor.editor, "mine")
    other_program.notes.save("theirs", topic_id=TOPIC)
    assert not editor.flush() and editor.in_conflict
    asked: list[str] = []
    window.questions.close_with_unsaved_note = lambda: asked.append("unsaved") or False  # type: ignore[method-assign]
    window.questions.close_while_running = lambda: None  # type: ignore[method-assign]  # Cancel
    window.close()
    assert window.isVisible() and asked == []  # nothing could not be saved: no such question
    assert window.timer_bar.running is not None  # Cancel: the timer runs on
    assert [r.body for r in tracker.reads.notes.history(topic_id=TOPIC)] == ["theirs", "mine"]
    window.questions.close_while_running = lambda: "save"  # type: ignore[method-assign]


def test_quitting_within_a_minute_of_starting_the_timer_asks_nothing(
    window: MainWindow, tracker: Tracker
) -> None:
    window.select_step("sql")
    window.timer_bar.start()
    window.questions.close_while_running = lambda: pytest.fail("asked about a session under a minute")  # type: ignore[method-assign]
    window.close()
    assert not window.isVisible()
    assert tracker.reads.sessions.running() is None and tracker.reads.sessions.log() == []


def test_undo_says_what_it_undid(qtbot: QtBot, window: MainWindow) -> None:
    window.select_step("sql")
    window.set_topic_status(TOPIC, "done")
    window.select_step("python-libraries")  # the change is on a step no longer shown
    window.step_pane.editing.undo_stack.undo()
    assert window.statusBar().currentMessage().startswith("Undone: ")
    assert "SELECT" in window.statusBar().currentMessage()


def test_the_preview_follows_a_long_stretch_of_typing_before_the_keys_stop(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Keys every tenth of a second never leave the preview's moment of quiet; it still follows
    every couple of seconds, not only once the learner pauses."""
    import time

    editor = topic_note_editor(window, TOPIC)
    started = time.monotonic()
    while time.monotonic() - started < 3.0:
        qtbot.keyClicks(editor.editor, "ab")
        qtbot.wait(100)
    assert "abab" in editor.preview.toPlainText()
