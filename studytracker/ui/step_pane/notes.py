"""Markdown note editors with a live preview, saved a moment after typing stops and on close."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studytracker.i18n import QT_TRANSLATE_NOOP, Context, translate
from studytracker.store.errors import NoteChangedElsewhere, StoreError
from studytracker.ui.controllers.error_text import error_text
from studytracker.ui.step_pane.sync_conflict import SyncConflictBar
from studytracker.ui.widgets.choice_bar import ChoiceBar
from studytracker.ui.widgets.markdown_html import escape, markdown_to_html
from studytracker.ui.widgets.text_browser import TextBrowser

Notes = Context("Notes")

AUTOSAVE_DELAY_MS = 800
PREVIEW_DELAY_MS = 250
#: While the keys keep coming, the preview still follows at least this often.
PREVIEW_AT_LEAST_EVERY_S = 2.0


#: The empty note editor's hint (none while it has no note to write: no topic chosen).
WRITE_HINT = QT_TRANSLATE_NOOP("Notes", "Write in markdown: # headings, **bold**, - lists, `code`…")


@dataclass(frozen=True)
class NoteSave:
    """One save of a note: whose note, its text, the stretch of typing it belongs to, and the
    text the editor started from (the store refuses to save over anything else)."""

    kind: str  # "step" or "topic"
    target_id: str
    body: str
    burst: str
    expected: str | None


#: Saves a note; raises StoreError on failure (NoteChangedElsewhere when another program changed it).
SaveNote = Callable[[NoteSave], None]


def _new_burst() -> str:
    import uuid

    return uuid.uuid4().hex


class NoteConflictBar(ChoiceBar):
    """Above a note's editor when another program changed the note being edited: the learner
    compares, keeps theirs or takes the other text. Both texts stay in the note's history.

    Signals:
        compare_requested, keep_mine_requested, take_theirs_requested: the learner's choice.
    """

    compare_requested = Signal()
    keep_mine_requested = Signal()
    take_theirs_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "noteConflict",
            Notes.tr("This note was changed by another program while you were editing it."),
            [
                (Notes.tr("Compare…"), "", "compare_requested"),
                (Notes.tr("Keep mine"), "keepMine", "keep_mine_requested"),
                (Notes.tr("Take theirs"), "takeTheirs", "take_theirs_requested"),
            ],
            parent,
        )


class NoteEditor(QWidget):
    """One note's editor and preview. Typing is saved a moment after it stops; one stretch of
    typing (its "burst": until the note is switched, the window closes, or ten minutes pass
    without typing) makes one revision of the note, however many saves happen in it.

    A refresh that reads the note again never disturbs the editor (its text, cursor, selection,
    scrolling and undo stay): the text the store holds is compared with what the editor started
    from, and a change by another program is taken quietly only while the learner is not editing;
    otherwise the conflict bar asks.

    Signals:
        history_requested: (target kind, target id) of the note whose history the learner asked for.
        notice: a short note for the status bar.
    """

    history_requested = Signal(str, str)
    notice = Signal(str)

    def __init__(self, heading: str, save: SaveNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._target: tuple[str, str] | None = None
        self._dirty = False
        #: The note's text as the store holds it, as far as this editor knows (read or saved last).
        self._stored = ""
        #: The text another program saved while the learner was editing, until they choose.
        self._theirs: str | None = None
        self._saving = False
        self._typed = False  # typed into since the note was shown: it is being edited
        self._burst = _new_burst()
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long step title wraps rather than widen the tab
        self.history_button = QPushButton(Notes.tr("History…"), self)
        self.history_button.setObjectName("noteHistory")
        self.history_button.setToolTip(Notes.tr("Earlier versions of this note: compare and restore"))
        self.history_button.clicked.connect(self._ask_history)
        self.conflict_bar = NoteConflictBar(self)
        self.conflict_bar.compare_requested.connect(self._compare)
        self.conflict_bar.keep_mine_requested.connect(self.keep_mine)
        self.conflict_bar.take_theirs_requested.connect(self.take_theirs)
        self.sync_bar = SyncConflictBar(self)  # its choices are the notes tab's (`NotesTab`)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(translate("Notes", WRITE_HINT))
        self.editor.setAccessibleName(heading)
        self.editor.setTabChangesFocus(True)  # Tab moves on, as everywhere else; notes indent with spaces
        self.preview = TextBrowser(self)  # shows attached images, loads nothing else
        self.preview.setAccessibleName(Notes.tr("{heading} preview").format(heading=heading))
        self.state = QLabel(self)
        self.state.setObjectName("noteState")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.history_button)
        layout.addLayout(header)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.sync_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.state)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        # The preview follows a moment after the keys: rendering the markdown on every key would
        # hold each key's paint back by as long as the note is long.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(lambda: self._show_preview(self.editor.toPlainText()))
        self._preview_waits_since = 0.0
        self.editor.textChanged.connect(self._edited)
        self.set_target(None, "", "")

    @property
    def target(self) -> tuple[str, str] | None:
        return self._target

    @property
    def in_conflict(self) -> bool:
        return self._theirs is not None

    def set_target(self, target: tuple[str, str] | None, heading: str, body: str) -> None:
        """Show a note as stored. Another note: whatever was typed into the previous one is
        saved first. The note already being edited: see `take_stored`."""
        if target is not None and target == self._target:
            self.heading.setText(heading)
            self.take_stored(body)
            return
        self._leave()
        self._target = target
        self.heading.setText(heading)
        self.history_button.setEnabled(target is not None)
        self._set_text(body)
        self.editor.setEnabled(target is not None)
        self.editor.setPlaceholderText(
            translate("Notes", WRITE_HINT) if target is not None else ""
        )  # nothing to write in
        self.state.clear()

    def take_stored(self, body: str) -> None:
        """The store's text of the note being edited, read again (a refresh). Unchanged since
        the editor read or saved it: nothing happens. Changed by another program: taken while
        the learner is not editing it (nothing of theirs is unsaved, and the old text is in the
        history), asked about with the conflict bar while they are: while something typed is
        unsaved, or while the editor they typed into here has the keyboard."""
        if self._saving:
            return
        mine = self.editor.toPlainText()
        if body == self._stored or body == mine:
            self._stored = body
            self._dirty = mine != body
            if self._theirs is not None and body == mine:
                self._resolved()
            return
        if self._dirty or (self._typed and self.editor.hasFocus()):
            self._in_conflict_with(body)  # being edited: the learner chooses
        else:
            self._replace_text(body)

    def show_restored(self, body: str) -> None:
        """The learner restored an older version from the history: it replaces the text."""
        self.flush()
        self.end_burst()
        self._replace_text(body)

    def _set_text(self, body: str) -> None:
        """A new note's text: the editor, its undo and its preview start afresh."""
        self._typed = False
        self._resolved()
        self.editor.blockSignals(True)
        self.editor.setPlainText(body)
        self.editor.blockSignals(False)
        self._stored = body
        self._dirty = False
        self._show_preview(body)

    def _replace_text(self, body: str) -> None:
        """Another text for the note being shown, as one undoable edit (the cursor stays where it
        can): Ctrl+Z brings back what was there."""
        position = self.editor.textCursor().position()
        scroll = self.editor.verticalScrollBar().value()
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        self.editor.blockSignals(True)
        cursor.insertText(body)
        self.editor.blockSignals(False)
        kept = self.editor.textCursor()
        kept.setPosition(min(position, len(body)))
        self.editor.setTextCursor(kept)
        self.editor.verticalScrollBar().setValue(scroll)
        self._stored = body
        self._dirty = False
        self._resolved()
        self.state.clear()
        self._show_preview(body)

    def _in_conflict_with(self, theirs: str) -> None:
        self._theirs = theirs
        self._timer.stop()
        self.conflict_bar.show()
        self.state.setText(Notes.tr("Not saved yet: choose which text to keep"))
        QTimer.singleShot(0, self.editor.ensureCursorVisible)  # the bar took room above the line typed

    def _resolved(self) -> None:
        self._theirs = None
        self.conflict_bar.hide()

    def keep_mine(self) -> bool:
        """Save the editor's text over the other program's (theirs stays in the history)."""
        if self._theirs is None:
            return self.flush()
        self._stored = self._theirs
        self._resolved()
        self.end_burst()  # a revision of its own, after theirs
        self._dirty = True
        return self.flush()

    def take_theirs(self) -> bool:
        """Show the other program's text; what was typed here is saved first as a revision of
        its own, so that the history keeps both."""
        theirs = self._theirs
        if theirs is None:
            return True
        if self._dirty:
            self._stored = theirs
            self._resolved()
            self.end_burst()
            self._dirty = True
            if not self.flush():
                return False
            if not self._save_text(theirs, expected=self.editor.toPlainText(), burst=_new_burst()):
                return False
        self._replace_text(theirs)
        self.end_burst()
        return True

    def _compare(self) -> None:
        if self._theirs is None:
            return
        from studytracker.ui.step_pane.note_history import NoteCompareDialog

        dialog = NoteCompareDialog(self._theirs, self.editor.toPlainText(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.keep_mine_chosen.connect(self.keep_mine)
        dialog.take_theirs_chosen.connect(self.take_theirs)
        dialog.open()

    def _leave(self) -> None:
        """Before the editor shows another note: what was typed is saved (`settle`)."""
        self.settle()
        self.end_burst()

    def settle(self) -> bool:
        """Save what was typed before the note goes away (another note is shown, the window
        closes, the data is replaced). A choice the learner left open is made the way that loses
        nothing shown: their text is saved on top, the other program's stays in the history.
        False when it could not be saved (the text stays)."""
        if self._theirs is None or self._target is None:
            return self.flush()
        if not self.keep_mine():
            return False
        self.notice.emit(
            Notes.tr("Your note was saved over another program's change; both are in its history.")
        )
        return True

    def _show_preview(self, body: str) -> None:
        """The note rendered; an empty one's preview says what to do rather than stay blank."""
        self._preview_timer.stop()
        if body.strip():
            self.preview.setHtml(markdown_to_html(body))
            return
        hint = (
            Notes.tr(
                "Nothing written yet. Type on the left: # headings, **bold**, - lists, `code`, tables."
                " Notes save as you type, and History… keeps every version."
            )
            if self._target is not None
            else Notes.tr("Choose a topic in the checklist to keep notes on it.")
        )
        self.preview.setHtml(f'<p style="color: gray">{escape(hint)}</p>')

    def end_burst(self) -> None:
        """The next typing makes a new revision (the note was switched, or the window closes)."""
        self._burst = _new_burst()

    def _ask_history(self) -> None:
        if self._target is not None:
            self.flush()
            self.history_requested.emit(*self._target)

    def _edited(self) -> None:
        self._dirty = True
        self._typed = True
        now = time.monotonic()
        if not self._preview_timer.isActive():
            self._preview_waits_since = now
        if now - self._preview_waits_since < PREVIEW_AT_LEAST_EVERY_S:
            self._preview_timer.start()  # a moment after the keys stop
        # else: the preview waited long enough; the running timer renders it, not pushed back
        if self._theirs is None:
            self.state.setText(Notes.tr("Editing…"))
            self._timer.start()

    def flush(self) -> bool:
        """Save now if there are unsaved changes; False when saving failed or waits on the
        learner's choice (the text stays)."""
        self._timer.stop()
        if not self._dirty or self._target is None:
            return True
        if self._theirs is not None:
            return False
        return self._save_text(self.editor.toPlainText(), expected=self._stored, burst=self._burst)

    def _save_text(self, body: str, expected: str | None, burst: str) -> bool:
        assert self._target is not None
        kind, target_id = self._target
        self._saving = True  # what the save announces is this editor's own text: not taken back
        try:
            self._save(NoteSave(kind, target_id, body, burst, expected))
        except NoteChangedElsewhere as changed:
            self._in_conflict_with(changed.theirs)
            return False
        except StoreError as error:  # the text stays in the editor and is tried again
            self.state.setText(Notes.tr("Not saved: {reason}").format(reason=error_text(error)))
            return False
        finally:
            self._saving = False
        self._stored = body
        self._dirty = self.editor.toPlainText() != body
        self.state.setText(Notes.tr("Saved"))
        return True


class NotesPanel(QWidget):
    """The step's note above the selected topic's note."""

    def __init__(self, save: SaveNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_note = NoteEditor(Notes.tr("Step notes"), save, self)
        self.step_note.setObjectName("stepNote")
        self.topic_note = NoteEditor(Notes.tr("Topic notes"), save, self)
        self.topic_note.setObjectName("topicNote")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.step_note)
        splitter.addWidget(self.topic_note)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def flush(self) -> bool:
        return self.step_note.flush() & self.topic_note.flush()

    def settle(self) -> bool:
        """Both notes saved before they go away (`NoteEditor.settle`)."""
        return self.step_note.settle() & self.topic_note.settle()

    def set_attachments_folder(self, folder: Path | None) -> None:
        """Where the previews may load images from (a note may show an attached picture)."""
        self.step_note.preview.set_attachments_folder(folder)
        self.topic_note.preview.set_attachments_folder(folder)

    def end_bursts(self) -> None:
        """Saved and closed: the next typing in either note makes a new revision."""
        self.step_note.end_burst()
        self.topic_note.end_burst()
